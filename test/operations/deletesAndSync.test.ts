/**
 * Prebook → Delete / Delete Line, Standing Order → Delete Line, Purchase Order → Add AWB,
 * Invoice → Mark Synced / Mark Sync Failed, through the engine: the wire as the fact
 * sheets document it (method, path, token placement, names, types), Komet's refusals, and
 * the retry class of each (deletes and sync marks may be resent; an AWB ships boxes).
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const run = (parameters: INodeParameters, extra: { token?: string; items?: IDataObject[] } = {}) =>
	runKometNode({ parameters, baseUrl: simulator.url, ...extra });

describe('Prebook → Delete', () => {
	const parameters = { resource: 'prebook', operation: 'delete', prebookId: '85063' };

	test('POST prebook.delete with the id as a number, token in the body; the prebook is gone', async () => {
		const result = await run(parameters);
		expect(simulator.requests).toEqual([
			expect.objectContaining({ httpMethod: 'POST', path: 'prebook.delete', query: {}, body: { authenticationToken: TEST_TOKEN, prebookId: 85063 } }),
		]);
		expect(result.main.map((item) => item.json)).toEqual([{ prebookId: 85063, status: 1, message: 'The prebook was successfully deleted ' }]);
		expect(simulator.state.prebooks.has(85063)).toBe(false);
	});

	test("an unknown prebook is Komet's refusal, with its message", async () => {
		const result = await run({ ...parameters, prebookId: '1' });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'The Prebook does not exist.' });
	});

	test('Komet accepts Company tokens only', async () => {
		const result = await run(parameters, { token: 'sim-vendor-token' });
		expect(result.error).toMatchObject({ message: 'The token is not authorized to use this method.' });
	});

	test('a delete may be resent after a 503 (deleting twice leaves it deleted)', async () => {
		simulator.fail({ path: 'prebook.delete', httpStatus: 503, body: { status: 0, message: 'Busy' } });
		const result = await run(parameters);
		expect(result.status).toBe('success');
		expect(simulator.requests).toHaveLength(2);
	});

	test('a delete Komet did before its answer was lost: the resend\'s "does not exist" reports it deleted, saying how', async () => {
		simulator.fail({ path: 'prebook.delete', httpStatus: 503, body: { status: 0, message: 'Busy' }, afterProcessing: true });
		const result = await run(parameters);
		expect(result.status).toBe('success');
		expect(simulator.requests).toHaveLength(2);
		expect(simulator.state.prebooks.has(85063)).toBe(false);
		expect(result.main.map((item) => item.json)).toEqual([
			{
				prebookId: 85063,
				status: 1,
				message:
					'Deleted by an earlier attempt (inferred, not confirmed by Komet): an attempt that got HTTP 503 may have reached Komet and its answer was lost; resent, Komet answered: The Prebook does not exist.',
				deletedByEarlierAttempt: true,
				kometMessage: 'The Prebook does not exist.',
			},
		]);
	});
});

describe('Prebook → Delete Line', () => {
	const parameters = { resource: 'prebook', operation: 'deleteLine', prebookId: '85063', prebookItemId: 928356 };

	test('POST prebook.item.delete; a Company token deletes the line', async () => {
		const result = await run(parameters);
		expect(simulator.requests[0].body).toEqual({ authenticationToken: TEST_TOKEN, prebookId: 85063, prebookItemId: 928356 });
		expect(result.main[0].json).toMatchObject({ prebookItemId: 928356, status: 1 });
		expect(simulator.state.prebooks.get(85063)?.itemIds).toEqual([928355]);
	});

	test('a Vendor token zeroes the line instead, as the page says', async () => {
		await run(parameters, { token: 'sim-vendor-token' });
		expect(simulator.state.prebooks.get(85063)?.itemIds).toEqual([928355, 928356]);
		expect([...simulator.state.zeroedPrebookItems]).toEqual([928356]);
	});
});

describe('Standing Order → Delete Line', () => {
	const parameters = { resource: 'standingOrder', operation: 'deleteLine', standingOrderId: '3228', standingOrderItemId: '10611' };

	test('DELETE v2/standing-order/item: ids in the query string, the token in the header only', async () => {
		const result = await run(parameters);
		const [request] = simulator.requests;
		expect(request).toMatchObject({
			httpMethod: 'DELETE',
			path: 'v2/standing-order/item',
			query: { standingOrderId: '3228', standingOrderItemId: '10611' },
			headerToken: TEST_TOKEN,
			body: undefined,
		});
		expect(result.main[0].json).toMatchObject({ standingOrderItemId: 10611, status: 1, message: 'Standing Order Item was deleted successfully.' });
		expect(simulator.state.standingOrders.get(3228)?.itemIds).toEqual([]);
	});

	test("an unknown line is Komet's 404, with its message (on a first attempt, nothing says this run deleted it)", async () => {
		const result = await run({ ...parameters, standingOrderItemId: '999' });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Standing Order Item does not exist.', httpCode: '404' });
		expect(simulator.requests).toHaveLength(1);
	});

	test('a line Komet deleted before the answer timed out: the resend\'s 404 reports it deleted', async () => {
		simulator.fail({ path: 'v2/standing-order/item', afterProcessing: true, hang: true });
		const result = await run({ ...parameters, options: { timeout: 1000 } });
		expect(simulator.requests).toHaveLength(2);
		expect(result.main.map((item) => item.json)).toEqual([
			expect.objectContaining({
				standingOrderItemId: 10611,
				status: 1,
				message:
					'Deleted by an earlier attempt (inferred, not confirmed by Komet): an attempt that got no answer in time may have reached Komet and its answer was lost; resent, Komet answered: Standing Order Item does not exist.',
				deletedByEarlierAttempt: true,
				kometMessage: 'Standing Order Item does not exist.',
			}),
		]);
	});
});

describe('Purchase Order → Add AWB', () => {
	const parameters = { resource: 'purchaseOrder', operation: 'addAwb', poItemId: '7828', awb: '08472-4772-0048', shipDate: '2016-07-22' };

	test('the page sample: box codes given as text separated by commas arrive as a list', async () => {
		const result = await run({ ...parameters, additionalFields: { boxCodes: '73992893, 73992894,73992895', lotNumber: '234232' } });
		expect(simulator.requests[0].body).toEqual({
			authenticationToken: TEST_TOKEN,
			poItemId: 7828,
			awb: '08472-4772-0048',
			shipDate: '2016-07-22',
			boxCodes: ['73992893', '73992894', '73992895'],
			lotNumber: '234232',
		});
		expect(result.main[0].json).toMatchObject({ status: 1, boxCodes: ['73992893', '73992894', '73992895'] });
	});

	test('without box codes Komet assigns them', async () => {
		const result = await run(parameters);
		expect(simulator.requests[0].body).not.toHaveProperty('boxCodes');
		expect((result.main[0].json.boxCodes as string[]).length).toBeGreaterThan(0);
	});

	test('it ships boxes: never resent after a 500, and the error says it may have gone through', async () => {
		simulator.fail({ path: 'purchase.order.item.awb.add', afterProcessing: true, httpStatus: 500, body: { status: 0, message: 'Internal error' } });
		const result = await run({ ...parameters, options: { retries: 3 } });
		expect(simulator.requests).toHaveLength(1);
		expect(simulator.state.shipments).toHaveLength(1);
		expect(result.error?.description).toContain('Komet may have shipped the boxes on the AWB before this failed: check in Komet before running it again.');
	});

	test('an item created by Create Mixed can be shipped', async () => {
		const created = await run({
			resource: 'purchaseOrder',
			operation: 'createMixed',
			shipDate: '2024-05-01',
			vendor: { __rl: true, mode: 'id', value: '535' },
			purchaseOrderItemsInput: 'json',
			purchaseOrderItemsJson: JSON.stringify([{ productId: 217042, boxTypeCode: 'HB', boxes: 1, unitType: 'Bunch', breakdowns: [{ productId: 217042, bunches: 10, stemsBunch: 25 }] }]),
		});
		const poItemId = created.main[0].json.purchaseOrderItemId;
		const shipped = await run({ ...parameters, poItemId: String(poItemId) });
		expect(shipped.main[0].json).toMatchObject({ poItemId, status: 1 });
	});
});

describe('Invoice → Mark Synced / Mark Sync Failed', () => {
	test('Mark Synced: POST invoice.mark.sync.status.ok; the invoice is synced', async () => {
		const result = await run({ resource: 'invoice', operation: 'markSynced', invoiceId: '240989' });
		expect(simulator.requests[0]).toMatchObject({ path: 'invoice.mark.sync.status.ok', body: { authenticationToken: TEST_TOKEN, invoiceId: 240989 } });
		expect(result.main[0].json).toEqual({ invoiceId: 240989, status: 1, message: 'OK' });
		expect(simulator.state.invoices.get(240989)?.synced).toBe(true);
	});

	test('Mark Sync Failed: the reason sent as `message`; Komet unconfirms by default', async () => {
		await run({ resource: 'invoice', operation: 'markSyncFailed', invoiceId: '240989', message: 'GL account missing' });
		expect(simulator.requests[0].body).toEqual({ authenticationToken: TEST_TOKEN, invoiceId: 240989, message: 'GL account missing' });
		expect(simulator.state.invoices.get(240989)).toMatchObject({ synced: false, confirmed: false, syncError: 'GL account missing' });
	});

	test('Unconfirm off sends 0 and leaves the invoice confirmed', async () => {
		await run({ resource: 'invoice', operation: 'markSyncFailed', invoiceId: '240989', message: 'Retry later', additionalFields: { unconfirm: false } });
		expect(simulator.requests[0].body).toMatchObject({ unconfirm: 0 });
		expect(simulator.state.invoices.get(240989)?.confirmed).toBe(true);
	});

	test('a reason over 50 characters is refused before sending, by its label', async () => {
		const result = await run({ resource: 'invoice', operation: 'markSyncFailed', invoiceId: '240989', message: 'x'.repeat(51) });
		expect(result.error?.message).toBe('Item 1, Reason (message): must be at most 50 characters');
		expect(simulator.requests).toHaveLength(0);
	});

	test('sync marks may be resent after a timeout (marking twice leaves the same mark)', async () => {
		simulator.fail({ path: 'invoice.mark.sync.status.ok', hang: true });
		const result = await run({ resource: 'invoice', operation: 'markSynced', invoiceId: '240989', options: { timeout: 500 } });
		expect(result.status).toBe('success');
		expect(simulator.requests).toHaveLength(2);
	});
});
