/** Purchase Order → Get Many (purchase.order.list) through the engine: one request per vendor ship date. */
import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

/** Get Many over vendor ship dates from 2026-12-03, with these filters. */
const withFilters = (filters: Record<string, string>, dateTo = '2026-12-03') =>
	runKometNode({
		parameters: { resource: 'purchaseOrder', operation: 'getMany', dateFrom: '2026-12-03', dateTo, returnAll: true, filters },
		baseUrl: simulator.url,
	});

test('a range of vendor ship dates: one GET per date; the purchase orders with their lines', async () => {
	const result = await runKometNode({
		parameters: { resource: 'purchaseOrder', operation: 'getMany', dateFrom: '2026-12-03', dateTo: '2026-12-04', returnAll: true },
		baseUrl: simulator.url,
	});
	expect(simulator.requests.map((request) => [request.path, request.query])).toEqual([
		['purchase.order.list', { authenticationToken: TEST_TOKEN, date: '2026-12-03' }],
		['purchase.order.list', { authenticationToken: TEST_TOKEN, date: '2026-12-04' }],
	]);
	expect(result.main.map((item) => [item.json.id, item.json.number, item.json.details])).toEqual([
		[87000, 'P02323', [expect.objectContaining({ poItemId: 7828 })]],
		[87001, 'P02324', [expect.objectContaining({ poItemId: 7829 })]],
	]);
});

test('filters: several PO numbers separated by commas, a status', async () => {
	const result = await withFilters({ number: 'P02323,P09999', status: 'Approved' });
	expect(simulator.requests[0].query).toMatchObject({ number: 'P02323,P09999', status: 'Approved' });
	expect(result.main.map((item) => item.json.number)).toEqual(['P02323']);
});

test('filters: PO item ids and a future inventory availability window, as the page names them', async () => {
	const byItem = await withFilters({ purchaseOrderItemIds: '7829, 9999' }, '2026-12-04');
	expect(simulator.requests[0].query).toMatchObject({ purchaseOrderItemIds: '7829, 9999' });
	expect(byItem.main.map((item) => item.json.number)).toEqual(['P02324']);
	simulator.reset();
	await withFilters({ futureInventoryAvailableFrom: '2026-12-05', futureInventoryAvailableTo: '2026-12-08T10:00:00' }, '2026-12-04');
	expect(simulator.requests.map((request) => [request.query.futureInventoryAvailableFrom, request.query.futureInventoryAvailableTo])).toEqual([
		['2026-12-05', '2026-12-08'],
		['2026-12-05', '2026-12-08'],
	]);
});

test('an availability window over 4 days, or with one end only, is refused before sending, by its label', async () => {
	const long = await withFilters({ futureInventoryAvailableFrom: '2026-12-05', futureInventoryAvailableTo: '2026-12-09' });
	expect(long.error?.message).toBe(
		"Item 1, Future Inventory Available To (futureInventoryAvailableTo): must be at most 4 days from futureInventoryAvailableFrom (Komet's limit)",
	);
	const open = await withFilters({ futureInventoryAvailableFrom: '2026-12-05' });
	expect(open.error?.message).toBe('Item 1, Future Inventory Available To (futureInventoryAvailableTo): is required with the other end of the availability window');
	expect(simulator.requests).toHaveLength(0);
});

test('read → write: each listed PO item shipped on an AWB', async () => {
	const listed = await runKometNode({
		parameters: { resource: 'purchaseOrder', operation: 'getMany', dateFrom: '2026-12-03', dateTo: '2026-12-03', returnAll: true },
		baseUrl: simulator.url,
	});
	const shipped = await runKometNode({
		parameters: { resource: 'purchaseOrder', operation: 'addAwb', poItemId: '={{ $json.details[0].poItemId }}', awb: '08472-4772-0048', shipDate: '={{ $json.shipDate }}' },
		items: listed.main.map((item) => item.json),
		baseUrl: simulator.url,
	});
	expect(shipped.main.map((item) => [item.json.poItemId, item.json.status])).toEqual([[7828, 1]]);
});

test('PO numbers without dates: one request with the numbers alone, as the page allows', async () => {
	const result = await runKometNode({
		parameters: { resource: 'purchaseOrder', operation: 'getMany', dateFrom: '', dateTo: '', returnAll: true, filters: { number: 'P02323, P02324' } },
		baseUrl: simulator.url,
	});
	expect(simulator.requests.map((request) => request.query)).toEqual([{ authenticationToken: TEST_TOKEN, number: 'P02323, P02324' }]);
	expect(result.main.map((item) => item.json.number)).toEqual(['P02323', 'P02324']);
});

test('neither dates nor numbers: refused before sending, naming From', async () => {
	const result = await runKometNode({
		parameters: { resource: 'purchaseOrder', operation: 'getMany', dateFrom: '', dateTo: '', returnAll: true },
		baseUrl: simulator.url,
	});
	expect(result.nodeError?.message).toMatch(/From/);
	expect(simulator.requests).toHaveLength(0);
});
