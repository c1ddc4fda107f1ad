/**
 * Prebook → Get Many (prebook.details.list) through the engine: a range split into the
 * windows Komet takes (one truck date, or 7 vendor ship days, per call), prebooks merged once
 * each, Limit, the request budget, and `updatedAsOf` in GMT.
 */
import type { INodeParameters } from 'n8n-workflow';

import { windows } from '../../nodes/KometSales/komet/windows';
import { PREBOOK_WINDOWS } from '../../nodes/KometSales/komet/prebookDetailsList';
import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const getMany = (extra: INodeParameters): INodeParameters => ({ resource: 'prebook', operation: 'getMany', returnAll: true, ...extra });

test('windows: one per truck date; 7 vendor ship days each, the last one short', () => {
	expect(windows(PREBOOK_WINDOWS[0], '2026-12-30', '2027-01-01')).toEqual([{ date: '2026-12-30' }, { date: '2026-12-31' }, { date: '2027-01-01' }]);
	expect(windows(PREBOOK_WINDOWS[1], '2026-12-01', '2026-12-16')).toEqual([
		{ vendorShipDateFrom: '2026-12-01', vendorShipDateTo: '2026-12-07' },
		{ vendorShipDateFrom: '2026-12-08', vendorShipDateTo: '2026-12-14' },
		{ vendorShipDateFrom: '2026-12-15', vendorShipDateTo: '2026-12-16' },
	]);
});

test('a truck-date range: one GET per day, token and date in the query; the prebooks found, with their lines', async () => {
	const result = await runKometNode({ parameters: getMany({ dateFrom: '2026-12-04', dateTo: '2026-12-06' }), baseUrl: simulator.url });
	expect(simulator.requests.map((request) => [request.httpMethod, request.path, request.query])).toEqual(
		['2026-12-04', '2026-12-05', '2026-12-06'].map((day) => ['GET', 'prebook.details.list', { authenticationToken: TEST_TOKEN, date: day }]),
	);
	expect(result.main.map((item) => item.json)).toEqual([
		expect.objectContaining({ id: 85063, number: '85063', truckDate: '2026-12-05', details: [expect.objectContaining({ prebookItemId: 928355 }), expect.objectContaining({ prebookItemId: 928356 })] }),
	]);
});

test('a vendor-ship-date range longer than 7 days: 7-day windows, which Komet accepts', async () => {
	const result = await runKometNode({
		parameters: getMany({ dateKind: 'vendorShipDate', dateFrom: '2026-12-01', dateTo: '2026-12-14' }),
		baseUrl: simulator.url,
	});
	expect(simulator.requests.map((request) => [request.query.vendorShipDateFrom, request.query.vendorShipDateTo])).toEqual([
		['2026-12-01', '2026-12-07'],
		['2026-12-08', '2026-12-14'],
	]);
	expect(result.main.map((item) => item.json.id)).toEqual([85063, 85070]);
});

test('a prebook found by two windows leaves once', async () => {
	simulator.fail({ path: 'prebook.details.list', nth: 2, times: 1, body: { status: '1', message: 'OK', prebooks: [{ id: '85063', number: '85063' }, { id: '85070', number: '85070' }] } });
	const result = await runKometNode({ parameters: getMany({ dateFrom: '2026-12-05', dateTo: '2026-12-06' }), baseUrl: simulator.url });
	expect(result.main.map((item) => item.json.id)).toEqual([85063, 85070]);
});

test('Limit: no more prebooks than asked, and no further window once reached', async () => {
	const result = await runKometNode({
		parameters: getMany({ returnAll: false, limit: 1, dateFrom: '2026-12-05', dateTo: '2026-12-31' }),
		baseUrl: simulator.url,
	});
	expect(result.main.map((item) => item.json.id)).toEqual([85063]);
	expect(simulator.requests).toHaveLength(1);
});

test('a range that needs more requests than Max Requests per Run is refused before sending', async () => {
	const result = await runKometNode({ parameters: getMany({ dateFrom: '2026-01-01', dateTo: '2026-12-31' }), baseUrl: simulator.url });
	expect(result.error?.message).toMatch(/^This run would send 365 requests to Komet, more than Max Requests per Run \(250\)/);
	expect(simulator.requests).toHaveLength(0);
});

test('Updated Since goes in GMT: a Luxon moment converted, a text without zone kept', async () => {
	await runKometNode({
		parameters: getMany({ dateFrom: '2026-12-05', dateTo: '2026-12-05', filters: { updatedAsOf: "={{ DateTime.fromISO('2026-11-20T05:00:00', { zone: 'America/Bogota' }) }}" } }),
		baseUrl: simulator.url,
	});
	await runKometNode({ parameters: getMany({ dateFrom: '2026-12-05', dateTo: '2026-12-05', filters: { updatedAsOf: '2026-11-21 00:00' } }), baseUrl: simulator.url });
	expect(simulator.requests.map((request) => request.query.updatedAsOf)).toEqual(['2026-11-20 10:00:00', '2026-11-21 00:00:00']);
});

test('To before From is refused by its label', async () => {
	const result = await runKometNode({ parameters: getMany({ dateFrom: '2026-12-05', dateTo: '2026-12-01' }), baseUrl: simulator.url });
	expect(result.error?.message).toBe('Item 1, To (dateTo): must not be before From');
});

test('a created prebook is found by its ship date, and by Updated Since', async () => {
	await runKometNode({
		parameters: {
			resource: 'prebook',
			operation: 'createMultiple',
			customerCode: { __rl: true, mode: 'code', value: 'ANG' },
			customerName: 'Ang', customerBillingStreet: 'x', customerBillingCity: 'x', customerBillingState: 'x', customerBillingZipcode: 'x', customerBillingCountry: 'x',
			customerShippingStreet: 'x', customerShippingCity: 'x', customerShippingState: 'x', customerShippingZipcode: 'x', customerShippingCountry: 'x', customerPhone: 'x',
			prebookItemsInput: 'json',
			prebookItemsJson: JSON.stringify([{ carrierCode: 'FX', carrierName: 'Fedex', shipDate: '2026-12-20', productCode: 'Rs55B', productDescription: 'Roses', boxTypeCode: 'HB', boxes: 1, unitType: 'Stem', bunches: 10, stemsBunch: 25, price: 1 }]),
		},
		baseUrl: simulator.url,
	});
	simulator.requests.length = 0;
	const since = new Date(Date.now() - 60_000).toISOString().slice(0, 19).replace('T', ' ');
	const result = await runKometNode({ parameters: getMany({ dateFrom: '2026-12-20', dateTo: '2026-12-20', filters: { updatedAsOf: since } }), baseUrl: simulator.url });
	expect(result.main).toHaveLength(1);
	expect(result.main[0].json).toMatchObject({ customerCode: 'ANG', truckDate: '2026-12-20' });
});

describe('Prebook → Get Many Headers (prebook.list)', () => {
	test('a year of truck dates in six-month windows; headers, each once', async () => {
		const result = await runKometNode({
			parameters: { resource: 'prebook', operation: 'getManyHeaders', dateFrom: '2026-06-01', dateTo: '2027-05-31', returnAll: true },
			baseUrl: simulator.url,
		});
		expect(simulator.requests.map((request) => [request.path, request.query])).toEqual([
			['prebook.list', { authenticationToken: TEST_TOKEN, dateFrom: '2026-06-01', dateTo: '2026-11-27' }],
			['prebook.list', { authenticationToken: TEST_TOKEN, dateFrom: '2026-11-28', dateTo: '2027-05-26' }],
			['prebook.list', { authenticationToken: TEST_TOKEN, dateFrom: '2027-05-27', dateTo: '2027-05-31' }],
		]);
		expect(result.main.map((item) => [item.json.id, item.json.number])).toEqual([
			[85063, '85063'],
			[85070, '85070'],
		]);
	});

	test('the location filter keeps the page\'s spelling, CompanyLocationId', async () => {
		await runKometNode({
			parameters: {
				resource: 'prebook',
				operation: 'getManyHeaders',
				dateFrom: '2026-12-01',
				dateTo: '2026-12-31',
				filters: { CompanyLocationId: { __rl: true, mode: 'id', value: '147' }, isEcommerce: 0 },
			},
			baseUrl: simulator.url,
		});
		expect(simulator.requests[0].query).toMatchObject({ CompanyLocationId: '147', isEcommerce: '0' });
	});
});
