/**
 * The requests every operation sends, byte for byte, in both node versions, against a committed
 * snapshot: a refactor that leaves the node's behaviour alone leaves this file's snapshot alone.
 * A recording proxy in front of the simulator keeps each request as it crossed the wire: HTTP
 * method, path with its query string as written, the headers the node sets, the body's bytes.
 * The page samples whose lines are an array are also given as JSON, from an expression over
 * upstream data and as text with numbers written as strings. The trigger's first poll of each event reads the Komet lists the same way. The future inventory
 * list and the trigger ask for days counted from today: those dates are written as offsets from
 * today, so the snapshot holds on any day.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { EVERY_OPERATION } from '../fixtures/everyOperation';
import * as samples from '../fixtures/samples';
import { asVersion2 } from '../fixtures/version2';
import { forgetReferenceLists } from '../../nodes/KometSales/methods/referenceLists';
import { poller } from '../harness/runPoll';
import { runKometNode } from '../harness/runWorkflow';
import { dayFromToday } from '../simulator/referenceData';
import { startSimulator, type Simulator } from '../simulator/server';

interface WireRequest {
	method: string;
	url: string;
	headers: Record<string, string>;
	body: string;
}

/** Headers the HTTP client or the connection decides, not the node. */
const NOT_THE_NODES = new Set(['host', 'connection', 'transfer-encoding']);

let simulator: Simulator;
let proxy: Server;
let proxyUrl: string;
const wire: WireRequest[] = [];

function keptHeaders(headers: IncomingHttpHeaders): Record<string, string> {
	return Object.fromEntries(
		Object.entries(headers)
			.filter(([name]) => !NOT_THE_NODES.has(name))
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)]),
	);
}

beforeAll(async () => {
	simulator = await startSimulator();
	proxy = createServer((incoming, outgoing) => {
		const chunks: Buffer[] = [];
		incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
		incoming.on('end', () => {
			const body = Buffer.concat(chunks);
			wire.push({ method: incoming.method ?? '', url: incoming.url ?? '', headers: keptHeaders(incoming.headers), body: body.toString('utf8') });
			const forwarded = httpRequest(
				`${simulator.url.replace(/\/api\/?$/, '')}${incoming.url}`,
				{ method: incoming.method, headers: { ...incoming.headers, host: new URL(simulator.url).host } },
				(answer) => {
					outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(outgoing);
				},
			);
			forwarded.on('error', () => outgoing.destroy());
			forwarded.end(body);
		});
	});
	await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
	proxyUrl = simulator.url.replace(/:\d+/, `:${(proxy.address() as AddressInfo).port}`);
});
afterAll(async () => {
	await new Promise((resolve) => proxy.close(resolve));
	await simulator.close();
});
beforeEach(() => {
	simulator.reset();
	forgetReferenceLists();
	wire.length = 0;
});

/** The dates a run counted from today, as `{today+N}`. */
function relativeDates(text: string): string {
	const offsets = new Map<string, string>();
	for (let offset = -400; offset <= 400; offset++) offsets.set(dayFromToday(offset), `{today${offset < 0 ? '' : '+'}${offset}}`);
	return text.replace(/\d{4}-\d{2}-\d{2}/g, (day) => offsets.get(day) ?? day);
}

describe.each([1, 2])('version %i', (typeVersion) => {
	test.each(EVERY_OPERATION.map((run) => [`${run.resource} → ${run.operation}`, run] as const))(
		'%s sends the snapshot requests, byte for byte',
		async (_name, run) => {
			const parameters = typeVersion === 1 ? run.parameters : asVersion2(run.parameters);
			const result = await runKometNode({ parameters, baseUrl: proxyUrl, typeVersion });
			expect(result.nodeError).toBeUndefined();
			expect(wire.length).toBeGreaterThan(0);
			const sent = run.resource === 'futureInventory' ? wire.map((request) => ({ ...request, url: relativeDates(request.url), body: relativeDates(request.body) })) : wire;
			expect(sent).toMatchSnapshot();
		},
	);
});

describe('the trigger', () => {
	test.each(['prebookChanged', 'invoiceReadyToSync', 'purchaseOrderForShipDate'])(
		"%s: a first poll's requests are the snapshot's, byte for byte",
		async (event) => {
			const trigger = poller({ parameters: { event, pollTimes: { item: [{ mode: 'everyHour' }] } }, baseUrl: proxyUrl });
			await trigger.poll();
			expect(wire.length).toBeGreaterThan(0);
			expect(wire.map((request) => ({ ...request, url: relativeDates(request.url), body: relativeDates(request.body) }))).toMatchSnapshot();
		},
	);
});

/** The page samples whose lines are an array, with that array's parameter (samples.test.ts). */
const ARRAY_SAMPLES: Array<[string, { wire: IDataObject; parameters: INodeParameters }, string]> = [
	[
		'box → updateExternalCodes',
		{
			wire: { boxes: [{ boxCode: 'KS001001', externalCode: 'PT991001' }] },
			parameters: { resource: 'box', operation: 'updateExternalCodes', boxes: { box: [{ boxCode: 'KS001001', externalCode: 'PT991001' }] } },
		},
		'boxes',
	],
	['prebook → createMultiple', samples.multiplePrebooksCreate, 'prebookItems'],
	['purchaseOrder → createMixed', samples.purchaseOrderMixedCreate, 'purchaseOrderItems'],
	['standingOrder → update', samples.standingOrderUpdate, 'items'],
];

describe.each([1, 2])('version %i, lines given as JSON', (typeVersion) => {
	test.each(ARRAY_SAMPLES)('%s: from an expression over upstream data, and as text with numbers as strings', async (_name, sample, array) => {
		const parameters = typeVersion === 1 ? sample.parameters : asVersion2(sample.parameters);
		const fromUpstream = await runKometNode({
			parameters: { ...parameters, [`${array}Input`]: 'json', [`${array}Json`]: '={{ $json.upstream }}' },
			items: [{ upstream: sample.wire[array] }],
			baseUrl: proxyUrl,
			typeVersion,
		});
		expect(fromUpstream.nodeError).toBeUndefined();
		const looseJson = JSON.stringify(sample.wire[array], (_key, value: unknown) => (typeof value === 'number' ? String(value) : value));
		simulator.reset();
		const fromText = await runKometNode({
			parameters: { ...parameters, [`${array}Input`]: 'json', [`${array}Json`]: looseJson },
			baseUrl: proxyUrl,
			typeVersion,
		});
		expect(fromText.nodeError).toBeUndefined();
		expect(wire).toHaveLength(2);
		expect(wire).toMatchSnapshot();
	});
});
