/**
 * The promise under a hostile network and a misbehaving Komet: an order is never
 * created twice, no input item is lost or paired to another item's result, and the
 * token never leaks. One block per way the promise was found broken; each asserts what
 * the simulator received (exactly one create, nothing at a second host) besides what the
 * node output.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { secretSpellings } from '../../nodes/KometSales/transport/errors';
import * as samples from '../fixtures/samples';
import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { HOSTILE_TOKEN } from '../simulator/referenceData';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
let elsewhere: Simulator;
beforeAll(async () => {
	simulator = await startSimulator();
	elsewhere = await startSimulator();
});
afterAll(async () => {
	await simulator.close();
	await elsewhere.close();
});
beforeEach(() => {
	simulator.reset();
	elsewhere.reset();
});

const STANDING_ORDER = 3228;
const linesOf = (id: number) => simulator.state.standingOrders.get(id)?.itemIds.length ?? 0;
const details = (item: { json: IDataObject }) => (item.json.details ?? {}) as IDataObject;

/** A URL on this machine where nothing listens. */
async function refusedUrl() {
	const closed = await startSimulator();
	await closed.close();
	return closed.url;
}

const boxes = {
	parameters: { resource: 'box', operation: 'updateExternalCodes', boxes: { box: [{ boxCode: '={{ $json.code }}', externalCode: '={{ $json.ext }}' }] } },
	items: [
		{ code: 'KS001001', ext: 'A-1' },
		{ code: 'KS001002', ext: 'B-2' },
		{ code: 'KS001003', ext: 'C-3' },
	],
};
const prebooks = {
	parameters: {
		...samples.multiplePrebooksCreate.parameters,
		prebookItemsInput: 'json',
		prebookItemsJson: '={{ [{ ...$json.line }] }}',
	} as INodeParameters,
	items: ['A', 'B', 'C'].map((suffix) => ({ line: { ...samples.prebookLine, identifier: `row-${suffix}` } })),
};
const futureItem = { parameters: samples.prebookFutureItemAdd.parameters };

describe('1. a standing-order PUT with items adds lines: it is a create', () => {
	test.each([
		['a reset after Komet processed it', { reset: true, afterProcessing: true }],
		['HTTP 500 after Komet processed it', { afterProcessing: true, httpStatus: 500, body: { status: 0, message: 'Internal error' } }],
		['no answer in time after Komet processed it', { afterProcessing: true, hang: true }],
	])('%s: sent once, one line added, the error says it may exist', async (_case, fault) => {
		const before = linesOf(STANDING_ORDER);
		simulator.fail({ path: 'v2/standing-order', ...fault });
		const result = await runKometNode({
			parameters: { ...samples.standingOrderUpdate.parameters, options: { retries: 5, timeout: 1000 } },
			baseUrl: simulator.url,
		});
		expect(simulator.requestsTo('v2/standing-order')).toHaveLength(1);
		expect(linesOf(STANDING_ORDER)).toBe(before + 1);
		expect(result.error?.description).toContain('check in Komet whether it was created');
	});

	test('without items the PUT only overwrites the header, and is retried', async () => {
		simulator.fail({ path: 'v2/standing-order', httpStatus: 503, body: { status: 0, message: 'Busy' } });
		const result = await runKometNode({
			parameters: { ...samples.standingOrderUpdate.parameters, items: {} },
			baseUrl: simulator.url,
		});
		expect(result.status).toBe('success');
		expect(simulator.requestsTo('v2/standing-order')).toHaveLength(2);
		expect(simulator.requestsTo('v2/standing-order')[1].body).not.toHaveProperty('items');
	});
});

describe('2. redirects are never followed', () => {
	test.each([301, 302, 303, 307, 308])('HTTP %i on a create: one request, nothing at the other host, a clear error', async (status) => {
		simulator.fail({ path: 'prebook.future.item.add', redirect: { status, location: `${elsewhere.url}/prebook.future.item.add` } });
		const result = await runKometNode({ parameters: futureItem.parameters, baseUrl: simulator.url, onError: 'continueRegularOutput' });
		expect(simulator.requests).toHaveLength(1);
		expect(elsewhere.requests).toHaveLength(0);
		expect(result.main).toHaveLength(1);
		expect(result.main[0].json.error).toBe(`Komet Sales answered HTTP ${status}, a redirect to ${elsewhere.url}/prebook.future.item.add`);
		expect(details(result.main[0]).description).toContain('check in Komet whether it was created');
		expect(result.main[0].json).not.toHaveProperty('status');
	});

	test('a redirect to a refused port is not taken for "never sent": the create is not sent again', async () => {
		simulator.fail({ path: 'multiple.prebooks.create', redirect: { status: 307, location: `${await refusedUrl()}/x` }, times: 5 });
		const result = await runKometNode({ parameters: samples.multiplePrebooksCreate.parameters, baseUrl: simulator.url });
		expect(simulator.requests).toHaveLength(1);
		expect(result.error?.message).toContain('HTTP 307, a redirect');
	});

	test('the v2 header token and the v1 body token never reach the other host, on any redirect code', async () => {
		for (const status of [301, 302, 303, 307, 308]) {
			simulator.fail({ redirect: { status, location: `${elsewhere.url}/v2/standing-order` } });
			await runKometNode({ parameters: { ...samples.standingOrderUpdate.parameters, items: {} }, baseUrl: simulator.url });
			simulator.fail({ redirect: { status, location: `${elsewhere.url}/box.externalcode.update` } });
			await runKometNode({ parameters: boxes.parameters, items: boxes.items, baseUrl: simulator.url });
		}
		expect(elsewhere.requests).toEqual([]);
		// Redirects are not retried either: one request per run.
		expect(simulator.requests).toHaveLength(10);
	});
});

describe('3. "provably never sent", judged from the exchange', () => {
	test('refused before connecting: nothing was sent, so a create may be tried again', async () => {
		const result = await runKometNode({ parameters: futureItem.parameters, baseUrl: await refusedUrl(), settings: {} });
		expect(result.error).toMatchObject({ message: 'Could not reach Komet Sales' });
		expect(result.error?.description).toContain('ECONNREFUSED: nothing was sent');
	});

	test('a name that does not resolve: nothing was sent', async () => {
		const result = await runKometNode({ parameters: futureItem.parameters, baseUrl: 'https://komet.invalid/api', settings: {} });
		expect(result.error?.description).toMatch(/^(ENOTFOUND|EAI_AGAIN): nothing was sent/);
	});

	test('a TLS failure (plain http behind an https URL): nothing was sent, and the simulator saw no request', async () => {
		const result = await runKometNode({
			parameters: futureItem.parameters,
			baseUrl: `https://127.0.0.1:${simulator.port}/api`,
			onError: 'continueRegularOutput',
		});
		expect(simulator.requests).toHaveLength(0);
		expect(result.main[0].json.error).toBe('Could not reach Komet Sales');
		expect(details(result.main[0]).description).toMatch(/^(EPROTO|ERR_SSL_[A-Z_]+): nothing was sent/);
	});

	test('a reset after the request was written: may have been processed, never resent', async () => {
		simulator.fail({ path: 'prebook.future.item.add', reset: true, afterProcessing: true });
		const result = await runKometNode({ parameters: { ...futureItem.parameters, options: { retries: 5 } }, baseUrl: simulator.url });
		expect(simulator.requests).toHaveLength(1);
		expect(result.error?.description).toContain('may have reached Komet');
		expect(result.error?.description).toContain('check in Komet whether it was created');
		expect(result.error?.description).not.toContain('nothing was sent');
	});

	test('a timeout: may have been processed, never resent', async () => {
		simulator.fail({ path: 'prebook.future.item.add', hang: true });
		const result = await runKometNode({ parameters: { ...futureItem.parameters, options: { timeout: 500, retries: 5 } }, baseUrl: simulator.url });
		expect(simulator.requests).toHaveLength(1);
		expect(result.error).toMatchObject({ message: 'Komet Sales did not answer in time' });
		expect(result.error?.description).toContain('check in Komet whether it was created');
	});
});

describe('4. a failure in the middle of a run', () => {
	const twoPurchaseOrders = {
		parameters: { ...samples.purchaseOrderMixedCreate.parameters, shipDate: '={{ $json.shipDate }}' },
		items: [{ shipDate: '2024-05-01' }, { shipDate: '2024-05-02' }],
	};

	test('the error that stops the run names what the earlier calls created', async () => {
		simulator.fail({ path: 'purchase.order.mixed.create', nth: 2, httpStatus: 500, body: { status: 0, message: 'Internal error' } });
		const result = await runKometNode({ ...twoPurchaseOrders, baseUrl: simulator.url });
		expect(simulator.requests).toHaveLength(2);
		expect(result.error).toMatchObject({ message: 'Internal error', context: { itemIndex: 1 } });
		expect(result.error?.description).toContain('Already done in Komet by this run');
		expect(result.error?.description).toMatch(/- item 1: prebookItemId 928355, purchaseOrderId \d+, purchaseOrderNumber P02323, purchaseOrderItemId \d+/);
		expect(result.error?.description).toContain('check in Komet whether it was created');
	});

	test("n8n's Retry On Fail on a create is refused before anything is sent", async () => {
		simulator.fail({ path: 'purchase.order.mixed.create', nth: 2, httpStatus: 500, body: { status: 0, message: 'Internal error' } });
		const result = await runKometNode({
			...twoPurchaseOrders,
			baseUrl: simulator.url,
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 },
		});
		expect(simulator.requests).toHaveLength(0);
		expect(result.error?.message).toContain('Retry On Fail is on');
		expect(result.error?.message).toContain('Options → Retries');
	});

	test('with Continue On Fail as well: every item says so, nothing is sent', async () => {
		const result = await runKometNode({
			...twoPurchaseOrders,
			baseUrl: simulator.url,
			onError: 'continueRegularOutput',
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 },
		});
		expect(simulator.requests).toHaveLength(0);
		expect(result.main.map((item) => [item.pairedItem, String(item.json.error).startsWith('Retry On Fail is on')])).toEqual([
			[{ item: 0 }, true],
			[{ item: 1 }, true],
		]);
	});

	test('Retry On Fail on a repeatable operation (box codes) is allowed', async () => {
		const result = await runKometNode({
			...boxes,
			baseUrl: simulator.url,
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 0 },
		});
		expect(result.status).toBe('success');
		expect(simulator.requests).toHaveLength(1);
	});
});

describe('5-6. results paired by what Komet echoes, or to no item', () => {
	test('a batched call answered with fewer results: the unanswered line is an error of its own item, no item carries another row', async () => {
		simulator.fail({ path: 'box.externalcode.update', results: (results) => results.filter((result) => result.boxCode !== 'KS001002') });
		const result = await runKometNode({ ...boxes, baseUrl: simulator.url, onError: 'continueRegularOutput' });
		expect(simulator.requests).toHaveLength(1);
		expect(result.main.map((item) => [item.pairedItem, item.json.boxCode ?? details(item).key, item.json.status, item.json.error])).toEqual([
			[{ item: 0 }, 'KS001001', 1, undefined],
			[{ item: 1 }, 'KS001002', undefined, 'Komet Sales did not answer for line 1 of this item (KS001002)'],
			[{ item: 2 }, 'KS001003', 1, undefined],
		]);
		expect(JSON.stringify(result.main[1].json)).not.toMatch(/KS001001|KS001003|A-1|C-3/);
	});

	test('without Continue On Fail the unanswered line stops the run, listing the lines that were done', async () => {
		simulator.fail({ path: 'multiple.prebooks.create', results: (results) => results.slice(0, 1) });
		const result = await runKometNode({ ...prebooks, baseUrl: simulator.url });
		expect(result.error).toMatchObject({ message: 'Komet Sales did not answer for line 1 of this item (row-B)', context: { itemIndex: 1 } });
		expect(result.error?.description).toMatch(/- item 1: identifier row-A, prebookId \d+/);
		expect(result.error?.description).toContain('check in Komet whether it was created');
	});

	test('results in another order still reach their own lines', async () => {
		simulator.fail({ path: 'multiple.prebooks.create', results: (results) => [...results].reverse() });
		const result = await runKometNode({ ...prebooks, baseUrl: simulator.url });
		expect(result.main.map((item) => [item.pairedItem, item.json.identifier])).toEqual([
			[{ item: 0 }, 'row-A'],
			[{ item: 1 }, 'row-B'],
			[{ item: 2 }, 'row-C'],
		]);
	});

	test('an extra result, or one whose identifier matches no line, goes to no item and is reported', async () => {
		simulator.fail({
			path: 'multiple.prebooks.create',
			results: (results) => [
				...results.map((result) => (result.identifier === 'row-C' ? { ...result, identifier: 'row-Z' } : result)),
				{ identifier: 'stray', status: 1, message: 'Item successfully added to the order', prebookId: 1 },
			],
		});
		const result = await runKometNode({ ...prebooks, baseUrl: simulator.url, onError: 'continueRegularOutput' });
		expect(result.main).toHaveLength(3);
		expect(result.main.map((item) => [item.pairedItem, item.json.identifier ?? details(item).key])).toEqual([
			[{ item: 0 }, 'row-A'],
			[{ item: 1 }, 'row-B'],
			[{ item: 2 }, 'row-C'],
		]);
		expect(result.main[2].json.error).toBe('Komet Sales did not answer for line 1 of this item (row-C)');
		expect(JSON.stringify(result.main)).not.toMatch(/row-Z|stray/);
		expect(result.hints).toEqual([expect.stringContaining('2 result(s) that match no line of the request ("row-Z", "stray")')]);
	});

	test('a result without an identifier in a call of several items goes to none of them', async () => {
		simulator.fail({ path: 'multiple.prebooks.create', results: (results) => results.map(({ identifier: _dropped, ...rest }) => rest) });
		const result = await runKometNode({ ...prebooks, baseUrl: simulator.url, onError: 'continueRegularOutput' });
		expect(result.main.map((item) => item.json.error)).toEqual(
			['row-A', 'row-B', 'row-C'].map((key) => `Komet Sales did not answer for line 1 of this item (${key})`),
		);
	});
});

describe('7. status 0 with an empty result array is a failure of the whole call', () => {
	test.each([
		['purchase.order.mixed.create', { status: 0, message: 'Vendor not found', items: [] }, samples.purchaseOrderMixedCreate.parameters],
		['box.externalcode.update', { status: '0', message: 'Company not found', boxes: [] }, boxes.parameters],
	])('%s', async (path, body, parameters) => {
		simulator.fail({ path, body });
		const result = await runKometNode({ parameters: parameters as INodeParameters, items: [{ code: 'KS001001', ext: 'X' }], baseUrl: simulator.url });
		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: body.message });
	});
});

describe('8. a malformed entry in the result array is an error of that call, not a crash', () => {
	test.each([[null], ['oops'], [42], [[1, 2]]])('an entry %j: API error; the other calls of the run keep their results', async (entry) => {
		simulator.fail({ path: 'multiple.prebooks.create', results: (results) => [...results, entry] });
		const result = await runKometNode({
			parameters: { ...prebooks.parameters, customerCode: '={{ $json.customer }}' },
			items: [
				{ customer: 'ANG', line: samples.prebookLine },
				{ customer: 'BLOOM', line: samples.prebookLine },
			],
			baseUrl: simulator.url,
			onError: 'continueRegularOutput',
		});
		expect(simulator.requests).toHaveLength(2);
		expect(result.main).toHaveLength(2);
		expect(result.main[0].json.error).toMatch(/^Komet Sales answered multiple\.prebooks\.create with a malformed result: items\[1\] is .*, not a record$/);
		expect(details(result.main[0]).description).toContain('check in Komet whether it was created');
		expect(result.main[1].json).toMatchObject({ status: 1, customerCode: 'BLOOM' });
		// No input item passed through as if it were a result.
		expect(result.main.some((item) => 'line' in item.json)).toBe(false);
	});

	test('without Continue On Fail: a NodeApiError, never a TypeError', async () => {
		simulator.fail({ path: 'box.externalcode.update', results: () => [null, 'x'] });
		const result = await runKometNode({ ...boxes, baseUrl: simulator.url });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: expect.stringContaining('malformed result: boxes[0] is null') });
	});
});

describe('9. a per-line status that is neither 1 nor 0', () => {
	test.each([[2], [null], ['yes'], [undefined]])('%j: the line is an error item, not a success and not dropped', async (status) => {
		simulator.fail({ path: 'box.externalcode.update', results: (results) => results.map((result) => ({ ...result, status })) });
		const result = await runKometNode({ ...boxes, baseUrl: simulator.url, onError: 'continueRegularOutput' });
		expect(result.main).toHaveLength(3);
		for (const item of result.main) {
			expect(item.json.error).toMatch(new RegExp(`^Komet Sales answered status ${status === undefined ? 'undefined' : JSON.stringify(status)} for line 1`));
			expect(item.json).not.toHaveProperty('status');
		}
	});
});

describe('10-12. hostile answers', () => {
	test('a 200 MB answer is abandoned at the cap with a clear error', async () => {
		simulator.fail({ path: 'boxtype.list', hugeAnswerBytes: 200 * 1024 * 1024 });
		const result = await runKometNode({ parameters: { resource: 'boxType', operation: 'getMany' }, baseUrl: simulator.url });
		expect(result.error).toMatchObject({ message: 'Komet Sales sent an answer larger than 16 MB' });
		expect(simulator.requests).toHaveLength(1);
	});

	test('Timeout bounds the whole exchange: an answer trickling one byte every 100 ms fails at the deadline', async () => {
		simulator.fail({ path: 'box.externalcode.update', trickle: { intervalMs: 100, characters: 300 }, times: 5 });
		const started = Date.now();
		const result = await runKometNode({ ...boxes, parameters: { ...boxes.parameters, options: { timeout: 1000, retries: 0 } }, baseUrl: simulator.url });
		// 300 characters at 100 ms would take 30 s; the deadline ends it after about 1 s.
		expect(Date.now() - started).toBeLessThan(10_000);
		expect(result.error).toMatchObject({ message: 'Komet Sales did not answer in time' });
	});

	test('a non-JSON answer of 100,000 "<" is cut before it is cleaned', async () => {
		simulator.fail({ path: 'box.externalcode.update', httpStatus: 400, raw: '<'.repeat(100_000) });
		const result = await runKometNode({ ...boxes, baseUrl: simulator.url });
		expect(result.error).toMatchObject({ message: 'Komet Sales answered HTTP 400', httpCode: '400' });
	});
});

describe('13-15. the token', () => {

	/** Every spelling, as it would appear inside the stored run's JSON text. */
	const leaks = (run: unknown, token: string) => {
		const text = JSON.stringify(run);
		return secretSpellings(token).filter((spelling) => text.includes(JSON.stringify(spelling).slice(1, -1)));
	};

	test.each(['plain', 'key', 'percent', 'html', 'json-in-text'] as const)(
		'echoed %s: redacted everywhere n8n stores the run',
		async (echo) => {
			const once = { options: { retries: 0 } };
			for (const parameters of [
				{ ...boxes.parameters, ...once },
				{ resource: 'boxType', operation: 'getMany', ...once },
				{ ...samples.standingOrderUpdate.parameters, items: {}, ...once },
			]) {
				simulator.fail({ echoToken: echo });
				const result = await runKometNode({ parameters, items: boxes.items.slice(0, 1), baseUrl: simulator.url, token: HOSTILE_TOKEN, onError: 'continueRegularOutput' });
				expect(result.main[0].json.error).toBeDefined();
				expect(leaks(result.run, HOSTILE_TOKEN)).toEqual([]);
			}
		},
	);

	test('the hostile token works and is sent as documented: body, query, header', async () => {
		await runKometNode({ ...boxes, baseUrl: simulator.url, token: HOSTILE_TOKEN });
		await runKometNode({ parameters: { resource: 'boxType', operation: 'getMany' }, baseUrl: simulator.url, token: HOSTILE_TOKEN });
		const [box, list] = simulator.requests;
		expect(box.body?.authenticationToken).toBe(HOSTILE_TOKEN);
		expect(list.query.authenticationToken).toBe(HOSTILE_TOKEN);
	});

	test('a plain-http base URL off loopback is refused by the node before anything is sent', async () => {
		const result = await runKometNode({ ...boxes, baseUrl: `http://0.0.0.0:${simulator.port}/api` });
		expect(result.error?.message).toContain('must use https');
		expect(simulator.requests).toEqual([]);
		expect(leaks(result.run, TEST_TOKEN)).toEqual([]);
	});

	test('every create failure after the body may have left warns that the order may exist', async () => {
		const cases = [
			{ reset: true },
			{ httpStatus: 502, raw: '<html>Bad gateway</html>' },
			{ raw: 'not json' },
			{ body: { message: 'no status' } },
			{ redirect: { status: 302, location: 'https://elsewhere.example/' } },
		];
		for (const fault of cases) {
			simulator.fail({ path: 'prebook.future.item.add', ...fault });
			const result = await runKometNode({ parameters: futureItem.parameters, baseUrl: simulator.url });
			expect([fault, result.error?.description]).toEqual([fault, expect.stringContaining('check in Komet whether it was created')]);
		}
		// A plain refusal by Komet created nothing: no such warning.
		simulator.fail({ path: 'prebook.future.item.add', body: { status: 0, message: 'The Prebook does not exist.' } });
		const refused = await runKometNode({ parameters: futureItem.parameters, baseUrl: simulator.url });
		expect(refused.error?.description ?? '').not.toContain('check in Komet');
	});
});

describe('request budget', () => {
	test('a run that would need more requests than Max Requests per Run is refused before sending, naming the count', async () => {
		const result = await runKometNode({
			parameters: { ...boxes.parameters, options: { batching: false, maxRequests: 2 } },
			items: boxes.items,
			baseUrl: simulator.url,
		});
		expect(simulator.requests).toEqual([]);
		expect(result.error?.message).toMatch(/^This run would send 3 requests to Komet, more than Max Requests per Run \(2\) allows/);
	});

	test('100,000 prebook lines in one item: refused by the default budget, nothing sent', async () => {
		const lines = Array.from({ length: 100_000 }, (_, index) => ({ ...samples.prebookLine, identifier: `L${index}` }));
		const result = await runKometNode({
			parameters: { ...samples.multiplePrebooksCreate.parameters, prebookItemsInput: 'json', prebookItemsJson: '={{ $json.lines }}' },
			items: [{ lines }],
			baseUrl: simulator.url,
		});
		expect(simulator.requests).toEqual([]);
		expect(result.error?.message).toMatch(/^This run would send \d{3} requests to Komet, more than Max Requests per Run \(250\) allows/);
	});

	test('every request stays within 64,000 bytes, token included', async () => {
		const lines = Array.from({ length: 2_000 }, (_, index) => ({ ...samples.prebookLine, identifier: `L${index}` }));
		await runKometNode({
			parameters: { ...samples.multiplePrebooksCreate.parameters, prebookItemsInput: 'json', prebookItemsJson: '={{ $json.lines }}' },
			items: [{ lines }],
			baseUrl: simulator.url,
		});
		expect(simulator.requests.length).toBeGreaterThan(1);
		for (const request of simulator.requests) expect(request.bytes).toBeLessThanOrEqual(64_000);
	});
});
