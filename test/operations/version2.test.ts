/**
 * Version 2 of the node through the engine: the same Komet requests as version 1 for the
 * same input (every reference sample), Additional Fields that belong to one operation, the
 * grouped customer addresses of Create Multiple, the future inventory picker, and Return All /
 * Limit on every reference list. Version 1 keeps working as saved (the other suites run it).
 */
import { NodeHelpers, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { additionalFieldsName, collectionName } from '../../nodes/KometSales/actions/common/collections';
import * as samples from '../fixtures/samples';
import { asVersion2 } from '../fixtures/version2';
import { forgetReferenceLists } from '../../nodes/KometSales/methods/referenceLists';
import { callListSearch } from '../harness/listSearch';
import { kometDescription } from '../harness/nodeTypes';
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

const v2 = (parameters: INodeParameters) => runKometNode({ parameters, baseUrl: simulator.url, typeVersion: 2 });
const sentBody = () => {
	const { authenticationToken, ...body } = simulator.requests[0].body ?? {};
	expect(authenticationToken).toBe(TEST_TOKEN);
	return body;
};

test.each([
	['Prebook → Create Multiple', samples.multiplePrebooksCreate],
	['Prebook → Add Future Inventory Item', samples.prebookFutureItemAdd],
	['Purchase Order → Create Mixed', samples.purchaseOrderMixedCreate],
	['Standing Order → Update', samples.standingOrderUpdate],
])('%s: the page sample entered in version 2 sends what version 1 sends', async (_name, sample) => {
	const result = await v2(asVersion2(sample.parameters));
	expect(result.nodeError).toBeUndefined();
	expect(simulator.requests).toHaveLength(1);
	if (sample === samples.standingOrderUpdate) expect(simulator.requests[0].body).toEqual(sample.wire);
	else expect(sentBody()).toEqual(sample.wire);
});

test("each operation's Additional Fields have their own name: none shared between operations, none called additionalFields", () => {
	const description = kometDescription(2);
	const collections = description.properties.filter((property) => property.type === 'collection' && /Fields$/.test(property.name));
	expect(collections.map((property) => property.name)).not.toContain('additionalFields');
	const names = collections.map((property) => property.name);
	expect(new Set(names).size).toBe(names.length);
	expect(names).toEqual(
		expect.arrayContaining([
			'prebookCreateMultipleFields',
			'prebookAddFutureItemFields',
			'purchaseOrderCreateMixedFields',
			'purchaseOrderAddAwbFields',
			'standingOrderUpdateFields',
			'invoiceMarkSyncedFields',
			'invoiceMarkSyncFailedFields',
		]),
	);
});

test('a Company Location set on Create Multiple does not ride along when the user switches to Create Mixed', () => {
	// What the editor keeps of a node's parameters when its operation changes (n8n's getNodeParameters).
	const description = kometDescription(2);
	const set = { resource: 'prebook', operation: 'createMultiple', prebookCreateMultipleFields: { companyLocationCode: { __rl: true, mode: 'code', value: 'MIA' } } };
	const switched = NodeHelpers.getNodeParameters(description.properties, { ...set, resource: 'purchaseOrder', operation: 'createMixed' }, false, false, null, description);
	expect(switched).not.toHaveProperty('prebookCreateMultipleFields');
	expect(JSON.stringify(switched)).not.toContain('MIA');
	// Version 1, for the record: the shared name carries the value over to the new operation.
	const v1 = kometDescription(1);
	const carried = NodeHelpers.getNodeParameters(
		v1.properties,
		{ resource: 'purchaseOrder', operation: 'createMixed', additionalFields: { companyLocationCode: { __rl: true, mode: 'code', value: 'MIA' } } },
		false,
		false,
		null,
		v1,
	);
	expect(JSON.stringify(carried)).toContain('MIA');
});

test('Create Multiple: the addresses are two groups the editor can add; a missing field or group is named by its group', async () => {
	const description = kometDescription(2);
	const addresses = description.properties.find((property) => property.name === 'customerAddresses') as INodeProperties;
	expect(((addresses.options ?? []) as Array<{ displayName: string }>).map((group) => group.displayName)).toEqual(['Billing Address', 'Shipping Address']);
	// n8n 2.41 cannot add a node whose single-value fixed collection has a non-empty default.
	expect(addresses.default).toEqual({});
	expect(() => NodeHelpers.getNodeParameters(description.properties, { resource: 'prebook', operation: 'createMultiple' }, true, false, null, description)).not.toThrow();
	const parameters = asVersion2(samples.multiplePrebooksCreate.parameters);
	const groups = parameters.customerAddresses as { billing: Record<string, string>; shipping: Record<string, string> };
	const result = await v2({ ...parameters, customerAddresses: { ...groups, shipping: { ...groups.shipping, customerShippingCity: '' } } });
	expect(result.nodeError?.message).toContain('Shipping Address › City (customerShippingCity)');
	const noShipping = await v2({ ...parameters, customerAddresses: { billing: groups.billing } });
	expect(noShipping.nodeError?.message).toContain('Shipping Address › Street (customerShippingStreet): is required');
	expect(simulator.requests).toHaveLength(0);
});

test('Add Future Inventory Item: the item from the future inventory list, sent as its inventoryId', async () => {
	const today = new Date().toISOString().slice(0, 10);
	for (const item of simulator.state.futureInventoryItems) Object.assign(item, { from: today, to: today });
	const listed = await callListSearch({ method: 'searchFutureInventory', baseUrl: simulator.url });
	expect(listed.results.map((entry) => entry.value)).toEqual(['9999999', '9999998']);
	expect(listed.results[0].name).toMatch(/#9999999$/);
	expect(simulator.requestsTo('future.inventory.openmarket.list')[0].query).toMatchObject({ dateFrom: expect.any(String), dateTo: expect.any(String) });
	const filtered = await callListSearch({ method: 'searchFutureInventory', filter: '9999998', baseUrl: simulator.url });
	expect(filtered.results.map((entry) => entry.value)).toEqual(['9999998']);

	simulator.requests.length = 0;
	await v2({ ...asVersion2(samples.prebookFutureItemAdd.parameters), inventoryId: { __rl: true, mode: 'list', value: '9999999', cachedResultName: listed.results[0].name } });
	expect(sentBody()).toEqual(samples.prebookFutureItemAdd.wire);
});

test("each Get Many's Filters have their own name: a Customer filter set on one list does not ride along to another", () => {
	const description = kometDescription(2);
	const names = description.properties.filter((property) => property.type === 'collection' && /Filters$/.test(property.name)).map((property) => property.name);
	expect(names).not.toContain('filters');
	expect(new Set(names).size).toBe(names.length);
	expect(names).toEqual(expect.arrayContaining(['prebookGetManyFilters', 'purchaseOrderGetManyFilters', 'invoiceGetManyForAccountingFilters', 'customerGetManyFilters']));
	const customer = { __rl: true, mode: 'list', value: '131313' };
	const switched = NodeHelpers.getNodeParameters(
		description.properties,
		{ resource: 'purchaseOrder', operation: 'getMany', prebookGetManyFilters: { customerId: customer } },
		false,
		false,
		null,
		description,
	);
	expect(JSON.stringify(switched)).not.toContain('131313');
	// Version 1, for the record: the shared name keeps the customer for the next list picked.
	const v1 = kometDescription(1);
	const carried = NodeHelpers.getNodeParameters(v1.properties, { resource: 'purchaseOrder', operation: 'getMany', filters: { customerId: customer } }, false, false, null, v1);
	expect(JSON.stringify(carried)).toContain('131313');
});

test('Filters are read under the operation\'s own name in version 2', async () => {
	await v2({ resource: 'vendor', operation: 'getMany', returnAll: true, vendorGetManyFilters: { code: 'A535' } });
	expect(simulator.requests[0].query).toMatchObject({ code: 'A535' });
});

test('reference lists: Return All / Limit in version 2, everything in version 1', async () => {
	const limited = await v2({ resource: 'product', operation: 'getMany', returnAll: false, limit: 1 });
	expect(limited.main).toHaveLength(1);
	const all = await v2({ resource: 'product', operation: 'getMany', returnAll: true });
	const v1 = await runKometNode({ parameters: { resource: 'product', operation: 'getMany' }, baseUrl: simulator.url });
	expect(all.main.length).toBeGreaterThan(1);
	expect(v1.main).toHaveLength(all.main.length);
	const paging = kometDescription(2).properties.filter((property) => property.name === 'limit');
	expect(paging.flatMap((property) => property.displayOptions?.show?.resource ?? [])).toEqual(
		expect.arrayContaining(['boxType', 'carrier', 'customer', 'location', 'product', 'shipTo', 'vendor']),
	);
});

test('the stored names of Additional Fields and Filters are version 1\'s for version 1 only', () => {
	expect(additionalFieldsName(1, 'prebook', 'createMultiple')).toBe('additionalFields');
	expect(additionalFieldsName(2, 'prebook', 'createMultiple')).toBe('prebookCreateMultipleFields');
	expect(collectionName(1, 'invoice', 'getMany', 'filters')).toBe('filters');
	expect(collectionName(2, 'invoice', 'getMany', 'filters')).toBe('invoiceGetManyFilters');
});
