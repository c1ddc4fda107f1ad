// The output schemas in the n8n editor: a Komet Sales node (version 2, Purchase Order → Get
// Many) that has not run, followed by an Edit Fields node. Opening Edit Fields, the editor asks
// n8n for the Komet node's schema (GET /schemas/<type>/2.0.0/purchaseOrder/getMany.json) and its
// input panel (Schema view) shows the schema's fields as a "Preview" ("Usually outputs the
// following fields"), lines and all, before anything was sent to Komet. Screenshot:
// screenshots/output-schema-preview.png.
//
// Needs what editor.test.mjs needs: `npm run build`, Debian's chromium (/usr/bin/chromium or
// CHROMIUM_PATH) and playwright-core (PLAYWRIGHT_CORE_DIR, else the project's node_modules).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';

import { freePort, n8nEnv } from '../../scripts/n8n-runtime.mjs';
import { answers, CREDENTIAL_ID, prepareUserFolder, REPO_ROOT, setupOwner, waitFor } from '../../scripts/n8n-instance.mjs';
import { signalGroup } from '../../scripts/process-groups.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = process.env.KOMET_SCREENSHOT_DIR ?? path.join(HERE, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PLAYWRIGHT = path.join(process.env.PLAYWRIGHT_CORE_DIR ?? path.join(REPO_ROOT, 'node_modules'), 'playwright-core');

const workflow = {
	id: 'kometPreview0001',
	name: 'Komet Sales: output schema preview',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: 'komet',
			name: 'Get Purchase Orders',
			type: 'n8n-nodes-komet-sales.kometSales',
			typeVersion: 2,
			position: [250, 0],
			parameters: { resource: 'purchaseOrder', operation: 'getMany', dateFrom: '2026-12-03', dateTo: '2026-12-03', returnAll: true },
			credentials: { kometSalesApi: { id: CREDENTIAL_ID, name: 'Komet Sales (simulator)' } },
		},
		{ id: 'set', name: 'Edit Fields', type: 'n8n-nodes-base.set', typeVersion: 3.4, position: [500, 0], parameters: {} },
	],
	connections: {
		Start: { main: [[{ node: 'Get Purchase Orders', type: 'main', index: 0 }]] },
		'Get Purchase Orders': { main: [[{ node: 'Edit Fields', type: 'main', index: 0 }]] },
	},
};

let n8n;
let browser;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'komet-preview-'));
after(async () => {
	await browser?.close();
	if (n8n) signalGroup(n8n.pid, 'SIGKILL');
	fs.rmSync(folder, { recursive: true, force: true });
});

test('the editor previews a Komet Sales node\'s output fields from its schema before it has run', { timeout: 600_000 }, async () => {
	assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
	const { chromium } = createRequire(import.meta.url)(PLAYWRIGHT);
	// No simulator: nothing is executed, and nothing may be asked of Komet.
	const { runtime } = await prepareUserFolder(folder, { simulatorUrl: 'http://127.0.0.1:9', workflows: [{ id: workflow.id, workflow }] });
	const port = await freePort();
	n8n = spawn(runtime.nodeBin, [runtime.n8nEntry, 'start'], {
		cwd: folder,
		env: n8nEnv(folder, { N8N_PORT: port, N8N_COMMUNITY_PACKAGES_ENABLED: 'true' }),
		stdio: 'ignore',
		detached: true,
	});
	const origin = `http://127.0.0.1:${port}`;
	await waitFor('n8n', () => answers(`${origin}/rest/settings`), { child: n8n });
	const cookies = (await setupOwner(origin)).split('; ').map((pair) => {
		const index = pair.indexOf('=');
		return { name: pair.slice(0, index), value: pair.slice(index + 1), url: origin };
	});

	browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
	await context.addCookies(cookies);
	const page = await context.newPage();
	const schemaRequests = [];
	page.on('response', (response) => {
		if (response.url().includes('/schemas/')) schemaRequests.push([new URL(response.url()).pathname, response.status()]);
	});
	await page.goto(`${origin}/workflow/${workflow.id}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
	const editFields = page.locator('[data-test-id="canvas-node"][data-node-name="Edit Fields"]').first();
	await editFields.waitFor({ timeout: 60_000 });
	await editFields.dblclick();
	const input = page.locator('[data-test-id="ndv-input-panel"]');
	await input.getByText('Usually outputs the following fields', { exact: false }).waitFor({ timeout: 30_000 });
	const text = await input.innerText();
	assert.deepEqual(schemaRequests, [['/schemas/n8n-nodes-komet-sales.kometSales/2.0.0/purchaseOrder/getMany.json', 200]]);
	assert.match(text, /Get Purchase Orders\s+Preview/);
	// The schema's fields, in its order, the lines' too: what Get Many outputs.
	const fields = text.split('\n').map((line) => line.trim());
	for (const field of ['id', 'number', 'status', 'statusName', 'totalCost', 'details', 'poItemId', 'prebookItemId']) {
		assert.ok(fields.includes(field), `the preview lists ${field}:\n${text}`);
	}
	fs.mkdirSync(SCREENSHOTS, { recursive: true });
	await page.screenshot({ path: path.join(SCREENSHOTS, 'output-schema-preview.png') });
});
