// End-to-end: every example workflow imported into a real n8n (the pinned 2.x, with the
// packed package installed as a community package) and executed headless with
// `n8n execute`, against the Komet simulator. Asserts the per-item output n8n stored
// and what the simulator received. Run with `npm run test:e2e` (after `npm run build`
// and `npm run build:tools`, which the script does).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { parseExecuteOutput } from '../../scripts/n8n-runtime.mjs';
import { exampleWorkflows, prepareUserFolder, REPO_ROOT, runN8n, SIMULATOR_TOKEN } from '../../scripts/n8n-instance.mjs';

const require = createRequire(import.meta.url);
const { startSimulator } = require(path.join(REPO_ROOT, '.build/test/simulator/server.js'));
const samples = require(path.join(REPO_ROOT, '.build/test/fixtures/samples.js'));
const { dayFromToday } = require(path.join(REPO_ROOT, '.build/test/simulator/referenceData.js'));

/** A failing call: the prebook does not exist, so Komet rejects the whole call. */
function failingVariant(id, onError) {
	const base = exampleWorkflows().find(({ file }) => file === 'prebook-add-future-item.json').workflow;
	const nodes = base.nodes.map((node) =>
		node.type.endsWith('.kometSales')
			? { ...node, parameters: { ...node.parameters, prebookId: 1 }, ...(onError ? { onError } : {}) }
			: node,
	);
	return { file: `${id}.json`, id, workflow: { ...base, id, name: `failing call ${onError ?? 'stop'}`, nodes } };
}

/**
 * Examples this file imports but does not execute, each with where it runs instead. Imported
 * all the same, as the playground imports them (here without the agent example's OpenAI
 * credential and the MCP example's bearer token, which the import must not mind).
 */
const RUN_ELSEWHERE = {
	'agent-add-boxes-to-prebook.json': 'needs a chat model: test/e2e/agent.test.mjs runs it against the scripted stand-in the playground uses without a key',
	'mcp-server-komet-tools.json': 'an MCP server: MCP clients call its tools, nothing runs it headless; test/e2e/mcp.test.mjs publishes it and calls them with the official MCP client',
};

/** The example files executed so far. */
const executed = new Set();

const FAIL_STOP = 'failingcallstop0';
const FAIL_CONTINUE = 'failingcallcont0';

let simulator;
let userFolder;
let runtime;
const workflows = new Map();

before(async () => {
	simulator = await startSimulator();
	userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'komet-e2e-'));
	const all = [...exampleWorkflows(), failingVariant(FAIL_STOP), failingVariant(FAIL_CONTINUE, 'continueRegularOutput')];
	for (const entry of all) workflows.set(entry.file, entry);
	({ runtime } = await prepareUserFolder(userFolder, { simulatorUrl: simulator.url, workflows: all, log: console.log }));
});

after(async () => {
	await simulator?.close();
	if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
});

/** Executes a workflow in n8n; returns n8n's execution object and a Komet node's output items (the first, or the one named). */
async function execute(file, nodeName) {
	simulator.reset();
	executed.add(file);
	const { id, workflow } = workflows.get(file);
	const result = await runN8n(runtime, userFolder, ['execute', `--id=${id}`, '--rawOutput']);
	const execution = parseExecuteOutput(result.stdout);
	assert.ok(execution, `no execution printed for ${file} (exit ${result.code}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
	const kometNode = workflow.nodes.find((node) => node.type === 'n8n-nodes-komet-sales.kometSales' && (!nodeName || node.name === nodeName));
	const run = execution.data.resultData.runData[kometNode.name]?.[0];
	return { code: result.code, execution, run, items: run?.data?.main?.[0] ?? [], stdout: result.stdout };
}

const withToken = (body) => ({ authenticationToken: SIMULATOR_TOKEN, ...body });

describe('reference samples, one workflow per operation', () => {
	test('Box → Update External Codes', async () => {
		const { code, items } = await execute('box-update-external-codes.json');
		assert.equal(code, 0);
		const [request] = simulator.requests;
		assert.equal(simulator.requests.length, 1);
		assert.equal(request.httpMethod, 'POST');
		assert.equal(request.path, 'box.externalcode.update');
		assert.deepEqual(request.body, withToken({
			boxes: [
				{ boxCode: 'KS001001', externalCode: 'PT991001' },
				{ boxCode: 'KS001002', externalCode: 'PT991002' },
				{ boxCode: 'KS009999', externalCode: 'PT991003' },
			],
		}));
		assert.deepEqual(items.map((item) => [item.json.boxCode, item.json.status, item.json.message]), [
			['KS001001', 1, 'success'],
			['KS001002', 1, 'success'],
			['KS009999', 0, 'Box code does not exist'],
		]);
		assert.deepEqual(items.map((item) => item.pairedItem), [{ item: 0 }, { item: 0 }, { item: 0 }]);
	});

	for (const [file, sample, path, method] of [
		['prebook-create-multiple.json', samples.multiplePrebooksCreate, 'multiple.prebooks.create', 'POST'],
		['prebook-add-future-item.json', samples.prebookFutureItemAdd, 'prebook.future.item.add', 'POST'],
		['purchase-order-create-mixed.json', samples.purchaseOrderMixedCreate, 'purchase.order.mixed.create', 'POST'],
	]) {
		test(`${path}`, async () => {
			const { code, items } = await execute(file);
			assert.equal(code, 0);
			assert.equal(simulator.requests.length, 1);
			const [request] = simulator.requests;
			assert.equal(request.httpMethod, method);
			assert.equal(request.path, path);
			assert.equal(request.headerToken, undefined);
			assert.deepEqual(request.body, withToken(sample.wire));
			assert.ok(items.length > 0);
			for (const item of items) {
				assert.equal(item.json.status, 1, JSON.stringify(item.json));
				assert.deepEqual(item.pairedItem, { item: 0 });
			}
		});
	}

	test('Standing Order → Update (v2, token in the header)', async () => {
		const { code, items } = await execute('standing-order-update.json');
		assert.equal(code, 0);
		const [request] = simulator.requests;
		assert.equal(request.httpMethod, 'PUT');
		assert.equal(request.path, 'v2/standing-order');
		assert.equal(request.headerToken, SIMULATOR_TOKEN);
		assert.deepEqual(request.body, samples.standingOrderUpdate.wire);
		assert.deepEqual(items.map((item) => [item.json.identifier, item.json.status, item.json.standingOrderId]), [['1123', 1, 3228]]);
	});
});

describe('realistic flows', () => {
	test('invoices pending synchronization → their PDFs → Mark Synced', async () => {
		const { code, items, execution } = await execute('invoices-to-accounting-sync.json', 'Mark Synced');
		assert.equal(code, 0);
		assert.deepEqual(simulator.requestsTo('invoice.pdf.get').map((request) => request.body), [withToken({ invoiceId: 240989 })]);
		const [pdf] = execution.data.resultData.runData['Invoice PDF'][0].data.main[0];
		assert.deepEqual(pdf.json, { invoiceId: 240989, fileName: 'Invoice #010045.pdf', status: 1, message: 'OK', fileSize: pdf.json.fileSize });
		assert.ok(pdf.json.fileSize > 500);
		assert.equal(pdf.binary.invoicePdf.mimeType, 'application/pdf');
		assert.equal(pdf.binary.invoicePdf.fileName, 'Invoice #010045.pdf');
		const lists = simulator.requestsTo('invoice.accounting.details.list');
		assert.deepEqual(lists.map((request) => [request.query.orderDateFrom, request.query.orderDateTo, request.query.externalSystemSynced]), [
			['2026-12-01', '2026-12-31', '0'],
		]);
		assert.deepEqual(simulator.requestsTo('invoice.mark.sync.status.ok').map((request) => request.body), [
			withToken({ invoiceId: 240989, invoiceNumber: 10045 }),
		]);
		assert.deepEqual(items.map((item) => [item.json.invoiceId, item.json.status, item.pairedItem]), [[240989, 1, { item: 0 }]]);
	});

	test('future inventory → added to the customer\'s prebook', async () => {
		const { code, items } = await execute('future-inventory-to-prebook.json', 'Add to Prebook');
		assert.equal(code, 0);
		// The example reads the next 20 days from $today, in the instance's time zone (UTC here).
		assert.deepEqual(simulator.requestsTo('future.inventory.openmarket.list').map((request) => request.query), [
			{ authenticationToken: SIMULATOR_TOKEN, dateFrom: dayFromToday(0), dateTo: dayFromToday(20), customerId: '2001' },
		]);
		assert.deepEqual(simulator.requestsTo('prebook.future.item.add').map((request) => request.body), [
			withToken({ prebookId: 85063, inventoryId: 9999999, boxes: 2, price: 2.5 }),
		]);
		assert.deepEqual(items.map((item) => [item.json.inventoryId, item.json.status]), [[9999999, 1]]);
	});

	test('order rows → one Create Multiple call per customer, results on their rows', async () => {
		const { code, items } = await execute('orders-to-prebooks-per-customer.json');
		assert.equal(code, 0);
		const requests = simulator.requestsTo('multiple.prebooks.create');
		assert.deepEqual(requests.map((request) => [request.body.customerCode, request.body.prebookItems.length]), [
			['ANG', 2],
			['BLOOM', 2],
			['Fresh', 1],
		]);
		assert.equal(requests[0].body.prebookItems[0].boxes, 5);
		assert.equal(requests[0].body.prebookItems[0].price, 0.45);
		assert.deepEqual(items.map((item) => [item.pairedItem.item, item.json.customerCode, item.json.status]), [
			[0, 'ANG', 1],
			[1, 'ANG', 1],
			[2, 'BLOOM', 1],
			[3, 'BLOOM', 1],
			[4, 'Fresh', 1],
		]);
	});

	test('logistics feed → all boxes in one call, one result item per box', async () => {
		const { code, items } = await execute('logistics-feed-to-box-codes.json');
		assert.equal(code, 0);
		assert.equal(simulator.requests.length, 1);
		assert.equal(simulator.requests[0].body.boxes.length, 21);
		assert.equal(items.length, 21);
		assert.equal(items.filter((item) => item.json.status === 1).length, 20);
		assert.deepEqual(items.at(-1).json, { boxCode: 'KS009999', externalCode: 'TRK889999', status: 0, message: 'Box code does not exist' });
		items.forEach((item, index) => assert.deepEqual(item.pairedItem, { item: index }));
	});
});

describe('a call Komet rejects', () => {
	test('without Continue On Fail the execution fails with Komet message', async () => {
		const { code, execution, stdout } = await execute(`${FAIL_STOP}.json`);
		assert.notEqual(code, 0);
		assert.equal(execution.data.resultData.error.name, 'NodeApiError');
		assert.equal(execution.data.resultData.error.message, 'The Prebook does not exist.');
		assert.equal(simulator.requests.length, 1);
		assert.ok(!stdout.includes(SIMULATOR_TOKEN), 'the token leaked into n8n output');
	});

	test('with Continue On Fail the item carries the error, paired', async () => {
		const { code, items, stdout } = await execute(`${FAIL_CONTINUE}.json`);
		assert.equal(code, 0);
		assert.equal(items.length, 1);
		assert.equal(items[0].json.error, 'The Prebook does not exist.');
		assert.deepEqual(items[0].pairedItem, { item: 0 });
		assert.ok(!stdout.includes(SIMULATOR_TOKEN), 'the token leaked into n8n output');
	});
});

// Last: every example is executed above, or named in RUN_ELSEWHERE with where it runs.
test('every example workflow is executed here, or named with where it runs', () => {
	const files = exampleWorkflows().map(({ file }) => file);
	assert.deepEqual(files.filter((file) => !executed.has(file) && !(file in RUN_ELSEWHERE)), []);
	assert.deepEqual(Object.keys(RUN_ELSEWHERE).filter((file) => !files.includes(file) || executed.has(file)), []);
});
