/**
 * Reference lists: the Get Many operations (one output item per record, documented
 * filters as query parameters, token in the query) and the dropdowns filled from the
 * same lists, called as n8n's editor calls them. Komet's type drift (ids as strings or
 * integers, active as 1/0 or true/false) and its empty-list message are covered.
 */
import type { INodeParameters } from 'n8n-workflow';

import { forgetReferenceLists } from '../../nodes/KometSales/methods/referenceLists';
import { callListSearch } from '../harness/listSearch';
import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
// Dropdowns keep Komet's lists for minutes: each test starts from a simulator and an editor that know nothing.
beforeEach(() => {
	simulator.reset();
	forgetReferenceLists();
});

const getMany = (resource: string, extra: INodeParameters = {}) => ({ resource, operation: 'getMany', ...extra });

describe('Get Many', () => {
	test.each([
		['customer', 'customer.list', 3],
		['vendor', 'vendor.list', 3],
		['carrier', 'carrier.list', 3],
		['product', 'product.list', 4],
		['boxType', 'boxtype.list', 3],
		['location', 'location.list', 3],
	])('%s: one output item per record of %s, paired', async (resource, path, count) => {
		const result = await runKometNode({ parameters: getMany(resource), baseUrl: simulator.url });
		expect(result.error).toBeUndefined();
		expect(simulator.requests).toEqual([
			expect.objectContaining({ httpMethod: 'GET', path, query: { authenticationToken: TEST_TOKEN }, bytes: 0 }),
		]);
		expect(result.main).toHaveLength(count);
		for (const item of result.main) {
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(typeof item.json.id).toBe('number');
		}
	});

	test('ids sent as strings and active flags as 1/0 or true/false leave as numbers and booleans', async () => {
		const customers = await runKometNode({ parameters: getMany('customer', { filters: { includeInactive: true } }), baseUrl: simulator.url });
		expect(customers.main.map((item) => [item.json.id, item.json.code, item.json.active, item.json.salesPersonId])).toEqual([
			[131313, 'Fresh', true, 12],
			[2001, 'ANG', true, 12],
			[2002, 'BLOOM', true, 12],
			[2003, 'OLD', false, 12],
		]);
		const vendors = await runKometNode({ parameters: getMany('vendor'), baseUrl: simulator.url });
		expect(vendors.main.map((item) => [item.json.id, item.json.active])).toEqual([
			[33, true],
			[535, true],
			[77, true],
		]);
	});

	test('documented filters go out as query parameters', async () => {
		const result = await runKometNode({
			parameters: getMany('customer', { filters: { name: 'fresh', includeInactive: false, updateAsOf: '2026-01-31T00:00:00' } }),
			baseUrl: simulator.url,
		});
		expect(simulator.requests[0].query).toEqual({ authenticationToken: TEST_TOKEN, name: 'fresh', updateAsOf: '2026-01-31' });
		expect(result.main.map((item) => item.json.code)).toEqual(['Fresh']);
	});

	test('a "… not found." answer is an empty list, not an error', async () => {
		const result = await runKometNode({ parameters: getMany('product', { filters: { description: 'tulip' } }), baseUrl: simulator.url });
		expect(result.status).toBe('success');
		expect(result.main).toEqual([]);
	});

	test('a missing array with another message is still an error', async () => {
		simulator.fail({ body: { status: '0', message: 'Invalid authentication token.' } });
		const result = await runKometNode({ parameters: getMany('location'), baseUrl: simulator.url });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Invalid authentication token.' });
	});

	test('Ship-To lists the ship-tos of the chosen customer', async () => {
		const result = await runKometNode({
			parameters: getMany('shipTo', { customer: { __rl: true, mode: 'list', value: '131313' } }),
			baseUrl: simulator.url,
		});
		expect(simulator.requests[0].query).toEqual({ authenticationToken: TEST_TOKEN, customerId: '131313' });
		expect(result.main.map((item) => [item.json.id, item.json.shipToCode, item.json.carrierCode])).toEqual([
			[1313, 'FRESH-ORL', 'ARM'],
			[1314, 'FRESH-TPA', 'FX'],
		]);
	});

	test('Ship-To: Updated Since is sent as updateAsOf, as the page\'s parameter list spells it', async () => {
		const result = await runKometNode({
			parameters: getMany('shipTo', { customer: { __rl: true, mode: 'list', value: '131313' }, filters: { updateAsOf: '2026-11-01' } }),
			baseUrl: simulator.url,
		});
		expect(simulator.requests[0].query).toEqual({ authenticationToken: TEST_TOKEN, customerId: '131313', updateAsOf: '2026-11-01' });
		expect(result.main.map((item) => item.json.id)).toEqual([1314]);
	});

	test('vendor.list takes Company tokens only: a Vendor token gets Komet\'s refusal', async () => {
		const result = await runKometNode({ parameters: getMany('vendor'), baseUrl: simulator.url, token: 'sim-vendor-token' });
		expect(result.error).toMatchObject({ message: 'The token is not authorized to use this method.' });
	});

	test('each input item makes its own list call, its records paired to it', async () => {
		const result = await runKometNode({
			parameters: getMany('vendor', { filters: { code: '={{ $json.code }}' } }),
			items: [{ code: 'A535' }, { code: '333' }],
			baseUrl: simulator.url,
		});
		expect(result.main.map((item) => [item.json.code, item.pairedItem])).toEqual([
			['A535', { item: 0 }],
			['333', { item: 1 }],
		]);
	});
});

describe('dropdowns (resource locator lists)', () => {
	test('customers: the whole list asked once, filtered by name here, valued by id', async () => {
		const result = await callListSearch({ method: 'searchCustomers', filter: 'fresh', baseUrl: simulator.url });
		expect(result.results).toEqual([{ name: 'Mr. Fresh (Fresh)', value: '131313' }]);
		expect(simulator.requests.map((request) => request.query)).toEqual([{ authenticationToken: TEST_TOKEN }]);
	});

	test('customers for prebooks are valued by code', async () => {
		const result = await callListSearch({ method: 'searchCustomerCodes', baseUrl: simulator.url });
		expect(result.results.map((entry) => entry.value)).toEqual(['Fresh', 'ANG', 'BLOOM']);
	});

	test('carriers: every carrier, since carrier.list does not say which are inbound (Komet refuses others on POs)', async () => {
		const all = await callListSearch({ method: 'searchCarriers', baseUrl: simulator.url });
		expect(all.results.map((entry) => entry.value)).toEqual(['1360', '1361', '1362']);
		expect(simulator.requestsTo('carrier.list')[0].query).toEqual({ authenticationToken: 'sim-company-token' });
	});

	test('vendors (ids as integers) and products (filtered by description)', async () => {
		expect((await callListSearch({ method: 'searchVendors', filter: 'andes', baseUrl: simulator.url })).results).toEqual([
			{ name: 'Andes Farms (A535)', value: '535' },
		]);
		expect((await callListSearch({ method: 'searchProducts', filter: 'rose', baseUrl: simulator.url })).results.map((entry) => entry.value)).toEqual([
			'217042',
			'3',
			'4401',
		]);
		expect(simulator.requestsTo('product.list').map((request) => request.query)).toEqual([{ authenticationToken: TEST_TOKEN }]);
	});

	test('box types are filtered here (boxtype.list has no name filter)', async () => {
		const result = await callListSearch({ method: 'searchBoxTypes', filter: 'quarter', baseUrl: simulator.url });
		expect(result.results).toEqual([{ name: 'Quarter Box (QB)', value: '2' }]);
	});

	test('prebook lines pick carriers, products, growers and box types by code', async () => {
		expect((await callListSearch({ method: 'searchCarrierCodes', filter: 'fed', baseUrl: simulator.url })).results).toEqual([
			{ name: 'Fedex (FX)', value: 'FX' },
		]);
		expect((await callListSearch({ method: 'searchProductCodes', filter: 'blue', baseUrl: simulator.url })).results).toEqual([
			{ name: 'Roses 55cm Blue (Rs55B)', value: 'Rs55B' },
		]);
		expect((await callListSearch({ method: 'searchVendorCodes', filter: 'abc', baseUrl: simulator.url })).results).toEqual([
			{ name: 'Flores ABC (ABC)', value: 'ABC' },
		]);
		expect((await callListSearch({ method: 'searchBoxTypeCodes', filter: 'half', baseUrl: simulator.url })).results).toEqual([
			{ name: 'Half Box (HB)', value: 'HB' },
		]);
	});

	test('locations are valued by code, or by id for the standing order location ID', async () => {
		const result = await callListSearch({ method: 'searchLocationCodes', filter: 'mia', baseUrl: simulator.url });
		expect(result.results).toEqual([{ name: 'Miami (MIA)', value: 'MIA' }]);
		const ids = await callListSearch({ method: 'searchLocations', filter: 'mia', baseUrl: simulator.url });
		expect(ids.results).toEqual([{ name: 'Miami (MIA)', value: '147' }]);
	});

	test('ship-tos follow the customer chosen on the node, by id or by code', async () => {
		const byId = await callListSearch({
			method: 'searchShipTos',
			baseUrl: simulator.url,
			currentNodeParameters: { resource: 'standingOrder', operation: 'update', customer: { __rl: true, mode: 'list', value: '2001' } },
		});
		expect(byId.results).toEqual([{ name: 'Ang Flowers Miami (ANG-MIA)', value: '2101' }]);
		const byCode = await callListSearch({
			method: 'searchShipTos',
			baseUrl: simulator.url,
			currentNodeParameters: { resource: 'standingOrder', operation: 'update', customer: { __rl: true, mode: 'code', value: 'Fresh' } },
		});
		expect(byCode.results.map((entry) => entry.value)).toEqual(['1313', '1314']);
		// No customer yet: the dropdown says what to do instead of an unexplained "No results".
		await expect(callListSearch({ method: 'searchShipTos', baseUrl: simulator.url })).rejects.toThrow('Choose the customer first');
		expect(simulator.requestsTo('customer.shipto.list')).toHaveLength(2);
	});

	test('an empty list is an empty dropdown; a rejected token is an error', async () => {
		expect((await callListSearch({ method: 'searchProducts', filter: 'tulip', baseUrl: simulator.url })).results).toEqual([]);
		await expect(callListSearch({ method: 'searchVendors', baseUrl: simulator.url, token: 'wrong' })).rejects.toThrow(
			'Invalid authentication token.',
		);
	});
});

describe('locators in the write operations', () => {
	test('a vendor picked from the list goes out as vendorId, typed by code as vendorCode', async () => {
		const { purchaseOrderMixedCreate } = await import('../fixtures/samples');
		await runKometNode({
			parameters: { ...purchaseOrderMixedCreate.parameters, vendor: { __rl: true, mode: 'list', value: '535' } },
			baseUrl: simulator.url,
		});
		expect(simulator.requests[0].body).toMatchObject({ vendorId: 535, carrierCode: '35LS' });
		expect(simulator.requests[0].body).not.toHaveProperty('vendorCode');
	});

	test('a standing-order customer by code carries its name', async () => {
		const { standingOrderUpdate } = await import('../fixtures/samples');
		await runKometNode({
			parameters: {
				...standingOrderUpdate.parameters,
				customer: { __rl: true, mode: 'code', value: 'Fresh' },
				customerDescription: 'Mr. Fresh',
			},
			baseUrl: simulator.url,
		});
		expect(simulator.requests[0].body).toMatchObject({ customerCode: 'Fresh', customerDescription: 'Mr. Fresh' });
		expect(simulator.requests[0].body).not.toHaveProperty('customerId');
	});
});
