/**
 * What the editor's pickers cost of Komet's daily requests: each reference list is asked once
 * per credential and kept a few minutes; typing filters the kept list; a search that finds
 * nothing in a list older than half a minute asks Komet again; nothing kept crosses
 * credentials or survives a credential change; a failure is not kept.
 */
import { FRESH_ENOUGH_MS, forgetReferenceLists, REFERENCE_LIST_TTL_MS } from '../../nodes/KometSales/methods/referenceLists';
import { callListSearch } from '../harness/listSearch';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => {
	simulator.reset();
	forgetReferenceLists();
});
afterEach(() => jest.restoreAllMocks());

const search = (method: Parameters<typeof callListSearch>[0]['method'], filter?: string, token?: string) =>
	callListSearch({ method, filter, baseUrl: simulator.url, token });
const names = async (pending: ReturnType<typeof search>) => (await pending).results.map((entry) => entry.name);
/** Moves the node's clock on by `ms` (Date.now), as minutes passing in the editor. */
const later = (ms: number) => {
	const now = Date.now() + ms;
	jest.spyOn(Date, 'now').mockReturnValue(now);
};

test('opening a picker and typing a name letter by letter costs one request', async () => {
	await search('searchCustomers');
	for (const typed of ['a', 'an', 'ang']) await search('searchCustomers', typed);
	expect(await names(search('searchCustomers', 'ANG'))).toEqual(['Ang Flowers (ANG)']);
	expect(simulator.requestsTo('customer.list')).toHaveLength(1);
});

test('pickers over the same list share it (customers by id and by code, ship-tos by customer code)', async () => {
	await search('searchCustomers');
	expect((await search('searchCustomerCodes', 'bloom')).results.map((entry) => entry.value)).toEqual(['BLOOM']);
	await callListSearch({
		method: 'searchShipTos',
		baseUrl: simulator.url,
		currentNodeParameters: { resource: 'standingOrder', operation: 'update', customer: { __rl: true, mode: 'code', value: 'fresh' } },
	});
	expect(simulator.requestsTo('customer.list')).toHaveLength(1);
	expect(simulator.requestsTo('customer.shipto.list').map((request) => request.query.customerId)).toEqual(['131313']);
});

test('calls for one list at the same moment share one request', async () => {
	await Promise.all([search('searchProducts'), search('searchProducts', 'rose'), search('searchProductCodes', 'blue')]);
	expect(simulator.requestsTo('product.list')).toHaveLength(1);
});

test('another credential, or the same credential with a new token, never sees the kept list', async () => {
	await search('searchCustomers');
	await search('searchCustomers', undefined, 'sim-vendor-token');
	expect(simulator.requestsTo('customer.list').map((request) => request.query.authenticationToken)).toEqual(['sim-company-token', 'sim-vendor-token']);
	// A token replaced in the credential: the wrong one is refused, not answered from the list kept for the old one.
	await expect(search('searchCustomers', undefined, 'wrong')).rejects.toThrow('Invalid authentication token.');
});

test('a failed request is not kept: the next opening asks again', async () => {
	simulator.fail({ path: 'carrier.list', httpStatus: 400, body: { status: 0, message: 'Busy' } });
	await expect(search('searchCarriers')).rejects.toThrow('Busy');
	expect(await names(search('searchCarriers', 'fed'))).toEqual(['Fedex (FX)']);
	expect(simulator.requestsTo('carrier.list')).toHaveLength(2);
});

test(`a list is kept ${REFERENCE_LIST_TTL_MS / 60_000} minutes, then asked again`, async () => {
	await search('searchVendors');
	later(REFERENCE_LIST_TTL_MS - 1000);
	await search('searchVendors');
	expect(simulator.requestsTo('vendor.list')).toHaveLength(1);
	later(REFERENCE_LIST_TTL_MS + 1000);
	await search('searchVendors');
	expect(simulator.requestsTo('vendor.list')).toHaveLength(2);
});

test('a customer created in Komet after the list was kept is found by typing its name', async () => {
	await search('searchCustomers');
	simulator.state.customers.push({ id: 2010, code: 'NEW', name: 'New Garden', active: true });
	// Within half a minute of asking, a search that finds nothing does not ask again (typing would spend one per letter).
	expect(await names(search('searchCustomers', 'garden'))).toEqual([]);
	expect(simulator.requestsTo('customer.list')).toHaveLength(1);
	later(FRESH_ENOUGH_MS + 1000);
	expect(await names(search('searchCustomers', 'garden'))).toEqual(['New Garden (NEW)']);
	expect(await names(search('searchCustomers', 'gard'))).toEqual(['New Garden (NEW)']);
	expect(simulator.requestsTo('customer.list')).toHaveLength(2);
});
