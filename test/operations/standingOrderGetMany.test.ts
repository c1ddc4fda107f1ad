/** Standing Order → Get Many (standing.order.list) through the engine. */
import type { INodeParameters } from 'n8n-workflow';

import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const getMany = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'standingOrder',
	operation: 'getMany',
	dateFrom: '2026-01-01',
	dateTo: '2026-12-31',
	returnAll: true,
	...extra,
});

test('GET standing.order.list with the range in the query; Komet lists the active ones by default', async () => {
	const result = await runKometNode({ parameters: getMany(), baseUrl: simulator.url });
	expect(simulator.requests[0]).toMatchObject({
		httpMethod: 'GET',
		path: 'standing.order.list',
		query: { authenticationToken: TEST_TOKEN, dateFrom: '2026-01-01', dateTo: '2026-12-31' },
	});
	expect(result.main.map((item) => [item.json.id, item.json.number])).toEqual([[3228, 'S03228']]);
});

test('Status All and a customer filter', async () => {
	const result = await runKometNode({
		parameters: getMany({ filters: { status: 'All', customerId: { __rl: true, mode: 'id', value: '2001' } } }),
		baseUrl: simulator.url,
	});
	expect(simulator.requests[0].query).toMatchObject({ status: 'All', customerId: '2001' });
	expect(result.main.map((item) => item.json.id)).toEqual([3301]);
});

test('an unknown status is refused before sending, naming the filter', async () => {
	const result = await runKometNode({ parameters: getMany({ filters: { status: '={{ "Paused" }}' } }), baseUrl: simulator.url });
	expect(result.error?.message).toBe('Item 1, Status (status): must be one of: Active, Cancelled, All');
	expect(simulator.requests).toHaveLength(0);
});

test('Komet accepts Company tokens only', async () => {
	const result = await runKometNode({ parameters: getMany(), baseUrl: simulator.url, token: 'sim-customer-token' });
	expect(result.error).toMatchObject({ message: 'The token is not authorized to use this method.' });
});
