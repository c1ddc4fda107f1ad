/**
 * Future Inventory → Get Many (future.inventory.openmarket.list) through the engine: the
 * wire, Return All / Limit, records normalised like the other lists, the date rules, and
 * the read → write flow into Prebook → Add Future Inventory Item.
 */
import type { INodeParameters } from 'n8n-workflow';

import * as samples from '../fixtures/samples';
import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { dayFromToday } from '../simulator/referenceData';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const getMany = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'futureInventory',
	operation: 'getMany',
	dateFrom: dayFromToday(0),
	dateTo: dayFromToday(30),
	returnAll: true,
	...extra,
});

test('GET with the window and filters as query parameters, token in the query; ids as integers', async () => {
	const result = await runKometNode({
		parameters: getMany({ filters: { locationId: { __rl: true, mode: 'list', value: '147' }, customerId: { __rl: true, mode: 'id', value: '131313' } } }),
		baseUrl: simulator.url,
	});
	expect(simulator.requests[0]).toMatchObject({
		httpMethod: 'GET',
		path: 'future.inventory.openmarket.list',
		query: { authenticationToken: TEST_TOKEN, dateFrom: dayFromToday(0), dateTo: dayFromToday(30), locationId: '147', customerId: '131313' },
	});
	expect(result.main.map((item) => item.json)).toEqual([
		expect.objectContaining({ inventoryId: 9999999, companyProductId: 217042, quantity: 100, boxTypeCode: 'HB', vendor: 'Andes Farms' }),
	]);
});

test('Limit keeps the first records; Return All keeps them all', async () => {
	const limited = await runKometNode({ parameters: getMany({ returnAll: false, limit: 1 }), baseUrl: simulator.url });
	expect(limited.main.map((item) => item.json.inventoryId)).toEqual([9999999]);
	const all = await runKometNode({ parameters: getMany(), baseUrl: simulator.url });
	expect(all.main.map((item) => item.json.inventoryId)).toEqual([9999999, 9999998]);
	// Limit is the node's: it is not sent to Komet.
	expect(simulator.requests.every((request) => !('limit' in request.query) && !('returnAll' in request.query))).toBe(true);
});

test('"Inventory not found." is an empty result', async () => {
	const result = await runKometNode({ parameters: getMany({ dateFrom: dayFromToday(40), dateTo: dayFromToday(70) }), baseUrl: simulator.url });
	expect(result.status).toBe('success');
	expect(result.main).toEqual([]);
});

test('a window that ends before it starts is refused before sending, by its label', async () => {
	const result = await runKometNode({ parameters: getMany({ dateFrom: dayFromToday(30), dateTo: dayFromToday(0) }), baseUrl: simulator.url });
	expect(result.error?.message).toBe('Item 1, Available To (dateTo): must not be before dateFrom');
	expect(simulator.requests).toHaveLength(0);
});

test('read → write: each listed item added to the customer\'s prebook, paired through both nodes', async () => {
	const listed = await runKometNode({ parameters: getMany(), baseUrl: simulator.url });
	simulator.reset();
	const added = await runKometNode({
		parameters: { ...samples.prebookFutureItemAdd.parameters, inventoryId: '={{ $json.inventoryId }}', boxes: 1 },
		items: listed.main.map((item) => item.json),
		baseUrl: simulator.url,
	});
	expect(added.main.map((item) => [item.pairedItem, item.json.inventoryId, item.json.status])).toEqual([
		[{ item: 0 }, 9999999, 1],
		[{ item: 1 }, 9999998, 1],
	]);
	expect(simulator.requestsTo('prebook.future.item.add').map((request) => request.body?.inventoryId)).toEqual([9999999, 9999998]);
});
