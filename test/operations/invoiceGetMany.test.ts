/**
 * Invoice → Get Many (invoice.details.list, 4-day windows) and Get Many for Accounting
 * (invoice.accounting.details.list, 31-day windows, external-sync filter), and the
 * accounting flow: invoices pending synchronization → Mark Synced.
 */
import type { INodeParameters } from 'n8n-workflow';

import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const invoices = (operation: string, extra: INodeParameters): INodeParameters => ({ resource: 'invoice', operation, returnAll: true, ...extra });

test('Get Many: a 10-day range in 4-day windows, which Komet accepts; each invoice once', async () => {
	const result = await runKometNode({ parameters: invoices('getMany', { dateFrom: '2026-12-01', dateTo: '2026-12-10' }), baseUrl: simulator.url });
	expect(simulator.requests.map((request) => [request.path, request.query])).toEqual([
		['invoice.details.list', { authenticationToken: TEST_TOKEN, orderDateFrom: '2026-12-01', orderDateTo: '2026-12-04' }],
		['invoice.details.list', { authenticationToken: TEST_TOKEN, orderDateFrom: '2026-12-05', orderDateTo: '2026-12-08' }],
		['invoice.details.list', { authenticationToken: TEST_TOKEN, orderDateFrom: '2026-12-09', orderDateTo: '2026-12-10' }],
	]);
	expect(result.main.map((item) => [item.json.id, item.json.number])).toEqual([
		[240989, 10045],
		[240990, 10046],
	]);
});

test('Get Many for Accounting: a month in one request; pending synchronization only', async () => {
	const result = await runKometNode({
		parameters: invoices('getManyForAccounting', { dateFrom: '2026-12-01', dateTo: '2026-12-31', filters: { externalSystemSynced: 0, status: 1 } }),
		baseUrl: simulator.url,
	});
	expect(simulator.requests.map((request) => request.query)).toEqual([
		{ authenticationToken: TEST_TOKEN, orderDateFrom: '2026-12-01', orderDateTo: '2026-12-31', externalSystemSynced: '0', status: '1' },
	]);
	expect(result.main.map((item) => item.json.id)).toEqual([240989]);
});

test('accounting flow: pending invoices → Mark Synced, paired; a second poll finds none pending', async () => {
	const pending = invoices('getManyForAccounting', { dateFrom: '2026-12-01', dateTo: '2026-12-31', filters: { externalSystemSynced: 0 } });
	const found = await runKometNode({ parameters: pending, baseUrl: simulator.url });
	const marked = await runKometNode({
		parameters: { resource: 'invoice', operation: 'markSynced', invoiceId: '={{ $json.id }}' },
		items: found.main.map((item) => item.json),
		baseUrl: simulator.url,
	});
	expect(marked.main.map((item) => [item.pairedItem, item.json.invoiceId, item.json.status])).toEqual([
		[{ item: 0 }, 240989, 1],
		[{ item: 1 }, 240991, 1],
	]);
	const again = await runKometNode({ parameters: pending, baseUrl: simulator.url });
	expect(again.main).toEqual([]);
});
