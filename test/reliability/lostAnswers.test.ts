/**
 * What the node claims after an answer is lost, and what it spends finding out (issue 17,
 * points 9, 13, 14, 17). Through the engine against the simulator, which reproduces each
 * case: a 429 then Komet's refusal, a gateway's HTML 502 that says "does not exist", a wrong
 * parent id with the line still there, a mark answered "already synchronized" after a
 * timeout, an agent calling a create tool again after "may have reached Komet".
 */
import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import { KometSales } from '../../nodes/KometSales/KometSales.node';
import * as samples from '../fixtures/samples';
import { runKometNode, runWorkflow, TEST_TOKEN } from '../harness/runWorkflow';
import { MANUAL_TRIGGER } from '../harness/nodeTypes';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const run = (parameters: INodeParameters, extra: { items?: IDataObject[]; onError?: INode['onError'] } = {}) =>
	runKometNode({ parameters, baseUrl: simulator.url, ...extra });
const json = (result: { main: Array<{ json: IDataObject }> }) => result.main.map((item) => item.json);

describe('9. Max Requests per Run bounds every request of the run, resends included', () => {
	const boxes = { resource: 'box', operation: 'updateExternalCodes', boxes: { box: [{ boxCode: '={{ $json.code }}', externalCode: '={{ $json.ext }}' }] } };

	test('a cap of 3 with Retries 5: at most 3 requests, and the error says why it stopped resending', async () => {
		simulator.fail({ path: 'box.externalcode.update', httpStatus: 503, body: { status: 0, message: 'Busy' }, times: 10 });
		const result = await run({ ...boxes, options: { retries: 5, maxRequests: 3 } }, { items: [{ code: 'KS001001', ext: 'A' }] });
		expect(simulator.requests).toHaveLength(3);
		expect(result.error).toMatchObject({ message: 'Busy', httpCode: '503' });
		expect(result.error?.description).toContain('Not resent: Max Requests per Run (3) is reached');
	});

	test('resends of one call take from the same counter as the other calls: the last call is not sent', async () => {
		simulator.fail({ path: 'box.externalcode.update', httpStatus: 503, body: { status: 0, message: 'Busy' }, times: 2 });
		const result = await run(
			{ ...boxes, options: { retries: 5, maxRequests: 3, batching: false } },
			{ items: [{ code: 'KS001001', ext: 'A' }, { code: 'KS001002', ext: 'B' }], onError: 'continueRegularOutput' },
		);
		expect(simulator.requests).toHaveLength(3);
		expect(json(result)[0]).toMatchObject({ boxCode: 'KS001001', status: 1 });
		expect(json(result)[1]).toMatchObject({ error: expect.stringMatching(/^Max Requests per Run \(3\) is reached.*box.externalcode.update was not sent/) });
	});

	test("n8n's Retry On Fail runs the node again in the same run: its tries share the cap", async () => {
		simulator.fail({ path: 'box.externalcode.update', httpStatus: 503, body: { status: 0, message: 'Busy' }, times: 20 });
		const result = await runKometNode({
			parameters: { ...boxes, options: { retries: 1, maxRequests: 3 } },
			items: [{ code: 'KS001001', ext: 'A' }],
			baseUrl: simulator.url,
			settings: { retryOnFail: true, maxTries: 5, waitBetweenTries: 0 },
		});
		expect(simulator.requests).toHaveLength(3);
		expect(result.status).toBe('error');
	});

	test('a delete with a cap of 1 is sent once, whatever Retries says', async () => {
		simulator.fail({ path: 'prebook.delete', hang: true, times: 5 });
		await run({ resource: 'prebook', operation: 'delete', prebookId: '85063', options: { retries: 5, maxRequests: 1, timeout: 300 } });
		expect(simulator.requests).toHaveLength(1);
	});
});

describe('13. "deleted by an earlier attempt" only when that is what happened', () => {
	const deletePrebook = (prebookId: string, options: INodeParameters = {}): INodeParameters => ({ resource: 'prebook', operation: 'delete', prebookId, options });

	test('an attempt that may have done it (503 after processing): the item says it was inferred, with Komet\'s words', async () => {
		simulator.fail({ path: 'prebook.delete', httpStatus: 503, body: { status: 0, message: 'Busy' }, afterProcessing: true });
		const result = await run(deletePrebook('85063'));
		expect(json(result)).toEqual([
			expect.objectContaining({ status: 1, deletedByEarlierAttempt: true, kometMessage: 'The Prebook does not exist.', message: expect.stringContaining('inferred, not confirmed') }),
		]);
	});

	test('a connection reset after Komet processed the delete: inferred, saying how the attempt failed', async () => {
		simulator.fail({ path: 'prebook.delete', reset: true, afterProcessing: true });
		const result = await run(deletePrebook('85063'));
		expect(simulator.requests).toHaveLength(2);
		expect(json(result)).toEqual([
			expect.objectContaining({ deletedByEarlierAttempt: true, message: expect.stringContaining('an attempt that lost its connection after sending may have reached Komet') }),
		]);
	});

	test('a 429 then the refusal: nothing was processed, so an id that never existed stays an error', async () => {
		simulator.fail({ path: 'prebook.delete', httpStatus: 429, body: { status: 0, message: 'Too many requests' } });
		const result = await run(deletePrebook('1'));
		expect(simulator.requests).toHaveLength(2);
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'The Prebook does not exist.' });
		expect(result.main).toEqual([]);
	});

	test('a gateway\'s HTML 502 page saying "does not exist" is not Komet\'s refusal: the prebook is still there, and that is an error', async () => {
		const page = '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The upstream host does not exist.</p></body></html>';
		simulator.fail({ path: 'prebook.delete', httpStatus: 502, raw: page, times: 2 });
		const result = await run(deletePrebook('85063', { retries: 1 }));
		expect(simulator.requests).toHaveLength(2);
		expect(simulator.state.prebooks.has(85063)).toBe(true);
		expect(result.error?.message).toMatch(/^Komet Sales answered HTTP 502: .*does not exist/);
		expect(result.main).toEqual([]);
	});

	test('a JSON 502 saying "The Prebook does not exist." is not Komet\'s refusal either', async () => {
		simulator.fail({ path: 'prebook.delete', httpStatus: 502, body: { status: 0, message: 'The Prebook does not exist.' }, times: 2 });
		const result = await run(deletePrebook('85063', { retries: 1 }));
		expect(simulator.state.prebooks.has(85063)).toBe(true);
		expect(result.error).toMatchObject({ httpCode: '502' });
	});

	test("a line's delete with a wrong prebook id, after a 503: the line is still there, and that is an error", async () => {
		simulator.fail({ path: 'prebook.item.delete', httpStatus: 503, body: { status: 0, message: 'Busy' } });
		const result = await run({ resource: 'prebook', operation: 'deleteLine', prebookId: '1', prebookItemId: 928356 });
		expect(simulator.requests).toHaveLength(2);
		expect(simulator.state.prebooks.get(85063)?.itemIds).toContain(928356);
		expect(result.error).toMatchObject({ message: 'The Prebook does not exist.' });
	});

	test("a standing-order line's delete with a wrong standing order id, after a timeout: an error", async () => {
		simulator.fail({ path: 'v2/standing-order/item', hang: true });
		const result = await run({ resource: 'standingOrder', operation: 'deleteLine', standingOrderId: '1', standingOrderItemId: '10611', options: { timeout: 500 } });
		expect(simulator.requests).toHaveLength(2);
		expect(simulator.state.standingOrders.get(3228)?.itemIds).toContain(10611);
		expect(result.error).toMatchObject({ message: 'Standing Order does not exist.' });
	});

	test('the line\'s own refusal after processing counts: the line is deleted, inferred', async () => {
		simulator.fail({ path: 'prebook.item.delete', httpStatus: 500, body: { status: 0, message: 'Internal error' }, afterProcessing: true });
		const result = await run({ resource: 'prebook', operation: 'deleteLine', prebookId: '85063', prebookItemId: 928356 });
		expect(simulator.state.prebooks.get(85063)?.itemIds).not.toContain(928356);
		expect(json(result)).toEqual([expect.objectContaining({ deletedByEarlierAttempt: true, kometMessage: 'The Prebook Item does not exist.' })]);
	});

	test('a refusal naming another record by its number is not about this one', async () => {
		simulator.fail({ path: 'prebook.item.delete', httpStatus: 503, body: { status: 0, message: 'Busy' }, afterProcessing: true });
		// Counted from the request the first fault leaves alone: the resend.
		simulator.fail({ path: 'prebook.item.delete', body: { status: 0, message: 'The Prebook Item 928355 does not exist.' } });
		const result = await run({ resource: 'prebook', operation: 'deleteLine', prebookId: '85063', prebookItemId: 928356 });
		expect(result.error).toMatchObject({ message: 'The Prebook Item 928355 does not exist.' });
	});

	test('an id that never existed, refused on the first attempt: an error, sent once', async () => {
		const result = await run(deletePrebook('1', { retries: 5 }));
		expect(simulator.requests).toHaveLength(1);
		expect(result.error).toMatchObject({ message: 'The Prebook does not exist.' });
	});
});

describe('14. invoice sync marks after a lost answer', () => {
	const markSynced = (invoiceId: string, options: INodeParameters = {}): INodeParameters => ({ resource: 'invoice', operation: 'markSynced', invoiceId, options });
	const markFailed = (additionalFields: INodeParameters, options: INodeParameters = {}): INodeParameters => ({
		resource: 'invoice',
		operation: 'markSyncFailed',
		invoiceId: '240989',
		message: 'GL account missing',
		additionalFields,
		options,
	});

	test('Mark Synced answered "already synchronized" after a timeout: the mark applied, inferred, not a failure', async () => {
		simulator.fail({ path: 'invoice.mark.sync.status.ok', hang: true, afterProcessing: true });
		const result = await run(markSynced('240989', { timeout: 500 }));
		expect(result.status).toBe('success');
		expect(simulator.requests).toHaveLength(2);
		expect(simulator.state.invoices.get(240989)?.synced).toBe(true);
		expect(json(result)).toEqual([
			expect.objectContaining({
				invoiceId: 240989,
				status: 1,
				markedByEarlierAttempt: true,
				kometMessage: 'The invoice is already synchronized.',
				message: expect.stringMatching(/^Marked synced by an earlier attempt \(inferred, not confirmed by Komet\)/),
			}),
		]);
	});

	test('an invoice already synchronized before the run, refused on the first attempt: an error', async () => {
		const result = await run(markSynced('240990'));
		expect(result.error).toMatchObject({ message: 'The invoice is already synchronized.' });
	});

	test('a 429, then "already synchronized": the 429 processed nothing, so the refusal stands', async () => {
		simulator.fail({ path: 'invoice.mark.sync.status.ok', httpStatus: 429, body: { status: 0, message: 'Too many requests' } });
		const result = await run(markSynced('240990'));
		expect(simulator.requests).toHaveLength(2);
		expect(result.error).toMatchObject({ message: 'The invoice is already synchronized.' });
	});

	test('Mark Sync Failed unconfirms by default: never resent after a timeout, and the error says where to check', async () => {
		simulator.fail({ path: 'invoice.mark.sync.status.error', hang: true, afterProcessing: true });
		const result = await run(markFailed({}, { timeout: 500, retries: 5 }));
		expect(simulator.requests).toHaveLength(1);
		expect(simulator.state.invoices.get(240989)).toMatchObject({ synced: false, confirmed: false });
		expect(result.error?.message).toBe('Komet Sales did not answer in time');
		expect(result.error?.description).toContain('Komet may have marked the invoice not synchronized (and, with Unconfirm on, unconfirmed it) before this failed');
		expect(result.error?.description).toContain('Invoice → Get Many for Accounting');
	});

	test('Mark Sync Failed with Unconfirm off only clears the flag: resent, and "not synchronized" is the mark applied, inferred', async () => {
		simulator.fail({ path: 'invoice.mark.sync.status.error', httpStatus: 504, body: { status: 0, message: 'Gateway Timeout' }, afterProcessing: true });
		const result = await run(markFailed({ unconfirm: false }));
		expect(result.status).toBe('success');
		expect(simulator.requests).toHaveLength(2);
		expect(simulator.state.invoices.get(240989)).toMatchObject({ synced: false, confirmed: true, syncError: 'GL account missing' });
		expect(json(result)).toEqual([
			expect.objectContaining({ status: 1, markedByEarlierAttempt: true, kometMessage: 'The invoice is not synchronized.', message: expect.stringContaining('inferred') }),
		]);
	});
});

describe('17. an AI agent calling a create tool again after "may have reached Komet"', () => {
	const TOOL = 'CUSTOM.kometSalesTool';
	const toolNode = (name: string, position: number): INode => ({
		id: name,
		name,
		type: TOOL,
		typeVersion: 2,
		position: [position, 0],
		parameters: { ...samples.prebookFutureItemAdd.parameters, options: { timeout: 500 } },
		credentials: { kometSalesApi: { id: 'komet-credential', name: 'Komet simulator' } },
		onError: 'continueRegularOutput',
	});
	/** The agent's two calls of one tool in one execution, as two runs of tool nodes with the same input. */
	const twoCalls = async () =>
		await runWorkflow({
			nodes: [{ id: 'start', name: 'Start', type: MANUAL_TRIGGER, typeVersion: 1, position: [0, 0], parameters: {} }, toolNode('First call', 200), toolNode('Second call', 400)],
			connections: {
				Start: { main: [[{ node: 'First call', type: 'main', index: 0 }]] },
				'First call': { main: [[{ node: 'Second call', type: 'main', index: 0 }]] },
			},
			credentials: { kometSalesApi: { token: TEST_TOKEN, baseUrl: simulator.url } },
			extraNodeTypes: { [TOOL]: new KometSales() },
		});

	test('the first error tells the model plainly not to call again and what to check; the same create again is refused', async () => {
		simulator.fail({ path: 'prebook.future.item.add', hang: true, afterProcessing: true });
		const result = await twoCalls();
		const first = result.outputs['First call'][0][0].json;
		const second = result.outputs['Second call'][0][0].json;
		expect(first.error).toMatch(/^Komet Sales did not answer in time\. Do not call this tool again with the same input: Komet may already have done it\. Instead look at the prebook's lines/);
		expect(second.error).toMatch(/^Not sent: this exact prebook.future.item.add request was already sent to Komet earlier in this execution\. Do not call this tool again/);
		expect(simulator.requestsTo('prebook.future.item.add')).toHaveLength(1);
	});

	test('a create that went through is not sent again by a second identical call either', async () => {
		const result = await twoCalls();
		expect(result.outputs['First call'][0][0].json).toMatchObject({ status: 1 });
		expect(result.outputs['Second call'][0][0].json.error).toMatch(/^Not sent: this exact/);
		expect(simulator.requestsTo('prebook.future.item.add')).toHaveLength(1);
	});

	test('another execution with the same content is sent (the guard is per execution)', async () => {
		await run(samples.prebookFutureItemAdd.parameters);
		await run(samples.prebookFutureItemAdd.parameters);
		expect(simulator.requestsTo('prebook.future.item.add')).toHaveLength(2);
	});

	test('two input items of one run with the same content are both sent: the input asked for two', async () => {
		const result = await run(samples.prebookFutureItemAdd.parameters, { items: [{}, {}] });
		expect(simulator.requestsTo('prebook.future.item.add')).toHaveLength(2);
		expect(json(result).map((item) => item.status)).toEqual([1, 1]);
	});

	test('a create Komet refused outright may be sent again in the same execution', async () => {
		simulator.fail({ path: 'prebook.future.item.add', body: { status: 0, message: 'The Prebook does not exist.' } });
		const result = await twoCalls();
		expect(result.outputs['First call'][0][0].json.error).toBe('The Prebook does not exist.');
		expect(result.outputs['Second call'][0][0].json).toMatchObject({ status: 1 });
		expect(simulator.requestsTo('prebook.future.item.add')).toHaveLength(2);
	});
});

describe('the error listing what this run already did in Komet numbers items from 1', () => {
	test('the second item fails: the first is listed as item 1', async () => {
		const result = await run({ resource: 'prebook', operation: 'delete', prebookId: '={{ $json.id }}' }, { items: [{ id: 85063 }, { id: 1 }] });
		expect(result.error?.message).toBe('The Prebook does not exist.');
		expect(result.error?.description).toContain('- item 1: prebookId 85063');
		expect(result.error?.description).not.toContain('item 0');
	});
});
