// The Komet Sales node as a user meets it in the n8n editor, in a real browser:
// `npm start`'s playground (real n8n + the Komet simulator) is started in a temp
// folder, headless Chromium (Debian's) is driven with playwright-core, and the test
// finds the node in the node creator, adds it, walks every Resource and Operation in
// the parameter panel (NDV), fills one PO item with one breakdown, opens the Vendor
// "From list" dropdown, and screenshots the write operations into screenshots/.
// Any console error from the page fails the test, except the off-machine noise listed
// in IGNORED_CONSOLE (this machine has no internet).
//
// Needs: `npm run build && npm run build:tools`, Debian's chromium (/usr/bin/chromium or
// CHROMIUM_PATH) and playwright-core (PLAYWRIGHT_CORE_DIR, default /tmp/pw/node_modules;
// the project's own node_modules is tried next). See README.md beside this file.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';

import { freePort } from '../../scripts/n8n-runtime.mjs';
import { REPO_ROOT } from '../../scripts/n8n-instance.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = process.env.KOMET_SCREENSHOT_DIR ?? path.join(HERE, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 900 };
const PASSWORD = 'Komet-Sales-2026';

/** Every resource the node offers, in the order of its (sorted) dropdown. */
const RESOURCES = [
	'Box',
	'Box Type',
	'Carrier',
	'Customer',
	'Location',
	'Prebook',
	'Product',
	'Purchase Order',
	'Ship-To',
	'Standing Order',
	'Vendor',
];

/** Fields that must show for a resource → operation (every other one needs at least "Filters" or its lines). */
const KEY_FIELDS = {
	'Box → Update External Codes': ['Boxes Input', 'Boxes', 'Options'],
	'Box Type → Get Many': ['Filters'],
	'Carrier → Get Many': ['Filters'],
	'Customer → Get Many': ['Filters'],
	'Location → Get Many': ['Filters'],
	'Prebook → Add Future Inventory Item': ['Prebook ID', 'Inventory ID', 'Boxes', 'Additional Fields'],
	'Prebook → Create Multiple': ['Customer', 'Customer Name', 'Ship Via', 'Prebook Lines Input', 'Prebook Lines', 'Options'],
	'Product → Get Many': ['Filters'],
	'Purchase Order → Create Mixed': ['Ship Date', 'Vendor', 'Carrier', 'PO Items Input', 'PO Items', 'Additional Fields'],
	'Ship-To → Get Many': ['Customer', 'Filters'],
	'Standing Order → Update': ['Standing Order ID', 'Customer', 'Carrier', 'Ship-To', 'Start Date', 'Ship Via', 'Recurrence', 'Truck Days', 'Items'],
	'Vendor → Get Many': ['Filters'],
};

/** The write operations, screenshotted as screenshots/<resource>-<operation>.png. */
const WRITE_OPERATIONS = [
	'Box → Update External Codes',
	'Prebook → Add Future Inventory Item',
	'Prebook → Create Multiple',
	'Purchase Order → Create Mixed',
	'Standing Order → Update',
];

/**
 * Console errors that are not the editor's nor the node's fault: requests to hosts off
 * this machine (n8n's own telemetry, templates, community-node and version checks, the
 * node icons' CDN ...), which fail here because there is no internet (through the
 * sandbox's proxy they fail with a certificate error, elsewhere with a DNS error).
 * Only "Failed to load resource" messages of URLs that are not the local n8n qualify.
 */
function isIgnoredConsole(message, origin) {
	const { text, url } = message;
	if (!/^Failed to load resource: net::ERR_/.test(text)) return false;
	return url !== '' && !url.startsWith(origin);
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function loadPlaywright() {
	const candidates = [
		process.env.PLAYWRIGHT_CORE_DIR ?? '/tmp/pw/node_modules',
		path.join(REPO_ROOT, 'node_modules'),
	];
	for (const dir of candidates) {
		const packageDir = path.join(dir, 'playwright-core');
		if (fs.existsSync(path.join(packageDir, 'package.json'))) return createRequire(import.meta.url)(packageDir);
	}
	throw new Error(
		`playwright-core not found in ${candidates.join(' or ')}: ` +
			'mkdir -p /tmp/pw && cd /tmp/pw && npm init -y && npm i playwright-core (or set PLAYWRIGHT_CORE_DIR)',
	);
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'komet-browser-'));
after(() => fs.rmSync(folder, { recursive: true, force: true }));

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
	const deadline = Date.now() + 600_000;
	while (!playground.output.includes('is running') && Date.now() < deadline && child.exitCode === null) {
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	if (!playground.output.includes('is running')) {
		await stopPlayground(playground);
		assert.fail(`the playground did not come up within 10 minutes:\n${playground.output}`);
	}
	return playground;
}

/** Ctrl-C, as a user stops `npm start`; SIGKILL if it has not exited after 30 s. */
async function stopPlayground(playground) {
	if (playground.child.exitCode !== null || playground.child.signalCode !== null) return playground.exited;
	playground.child.kill('SIGINT');
	const timer = setTimeout(() => playground.child.kill('SIGKILL'), 30_000);
	const result = await playground.exited;
	clearTimeout(timer);
	return result;
}

/** Waits until fn() gives the same string twice, 250 ms apart (Vue has re-rendered). */
async function settle(fn, timeout = 10_000) {
	const deadline = Date.now() + timeout;
	let last = await fn();
	while (Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 250));
		const next = await fn();
		if (next === last) return next;
		last = next;
	}
	return last;
}

test('the Komet Sales node in the n8n editor: node creator, every resource and operation, lines, list search', { timeout: 900_000 }, async (t) => {
	const { chromium } = loadPlaywright();
	assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
	fs.mkdirSync(SCREENSHOTS, { recursive: true });

	const playground = await startPlayground();
	let browser;
	const consoleErrors = [];
	const ignored = [];
	let page;
	let stopped;
	try {
		const origin = `http://127.0.0.1:${playground.n8nPort}`;
		const setup = await fetch(`${origin}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ email: 'owner@example.com', firstName: 'Flor', lastName: 'Ista', password: PASSWORD }),
		});
		assert.equal(setup.status, 200, await setup.text());
		const cookies = setup.headers.getSetCookie().map((entry) => {
			const [pair] = entry.split(';');
			const index = pair.indexOf('=');
			return { name: pair.slice(0, index), value: pair.slice(index + 1), url: origin };
		});
		assert.ok(cookies.some((cookie) => cookie.name === 'n8n-auth'), 'owner setup gave no n8n-auth cookie');

		browser = await chromium.launch({
			executablePath: CHROMIUM,
			headless: true,
			timeout: 60_000,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			], // launch() gives Chromium a fresh temporary --user-data-dir of its own
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

		const ndv = page.locator('[data-test-id="ndv"]');
		const parameters = ndv.locator('[data-test-id="node-parameters"]');
		const visibleOptions = page.locator('.el-select-dropdown:visible [data-test-id="parameter-input-item"]');
		const noErrorsYet = (where) =>
			assert.deepEqual(consoleErrors, [], `console errors ${where}:\n${consoleErrors.map((e) => `${e.text} (${e.url})`).join('\n')}`);

		/** Clicks a dropdown parameter (resource, operation, ...) and picks the option with this headline. */
		async function choose(parameter, optionName) {
			const input = ndv.locator(`[data-test-id="parameter-input-${parameter}"]`);
			await input.click();
			const option = visibleOptions.filter({ has: page.locator('.option-headline', { hasText: new RegExp(`^${escapeRegExp(optionName)}$`) }) });
			await option.first().click();
			await page.waitForFunction(
				([name, text]) => document.querySelector(`[data-test-id="ndv"] [data-test-id="parameter-input-${name}"] input`)?.value === text,
				[parameter, optionName],
				{ timeout: 10_000 },
			);
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
		async function waitForDropdownsClosed() {
			await page.waitForFunction(
				() => [...document.querySelectorAll('.el-select-dropdown')].every((dropdown) => dropdown.offsetParent === null),
				undefined,
				{ timeout: 10_000 },
			);
		}
		/** The visible lines of the parameter panel, once it stopped changing. */
		async function panelLines() {
			const text = await settle(() => parameters.innerText());
			return text.split('\n').map((line) => line.trim()).filter(Boolean);
		}
		/** Fails on what the NDV shows when a parameter cannot render or load. */
		async function assertPanelHealthy(where, lines) {
			assert.ok(await ndv.isVisible(), `${where}: the NDV closed`);
			const issues = await ndv.locator('[data-test-id="parameter-issues"]:visible').count();
			assert.equal(issues, 0, `${where}: ${issues} parameter issue icon(s) shown before anything was entered`);
			const rlcErrors = await ndv.locator('[data-test-id="rlc-error-container"]:visible').allInnerTexts();
			assert.deepEqual(rlcErrors, [], `${where}: resource locator errors`);
			const bad = lines.filter((line) => /undefined|\[object Object\]|^null$|NaN|not installed|could not|error/i.test(line));
			assert.deepEqual(bad, [], `${where}: the panel shows suspicious text`);
			noErrorsYet(where);
		}
		async function screenshotNdv(name) {
			// Grow the window to the parameter panel's full height for the shot, then back.
			const overflow = await parameters.evaluate((element) => element.scrollHeight - element.clientHeight);
			const height = Math.min(VIEWPORT.height + Math.max(0, overflow) + 16, 3000);
			await page.setViewportSize({ width: VIEWPORT.width, height });
			await settle(() => parameters.evaluate((element) => `${element.scrollHeight}/${element.clientHeight}`));
			const file = path.join(SCREENSHOTS, `${name}.png`);
			await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
			await page.setViewportSize(VIEWPORT);
			t.diagnostic(`screenshot ${path.relative(REPO_ROOT, file)} (1280x${height})`);
		}

		// 1. The editor, logged in with the owner's cookie.
		await page.goto(`${origin}/workflow/new`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
		await page.locator('[data-test-id="node-creator-plus-button"]').waitFor({ timeout: 60_000 });
		assert.ok(!page.url().includes('/signin'), `not logged in: ${page.url()}`);

		// 2. The node creator finds "Komet Sales"; it is added with one of its actions.
		await page.locator('[data-test-id="node-creator-plus-button"]').click();
		await page.locator('input[data-test-id="node-creator-search-bar"], [data-test-id="node-creator-search-bar"] input').first().fill('Komet');
		const kometItem = page.locator('[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]', { hasText: /^Komet Sales$/ });
		await kometItem.waitFor({ timeout: 15_000 }).catch(async () => {
			const found = await page.locator('[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]').allInnerTexts();
			assert.fail(`"Komet Sales" is not in the node panel after searching "Komet"; it shows: ${JSON.stringify(found)}`);
		});
		await kometItem.click();
		const actions = page.locator('[data-test-id="node-creator"] [data-test-id="item-iterator-item"]');
		await actions.filter({ hasText: 'Create a mixed purchase order' }).click();
		await ndv.waitFor();
		await parameters.waitFor();
		const credential = await ndv.locator('[data-test-id="node-credentials-select"] input').inputValue();
		assert.equal(credential, 'Komet Sales (simulator)', 'the imported credential is preselected');

		// 3. Every resource and operation renders its fields.
		const resources = await optionsOf('resource');
		assert.deepEqual(resources, RESOURCES, 'the Resource dropdown');
		const seen = [];
		for (const resource of resources) {
			await choose('resource', resource);
			const operations = await optionsOf('operation');
			assert.ok(operations.length > 0, `${resource}: no operations`);
			for (const operation of operations) {
				const key = `${resource} → ${operation}`;
				await choose('operation', operation);
				const lines = await panelLines();
				await assertPanelHealthy(key, lines);
				const expected = ['Credential', 'Resource', 'Operation', ...(KEY_FIELDS[key] ?? [])];
				const missing = expected.filter((field) => !lines.includes(field));
				assert.deepEqual(missing, [], `${key}: fields missing from the panel; it shows ${JSON.stringify(lines)}`);
				assert.ok(lines.length > 4, `${key}: no fields besides resource and operation`);
				if (WRITE_OPERATIONS.includes(key)) await screenshotNdv(`${slug(resource)}-${slug(operation)}`);
				seen.push(key);
			}
		}
		const unknown = seen.filter((key) => !(key in KEY_FIELDS));
		const notOffered = Object.keys(KEY_FIELDS).filter((key) => !seen.includes(key));
		assert.deepEqual(notOffered, [], 'operations the test expects but the dropdowns do not offer');
		t.diagnostic(`walked ${seen.length} resource/operation pairs${unknown.length ? `; new, checked generically: ${unknown.join(', ')}` : ''}`);

		// 4. + 5. Purchase Order → Create Mixed: the Vendor list from the simulator, one item with one breakdown.
		await choose('resource', 'Purchase Order');
		await choose('operation', 'Create Mixed');
		const vendor = ndv.locator('[data-test-id="resource-locator-vendor"]');
		assert.match(await vendor.locator('[data-test-id="rlc-mode-selector"] input').inputValue(), /From list/i);
		await vendor.locator('[data-test-id="rlc-input"]').click();
		const growers = page.locator('[data-test-id="rlc-item"]:visible');
		await growers.first().waitFor({ timeout: 20_000 }).catch(() => {});
		const listed = (await growers.allInnerTexts()).map((text) => text.trim());
		assert.ok(listed.includes('Andes Farms (A535)'), `Vendor "From list" does not list "Andes Farms (A535)": ${JSON.stringify(listed)}`);
		t.diagnostic(`Vendor "From list": ${listed.join(', ')}`);
		await growers.filter({ hasText: 'Andes Farms (A535)' }).click();
		await page.waitForFunction(
			() => document.querySelector('[data-test-id="ndv"] [data-test-id="resource-locator-vendor"] [data-test-id="rlc-input"] input')?.value === 'Andes Farms (A535)',
			undefined,
			{ timeout: 10_000 },
		);

		const items = ndv.locator('[data-test-id="fixed-collection-purchaseOrderItems"]');
		await items.locator('[data-test-id="fixed-collection-add"]').last().click();
		const breakdowns = items.locator('[data-test-id="fixed-collection-breakdowns"]');
		await breakdowns.waitFor();
		await breakdowns.locator('[data-test-id="fixed-collection-add"]').last().click();
		await breakdowns.locator('[data-test-id="parameter-input-stemsBunch"]').waitFor();
		const itemLines = (await settle(() => items.innerText())).split('\n').map((line) => line.trim());
		const itemFields = ['Product ID', 'Box Type Code', 'Boxes', 'Unit Type', 'Breakdowns', 'Prebook Item ID', 'Bunches per Box', 'Stems per Bunch', 'Add Breakdown', 'Add Item'];
		assert.deepEqual(itemFields.filter((field) => !itemLines.includes(field)), [], `PO item fields missing: ${JSON.stringify(itemLines)}`);
		await assertPanelHealthy('Purchase Order → Create Mixed with one item', await panelLines());
		await screenshotNdv('purchase-order-create-mixed-item-breakdown');

		noErrorsYet('at the end');
		t.diagnostic(`console messages ignored (${ignored.length}): ${JSON.stringify([...new Set(ignored.map((e) => `${e.text} ${new URL(e.url).origin}`))])}`);
	} catch (error) {
		if (page) await page.screenshot({ path: path.join(folder, 'failure.png') }).then(
			() => fs.copyFileSync(path.join(folder, 'failure.png'), path.join(SCREENSHOTS, 'FAILURE.png')),
			() => {},
		);
		throw error;
	} finally {
		await browser?.close().catch(() => {});
		stopped = await stopPlayground(playground);
	}
	assert.ok(stopped.code === 0, `the playground did not stop cleanly on Ctrl-C (${stopped.code}, ${stopped.signal}):\n${playground.output.slice(-2000)}`);
});

function escapeRegExp(text) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
