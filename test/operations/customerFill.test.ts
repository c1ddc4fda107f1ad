/**
 * Prebook → Create Multiple's Fill Customer Details From Komet (version 2), through the engine
 * and the simulator: the customer's name from customer.list and its phone and shipping address
 * from its ship-to fill the fields left empty, each list read at most once per run; a typed value
 * stays; what is still missing (the billing address) is one sentence; nothing is sent to
 * multiple.prebooks.create for an item refused.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { forgetReferenceLists } from '../../nodes/KometSales/methods/referenceLists';
import * as samples from '../fixtures/samples';
import { asVersion2 } from '../fixtures/version2';
import { callListSearch } from '../harness/listSearch';
import { runKometNode } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
// The lists are kept 5 minutes per credential: each test starts from a Komet nobody has asked yet.
beforeEach(() => {
	simulator.reset();
	forgetReferenceLists();
});

const sample = asVersion2(samples.multiplePrebooksCreate.parameters);
const { billing } = sample.customerAddresses as { billing: INodeParameters };
const line = (sample.prebookItems as { line: IDataObject[] }).line[0];

/** The page sample with the option on, the name, phone and shipping address left empty, the billing address typed. */
function filling(overrides: INodeParameters = {}): INodeParameters {
	const { customerName: _name, customerPhone: _phone, ...rest } = sample;
	return {
		...rest,
		fillCustomerDetails: true,
		customerAddresses: { billing },
		// Numbered per item and line: several items of one run never repeat an identifier.
		prebookItems: { line: [{ ...line, identifier: '' }] },
		...overrides,
	};
}

const run = (parameters: INodeParameters, more: { items?: IDataObject[]; onError?: 'continueRegularOutput' } = {}) =>
	runKometNode({ parameters, baseUrl: simulator.url, typeVersion: 2, ...more });

const created = () => simulator.requestsTo('multiple.prebooks.create');
const listRequests = () => simulator.requestsTo('customer.list').length + simulator.requestsTo('customer.shipto.list').length;
const customerOf = (body: object | undefined) =>
	Object.fromEntries(Object.entries(body ?? {}).filter(([key]) => /^customer(?!Code)/.test(key) && key !== 'customerPO'));

const ANG_FROM_KOMET = {
	customerName: 'Ang Flowers',
	customerPhone: '(305) 555-0142',
	customerShippingStreet: '8200 NW 25th St',
	customerShippingCity: 'Miami',
	customerShippingState: 'FL',
	customerShippingZipcode: '33122',
	customerShippingCountry: 'USA',
};

test("the empty name, phone and shipping address are filled from Komet's customer and ship-to lists; the billing address stays as typed", async () => {
	const result = await run(filling());
	expect(result.nodeError).toBeUndefined();
	expect(created()).toHaveLength(1);
	expect(customerOf(created()[0].body)).toEqual({ ...ANG_FROM_KOMET, ...billing });
	expect(simulator.requestsTo('customer.shipto.list')[0].query).toMatchObject({ customerId: '2001' });
	expect(result.main.map((item) => item.json.status)).toEqual([1]);
});

test('several items of one run: each list is asked once (two requests), and a run a minute later asks none (kept per credential)', async () => {
	const items = [{}, {}, {}];
	const result = await run(filling(), { items });
	expect(result.nodeError).toBeUndefined();
	expect(simulator.requestsTo('customer.list')).toHaveLength(1);
	expect(simulator.requestsTo('customer.shipto.list')).toHaveLength(1);
	expect(result.main).toHaveLength(3);
	for (const call of created()) expect(customerOf(call.body)).toEqual({ ...ANG_FROM_KOMET, ...billing });

	simulator.requests.length = 0;
	const again = await run(filling(), { items });
	expect(again.nodeError).toBeUndefined();
	expect(listRequests()).toBe(0);
	expect(created()).toHaveLength(1);
});

test('the list requests count against Max Requests per Run: with 2, the create is refused before it is sent', async () => {
	const result = await run(filling({ options: { maxRequests: 2 } }));
	expect(result.nodeError?.message).toContain('This run would send 3 requests to Komet, more than Max Requests per Run (2) allows');
	expect(result.nodeError?.message).toMatch(/Only the 2 list requests that completed the items were sent\.$/);
	expect(created()).toHaveLength(0);
});

test("with Retry On Fail on, the create is refused before it is sent; n8n's last try says the lists went out in its first", async () => {
	// n8n tries the node three times (its default), a second apart: the first reads the lists, the others find them kept.
	const result = await runKometNode({ parameters: filling(), baseUrl: simulator.url, typeVersion: 2, settings: { retryOnFail: true } });
	expect(result.nodeError?.message).toMatch(/^Retry On Fail is on in this node's settings/);
	expect(result.nodeError?.message).toMatch(/Only 2 requests of an earlier try of this run were sent\.$/);
	expect(listRequests()).toBe(2);
	expect(created()).toHaveLength(0);
});

test('a typed value is never replaced; a shipping address typed in part is not completed from another place', async () => {
	const typed = await run(filling({ customerName: 'Ang Flowers Wholesale', customerPhone: '(305) 000-1111' }));
	expect(typed.nodeError).toBeUndefined();
	expect(customerOf(created()[0].body)).toEqual({
		...ANG_FROM_KOMET,
		customerName: 'Ang Flowers Wholesale',
		customerPhone: '(305) 000-1111',
		...billing,
	});
	// Everything typed: Komet is not asked at all.
	simulator.requests.length = 0;
	forgetReferenceLists();
	const all = await run({ ...sample, fillCustomerDetails: true });
	expect(all.nodeError).toBeUndefined();
	expect(listRequests()).toBe(0);
	expect(created()[0].body).toMatchObject(samples.multiplePrebooksCreate.wire);

	simulator.requests.length = 0;
	const partly = await run(filling({ customerAddresses: { billing, shipping: { customerShippingStreet: '1 Typed Street' } } }));
	expect(partly.nodeError?.message).toBe('Item 1, Customer Addresses → Shipping Address: city, state, zip code and country are required');
	expect(created()).toHaveLength(0);
});

test('a customer with several ship-tos is refused naming them, nothing sent; the ship-to given By Code fills from that one', async () => {
	const fresh = { __rl: true, mode: 'list', value: 'Fresh', cachedResultName: 'Mr. Fresh (Fresh)' };
	const refused = await run(filling({ customerCode: fresh }));
	expect(refused.nodeError?.message).toBe(
		'Item 1, Ship-To (fillShipTo): Mr. Fresh (Fresh) has 2 ship-tos in Komet, Mr. Fresh Orlando (FRESH-ORL), id 1313 and Mr. Fresh Tampa (FRESH-TPA), id 1314: pick the one whose phone and shipping address fill the empty fields',
	);
	expect(refused.nodeError?.name).toBe('NodeOperationError');
	expect(created()).toHaveLength(0);

	const chosen = await run(filling({ customerCode: fresh, fillShipTo: { __rl: true, mode: 'code', value: 'fresh-tpa' } }));
	expect(chosen.nodeError).toBeUndefined();
	expect(customerOf(created()[0].body)).toMatchObject({ customerName: 'Mr. Fresh', customerShippingCity: 'Tampa', customerPhone: '(407) 555-0101' });

	const unknown = await run(filling({ customerCode: fresh, fillShipTo: { __rl: true, mode: 'id', value: '2101' } }));
	expect(unknown.nodeError?.message).toContain('Mr. Fresh (Fresh) has no ship-to "2101" in Komet; its ship-tos: Mr. Fresh Orlando (FRESH-ORL), id 1313 and Mr. Fresh Tampa (FRESH-TPA), id 1314');
	expect(created()).toHaveLength(1);
});

test('what no list gives (the billing address) is said in one sentence naming its group, not a problem per field; nothing is sent', async () => {
	const result = await run(filling({ customerAddresses: {} }));
	expect(result.nodeError?.message).toBe('Item 1, Customer Addresses → Billing Address: street, city, state, zip code and country are required');
	expect(result.nodeError?.description).toContain("No Komet list gives a customer's billing address");
	expect(created()).toHaveLength(0);
	// The item's other problems are still named, each once.
	const withLine = await run(filling({ customerAddresses: {}, prebookItems: { line: [{ ...line, identifier: '', price: '' }] } }));
	expect(withLine.nodeError?.message).toBe(
		'Item 1, Customer Addresses → Billing Address: street, city, state, zip code and country are required; Prebook Lines line 1, Price (prebookItems[0].price): is required',
	);
	// A customer without ship-tos: its phone and shipping address stay the user's, said in the same sentence.
	const bloom = await run(filling({ customerCode: { __rl: true, mode: 'code', value: 'bloom' } }));
	expect(bloom.nodeError?.message).toBe(
		'Item 1, Customer Phone is required; Customer Addresses → Shipping Address: street, city, state, zip code and country are required',
	);
	expect(bloom.nodeError?.description).toContain('Komet lists no ship-to for Bloom & Co (BLOOM)');
	simulator.requests.length = 0;
	// Without the option, version 2 names every missing field, as before (test/operations/version2.test.ts pins it).
	const off = await run({ ...sample, customerAddresses: {} });
	expect(off.nodeError?.message).toContain('Billing Address › Street (customerBillingStreet): is required');
	expect(listRequests()).toBe(0);
	expect(created()).toHaveLength(0);
});

test('a list that fails is an API error of the item saying which list and why, with Komet\'s words; nothing is sent', async () => {
	simulator.fail({ path: 'customer.list', httpStatus: 500, body: { status: 0, message: 'Database unavailable' } });
	const result = await run(filling({ options: { retries: 0 } }));
	expect(result.nodeError?.name).toBe('NodeApiError');
	expect(result.nodeError?.message).toContain('customer.list, read to fill the customer details of item 1');
	expect(result.nodeError?.description).toContain('Nothing was sent to multiple.prebooks.create for this item');
	expect(JSON.stringify(result.nodeError)).toContain('Database unavailable');
	expect(created()).toHaveLength(0);
});

test('Continue On Fail accounts for every item: filled, refused and failed items each leave one item, the failed list asked once', async () => {
	const perItem = filling({ customerCode: { __rl: true, mode: 'list', value: '={{ $json.customer }}' } });
	const items = [{ customer: 'ANG' }, { customer: 'Fresh' }, { customer: 'NOPE' }, { customer: 'ANG' }];
	const result = await run(perItem, { items, onError: 'continueRegularOutput' });
	expect(result.nodeError).toBeUndefined();
	expect(result.main.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3].map((item) => ({ item })));
	const byItem = new Map(result.main.map((item) => [(item.pairedItem as { item: number }).item, item.json]));
	expect(byItem.get(0)).toMatchObject({ status: 1, customerCode: 'ANG' });
	expect(byItem.get(3)).toMatchObject({ status: 1, customerCode: 'ANG' });
	expect(byItem.get(1)?.error).toContain('Mr. Fresh (Fresh) has 2 ship-tos in Komet');
	expect(byItem.get(2)?.error).toBe('Item 3, Customer (customerCode): Komet\'s customer list has no customer with the code "NOPE", so its details cannot be filled');
	expect(customerOf(created()[0].body)).toEqual({ ...ANG_FROM_KOMET, ...billing });

	simulator.reset();
	forgetReferenceLists();
	simulator.fail({ path: 'customer.shipto.list', httpStatus: 500, body: { status: 0, message: 'Database unavailable' } });
	const failing = await run({ ...perItem, options: { retries: 0 } }, { items: [{ customer: 'ANG' }, { customer: 'ANG' }], onError: 'continueRegularOutput' });
	expect(failing.main.map((item) => [item.pairedItem, String(item.json.error)])).toEqual([
		[{ item: 0 }, expect.stringContaining('customer.shipto.list, read to fill the customer details of item 1')],
		[{ item: 1 }, expect.stringContaining('customer.shipto.list, read to fill the customer details of item 2')],
	]);
	expect(simulator.requestsTo('customer.shipto.list')).toHaveLength(1);
	expect(created()).toHaveLength(0);
});

test("the Ship-To picker lists the ship-tos of Create Multiple's customer, given by its code", async () => {
	const listed = await callListSearch({
		method: 'searchShipTos',
		baseUrl: simulator.url,
		currentNodeParameters: { resource: 'prebook', operation: 'createMultiple', customerCode: { __rl: true, mode: 'list', value: 'Fresh' } },
	});
	expect(listed.results).toEqual([
		{ name: 'Mr. Fresh Orlando (FRESH-ORL)', value: '1313' },
		{ name: 'Mr. Fresh Tampa (FRESH-TPA)', value: '1314' },
	]);
});
