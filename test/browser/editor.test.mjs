// The Komet Sales nodes as a user meets them in the n8n editor, in a real browser.
// `npm start`'s playground (a real n8n with this package + the Komet simulator) is
// started in a temp folder with free ports, Debian's headless Chromium is driven with
// playwright-core, and five subtests run against it:
//
// The Komet Sales Trigger, in a new empty workflow:
//   - "Add first step" opens the trigger panel, where searching "Komet" offers Komet Sales
//     with its trigger events (n8n lists a node and its trigger as one item); picking
//     "On prebook created or updated" adds the Komet Sales Trigger;
//   - every Event renders the fields its description shows (window, Dates, Confirmed Only,
//     Filters, the request-budget notice, n8n's Poll Times) with their defaults, no
//     parameter issue and no console error; the Filters' locators list simulator entries;
//     the Options render;
//   - the canvas subtitle states what the polling costs ("≈ 2880 requests/day · 2 per poll ·
//     Prebook Created or Updated" every minute), follows Poll Times ("≈ 48 ..." every hour)
//     and Dates, and shows the figure before n8n cuts a long subtitle short;
//   - "Fetch Test Event" returns the newest simulator prebook of the default window;
//   - screenshots its panel and the node on the canvas.
//
// The Komet Sales node (version 2, what the node creator adds):
//   - finds "Komet Sales" in the node creator by searching "Komet" and adds it;
//   - selects every Resource and every Operation in the parameter panel (NDV) and checks
//     that the panel shows every top-level field the node's description (as n8n serves
//     it) makes visible for that choice, plus the key fields named in KEY_FIELDS, with no
//     parameter issue, resource-locator error or suspicious text, and adds the groups of
//     GROUPS_TO_ADD (Create Multiple's Billing and Shipping Address) and checks their fields;
//   - opens the "From list" dropdown of every resource locator it meets (top level, in
//     Additional Fields, in PO items and breakdowns) and checks it lists entries from the
//     simulator (Vendor on Create Mixed: "Andes Farms (A535)"; Ship-To after a customer;
//     Inventory Item: the simulator's future inventory of the next 30 days);
//   - checks that a Company Location set in Create Multiple's Additional Fields does not
//     show in Create Mixed's once the operation is switched (in version 2 each operation's
//     Additional Fields has its own name);
//   - adds one PO item with one breakdown on Purchase Order → Create Mixed and checks
//     their fields (and the locators inside them);
//   - screenshots the NDV of every write operation into screenshots/.
//
// Then, the credential pointed at a simulator of the test's own (it records every request):
//   - the editor's Komet requests: Prebook → Create Multiple built as in "orders → prebooks",
//     every picker opened, searched a key at a time and picked; at most one request per list;
//   - Box → Update External Codes with a good and an unknown box code and On Error "Continue
//     (using error output)", executed: the rejected box with Komet's message on the Error
//     Branch, the accepted one on the Success Branch;
//   - a newcomer's path (issue 20's fixed screens): the node creator's description, an empty
//     required list flagged, Get Many's cost notice, a JSON lines error said once, Komet's carrier
//     refusal pointing at Carrier, a trigger over budget refused by Publish itself, the credential
//     test quoting Komet, the AI agent example run offline; each screenshot for the README.
//
// All fail on any console error of the page, except the off-machine noise that
// isIgnoredConsole() describes (this machine has no internet); the playground is stopped
// with SIGINT at the end, also on failure.
//
// Needs: `npm run build && npm run build:tools`, Debian's chromium (/usr/bin/chromium or
// CHROMIUM_PATH) and playwright-core (PLAYWRIGHT_CORE_DIR, else the project's
// node_modules, else /tmp/pw/node_modules). See README.md beside this file.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';

import { freePort } from '../../scripts/n8n-runtime.mjs';
import { CREDENTIAL_ID, editorTypes, exampleWorkflows, REPO_ROOT, SIMULATOR_TOKEN, setupOwner } from '../../scripts/n8n-instance.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = process.env.KOMET_SCREENSHOT_DIR ?? path.join(HERE, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NODE_TYPE = 'n8n-nodes-komet-sales.kometSales';
const TRIGGER_TYPE = 'n8n-nodes-komet-sales.kometSalesTrigger';
const VIEWPORT = { width: 1280, height: 900 };

/** Every resource the node must offer (its dropdown is sorted by name). */
const RESOURCES = [
	'Box',
	'Box Type',
	'Carrier',
	'Customer',
	'Future Inventory',
	'Invoice',
	'Location',
	'Prebook',
	'Product',
	'Purchase Order',
	'Ship-To',
	'Standing Order',
	'Vendor',
];

/** The reference lists: in version 2 each Get Many has Return All / Limit. */
const REFERENCE_LISTS = ['Box Type', 'Carrier', 'Customer', 'Location', 'Product', 'Ship-To', 'Vendor'];

/** Fields that must show, besides the ones the description makes visible (which are checked too). */
const KEY_FIELDS = {
	'Box → Update External Codes': ['Boxes'],
	'Prebook → Create Multiple': ['Customer', 'Customer Name', 'Customer Phone', 'Customer Addresses', 'Prebook Lines'],
	'Prebook → Add Future Inventory Item': ['Prebook ID', 'Inventory Item', 'Boxes', 'Price'],
	'Purchase Order → Create Mixed': ['Ship Date', 'Vendor', 'PO Items'],
	'Standing Order → Update': ['Standing Order ID', 'Customer', 'Truck Days', 'Items'],
	'Standing Order → Get Many': ['From', 'To', 'Return All', 'Filters'],
	'Standing Order → Delete Line': ['Standing Order ID', 'Standing Order Item ID'],
	'Prebook → Get Many': ['Dates', 'From', 'To', 'Return All', 'Filters'],
	'Prebook → Get Many Headers': ['From', 'To', 'Return All', 'Filters'],
	'Prebook → Delete': ['Prebook ID'],
	'Prebook → Delete Line': ['Prebook ID', 'Prebook Line ID'],
	'Purchase Order → Get Many': ['From', 'To', 'Return All', 'Filters'],
	'Purchase Order → Add AWB': ['PO Item ID', 'AWB', 'Ship Date'],
	'Invoice → Get Many': ['From', 'To', 'Return All', 'Filters'],
	'Invoice → Get Many for Accounting': ['From', 'To', 'Return All', 'Filters'],
	'Invoice → Mark Synced': ['Invoice ID'],
	'Invoice → Mark Sync Failed': ['Invoice ID', 'Reason'],
	'Future Inventory → Get Many': ['Available From', 'Available To', 'Return All', 'Filters'],
	...Object.fromEntries(REFERENCE_LISTS.map((resource) => [`${resource} → Get Many`, ['Return All', 'Limit']])),
};

/**
 * Groups of one-value fixed collections that the test adds through their "Add …" dropdown,
 * with the fields each group must show. They start closed: n8n 2.41 cannot add a node whose
 * one-value fixed collection has a non-empty default (those a default opens are checked too).
 */
const ADDRESS_FIELDS = ['Street', 'City', 'State', 'Zip Code', 'Country'];
const GROUPS_TO_ADD = {
	'Prebook → Create Multiple': { customerAddresses: { 'Billing Address': ADDRESS_FIELDS, 'Shipping Address': ADDRESS_FIELDS } },
};

/** Fields that must show for each trigger event, besides the ones its description makes visible. */
const TRIGGER_KEY_FIELDS = {
	'Prebook Created or Updated': ['Poll Times', 'Dates', 'From (Days From Today)', 'To (Days From Today)', 'Filters', 'Options'],
	'Invoice Ready to Sync': ['Poll Times', 'From (Days From Today)', 'To (Days From Today)', 'Confirmed Only', 'Options'],
	'Purchase Order for Ship Date': ['Poll Times', 'From (Days From Today)', 'To (Days From Today)', 'Filters', 'Options'],
};

/**
 * The trigger's canvas subtitle for Prebook Created or Updated with its default window
 * (today … +13 days by vendor ship date: 2 requests of 7 days each poll): n8n's default
 * Poll Times is every minute (1,440 polls a day), then every hour (24).
 */
const PREBOOK_SUBTITLE = {
	'Every Minute': '≈ 2880 requests/day · 2 per poll · Prebook Created or Updated',
	'Every Hour': '≈ 48 requests/day · 2 per poll · Prebook Created or Updated',
};

/** Read-only operations; every other one is a write and gets a screenshot. */
const isReadOperation = (name) => /^Get Many/.test(name);

/**
 * Resource locators whose list depends on another locator ("<resource> → <operation>:
 * <locator>" → the locator it depends on): until that one has a value their list says to
 * choose it first (searchShipTos lists the chosen customer's ship-tos), so the test checks
 * that message, picks the first entry of the other one, and then expects entries.
 */
const DEPENDENT_LISTS = { 'Standing Order → Update: shipTo': 'customer' };

/** A module of this repository's build (`npm run build && npm run build:tools`). */
const built = (file) => createRequire(import.meta.url)(path.join(REPO_ROOT, file));
/** The simulator's data as it starts (the playground's simulator is fresh). */
const simulatorSeed = () => built('.build/test/simulator/referenceData.js').seed();

/**
 * Resource locators whose entries depend on today's date ("<resource> → <operation>:
 * <locator>" → how the entries it must list today end): searchFutureInventory lists the
 * simulator's future inventory available within the next FUTURE_INVENTORY_DAYS days (its items
 * are dated from the day the simulator starts), "… #<inventoryId>". On a day with nothing to
 * list the test checks that the list opens without an error.
 */
const DATED_LISTS = {
	'Prebook → Add Future Inventory Item: inventoryId': () => {
		const { FUTURE_INVENTORY_DAYS } = built('dist/nodes/KometSales/methods/listSearch.js');
		return simulatorSeed()
			.futureInventoryItems.filter((item) => item.from <= dayFromToday(FUTURE_INVENTORY_DAYS) && item.to >= dayFromToday(0))
			.map((item) => `#${item.inventoryId}`);
	},
};

/**
 * Console errors that are not the editor's nor the node's fault: "Failed to load resource:
 * net::ERR_..." for URLs off the local n8n — n8n's calls to its own services (telemetry,
 * templates, version and community-node checks, docs icons ...) that fail here because this
 * machine has no internet (through the sandbox's proxy as ERR_CERT_AUTHORITY_INVALID,
 * elsewhere as DNS errors). Every ignored message is listed in the test's diagnostics.
 */
function isIgnoredConsole({ text, url }, origin) {
	return /^Failed to load resource: net::ERR_/.test(text) && url !== '' && !url.startsWith(origin);
}

const hasList = (property) => property.type === 'resourceLocator' && property.modes?.some((m) => m.type === 'list');
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function loadPlaywright() {
	const candidates = [process.env.PLAYWRIGHT_CORE_DIR, path.join(REPO_ROOT, 'node_modules'), '/tmp/pw/node_modules'].filter(Boolean);
	for (const dir of candidates) {
		const packageDir = path.join(dir, 'playwright-core');
		if (fs.existsSync(path.join(packageDir, 'package.json'))) return createRequire(import.meta.url)(packageDir);
	}
	throw new Error(
		`playwright-core not found in ${candidates.join(' or ')}: ` +
			'mkdir -p /tmp/pw && cd /tmp/pw && npm init -y && npm i playwright-core (or set PLAYWRIGHT_CORE_DIR)',
	);
}

// ---------------------------------------------------------------------------------------
// What the node's description says the panel shows

/**
 * Whether a property's displayOptions show it for these parameter values in this node
 * version; null when undecidable here.
 */
function isShown(property, values, version = 1) {
	const { show = {}, hide = {} } = property.displayOptions ?? {};
	const matches = (key, allowed) => {
		if (allowed.some((entry) => entry && typeof entry === 'object')) return null; // _cnd conditions
		if (key === '@version') return allowed.includes(version);
		const value = values[key.replace(/^\//, '')];
		return Array.isArray(value) ? value.some((entry) => allowed.includes(entry)) : allowed.includes(value);
	};
	for (const [key, allowed] of Object.entries(show)) {
		const result = matches(key, allowed);
		if (result !== true) return result;
	}
	for (const [key, allowed] of Object.entries(hide)) {
		const result = matches(key, allowed);
		if (result !== false) return result === true ? false : null;
	}
	return true;
}

/**
 * The labels (or notice texts) of the top-level properties shown for the chosen values
 * ({ resource, operation } or { event }) with every other parameter at its default.
 */
function describedFields(description, chosen) {
	const values = { ...chosen };
	for (const property of description.properties) if (!(property.name in values)) values[property.name] = property.default;
	const version = [description.version].flat().at(-1);
	return description.properties
		.filter((property) => property.type !== 'hidden' && !(property.name in chosen))
		.filter((property) => isShown(property, values, version) === true)
		.map((property) => ({ name: property.name, type: property.type, label: property.displayName, property }));
}

/** The labels of the values of a fixedCollection entry (all without displayOptions show there). */
const entryLabels = (values) => values.filter((value) => !value.displayOptions && value.type !== 'hidden').map((value) => value.displayName);

/**
 * The groups a fixed collection of one value shows open from the start (those its default
 * fills) with their field labels, and the names of their required fields, which n8n flags
 * at once (like those of a new line).
 */
function openGroups(field) {
	const property = field.property;
	if (property.type !== 'fixedCollection' || property.typeOptions?.multipleValues) return { groups: {}, required: [] };
	const opened = property.options.filter((option) => Object.keys(property.default ?? {}).includes(option.name));
	return {
		groups: Object.fromEntries(opened.map((option) => [option.displayName, entryLabels(option.values)])),
		required: opened.flatMap((option) => option.values.filter((value) => value.required).map((value) => value.name)),
	};
}

/** Calendar day `days` from today in UTC (the playground's GENERIC_TIMEZONE), YYYY-MM-DD. */
const dayFromToday = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------
// The playground

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'komet-browser-'));
after(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Ctrl-C, as a user stops `npm start`; SIGKILL if it has not exited after 30 s. */
async function stopPlayground(playground) {
	if (playground.child.exitCode !== null || playground.child.signalCode !== null) return playground.exited;
	playground.child.kill('SIGINT');
	const timer = setTimeout(() => playground.child.kill('SIGKILL'), 30_000);
	const result = await playground.exited;
	clearTimeout(timer);
	return result;
}

/** Starts the playground like `npm start`; resolves once it printed "is running". */
async function startPlayground() {
	const [n8nPort, simulatorPort] = [await freePort(), await freePort()];
	const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/playground.mjs')], {
		env: {
			...process.env,
			KOMET_PLAYGROUND_DIR: path.join(folder, 'playground'),
			N8N_PORT: String(n8nPort),
			KOMET_SIMULATOR_PORT: String(simulatorPort),
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const playground = { child, n8nPort, simulatorPort, output: '' };
	child.stdout.on('data', (chunk) => (playground.output += chunk));
	child.stderr.on('data', (chunk) => (playground.output += chunk));
	playground.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	// Should this process end first (the test's time-out), Ctrl-C the playground on the way out.
	const onExit = () => child.exitCode === null && child.signalCode === null && child.kill('SIGINT');
	process.once('exit', onExit);
	void playground.exited.then(() => process.off('exit', onExit));
	const deadline = Date.now() + 600_000;
	while (!playground.output.includes('is running') && Date.now() < deadline && child.exitCode === null) await sleep(500);
	if (!playground.output.includes('is running')) {
		await stopPlayground(playground);
		assert.fail(`the playground did not come up within 10 minutes:\n${playground.output}`);
	}
	return playground;
}

/** Points the imported credential at `url`, with the simulator's company token (n8n's REST API). */
async function pointCredentialAt(origin, cookieHeader, url) {
	const response = await fetch(`${origin}/rest/credentials/${CREDENTIAL_ID}`, {
		method: 'PATCH',
		headers: { cookie: cookieHeader, 'content-type': 'application/json' },
		body: JSON.stringify({ name: 'Komet Sales (simulator)', type: 'kometSalesApi', data: { token: SIMULATOR_TOKEN, baseUrl: url } }),
	});
	assert.ok(response.ok, `n8n did not update the credential: ${response.status} ${await response.text()}`);
}

/** Waits until fn() gives the same string twice, 300 ms apart (Vue has re-rendered). */
async function settle(fn, timeout = 10_000) {
	const deadline = Date.now() + timeout;
	let last = await fn();
	while (Date.now() < deadline) {
		await sleep(300);
		const next = await fn();
		if (next === last) return next;
		last = next;
	}
	return last;
}

// ---------------------------------------------------------------------------------------

test('the Komet Sales nodes in the n8n editor: the trigger; node creator, every resource and operation, lines, list search', { timeout: 1_200_000 }, async (t) => {
	const { chromium } = loadPlaywright();
	assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
	fs.mkdirSync(SCREENSHOTS, { recursive: true });
	for (const file of fs.readdirSync(SCREENSHOTS)) if (/^FAILURE.*\.png$/.test(file)) fs.rmSync(path.join(SCREENSHOTS, file));

	const playground = await startPlayground();
	const consoleErrors = [];
	const ignored = [];
	const lists = {};
	const touched = new Set();
	let browser;
	let page;
	let stopped;
	try {
		const origin = `http://127.0.0.1:${playground.n8nPort}`;
		// The owner account (the editor's first screen), logged in: its cookie goes to the browser.
		const cookieHeader = await setupOwner(origin).catch((error) => assert.fail(`${error.message}\n${playground.output.slice(-3000)}`));
		const cookies = cookieHeader.split('; ').map((pair) => {
			const index = pair.indexOf('=');
			return { name: pair.slice(0, index), value: pair.slice(index + 1), url: origin };
		});
		assert.ok(cookies.some((cookie) => cookie.name === 'n8n-auth'), 'owner setup gave no n8n-auth cookie');

		// The node's description as this n8n serves it to the editor.
		const types = await editorTypes(origin, cookieHeader, 'nodes', NODE_TYPE);
		// A versioned node is listed once per version: new nodes get the default one.
		const description = types.find((type) => type.name === NODE_TYPE && type.version === type.defaultVersion);
		assert.ok(description, `n8n does not know ${NODE_TYPE} in its default version`);
		const triggerDescription = types.find((type) => type.name === TRIGGER_TYPE);
		assert.ok(triggerDescription, `n8n does not know ${TRIGGER_TYPE}`);
		const resourceProperty = description.properties.find((property) => property.name === 'resource');
		const resourceValue = (name) => resourceProperty.options.find((option) => option.name === name)?.value;
		const operationProperty = (resource) =>
			description.properties.find((property) => property.name === 'operation' && isShown(property, { resource }) === true);

		browser = await chromium.launch({
			executablePath: CHROMIUM,
			headless: true,
			timeout: 60_000,
			// launch() gives Chromium a fresh temporary --user-data-dir of its own.
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		});
		const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
		await context.addCookies(cookies);
		context.setDefaultTimeout(20_000);
		page = await context.newPage();
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			const entry = { text: message.text(), url: message.location()?.url ?? '' };
			if (isIgnoredConsole(entry, origin)) ignored.push(entry);
			else consoleErrors.push(entry);
		});
		page.on('pageerror', (error) => consoleErrors.push({ text: `uncaught: ${error.stack ?? error}`, url: page.url() }));
		// Leaving a new workflow unsaved (for the next one) asks "Leave site?": yes.
		page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));

		const ndv = page.locator('[data-test-id="ndv"]');
		const parameters = ndv.locator('[data-test-id="node-parameters"]');
		const visibleOptions = page.locator('.el-select-dropdown:visible [data-test-id="parameter-input-item"]');
		const assertNoConsoleErrors = (where) =>
			assert.deepEqual(consoleErrors, [], `console errors ${where}:\n${consoleErrors.map((e) => `${e.text} (${e.url})`).join('\n')}`);

		async function waitForDropdownsClosed() {
			await page.waitForFunction(
				() => [...document.querySelectorAll('.el-select-dropdown')].every((dropdown) => dropdown.offsetParent === null),
				undefined,
				{ timeout: 10_000 },
			);
		}
		/** Clicks a dropdown parameter (resource, operation) and picks the option with this headline. */
		async function choose(parameter, optionName) {
			await ndv.locator(`[data-test-id="parameter-input-${parameter}"]`).click();
			const headline = page.locator('.option-headline', { hasText: new RegExp(`^${escapeRegExp(optionName)}$`) });
			await visibleOptions.filter({ has: headline }).first().click();
			await page
				.waitForFunction(
					([name, text]) => document.querySelector(`[data-test-id="ndv"] [data-test-id="parameter-input-${name}"] input`)?.value === text,
					[parameter, optionName],
					{ timeout: 10_000 },
				)
				.catch((error) => {
					// The editor refused the choice: say why when the page logged it.
					assertNoConsoleErrors(`choosing ${parameter} "${optionName}"`);
					throw error;
				});
			await waitForDropdownsClosed();
		}
		async function optionsOf(parameter) {
			await ndv.locator(`[data-test-id="parameter-input-${parameter}"]`).click();
			await visibleOptions.first().waitFor();
			const names = (await visibleOptions.locator('.option-headline').allInnerTexts()).map((name) => name.trim());
			await page.keyboard.press('Escape');
			await waitForDropdownsClosed();
			return names;
		}
		const linesOf = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);
		/** The visible text lines of the parameter panel, once it stopped changing. */
		const panelLines = async () => linesOf(await settle(() => parameters.innerText()));
		/** Fails on what the NDV shows when a parameter cannot render or load. */
		async function assertPanelHealthy(where, lines, expectedIssues = []) {
			assert.ok(await ndv.isVisible(), `${where}: the NDV closed`);
			// A required resource locator whose list the test opened and closed without a pick is
			// "touched" and shows its issue icon from then on, for every operation with a parameter
			// of that name; any other issue icon is a fault.
			const issues = await ndv.evaluate((element) =>
				[...element.querySelectorAll('[data-test-id="parameter-issues"]')]
					.filter((icon) => icon.offsetParent !== null)
					.map((icon) => icon.closest('[data-test-id^="parameter-input-"]')?.getAttribute('data-test-id').slice('parameter-input-'.length) ?? '?'),
			);
			const untouched = issues.filter((name) => !touched.has(name) && !expectedIssues.includes(name));
			if (issues.length) t.diagnostic(`${where}: issue icons on ${JSON.stringify(issues)}`);
			assert.deepEqual(untouched, [], `${where}: parameter issue icons shown before anything was entered`);
			const rlcErrors = await ndv.locator('[data-test-id="rlc-error-container"]:visible').allInnerTexts();
			assert.deepEqual(rlcErrors, [], `${where}: resource locator errors`);
			const bad = lines.filter((line) => /undefined|\[object Object\]|^null$|NaN|not installed|could not|error/i.test(line));
			assert.deepEqual(bad, [], `${where}: the panel shows suspicious text`);
			assertNoConsoleErrors(where);
		}
		/**
		 * Opens the "From list" dropdown of the resource locator `name` inside `scope` and
		 * returns what it lists (or the error it shows); closes it again.
		 */
		async function fromList(scope, name, where) {
			const rlc = scope.locator(`[data-test-id="resource-locator-${name}"]`).first();
			touched.add(name);
			await rlc.scrollIntoViewIfNeeded();
			const mode = await rlc.locator('[data-test-id="rlc-mode-selector"] input').inputValue();
			assert.match(mode, /^From list$/i, `${where}: ${name} does not start in "From list" mode`);
			await rlc.locator('input[data-test-id="rlc-input"]').click();
			const items = page.locator('[data-test-id="rlc-item"]:visible');
			const error = page.locator('[data-test-id="rlc-error-container"]:visible');
			const dialog = page.locator('[role="dialog"][data-state="open"]:has([data-test-id="rlc-search"])');
			const deadline = Date.now() + 20_000;
			let result;
			let emptySince;
			while (Date.now() < deadline) {
				if (await error.count()) {
					result = { error: (await error.first().innerText()).trim(), items: [] };
					break;
				}
				const listed = (await items.allInnerTexts()).map((text) => text.trim());
				const shown = (await dialog.allInnerTexts()).join(' ').trim();
				// "No results", if it stays for a second (not a stale state before the list loads).
				emptySince = !listed.length && /^No results$/.test(shown) ? (emptySince ?? Date.now()) : undefined;
				if (emptySince && Date.now() - emptySince >= 1000) {
					result = { items: [], text: shown };
					break;
				}
				if (listed.length) {
					result = { items: await settle(async () => JSON.stringify((await items.allInnerTexts()).map((text) => text.trim()))).then(JSON.parse) };
					break;
				}
				await sleep(250);
			}
			result ??= { items: [], text: (await dialog.allInnerTexts()).join(' ').trim() };
			lists[`${where}: ${name}`] = result;
			return { ...result, items: result.items, pick: (text) => items.filter({ hasText: text }).first().click() };
		}
		async function closeList() {
			await page.keyboard.press('Escape');
			await page.waitForFunction(() => !document.querySelector('[data-test-id="rlc-item"]')?.offsetParent, undefined, { timeout: 10_000 });
			assert.ok(await ndv.isVisible(), 'Escape on a resource-locator list closed the NDV');
		}
		async function screenshotNdv(name) {
			// No focus ring on the last field used; the window grown to the parameter panel's full height, then back.
			await page.evaluate(() => document.activeElement?.blur());
			await page.mouse.move(VIEWPORT.width - 120, 200); // over the empty output panel: no hover toggles
			const overflow = await parameters.evaluate((element) => element.scrollHeight - element.clientHeight);
			const height = Math.min(VIEWPORT.height + Math.max(0, overflow) + 16, 3000);
			await page.setViewportSize({ width: VIEWPORT.width, height });
			await settle(() => parameters.evaluate((element) => `${element.scrollHeight}/${element.clientHeight}`));
			const file = path.join(SCREENSHOTS, `${name}.png`);
			await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
			await page.setViewportSize(VIEWPORT);
			t.diagnostic(`screenshot ${path.relative(REPO_ROOT, file)} (1280x${height})`);
		}
		/**
		 * The window as it is (an open dropdown stays open). The mouse goes to `mouseAt` first, by
		 * default over the empty output panel (no hover highlights); null leaves it where it is, so
		 * that a tooltip it shows stays.
		 */
		async function screenshotPage(name, mouseAt = [VIEWPORT.width - 120, 200]) {
			if (mouseAt) await page.mouse.move(...mouseAt);
			await sleep(300);
			const file = path.join(SCREENSHOTS, `${name}.png`);
			await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
			t.diagnostic(`screenshot ${path.relative(REPO_ROOT, file)}`);
		}
		/** A canvas node with its name and subtitle, and some canvas around it. */
		async function screenshotCanvas(name, node) {
			await page.mouse.move(VIEWPORT.width - 120, VIEWPORT.height - 120); // no hover toolbar on the node
			await sleep(300);
			const box = await node.boundingBox();
			const clip = { x: Math.max(0, box.x - 200), y: Math.max(0, box.y - 60), width: box.width + 400, height: box.height + 140 };
			const file = path.join(SCREENSHOTS, `${name}.png`);
			await page.screenshot({ path: file, clip, animations: 'disabled', caret: 'hide' });
			t.diagnostic(`screenshot ${path.relative(REPO_ROOT, file)} (${Math.round(clip.width)}x${Math.round(clip.height)})`);
		}

		/** Runs a subtest's steps; on failure saves the page as screenshots/FAILURE-<name>.png. */
		async function failureScreenshot(name, steps) {
			consoleErrors.length = 0; // those of an earlier subtest failed that one
			try {
				await steps();
			} catch (error) {
				await page.screenshot({ path: path.join(SCREENSHOTS, `FAILURE-${name}.png`) }).catch(() => {});
				throw error;
			}
		}
		/** A new, empty workflow (leaving the last one unsaved). */
		async function openNewWorkflow() {
			await page.goto(`${origin}/workflow/new`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
			await page.locator('[data-test-id="canvas-add-button"]').waitFor({ timeout: 60_000 });
		}
		const creator = page.locator('[data-test-id="node-creator"]');
		const creatorNames = creator.locator('[data-test-id="node-creator-item-name"]');
		const creatorItems = creator.locator('[data-test-id="item-iterator-item"]');
		const creatorCategories = creator.locator('[data-test-id="node-creator-category-item"]');
		/** Searches the open node creator for "Komet": it must list "Komet Sales". */
		async function findKomet() {
			await creator.locator('input[data-test-id="node-creator-search-bar"], [data-test-id="node-creator-search-bar"] input').first().fill('Komet');
			await creatorNames.filter({ hasText: /^Komet Sales$/ }).waitFor({ timeout: 15_000 }).catch(async () => {
				assert.fail(`"Komet Sales" is not in the node panel after searching "Komet"; it shows ${JSON.stringify(await creatorNames.allInnerTexts())}`);
			});
		}
		async function closeNdv() {
			await ndv.locator('[data-test-id="ndv-close-button"]').click();
			await ndv.waitFor({ state: 'hidden', timeout: 10_000 });
		}
		async function openNode(node) {
			await node.dblclick();
			await parameters.waitFor();
		}
		/** The panel shows the described fields (labels; notices by their text) and these others. */
		function assertFieldsShown(where, lines, fields, others) {
			const text = lines.join('\n');
			const expected = ['Credential', ...others, ...fields.filter((f) => f.type !== 'notice').map((f) => f.label)];
			const missing = [...new Set(expected)].filter((label) => !lines.includes(label));
			const notices = fields.filter((f) => f.type === 'notice' && !text.includes(f.label.replace(/<[^>]+>/g, '').trim()));
			assert.deepEqual(missing, [], `${where}: fields missing from the panel, which shows ${JSON.stringify(lines)}`);
			assert.deepEqual(notices.map((f) => f.label), [], `${where}: notices missing from the panel`);
		}
		/**
		 * Adds groups of the one-value fixed collection `field` through its "Add …" dropdown. Their
		 * required fields are empty, so n8n flags them from then on: expected, like a touched list.
		 */
		async function addGroups(field, labels) {
			const box = ndv.locator(`[data-test-id="fixed-collection-${field.name}"]`);
			for (const label of labels) {
				await box.locator('.el-select').last().click();
				await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }).click();
				await waitForDropdownsClosed();
				const group = field.property.options.find((option) => option.displayName === label);
				for (const value of group.values) if (value.required) touched.add(value.name);
			}
		}
		/** The fixed collection `field` shows these groups ({ label: field labels }) open. */
		async function assertGroupsOpen(where, field, groups) {
			const box = ndv.locator(`[data-test-id="fixed-collection-${field.name}"]`);
			assert.equal(await box.count(), 1, `${where}: "${field.label}" does not render`);
			const lines = linesOf(await settle(() => box.innerText()));
			const count = (label) => lines.filter((line) => line === label).length;
			const missing = Object.keys(groups).filter((label) => !lines.includes(label));
			assert.deepEqual(missing, [], `${where}: "${field.label}" does not show these groups open: it shows ${JSON.stringify(lines)}`);
			// A label several groups share shows once per group.
			const fieldLabels = Object.values(groups).flat();
			const short = [...new Set(fieldLabels)].filter((label) => count(label) < fieldLabels.filter((other) => other === label).length);
			assert.deepEqual(short, [], `${where}: "${field.label}" misses fields of its groups: it shows ${JSON.stringify(lines)}`);
		}
		/** The parameter item of the collection `name` (Additional Fields, Filters, Options). */
		const collectionOf = (name) => ndv.locator('[data-test-id="parameter-item"]').filter({ has: page.locator(`label[for="${name}"]`) }).first();
		/** Adds an option to a collection, unless it shows already. */
		async function addToCollection(collection, option) {
			const shown = collection.locator(`[data-test-id="parameter-input-${option.name}"], [data-test-id="resource-locator-${option.name}"]`);
			if (await shown.count()) return;
			await collection.locator('[data-test-id="collection-parameter-add"]').click();
			await page.locator('.el-select-dropdown:visible [data-test-id="collection-parameter-option"]', { hasText: new RegExp(`^${escapeRegExp(option.displayName)}$`) }).click();
			await waitForDropdownsClosed();
			await shown.first().waitFor({ timeout: 10_000 }).catch(() => assert.fail(`"${option.displayName}" does not render once added`));
		}
		/** The resource locators a collection offers: added, rendered, listing the simulator's entries. */
		async function listsInCollection(key, field) {
			const collection = collectionOf(field.name);
			for (const option of field.property.options.filter(hasList)) {
				// In version 1, n8n keeps a collection's values across operations that share its name,
				// so the field may be there already (added for the previous operation).
				await addToCollection(collection, option);
				const rlc = collection.locator(`[data-test-id="resource-locator-${option.name}"]`);
				await rlc.waitFor({ timeout: 10_000 }).catch(() => assert.fail(`${key}: "${option.displayName}" in ${field.label} does not render as a resource locator`));
				const listed = await fromList(collection, option.name, `${key} ${field.label}`);
				await closeList();
				assert.ok(listed.items.length > 0, `${key}: "${option.displayName}" in ${field.label}: From list shows nothing: ${JSON.stringify(listed)}`);
			}
		}

		// 1. The editor, logged in with the owner's cookie.
		await page.goto(`${origin}/workflow/new`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
		await page.locator('[data-test-id="canvas-add-button"]').waitFor({ timeout: 60_000 });
		assert.ok(!page.url().includes('/signin'), `not logged in: ${page.url()}`);

		await t.test('the Komet Sales Trigger: trigger panel, every event, filters, options, canvas subtitle, Fetch Test Event', () =>
			failureScreenshot('trigger', async () => {
				// 2. The Komet Sales Trigger as the first step of the new workflow: "Add first step"
				// opens the trigger panel, which finds it by "Komet". n8n lists a node and its trigger as
				// one item there ("Komet Sales", described as the trigger) with the trigger's events first.
				await page.locator('[data-test-id="canvas-add-button"]').click();
				const header = await page.locator('[data-test-id="node-creator"] [data-test-id="nodes-list-header"]').first().innerText();
				assert.match(header, /What triggers this workflow\?/, `"Add first step" does not open the trigger panel: ${header}`);
				await findKomet();
				const kometEntry = creatorItems.filter({ has: page.locator('[data-test-id="node-creator-item-name"]', { hasText: /^Komet Sales$/ }) });
				const entryDescription = await kometEntry.locator('[data-test-id="node-creator-item-description"]').innerText();
				assert.equal(entryDescription.trim(), triggerDescription.description, 'the trigger panel does not offer Komet Sales as a trigger');
				await kometEntry.click();
				await kometEntry.waitFor({ state: 'detached' }); // the search results slide away
				await creatorCategories.first().waitFor();
				const eventProperty = triggerDescription.properties.find((property) => property.name === 'event');
				const categories = (await creatorCategories.allInnerTexts()).map((name) => name.trim());
				assert.equal(categories[0], `Triggers (${eventProperty.options.length})`, `the Komet Sales item's categories: ${JSON.stringify(categories)}`);
				const offered = (await creatorItems.allInnerTexts()).map((name) => name.trim().toLowerCase());
				assert.deepEqual(offered, eventProperty.options.map((option) => `on ${option.name.toLowerCase()}`), 'the trigger events in the node creator');
				await creatorItems.filter({ hasText: /^On prebook created or updated$/i }).click();
				await parameters.waitFor();
				const trigger = page.locator(`[data-test-id="canvas-node"][data-node-type="${TRIGGER_TYPE}"]`);
				assert.equal(await trigger.count(), 1, 'the event added no Komet Sales Trigger');
				assert.equal(await trigger.getAttribute('data-node-name'), triggerDescription.defaults.name);
				const triggerCredential = await ndv.locator('[data-test-id="node-credentials-select"] input').inputValue();
				assert.equal(triggerCredential, 'Komet Sales (simulator)', 'the imported credential is preselected');
				assert.equal(await ndv.locator('[data-test-id="parameter-input-event"] input').inputValue(), 'Prebook Created or Updated', 'the event picked in the node creator');
				await assertPanelHealthy('Komet Sales Trigger as added', await panelLines());
				await screenshotNdv('komet-sales-trigger');

				// Every event renders its fields at their defaults (each has its own window); the
				// canvas subtitle (behind the panel) names it and what its polling costs; the Filters'
				// resource locators list the simulator's entries.
				const subtitle = trigger.locator('[class*="subtitle"]').first(); // n8n gives it no test id
				const subtitleText = async () => (await settle(() => subtitle.textContent())).trim();
				const events = await optionsOf('event');
				assert.deepEqual(events, eventProperty.options.map((option) => option.name), 'the Event dropdown against the description');
				assert.deepEqual(Object.keys(TRIGGER_KEY_FIELDS).filter((name) => !events.includes(name)), [], 'events missing from the dropdown');
				for (const event of events) {
					const key = `Komet Sales Trigger → ${event}`;
					await choose('event', event);
					const lines = await panelLines();
					await assertPanelHealthy(key, lines);
					const fields = describedFields(triggerDescription, { event: eventProperty.options.find((option) => option.name === event).value });
					assertFieldsShown(key, lines, fields, ['Event', ...(TRIGGER_KEY_FIELDS[event] ?? [])]);
					for (const field of fields.filter((f) => f.type === 'number' || f.type === 'options')) {
						const shown = await ndv.locator(`[data-test-id="parameter-input-${field.name}"] input`).first().inputValue();
						const wanted = field.type === 'options' ? field.property.options.find((option) => option.value === field.property.default)?.name : String(field.property.default);
						assert.equal(shown, wanted, `${key}: "${field.label}" does not start at its default`);
					}
					const cost = await subtitleText();
					assert.match(cost, new RegExp(`^≈ \\d+ requests/day · \\d+ per poll · ${escapeRegExp(event)}$`), `${key}: the canvas subtitle`);
					t.diagnostic(`${key}: canvas subtitle "${cost}"`);
					for (const field of fields.filter((f) => f.type === 'collection' && f.property.options?.some(hasList))) await listsInCollection(key, field);
					await assertPanelHealthy(`${key} after opening its lists`, await panelLines());
				}
				// The Options (the same for every event) render once added.
				const optionsField = triggerDescription.properties.find((property) => property.name === 'options');
				const optionsBox = collectionOf('options');
				for (const option of optionsField.options) await addToCollection(optionsBox, option);
				const optionLines = linesOf(await settle(() => optionsBox.innerText()));
				const missingOptions = optionsField.options.map((option) => option.displayName).filter((label) => !optionLines.includes(label));
				assert.deepEqual(missingOptions, [], `Komet Sales Trigger: Options missing after adding them all: ${JSON.stringify(optionLines)}`);
				await assertPanelHealthy('Komet Sales Trigger with every option', await panelLines());

				// The canvas subtitle as a user sees it, the panel closed: the cost of the trigger's
				// default Poll Times (every hour, which the default budget allows), then of n8n's every
				// minute, then every hour again; it follows Dates too.
				await choose('event', 'Prebook Created or Updated');
				await closeNdv();
				assert.equal(await subtitleText(), PREBOOK_SUBTITLE['Every Hour'], 'the canvas subtitle with the default Poll Times (every hour)');
				await openNode(trigger);
				await choose('mode', 'Every Minute');
				await closeNdv();
				assert.equal(await subtitleText(), PREBOOK_SUBTITLE['Every Minute'], 'the canvas subtitle polling every minute');
				await openNode(trigger);
				await choose('mode', 'Every Hour');
				await closeNdv();
				assert.equal(await subtitleText(), PREBOOK_SUBTITLE['Every Hour'], 'the canvas subtitle polling every hour');
				// n8n cuts a long subtitle short with an ellipsis (no tooltip): the figure must come before the cut.
				const figureShown = await subtitle.evaluate((element) => {
					const text = element.firstChild;
					const range = document.createRange();
					range.setStart(text, 0);
					range.setEnd(text, text.textContent.indexOf('requests/day') + 'requests/day'.length);
					return range.getBoundingClientRect().right <= element.getBoundingClientRect().right + 1;
				});
				t.diagnostic(`the canvas shows the subtitle ${(await subtitle.evaluate((e) => e.scrollWidth > e.clientWidth)) ? 'cut short' : 'whole'}`);
				await screenshotCanvas('komet-sales-trigger-canvas', trigger);
				await openNode(trigger);
				await choose('dateKind', 'Truck Date');
				assert.equal(await subtitleText(), '≈ 336 requests/day · 14 per poll · Prebook Created or Updated', 'the canvas subtitle by truck date (one request a day of the window)');
				await choose('dateKind', 'Vendor Ship Date');

				// "Fetch Test Event" runs one poll of the default window (today … +13 days by vendor ship
				// date) and shows the newest prebook in it.
				const from = triggerDescription.properties.find((property) => property.name === 'prebookChangedFrom').default;
				const to = triggerDescription.properties.find((property) => property.name === 'prebookChangedTo').default;
				const shipping = [...simulatorSeed().prebooks]
					.filter(([, prebook]) => prebook.vendorShipDate >= dayFromToday(from) && prebook.vendorShipDate <= dayFromToday(to))
					.map(([id]) => id);
				if (shipping.length) {
					await ndv.locator('[data-test-id="node-execute-button"]', { hasText: 'Fetch Test Event' }).click();
					const output = ndv.locator('[data-test-id="output-panel"]');
					await output.getByText(/^1 item$/).waitFor({ timeout: 30_000 }).catch(async () => {
						assertNoConsoleErrors('Fetch Test Event');
						assert.fail(`Fetch Test Event shows no prebook: ${await output.innerText()}`);
					});
					// The count shows a moment before the item's table renders: up to 15 s for it.
					const newest = String(Math.max(...shipping));
					const pattern = new RegExp(`\\b${newest}\\b`);
					let shown = await output.innerText();
					for (const deadline = Date.now() + 15_000; !pattern.test(shown) && Date.now() < deadline; shown = await output.innerText()) await sleep(250);
					assert.match(shown, pattern, `Fetch Test Event does not show prebook ${newest}: ${shown}`);
					t.diagnostic(`Fetch Test Event: prebook ${newest}`);
				} else {
					// The simulator's prebooks ship on fixed dates: none in today's window, nothing to fetch.
					t.diagnostic(`Fetch Test Event skipped: no simulator prebook ships between ${dayFromToday(from)} and ${dayFromToday(to)}`);
				}
				await assertPanelHealthy('Komet Sales Trigger after Fetch Test Event', await panelLines());
				await closeNdv();
				assertNoConsoleErrors('Komet Sales Trigger at the end');
				assert.ok(figureShown, `the canvas cuts the trigger's subtitle short before its requests/day figure: "${await subtitleText()}" (screenshots/komet-sales-trigger-canvas.png)`);
			}),
		);

		await t.test('the Komet Sales node: node creator, every resource and operation, lines, list search', () =>
			failureScreenshot('node', async () => {
				// 3. In another new workflow, the node creator finds "Komet Sales"; it is added with one
				// of its actions, in the node's default version.
				await openNewWorkflow();
				await page.locator('[data-test-id="node-creator-plus-button"]').click();
				await findKomet();
				await creatorNames.filter({ hasText: /^Komet Sales$/ }).click();
				// On an empty workflow n8n shows the node's triggers first and its actions folded.
				const action = creatorItems.filter({ hasText: 'Create a purchase order to a grower (mixed boxes)' });
				await creatorCategories.first().waitFor();
				if (!(await action.isVisible())) await creatorCategories.filter({ hasText: /^Actions \(\d+\)$/ }).click();
				await action.click();
				await parameters.waitFor();
				const credential = await ndv.locator('[data-test-id="node-credentials-select"] input').inputValue();
				assert.equal(credential, 'Komet Sales (simulator)', 'the imported credential is preselected');
				const version = (await ndv.locator('[data-test-id="node-version"]').textContent()).trim();
				assert.match(version, new RegExp(`^Komet Sales node version ${description.defaultVersion} \\(Latest\\)$`), 'the node creator adds the default version');

				// 4. Every resource and operation renders its fields (first pass, nothing touched, so
				// the screenshots show the panel as a user first sees it) ...
				const resources = await optionsOf('resource');
				assert.deepEqual(resources, resourceProperty.options.map((option) => option.name), 'the Resource dropdown against the description');
				assert.deepEqual(RESOURCES.filter((name) => !resources.includes(name)), [], 'resources missing from the dropdown');
				const walked = [];
				for (const resource of resources) {
					await choose('resource', resource);
					const operations = await optionsOf('operation');
					const described = operationProperty(resourceValue(resource));
					assert.deepEqual(operations, described.options.map((option) => option.name), `${resource}: the Operation dropdown`);
					for (const operation of operations) {
						const key = `${resource} → ${operation}`;
						await choose('operation', operation);
						const lines = await panelLines();
						const operationValue = described.options.find((option) => option.name === operation).value;
						const fields = describedFields(description, { resource: resourceValue(resource), operation: operationValue });
						const opened = fields.map(openGroups);
						await assertPanelHealthy(key, lines, opened.flatMap((open) => open.required));
						assertFieldsShown(key, lines, fields, ['Resource', 'Operation', ...(KEY_FIELDS[key] ?? [])]);
						// Groups a default opens, and those GROUPS_TO_ADD adds through the "Add …" dropdown.
						const missingCollections = Object.keys(GROUPS_TO_ADD[key] ?? {}).filter((name) => !fields.some((field) => field.name === name));
						assert.deepEqual(missingCollections, [], `${key}: the description has no such fixed collection`);
						for (const [index, field] of fields.entries()) {
							const toAdd = GROUPS_TO_ADD[key]?.[field.name] ?? {};
							await addGroups(field, Object.keys(toAdd));
							const groups = { ...opened[index].groups, ...toAdd };
							if (Object.keys(groups).length) await assertGroupsOpen(key, field, groups);
						}
						if (!isReadOperation(operation)) await screenshotNdv(`${slug(resource)}-${slug(operation)}`);
						walked.push({ resource, operation, key, fields });
					}
				}
				const notOffered = [...Object.keys(KEY_FIELDS)].filter((key) => !walked.some((pair) => pair.key === key));
				assert.deepEqual(notOffered, [], 'operations the test expects but the dropdowns do not offer');
				t.diagnostic(`walked ${walked.length} resource/operation pairs: ${walked.map((pair) => pair.key).join('; ')}`);

				// ... and (second pass) the "From list" of each of their resource locators lists entries from the simulator.
				for (const { resource, operation, key, fields } of walked) {
					const locators = fields.filter((f) => hasList(f.property));
					const collections = fields.filter((f) => f.type === 'collection' && f.property.options?.some(hasList));
					if (!locators.length && !collections.length) continue;
					await choose('resource', resource);
					await choose('operation', operation);
					for (const field of locators) {
						const dependsOn = DEPENDENT_LISTS[`${key}: ${field.name}`];
						const errorsBefore = consoleErrors.length;
						let listed = await fromList(ndv, field.name, key);
						const dated = DATED_LISTS[`${key}: ${field.name}`];
						if (dated) {
							const expected = dated();
							if (expected.length) await screenshotPage(`${slug(key)}-${slug(field.label)}-list`);
							await closeList();
							assert.equal(listed.error, undefined, `${key}: "${field.label}" From list shows an error`);
							// Nothing to list when today is not within the list's window of the simulator's
							// dates: then opening it without an error is all there is to check.
							const missing = expected.filter((entry) => !listed.items.some((item) => item.endsWith(entry)));
							assert.deepEqual(missing, [], `${key}: "${field.label}" From list misses entries: ${JSON.stringify(listed)}`);
							if (!expected.length) t.diagnostic(`${key}: "${field.label}" has nothing to list today (${dayFromToday(0)}): opened without error`);
							continue;
						}
						await closeList();
						if (dependsOn) {
							// n8n answers the list's "choose the customer first" with HTTP 500, which the page logs:
							// expected here, and only here.
							const others = consoleErrors
								.splice(errorsBefore)
								.filter((entry) => !/status of 500/.test(entry.text) || !entry.url.includes('/rest/dynamic-node-parameters/resource-locator-results'));
							consoleErrors.push(...others);
							assert.deepEqual(listed.items, [], `${key}: "${field.label}" lists entries before ${dependsOn} is chosen`);
							assert.match(`${listed.error ?? ''} ${listed.text ?? ''}`, /choose the customer first/i, `${key}: "${field.label}" does not say to choose the ${dependsOn} first: ${JSON.stringify(listed)}`);
							const first = await fromList(ndv, dependsOn, `${key} (to pick)`);
							assert.ok(first.items.length > 0, `${key}: ${dependsOn} lists nothing`);
							await first.pick(first.items[0]);
							await page.waitForFunction(
								([name, text]) => document.querySelector(`[data-test-id="ndv"] [data-test-id="resource-locator-${name}"] input[data-test-id="rlc-input"]`)?.value === text,
								[dependsOn, first.items[0]],
								{ timeout: 10_000 },
							);
							listed = await fromList(ndv, field.name, `${key} (${dependsOn} ${first.items[0]})`);
							await closeList();
						}
						assert.ok(listed.items.length > 0, `${key}: "${field.label}" From list shows nothing: ${JSON.stringify(listed)}`);
					}
					// Resource locators inside collections (Additional Fields): added, rendered, listing.
					for (const field of collections) await listsInCollection(key, field);
					await assertPanelHealthy(`${key} after opening its lists`, await panelLines(), fields.flatMap((field) => openGroups(field).required));
				}

				// 5. A Company Location set in Create Multiple's Additional Fields does not show in
				// Create Mixed's once the operation is switched: in version 2 each operation's
				// Additional Fields has a name of its own (in version 1 the value rode along).
				const withLocation = (resource, operation) =>
					describedFields(description, { resource, operation }).find((f) => f.type === 'collection' && f.property.options.some((o) => o.name === 'companyLocationCode'));
				const [multipleFields, mixedFields] = [withLocation('prebook', 'createMultiple'), withLocation('purchaseOrder', 'createMixed')];
				assert.ok(multipleFields && mixedFields, 'Create Multiple and Create Mixed offer a Company Location in their Additional Fields');
				assert.notEqual(multipleFields.name, mixedFields.name, 'Create Multiple and Create Mixed share the name of their Additional Fields');
				await choose('resource', 'Prebook');
				await choose('operation', 'Create Multiple');
				const multipleBox = collectionOf(multipleFields.name);
				await addToCollection(multipleBox, multipleFields.property.options.find((o) => o.name === 'companyLocationCode'));
				const locations = await fromList(multipleBox, 'companyLocationCode', 'Create Multiple (pick)');
				assert.ok(locations.items.length > 0, `Company Location lists nothing: ${JSON.stringify(locations)}`);
				await locations.pick(locations.items[0]);
				await page.waitForFunction(
					(text) => document.querySelector('[data-test-id="ndv"] [data-test-id="resource-locator-companyLocationCode"] input[data-test-id="rlc-input"]')?.value === text,
					locations.items[0],
					{ timeout: 10_000 },
				);
				await choose('resource', 'Purchase Order');
				await choose('operation', 'Create Mixed');
				const mixedBox = collectionOf(mixedFields.name);
				await mixedBox.waitFor();
				const mixedLines = linesOf(await settle(() => mixedBox.innerText()));
				assert.equal(
					await mixedBox.locator('[data-test-id="resource-locator-companyLocationCode"]').count(),
					0,
					`Create Mixed's ${mixedFields.label} show the Company Location set for Create Multiple: ${JSON.stringify(mixedLines)}`,
				);
				assert.ok(mixedLines.includes('No properties'), `Create Mixed's ${mixedFields.label} are not empty: ${JSON.stringify(mixedLines)}`);

				// 6. Purchase Order → Create Mixed: the Vendor list, one PO item with one breakdown.
				await choose('resource', 'Purchase Order');
				await choose('operation', 'Create Mixed');
				const vendors = await fromList(ndv, 'vendor', 'Create Mixed (pick)');
				assert.ok(vendors.items.includes('Andes Farms (A535)'), `Vendor "From list" does not list "Andes Farms (A535)": ${JSON.stringify(vendors)}`);
				await vendors.pick('Andes Farms (A535)');
				await page.waitForFunction(
					() => document.querySelector('[data-test-id="ndv"] [data-test-id="resource-locator-vendor"] input[data-test-id="rlc-input"]')?.value === 'Andes Farms (A535)',
					undefined,
					{ timeout: 10_000 },
				);

				const itemsProperty = description.properties.find(
					(p) => p.name === 'purchaseOrderItems' && isShown(p, { resource: 'purchaseOrder', operation: 'createMixed', purchaseOrderItemsInput: 'fields' }, description.version),
				);
				const itemValues = itemsProperty.options[0].values;
				const breakdownValues = itemValues.find((value) => value.name === 'breakdowns').options[0].values;
				const items = ndv.locator(`[data-test-id="fixed-collection-purchaseOrderItems"]`);
				await items.locator('[data-test-id="fixed-collection-add"]').last().click();
				const breakdowns = items.locator('[data-test-id="fixed-collection-breakdowns"]');
				await breakdowns.waitFor();
				await breakdowns.locator('[data-test-id="fixed-collection-add"]').last().click();
				await breakdowns.locator('[data-test-id="parameter-input-stemsBunch"]').waitFor();
				const itemLines = linesOf(await settle(() => items.innerText()));
				const breakdownLines = linesOf(await settle(() => breakdowns.innerText()));
				const missingInItem = [...entryLabels(itemValues), 'Add Item'].filter((label) => !itemLines.includes(label));
				const missingInBreakdown = [...entryLabels(breakdownValues), 'Add Breakdown'].filter((label) => !breakdownLines.includes(label));
				assert.deepEqual(missingInItem, [], `PO item fields missing: ${JSON.stringify(itemLines)}`);
				assert.deepEqual(missingInBreakdown, [], `breakdown fields missing: ${JSON.stringify(breakdownLines)}`);
				// n8n flags the empty required fields of a new line at once (unlike top-level ones, which
				// wait until touched): those icons are expected, any other is not.
				const requiredInLines = [...itemValues, ...breakdownValues].filter((value) => value.required).map((value) => value.name);
				await assertPanelHealthy('Create Mixed with one item and one breakdown', await panelLines(), requiredInLines);
				// Resource locators inside the lines render, and their lists list.
				for (const [scope, values, where] of [
					[items, itemValues.filter((v) => v.name !== 'breakdowns'), 'PO item'],
					[breakdowns, breakdownValues, 'breakdown'],
				]) {
					for (const value of values.filter((v) => v.type === 'resourceLocator')) {
						const rlc = scope.locator(`[data-test-id="resource-locator-${value.name}"]`);
						assert.ok((await rlc.count()) > 0, `${where}: the resource locator "${value.displayName}" does not render`);
						const listed = await fromList(scope, value.name, `Create Mixed ${where}`);
						await closeList();
						assert.ok(listed.items.length > 0, `${where}: "${value.displayName}" From list shows nothing: ${JSON.stringify(listed)}`);
					}
				}
				await screenshotNdv('purchase-order-create-mixed-item-breakdown');
				assertNoConsoleErrors('Komet Sales at the end');
			}),
		);

		// The next two subtests point the imported credential at a simulator of the test's own,
		// which records every request it gets (the playground's runs in its process): the
		// editor's Komet requests can be counted, and the new base URL gives the credential's
		// reference lists a fresh cache (their key holds the base URL and token).
		const counting = await built('.build/test/simulator/server.js').startSimulator({ quiet: true });
		try {
			await pointCredentialAt(origin, cookieHeader, counting.url);

			/** Adds Komet Sales with this action (its node-creator text) to a new workflow and opens it. */
			async function addKometAction(actionText) {
				await openNewWorkflow();
				await page.locator('[data-test-id="node-creator-plus-button"]').click();
				await findKomet();
				await creatorNames.filter({ hasText: /^Komet Sales$/ }).click();
				const action = creatorItems.filter({ hasText: actionText });
				await creatorCategories.first().waitFor();
				if (!(await action.isVisible())) await creatorCategories.filter({ hasText: /^Actions \(\d+\)$/ }).click();
				await action.click();
				await parameters.waitFor();
			}
			const actionOf = (resource, operation) => operationProperty(resource).options.find((option) => option.value === operation).action;
			/** The resource locator's value as the panel shows it. */
			const locatorValue = (scope, name) => scope.locator(`[data-test-id="resource-locator-${name}"] input[data-test-id="rlc-input"]`).first().inputValue();

			/**
			 * Picks from a resource locator's "From list" as a person does: opens the dropdown, types
			 * `typed` into its search a key at a time, waits until the list shows only matching entries,
			 * and clicks the one containing `entry`.
			 */
			async function pickAsAPerson(scope, name, typed, entry) {
				const rlc = scope.locator(`[data-test-id="resource-locator-${name}"]`).first();
				await rlc.scrollIntoViewIfNeeded();
				await rlc.locator('input[data-test-id="rlc-input"]').click();
				const items = page.locator('[data-test-id="rlc-item"]:visible');
				await items.first().waitFor({ timeout: 20_000 }).catch(() => assert.fail(`${name}: From list shows nothing`));
				const search = page.locator('[data-test-id="rlc-search"]:visible');
				const searchInput = (await search.evaluate((element) => element.tagName)) === 'INPUT' ? search : search.locator('input');
				await searchInput.click();
				await searchInput.pressSequentially(typed, { delay: 100 });
				const needle = typed.toLowerCase();
				await page
					.waitForFunction(
						(text) => {
							const shown = [...document.querySelectorAll('[data-test-id="rlc-item"]')].filter((item) => item.offsetParent !== null);
							return shown.length > 0 && shown.every((item) => item.textContent.toLowerCase().includes(text));
						},
						needle,
						{ timeout: 20_000 },
					)
					.catch(async () => assert.fail(`${name}: searching "${typed}" does not narrow the list: ${JSON.stringify(await items.allInnerTexts())}`));
				const listed = (await items.allInnerTexts()).map((text) => text.trim());
				const chosen = listed.find((text) => text.includes(entry));
				assert.ok(chosen, `${name}: searching "${typed}" does not list "${entry}": ${JSON.stringify(listed)}`);
				await items.filter({ hasText: entry }).first().click();
				await page.waitForFunction(
					([locatorName, text]) =>
						[...document.querySelectorAll(`[data-test-id="ndv"] [data-test-id="resource-locator-${locatorName}"] input[data-test-id="rlc-input"]`)].some(
							(input) => input.value === text,
						),
					[name, chosen],
					{ timeout: 10_000 },
				);
				return chosen;
			}

			await t.test('the editor\'s Komet requests: building "orders → prebooks" with the pickers spends one request per reference list', () =>
				failureScreenshot('pickers', async () => {
					// 7. Prebook → Create Multiple in a new workflow, each picker opened, searched and picked.
					const searches = [];
					const onRequest = (request) => {
						if (request.url().includes('/rest/dynamic-node-parameters/resource-locator-results')) searches.push(request.url());
					};
					page.on('request', onRequest);
					counting.reset();
					try {
						await addKometAction(actionOf('prebook', 'createMultiple'));
						await choose('resource', 'Prebook');
						await choose('operation', 'Create Multiple');
						const picks = [];
						picks.push(['Customer', await pickAsAPerson(ndv, 'customerCode', 'ang', 'Ang Flowers')]);
						// A ship-to picker, where the operation offers one.
						const shipTo = describedFields(description, { resource: 'prebook', operation: 'createMultiple' }).find(
							(field) => /shipTo/i.test(field.name) && hasList(field.property),
						);
						if (shipTo) picks.push([shipTo.label, await pickAsAPerson(ndv, shipTo.name, 'a', '')]);
						const lines = ndv.locator('[data-test-id="fixed-collection-prebookItems"]');
						await lines.locator('[data-test-id="fixed-collection-add"]').last().click();
						await lines.locator('[data-test-id="resource-locator-carrierCode"]').waitFor();
						picks.push(['Carrier', await pickAsAPerson(lines, 'carrierCode', 'fed', 'Fedex')]);
						picks.push(['Product', await pickAsAPerson(lines, 'productCode', 'roses', 'Roses 55cm Blue')]);
						picks.push(['Box Type', await pickAsAPerson(lines, 'boxTypeCode', 'half', '(HB)')]);
						// A second line, as an order has: its pickers reopen lists already read.
						await lines.locator('[data-test-id="fixed-collection-add"]').last().click();
						await lines.locator('[data-test-id="resource-locator-carrierCode"]').nth(1).waitFor();
						await pickAsAPerson(lines.locator('[data-test-id="resource-locator-carrierCode"]').nth(1).locator('..'), 'carrierCode', 'arm', 'Armellini');
						await pickAsAPerson(lines.locator('[data-test-id="resource-locator-productCode"]').nth(1).locator('..'), 'productCode', 'freedom', 'Rose Freedom 50cm');
						await pickAsAPerson(lines.locator('[data-test-id="resource-locator-boxTypeCode"]').nth(1).locator('..'), 'boxTypeCode', 'quarter', '(QB)');
						assert.equal(await locatorValue(ndv, 'customerCode'), picks[0][1], 'the picked customer stays');
						assertNoConsoleErrors('building orders → prebooks');
					} finally {
						page.off('request', onRequest);
					}
					const byMethod = {};
					for (const request of counting.requests) byMethod[request.path] = (byMethod[request.path] ?? 0) + 1;
					t.diagnostic(`orders → prebooks: the editor asked n8n for ${searches.length} picker lists/searches; Komet got ${counting.requests.length} requests: ${JSON.stringify(byMethod)}`);
					const expected = ['boxtype.list', 'carrier.list', 'customer.list', 'product.list'];
					const used = Object.keys(byMethod).sort();
					assert.deepEqual(
						used.filter((method) => !expected.includes(method) && !/shipto/i.test(method)),
						[],
						`the editor asked Komet for lists no picker used: ${JSON.stringify(byMethod)}`,
					);
					const repeated = Object.entries(byMethod).filter(([, count]) => count > 1);
					assert.deepEqual(repeated, [], `searches typed in a picker were not served from the kept list: ${JSON.stringify(byMethod)}`);
					assert.ok(searches.length > used.length, `the pickers were not searched (${searches.length} list requests)`);
				}),
			);

			await t.test('Box → Update External Codes with On Error "Continue (using error output)": the rejected line on the error output', () =>
				failureScreenshot('error-output', async () => {
					// 8. One known and one unknown box code (Komet answers "Box code does not exist" for
					// the second), On Error set in the node's Settings, the node executed from its panel.
					counting.reset();
					await addKometAction(actionOf('box', 'updateExternalCodes'));
					const boxes = ndv.locator('[data-test-id="fixed-collection-boxes"]');
					const typed = [
						['KS001001', 'PT991001'],
						['KS009999', 'PT991003'],
					];
					for (const [index, [boxCode, externalCode]] of typed.entries()) {
						await boxes.locator('[data-test-id="fixed-collection-add"]').last().click();
						await boxes.locator('[data-test-id="parameter-input-boxCode"]').nth(index).waitFor();
						await boxes.locator('[data-test-id="parameter-input-boxCode"]').nth(index).locator('input, textarea').first().fill(boxCode);
						await boxes.locator('[data-test-id="parameter-input-externalCode"]').nth(index).locator('input, textarea').first().fill(externalCode);
					}
					await ndv.locator('[data-test-id="tab-settings"]').click();
					await choose('onError', 'Continue (using error output)');
					await ndv.locator('[data-test-id="tab-params"]').click();
					await parameters.waitFor();
					await ndv.locator('[data-test-id="node-execute-button"]').first().click();
					const output = ndv.locator('[data-test-id="output-panel"]');
					const branches = output.locator('[data-test-id="branches"]');
					const errorTab = branches.getByText(/^Error\b/);
					await errorTab.waitFor({ timeout: 60_000 }).catch(async () => assert.fail(`the output shows no error branch: ${await output.innerText()}`));
					const sent = counting.requestsTo('box.externalcode.update');
					assert.equal(sent.length, 1, 'one request to Komet for both lines');
					assert.deepEqual(
						sent[0].body.boxes.map((box) => box.boxCode),
						['KS001001', 'KS009999'],
						'both lines sent',
					);
					/** The output panel's text once the chosen branch shows `expected`. */
					async function branchShows(tab, expected) {
						await tab.click();
						let shown = await output.innerText();
						for (const deadline = Date.now() + 15_000; !expected.test(shown) && Date.now() < deadline; shown = await output.innerText()) await sleep(250);
						return shown;
					}
					const errorText = await branchShows(errorTab, /KS009999/);
					assert.match(errorText, /Error Branch \(1 item\)/, `the error branch does not hold one item: ${errorText}`);
					assert.match(errorText, /KS009999/, `the error branch does not show the rejected line: ${errorText}`);
					assert.match(errorText, /Box code does not exist/, `the error branch does not show Komet's message: ${errorText}`);
					assert.doesNotMatch(errorText, /KS001001/, `the error branch shows the accepted line: ${errorText}`);
					await screenshotPage('box-update-external-codes-error-output');
					const successText = await branchShows(branches.getByText(/^Success\b/), /KS001001/);
					assert.match(successText, /Success Branch \(1 item\)/, `the success branch does not hold one item: ${successText}`);
					assert.match(successText, /KS001001/, `the success branch does not show the accepted line: ${successText}`);
					assert.doesNotMatch(successText, /KS009999/, `the success branch shows the rejected line: ${successText}`);
					assertNoConsoleErrors('Box → Update External Codes executed');
				}),
			);

			await t.test("a newcomer's path: the screens issue 20 fixed", () =>
				failureScreenshot('newcomer', async () => {
					// 9. What a new user meets first, each screen saved for the README.
					/** Saves a workflow or credential (`kind`) through n8n's REST API; returns its id. */
					async function save(kind, body) {
						const response = await fetch(`${origin}/rest/${kind}`, {
							method: 'POST',
							headers: { cookie: cookieHeader, 'content-type': 'application/json' },
							body: JSON.stringify(body),
						});
						const saved = await response.text();
						assert.ok(response.ok, `n8n did not save "${body.name}": ${response.status} ${saved}`);
						return JSON.parse(saved).data.id;
					}
					/** An example workflow with its Komet Sales node changed, saved. */
					async function saveExampleAs(file, name, change) {
						const { workflow } = exampleWorkflows().find((example) => example.file === file);
						const komet = workflow.nodes.find((node) => node.type === NODE_TYPE);
						change(komet.parameters);
						return { id: await save('workflows', { name, nodes: workflow.nodes, connections: workflow.connections, settings: {} }), node: komet.name };
					}
					/** Opens a saved workflow's Komet Sales node, executes it from its panel and returns the output panel's text. */
					async function executeNode({ id, node }, expected) {
						await page.goto(`${origin}/workflow/${id}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
						await openNode(page.locator(`[data-test-id="canvas-node"][data-node-name="${node}"]`));
						await ndv.locator('[data-test-id="node-execute-button"]').first().click();
						const output = ndv.locator('[data-test-id="output-panel"]');
						let shown = '';
						for (const deadline = Date.now() + 60_000; !expected.test(shown) && Date.now() < deadline; shown = await output.innerText()) await sleep(250);
						assert.match(shown, expected, `the output panel of "${node}"`);
						// n8n's toast repeats the message over the panel: closed for the screenshot.
						const toastClose = page.locator('.el-notification .el-notification__closeBtn');
						while (await toastClose.count()) await toastClose.first().click().catch(() => {});
						return shown;
					}

					// Point 6. The node creator describes Komet Sales by what both of its nodes do.
					await openNewWorkflow();
					await page.locator('[data-test-id="node-creator-plus-button"]').click();
					await findKomet();
					const entry = creatorItems.filter({ has: page.locator('[data-test-id="node-creator-item-name"]', { hasText: /^Komet Sales$/ }) });
					const said = (await entry.locator('[data-test-id="node-creator-item-description"]').innerText()).trim();
					assert.match(said, /^Create, update and read prebooks/, `the node creator's description of Komet Sales: ${said}`);
					await screenshotPage('node-creator-komet');
					await page.keyboard.press('Escape');

					// Point 9. An empty list Komet requires is flagged in the panel, and the flag goes once a line is added.
					await addKometAction(actionOf('box', 'updateExternalCodes'));
					const flag = ndv.locator('[data-test-id="boxes-parameter-input-issues-container"]');
					await flag.waitFor({ timeout: 10_000 }).catch(() => assert.fail('the empty Boxes list is not flagged in the panel'));
					await flag.hover();
					const tooltip = page.getByText('At least 1 field is required.', { exact: true }).filter({ visible: true }).first();
					await tooltip.waitFor({ timeout: 10_000 }).catch(() => assert.fail('the flag on Boxes does not say what is missing'));
					await screenshotPage('box-update-external-codes-empty-boxes', null);
					await ndv.locator('[data-test-id="fixed-collection-boxes"] [data-test-id="fixed-collection-add"]').last().click();
					await flag.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => assert.fail('Boxes stays flagged once a box is added'));

					// Point 14. Get Many says in the panel what a range costs.
					await choose('resource', 'Prebook');
					await choose('operation', 'Get Many');
					await choose('dateKind', 'Truck Date');
					const costLines = await panelLines();
					assert.ok(
						costLines.some((line) => line.startsWith('Each input item costs one request per day of the range by Truck Date')),
						`Prebook → Get Many does not state its cost: ${JSON.stringify(costLines)}`,
					);
					await screenshotNdv('prebook-get-many-truck-date-cost');

					// Points 10 and 12. Create Multiple with Fill Customer Details From Komet and JSON lines with
					// mistakes: one error naming each problem once, in the editor's words, and the one thing
					// Komet's lists cannot fill; nothing sent.
					counting.reset();
					const exampleLine = { identifier: '2926-1', carrierCode: 'FX', carrierName: 'Fedex', shipDate: dayFromToday(5), productCode: 'Rs55B', productDescription: 'Roses 55cm Blue', boxTypeCode: 'HB', unitType: 'Stem', bunches: 10, stemsBunch: 2, price: 2.5, vendorCode: 'ABC', cost: 0.7 };
					const filled = await saveExampleAs('prebook-create-multiple.json', 'Newcomer: Create Multiple with mistakes', (parameters) => {
						for (const name of ['customerName', 'customerPhone', 'customerAddresses']) delete parameters[name];
						parameters.fillCustomerDetails = true;
						parameters.prebookItemsInput = 'json';
						const { price, ...misspelt } = exampleLine;
						parameters.prebookItemsJson = JSON.stringify([{ ...exampleLine, boxes: 0 }, { ...misspelt, identifier: '2926-2', boxes: 2, prize: price }], null, 2);
					});
					const linesError = await executeNode(filled, /Nothing was sent to Komet/);
					for (const expected of [
						'Item 1, Customer Addresses → Billing Address: street, city, state, zip code and country are required',
						'Prebook Lines line 1, Boxes (prebookItems[0].boxes): must be at least 1',
						'Prebook Lines line 2 (prebookItems[1]): has an unknown field "prize" (did you mean "price"?)',
					]) {
						assert.equal(linesError.split(expected).length - 1, 1, `the error does not say once "${expected}": ${linesError}`);
					}
					assert.equal(linesError.split('Nothing was sent to Komet').length - 1, 1, `"Nothing was sent" is not said once: ${linesError}`);
					assert.deepEqual(counting.requests.map((request) => request.path).filter((method) => /create/.test(method)), [], 'a prebook was sent');
					await screenshotPage('prebook-create-multiple-json-lines-error');

					// Point 11. Komet's refusal of a carrier that is not Inbound points at the Carrier field.
					const outbound = await saveExampleAs('purchase-order-create-mixed.json', 'Newcomer: Create Mixed with an outbound carrier', (parameters) => {
						parameters.carrier = { __rl: true, mode: 'code', value: 'ARM' };
					});
					const carrierError = await executeNode(outbound, /Carrier \(carrier\)/);
					assert.match(carrierError, /The carrier must be type Inbound\.\nCarrier \(carrier\): Komet takes only carriers of type Inbound/, `Komet's refusal: ${carrierError}`);
					await screenshotPage('purchase-order-create-mixed-carrier-refused');

					// Point 13. The credential test quotes Komet's own answer to a wrong token first.
					const wrongToken = await save('credentials', { name: 'Komet Sales (wrong token)', type: 'kometSalesApi', data: { token: 'not-a-komet-token', baseUrl: counting.url } });
					await page.goto(`${origin}/home/credentials/${wrongToken}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
					const credentialModal = page.locator('[data-test-id="editCredential-modal"]');
					await credentialModal.getByText('More details').click({ timeout: 60_000 });
					const verdict = await settle(() => credentialModal.innerText());
					assert.match(verdict, /Couldn.t connect with these settings/, `the credential modal: ${verdict}`);
					assert.match(verdict, /Komet Sales answered: "Invalid authentication token\." The test calls boxtype\.list/, `the credential test does not quote Komet first: ${verdict}`);
					assert.doesNotMatch(verdict, /not-a-komet-token/, 'the credential test shows the token');
					await screenshotPage('credential-test-wrong-token');
					await page.keyboard.press('Escape');

					// Point 8. A trigger over its request budget (every minute) is refused by Publish itself
					// (the playground turns n8n's background publication off), with the budget's figures;
					// nothing is sent to Komet.
					counting.reset();
					const everyMinute = await save('workflows', {
						name: 'Newcomer: prebook changes every minute',
						nodes: [
							{
								id: 'newcomer-trigger',
								name: triggerDescription.defaults.name,
								type: TRIGGER_TYPE,
								typeVersion: 1,
								position: [0, 0],
								parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'prebookChanged' },
								credentials: { kometSalesApi: { id: CREDENTIAL_ID, name: 'Komet Sales (simulator)' } },
							},
						],
						connections: {},
						settings: {},
					});
					await page.goto(`${origin}/workflow/${everyMinute}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
					await page.locator('[data-test-id="workflow-open-publish-modal-button"]').click();
					const publishAnswer = page.waitForResponse((response) => /\/rest\/workflows\/[^/]+\/activate$/.test(new URL(response.url()).pathname));
					await page.locator('[data-test-id="workflow-publish-button"]').click();
					const refusal = await publishAnswer;
					const refusalText = await refusal.text();
					assert.equal(refusal.status(), 400, `Publish was not refused by its own answer: ${refusal.status()} ${refusalText}`);
					const budgetMessage = /This trigger would make about 2880 requests a day \(2 per poll\), more than its 20% share of the 1000 requests a Komet user may make per day \(200\)\. Poll at most every 15 minutes/;
					assert.match(refusalText, budgetMessage, 'the refusal names the budget');
					const toast = page.locator('.el-notification', { hasText: 'Workflow could not be published' });
					await toast.waitFor({ timeout: 20_000 }).catch(() => assert.fail('the editor does not say the workflow could not be published'));
					assert.match(await toast.innerText(), budgetMessage, "the editor's refusal names the budget");
					assert.deepEqual(counting.requests, [], 'the refused trigger sent requests to Komet');
					// The browser logs the refusal's HTTP 400 as a failed resource: that one is expected.
					const refusedLoad = (entry) => entry.url === refusal.url() && /status of 400/.test(entry.text);
					assert.equal(consoleErrors.filter(refusedLoad).length, 1, 'the browser did not see the refusal');
					consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((entry) => !refusedLoad(entry)));
					await screenshotPage('komet-sales-trigger-publish-refused');
					await page.keyboard.press('Escape');

					// Point 4. The AI agent example runs as shipped, with no OpenAI key: every node succeeds.
					const examples = await fetch(`${origin}/rest/workflows`, { headers: { cookie: cookieHeader } }).then((response) => response.json());
					const agent = examples.data.find((workflow) => workflow.name === exampleWorkflows().find((example) => example.file === 'agent-add-boxes-to-prebook.json').workflow.name);
					await page.goto(`${origin}/workflow/${agent.id}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
					const agentNodes = page.locator('[data-test-id="canvas-node"]');
					await agentNodes.first().waitFor({ timeout: 60_000 });
					await page.locator('[data-test-id="execute-workflow-button"]').click();
					const ran = ['Run the example', 'Example message', 'AI Agent', 'OpenAI Chat Model', 'Add boxes of a future inventory item to a prebook in Komet Sales'];
					for (const name of ran) {
						await page
							.locator(`[data-test-id="canvas-node"][data-node-name="${name}"] [data-test-id="canvas-node-status-success"]`)
							.waitFor({ timeout: 90_000 })
							.catch(() => assert.fail(`the AI agent example: "${name}" did not succeed`));
					}
					await screenshotPage('agent-example-offline', [VIEWPORT.width - 40, VIEWPORT.height - 40]);
					assertNoConsoleErrors('the newcomer path');
				}),
			);
		} finally {
			await counting.close();
		}

		for (const [where, listed] of Object.entries(lists)) t.diagnostic(`From list ${where}: ${JSON.stringify(listed)}`);
		const ignoredKinds = [...new Set(ignored.map((e) => `${e.text} ${new URL(e.url).origin}`))];
		t.diagnostic(`console errors ignored (${ignored.length}): ${JSON.stringify(ignoredKinds)}`);
	} catch (error) {
		if (page) await page.screenshot({ path: path.join(SCREENSHOTS, 'FAILURE.png') }).catch(() => {});
		throw error;
	} finally {
		await browser?.close().catch(() => {});
		stopped = await stopPlayground(playground);
	}
	assert.equal(stopped.code, 0, `the playground did not stop cleanly on Ctrl-C (${stopped.signal}):\n${playground.output.slice(-2000)}`);
});
