/**
 * `npm run bench [-- --json]`: request economy and overhead of the Komet Sales node,
 * measured against the local simulator in one run, beside the engine floor (a node that
 * only reads the same parameters) and one HTTP request per item (what a user does without
 * this node) under a simulated network latency. Prints a table, and with --json the same
 * figures as one JSON object on the last line. Last, how the node's time grows from 10,000 to
 * 100,000 box lines (scaling.ts).
 */
import './env';

import { execFileSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { MANUAL_TRIGGER } from '../../test/harness/nodeTypes';
import { runKometNode, runWorkflow, TEST_TOKEN } from '../../test/harness/runWorkflow';
import { MAX_BODY_BYTES, startSimulator, type Simulator } from '../../test/simulator/server';
import * as samples from '../../test/fixtures/samples';
import { scaling } from './scaling';
import { STAND_INS } from './standIns';

const root = resolve(__dirname, '../../..');
const BOXES = 10_000;
const PREBOOK_LINES = 2_000;
const CUSTOMERS = 20;
/** Items for the comparison with one request per item: at 50 ms a request, 500 take about 25 s. */
const LATENCY_ITEMS = 500;
const LATENCY_MS = 50;

/** Manual trigger → one node of the given type, with the Komet credential. */
async function runNode(type: string, parameters: INodeParameters, items: IDataObject[], baseUrl: string) {
	const result = await runWorkflow({
		nodes: [
			{ id: 'start', name: 'Start', type: MANUAL_TRIGGER, typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'node',
				name: 'Node',
				type,
				typeVersion: 1,
				position: [200, 0],
				parameters,
				credentials: { kometSalesApi: { id: 'komet', name: 'Komet' } },
			},
		],
		connections: { Start: { main: [[{ node: 'Node', type: 'main', index: 0 }]] } },
		credentials: { kometSalesApi: { token: TEST_TOKEN, baseUrl } },
		triggerItems: items.map((json) => ({ json })),
		extraNodeTypes: STAND_INS,
	});
	if (result.status !== 'success') throw new Error(`${type} failed: ${JSON.stringify(result.error)}`);
	return result;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
	const started = performance.now();
	const result = await work();
	return [performance.now() - started, result];
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

const floorOf = (bytes: number) => Math.ceil(bytes / MAX_BODY_BYTES);
const totalBytes = (simulator: Simulator, path: string) =>
	simulator.requestsTo(path).reduce((sum, request) => sum + request.bytes, 0);

function post(url: string, body: string): Promise<void> {
	return new Promise((done, fail) => {
		const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
			response.resume();
			response.on('end', done);
		});
		request.on('error', fail);
		request.end(body);
	});
}

/** Boxes with distinct codes (unknown to the simulator: each answered with status 0, as fast as any). */
const boxItems = (count: number) =>
	Array.from({ length: count }, (_, index) => ({
		boxCode: `BX${String(index).padStart(8, '0')}`,
		externalCode: `EXT${String(index).padStart(10, '0')}`,
	}));

/** Box Update External Codes, each input item's box read by two expressions. */
const BOX_PARAMETERS = {
	resource: 'box',
	operation: 'updateExternalCodes',
	boxes: { box: [{ boxCode: '={{ $json.boxCode }}', externalCode: '={{ $json.externalCode }}' }] },
};

async function boxes(simulator: Simulator) {
	const items = boxItems(BOXES);
	const parameters = BOX_PARAMETERS;
	// One warm-up run so that both sides are measured with loaded code and a warm simulator.
	await runKometNode({ parameters, items: items.slice(0, 200), baseUrl: simulator.url });
	simulator.reset();

	const started = performance.now();
	const result = await runKometNode({ parameters, items, baseUrl: simulator.url });
	const nodeMs = performance.now() - started;
	if (result.status !== 'success' || result.main.length !== BOXES) throw new Error('box run failed');
	const sent = simulator.requestsTo('box.externalcode.update');
	const bytes = totalBytes(simulator, 'box.externalcode.update');

	// The same request bodies, prebuilt, posted by a plain script.
	const bodies = sent.map((request) => JSON.stringify(request.body));
	simulator.reset();
	const plainStarted = performance.now();
	for (const body of bodies) await post(`${simulator.url}/box.externalcode.update`, body);
	const plainMs = performance.now() - plainStarted;

	// The same boxes as one item carrying the whole array (JSON mode): the node without
	// n8n's per-item expression evaluation, which is most of the time above.
	simulator.reset();
	const [oneItemMs, oneItem] = await timed(() =>
		runKometNode({
			parameters: { resource: 'box', operation: 'updateExternalCodes', boxesInput: 'json', boxesJson: '={{ $json.boxes }}' },
			items: [{ boxes: items }],
			baseUrl: simulator.url,
		}),
	);
	if (oneItem.status !== 'success' || oneItem.main.length !== BOXES) throw new Error('one-item box run failed');

	// The engine floor: the same parameters of the same items read by a node that does nothing else.
	await runNode('CUSTOM.engineFloor', parameters, items.slice(0, 200), simulator.url);
	const [floorMs] = await timed(() => runNode('CUSTOM.engineFloor', parameters, items, simulator.url));

	return {
		figures: {
			items: BOXES,
			baselineRequests: BOXES,
			floorRequests: floorOf(bytes),
			requests: sent.length,
			bytes,
		},
		nodeMs,
		plainMs,
		oneItemMs,
		floorMs,
	};
}

/**
 * What a user does today, one request per item (all at once, as the HTTP Request node does by
 * default, and one at a time, as it does with Batching at one item per batch), against this
 * node, all behind a 50 ms network.
 */
async function underLatency() {
	const simulator = await startSimulator({ latencyMs: LATENCY_MS });
	try {
		const items = boxItems(LATENCY_ITEMS);
		const run = async (send: () => Promise<unknown>) => {
			simulator.reset();
			const [ms] = await timed(send);
			return { ms, requests: simulator.requests.length };
		};
		const perItem = await run(() => runNode('CUSTOM.requestPerItem', BOX_PARAMETERS, items, simulator.url));
		const perItemInTurn = await run(() => runNode('CUSTOM.requestPerItemInTurn', BOX_PARAMETERS, items, simulator.url));
		const node = await run(() => runKometNode({ parameters: BOX_PARAMETERS, items, baseUrl: simulator.url }));
		return { items: LATENCY_ITEMS, latencyMs: LATENCY_MS, perItem, perItemInTurn, node };
	} finally {
		await simulator.close();
	}
}

async function prebooks(simulator: Simulator) {
	simulator.reset();
	const line = (samples.multiplePrebooksCreate.parameters.prebookItems as { line: object[] }).line[0];
	const rows = Array.from({ length: PREBOOK_LINES }, (_, index) => ({ customer: `C${index % CUSTOMERS}`, product: `P${index}` }));
	const result = await runKometNode({
		parameters: {
			...samples.multiplePrebooksCreate.parameters,
			customerCode: '={{ $json.customer }}',
			prebookItems: { line: [{ ...line, identifier: '', productCode: '={{ $json.product }}' }] },
		},
		items: rows,
		baseUrl: simulator.url,
	});
	if (result.status !== 'success' || result.main.length !== PREBOOK_LINES) throw new Error('prebook run failed');
	const sent = simulator.requestsTo('multiple.prebooks.create');
	const bytesByCustomer = new Map<string, number>();
	for (const request of sent) {
		const customer = String(request.body?.customerCode);
		bytesByCustomer.set(customer, (bytesByCustomer.get(customer) ?? 0) + request.bytes);
	}
	return {
		lines: PREBOOK_LINES,
		customers: CUSTOMERS,
		baselineRequests: PREBOOK_LINES,
		floorRequests: [...bytesByCustomer.values()].reduce((sum, bytes) => sum + floorOf(bytes), 0),
		requests: sent.length,
	};
}

/**
 * Load time of the built node and credential in a fresh process, as n8n loads them
 * (required, then instantiated): n8n-workflow and zod are n8n's own and already loaded
 * there, so they are loaded first.
 */
function loadMs() {
	const script = `
		require('n8n-workflow');
		require('zod/v4');
		const started = process.hrtime.bigint();
		new (require(${JSON.stringify(join(root, 'dist/nodes/KometSales/KometSales.node.js'))}).KometSales)();
		new (require(${JSON.stringify(join(root, 'dist/credentials/KometSalesApi.credentials.js'))}).KometSalesApi)();
		console.log(Number(process.hrtime.bigint() - started) / 1e6);
	`;
	const runs = Array.from({ length: 5 }, () =>
		Number(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, NODE_PATH: join(root, 'node_modules') }, encoding: 'utf8' })),
	);
	return Math.min(...runs);
}

function tarballBytes() {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { packAndUnpack } = require(join(root, 'scripts/pack.js'));
	return packAndUnpack(root).bytes as number;
}

async function main() {
	const simulator = await startSimulator();
	try {
		const box = await boxes(simulator);
		const prebook = await prebooks(simulator);
		const latency = await underLatency();
		clearInterval(sampler);
		// Measured last, with its own peak RSS: its 100,000-line runs would hide the figure above.
		const scale = await scaling(simulator);
		const figures = {
			boxes: box.figures,
			prebooks: prebook,
			nodeMs: Math.round(box.nodeMs),
			floorMs: Math.round(box.floorMs),
			plainMs: Math.round(box.plainMs),
			overheadVsFloor: Number((box.nodeMs / (box.floorMs + box.plainMs)).toFixed(2)),
			overheadRatio: Number((box.nodeMs / box.plainMs).toFixed(2)),
			oneItemJsonMs: Math.round(box.oneItemMs),
			latency: {
				items: latency.items,
				latencyMs: latency.latencyMs,
				perItemMs: Math.round(latency.perItem.ms),
				perItemRequests: latency.perItem.requests,
				perItemInTurnMs: Math.round(latency.perItemInTurn.ms),
				nodeMs: Math.round(latency.node.ms),
				nodeRequests: latency.node.requests,
			},
			speedupVsPerItem: Number((latency.perItem.ms / latency.node.ms).toFixed(1)),
			speedupVsPerItemInTurn: Number((latency.perItemInTurn.ms / latency.node.ms).toFixed(1)),
			peakRssMb: Math.round(peakRss / 1024 / 1024),
			loadMs: Number(loadMs().toFixed(1)),
			tarballBytes: tarballBytes(),
			scaling: scale,
		};
		const rows: Array<[string, string | number]> = [
			['box external codes: input items', figures.boxes.items],
			['  requests, one per item (HTTP Request node)', figures.boxes.baselineRequests],
			['  requests, 64 KB floor', figures.boxes.floorRequests],
			['  requests, this node', figures.boxes.requests],
			[`prebook lines (${figures.prebooks.customers} customers)`, figures.prebooks.lines],
			['  requests, one per line', figures.prebooks.baselineRequests],
			['  requests, one per customer + 64 KB splits', figures.prebooks.floorRequests],
			['  requests, this node', figures.prebooks.requests],
			['node time for 10,000 items through n8n (ms)', figures.nodeMs],
			['engine floor: a node reading the same parameters (ms)', figures.floorMs],
			['plain script posting the same bodies (ms)', figures.plainMs],
			['overhead vs floor: node / (floor + posting), target 1.3', figures.overheadVsFloor],
			['overhead ratio (node / plain posting only)', figures.overheadRatio],
			[`${figures.latency.items} items at ${figures.latency.latencyMs} ms a request: one per item, all at once (ms)`, figures.latency.perItemMs],
			['  one per item, one at a time (ms)', figures.latency.perItemInTurnMs],
			['  requests, one per item', figures.latency.perItemRequests],
			['  this node (ms)', figures.latency.nodeMs],
			['  requests, this node', figures.latency.nodeRequests],
			['speedup vs one request per item, all at once', figures.speedupVsPerItem],
			['speedup vs one request per item, one at a time', figures.speedupVsPerItemInTurn],
			['node time, the same boxes as one item of JSON (ms)', figures.oneItemJsonMs],
			['peak RSS (MB)', figures.peakRssMb],
			['load time of built node + credential (ms)', figures.loadMs],
			['packed tarball (bytes)', figures.tarballBytes],
			[`box lines as one item of JSON: ${figures.scaling.fromLines} (ms)`, figures.scaling.ms.from],
			[`  ${figures.scaling.toLines} (ms)`, figures.scaling.ms.to],
			['  time ratio, target at most 11', figures.scaling.timeRatio],
			[`  repeated box codes: ${figures.scaling.fromLines} (ms)`, figures.scaling.ms.repeatedFrom],
			[`  repeated box codes: ${figures.scaling.toLines} (ms)`, figures.scaling.ms.repeatedTo],
			['  repeated-key time ratio, target at most 11', figures.scaling.repeatedKeyTimeRatio],
			['  peak RSS while scaling (MB)', figures.scaling.peakRssMb],
		];
		for (const [label, value] of rows) console.log(`${label.padEnd(60)} ${value}`);
		if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
	} finally {
		clearInterval(sampler);
		await simulator.close();
	}
}

void main().catch((error) => {
	console.error(error);
	process.exit(1);
});
