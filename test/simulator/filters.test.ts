// tsconfig.tools.json compiles test/simulator/** for the playground without jest's types.
/// <reference types="jest" />
/**
 * The simulator's read methods honour the filters their fact sheets document
 * (docs/komet-api.md, the section of each method): each filter keeps a record and drops another, so a
 * test of the node can tell whether the filter it sends works. Window limits are refused in
 * Komet's words, and each method takes the token kinds its sheet lists.
 */
import { dayFromToday } from './referenceData';
import { startSimulator, type Simulator } from './server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const COMPANY = 'sim-company-token';
const TOKEN_OF = { Company: COMPANY, Customer: 'sim-customer-token', Vendor: 'sim-vendor-token' };
/** Komet's refusal of a whole call: status "0" and its message. */
const refusal = (message: string) => ({ status: '0', message });
const REFUSED = refusal('The token is not authorized to use this method.');

type Query = Record<string, string>;
type Answer = Record<string, unknown> & { status: string; message: string };

/** The records' array of each read method. */
const ARRAY_OF: Record<string, string> = {
	'prebook.details.list': 'prebooks',
	'prebook.list': 'prebooks',
	'purchase.order.list': 'purchaseOrders',
	'standing.order.list': 'standingOrders',
	'invoice.details.list': 'invoices',
	'invoice.accounting.details.list': 'invoices',
	'future.inventory.openmarket.list': 'inventoryItems',
	'customer.list': 'customers',
	'customer.shipto.list': 'shiptos',
	'vendor.list': 'vendors',
	'carrier.list': 'carriers',
	'product.list': 'products',
	'boxtype.list': 'boxtypes',
	'location.list': 'locations',
};

async function get(method: string, query: Query = {}, token = COMPANY): Promise<Answer> {
	const response = await fetch(`${simulator.url}/${method}?${new URLSearchParams({ authenticationToken: token, ...query })}`);
	return (await response.json()) as Answer;
}

/** The records a GET answers, or its message when it answers none. */
async function records(method: string, query: Query = {}): Promise<Array<Record<string, unknown>> | string> {
	const body = await get(method, query);
	const found = body[ARRAY_OF[method]];
	return Array.isArray(found) ? found : body.message;
}

/** The ids of the records a GET answers (`inventoryId` for inventory), or its message when it answers none. */
async function ids(method: string, query: Query = {}): Promise<string[] | string> {
	const found = await records(method, query);
	return typeof found === 'string' ? found : found.map((record) => String(record.inventoryId ?? record.id));
}

describe('prebook.details.list', () => {
	const method = 'prebook.details.list';
	// One vendor ship week per seeded prebook: 85063 ships 2026-12-03, 85070 2026-12-10.
	const WEEK_OF: Record<string, Query> = {
		85063: { vendorShipDateFrom: '2026-12-01', vendorShipDateTo: '2026-12-07' },
		85070: { vendorShipDateFrom: '2026-12-08', vendorShipDateTo: '2026-12-14' },
	};

	test('without filters each week has its prebook (the records the filters below keep and drop)', async () => {
		expect(await ids(method, WEEK_OF[85063])).toEqual(['85063']);
		expect(await ids(method, WEEK_OF[85070])).toEqual(['85070']);
	});

	test.each([
		['prebook', '85063', '85063', '85070'],
		['customer', 'ang', '85063', '85070'],
		['customerId', '131313', '85070', '85063'],
		['carrierName', 'fed', '85063', '85070'],
		['carrierId', '1360', '85070', '85063'],
		['soNumber', '3228', '85070', '85063'],
		['customerPONumber', 'fr-1120', '85070', '85063'],
		['locationId', '147', '85063', '85070'],
		['brandId', '4', '85063', '85070'],
		['unableToSource', 'true', '85070', '85063'],
		['unableToSource', 'false', '85063', '85070'],
		['updatedAsOf', '2026-11-24 08:30:00', '85070', '85063'],
	])('%s=%s keeps prebook %s and drops %s', async (filter, value, kept, dropped) => {
		expect(await ids(method, { ...WEEK_OF[kept], [filter]: value })).toEqual([kept]);
		expect(await ids(method, { ...WEEK_OF[dropped], [filter]: value })).toBe('Orders not found.');
	});

	test('salesPersonId: the customers\' salesperson (12, every customer\'s) keeps, another drops', async () => {
		expect(await ids(method, { ...WEEK_OF[85063], salesPersonId: '12' })).toEqual(['85063']);
		expect(await ids(method, { ...WEEK_OF[85063], salesPersonId: '13' })).toBe('Orders not found.');
	});

	test('soNumber also matches as Komet writes the number (S03228)', async () => {
		expect(await ids(method, { ...WEEK_OF[85070], soNumber: 'S03228' })).toEqual(['85070']);
		expect(await ids(method, { ...WEEK_OF[85070], soNumber: '3301' })).toBe('Orders not found.');
	});

	test('unableToSource=true drops a prebook marked unable to source once a PO buys it', async () => {
		const bought = simulator.state.prebooks.get(85063);
		if (bought) bought.unableToSource = true;
		expect(await ids(method, { ...WEEK_OF[85063], unableToSource: 'true' })).toBe('Orders not found.');
		expect(await ids(method, { ...WEEK_OF[85063], unableToSource: 'false' })).toBe('Orders not found.');
	});

	test('date: the truck date keeps its prebook only', async () => {
		expect(await ids(method, { date: '2026-12-05' })).toEqual(['85063']);
		expect(await ids(method, { date: '2026-12-12' })).toEqual(['85070']);
	});

	test('the header and lines tell what the filters read; 85070 answers its lines without prebookItemId', async () => {
		const [prebook] = (await records(method, WEEK_OF[85070])) as Array<Record<string, unknown>>;
		expect(prebook).toMatchObject({
			id: '85070',
			number: '85070',
			locationId: 28,
			locationCode: '28',
			locationName: 'Doral Warehouse',
			customerId: 131313,
			customerCode: 'Fresh',
			customerName: 'Mr. Fresh',
			type: 'S',
			truckDate: '2026-12-12',
			customerPONumber: 'FR-1120',
			carrierId: 1360,
			carrierName: 'Armellini',
			details: [{ vendorShipDate: '2026-12-10', totalBoxes: 5, productDescription: 'Rose Freedom 50cm' }],
		});
		expect(prebook.details).toEqual([expect.not.objectContaining({ prebookItemId: expect.anything() })]);
	});

	test('a 7-day vendor ship window is taken, an 8-day one refused', async () => {
		expect(await ids(method, { vendorShipDateFrom: '2026-12-04', vendorShipDateTo: '2026-12-10' })).toEqual(['85070']);
		expect(await get(method, { vendorShipDateFrom: '2026-12-03', vendorShipDateTo: '2026-12-10' })).toEqual(refusal('The range between vendorShipDateFrom and vendorShipDateTo must not exceed 7 days.'));
	});

	test('neither a truck date nor a window: refused', async () => {
		expect(await get(method, { customerId: '2001' })).toEqual(refusal('The field date is required.'));
	});
});

describe('prebook.list', () => {
	const method = 'prebook.list';
	const DECEMBER = { dateFrom: '2026-12-01', dateTo: '2026-12-31' };

	test('without filters December has both prebooks', async () => {
		expect(await ids(method, DECEMBER)).toEqual(['85063', '85070']);
	});

	test.each([
		['prebook', '85070', ['85070']],
		['customer', 'mr. fresh', ['85070']],
		['customer', 'ANG', ['85063']],
		['customerId', '2001', ['85063']],
		['carrierName', 'FEDEX', ['85063']],
		['carrierId', '1360', ['85070']],
		['soNumber', '3228', ['85070']],
		['customerPONumber', '2926', ['85063']],
		['CompanyLocationId', '28', ['85070']],
		['brandId', '4', ['85063']],
		['prebookStatus', 'confirmed', ['85063']],
		['isEcommerce', '1', ['85070']],
		['isEcommerce', '0', ['85063']],
		['checkOutStatus', '1', ['85063']],
		['checkOutStatus', '0', ['85070']],
	])('%s=%s keeps %j only', async (filter, value, kept) => {
		expect(await ids(method, { ...DECEMBER, [filter]: value })).toEqual(kept);
	});

	test('salesPersonId: 12 (every customer\'s) keeps both, another none', async () => {
		expect(await ids(method, { ...DECEMBER, salesPersonId: '12' })).toEqual(['85063', '85070']);
		expect(await ids(method, { ...DECEMBER, salesPersonId: '13' })).toBe('Orders not found.');
	});

	test('the truck date range keeps the prebooks inside it', async () => {
		expect(await ids(method, { dateFrom: '2026-12-06', dateTo: '2026-12-31' })).toEqual(['85070']);
	});

	test('the filter notes\' locationId is not this page\'s parameter (CompanyLocationId is): ignored', async () => {
		expect(await ids(method, { ...DECEMBER, locationId: '28' })).toEqual(['85063', '85070']);
	});

	test('the headers carry each prebook\'s location', async () => {
		expect(await records(method, DECEMBER)).toEqual([
			{ id: '85063', number: '85063', locationId: 147 },
			{ id: '85070', number: '85070', locationId: 28 },
		]);
	});

	test('six months are taken, more refused', async () => {
		expect(await ids(method, { dateFrom: '2026-06-06', dateTo: '2026-12-05' })).toEqual(['85063']);
		expect(await get(method, { dateFrom: '2026-06-06', dateTo: '2026-12-12' })).toEqual(refusal('The maximum date range for this request is six months.'));
	});
});

describe('purchase.order.list', () => {
	const method = 'purchase.order.list';
	const BOTH = { number: 'P02323,P02324' };

	test('without other filters the two numbers give both purchase orders', async () => {
		expect(await ids(method, BOTH)).toEqual(['87000', '87001']);
	});

	test.each([
		['number', 'p02324', ['87001']],
		['vendor', 'andes', ['87000']],
		['vendorId', '33', ['87001']],
		['origin', 'UIO', ['87000']],
		['customerId', '2001', ['87000']],
		['customerPONumber', '2926', ['87000']],
		['product', 'king', ['87001']],
		['prebook', '85063', ['87000']],
		['locationId', '28', ['87001']],
		['status', 'Confirmed by Farm', ['87001']],
		['statusLine', 'confirmed', ['87000']],
		['purchaseOrderItemIds', '7829,9999', ['87001']],
	])('%s=%s keeps %j only', async (filter, value, kept) => {
		expect(await ids(method, { ...BOTH, [filter]: value })).toEqual(kept);
	});

	test('date: the vendor ship date keeps its purchase order only', async () => {
		expect(await ids(method, { date: '2026-12-04' })).toEqual(['87001']);
	});

	test('futureInventoryAvailableFrom/To keep what is available in the window; 4 days are taken, 5 refused', async () => {
		expect(await ids(method, { ...BOTH, futureInventoryAvailableFrom: '2026-12-07', futureInventoryAvailableTo: '2026-12-10' })).toEqual(['87000']);
		expect(await ids(method, { ...BOTH, futureInventoryAvailableFrom: '2026-12-09', futureInventoryAvailableTo: '2026-12-12' })).toBe(
			'Orders not found.',
		);
		expect(await get(method, { ...BOTH, futureInventoryAvailableFrom: '2026-12-04', futureInventoryAvailableTo: '2026-12-08' })).toEqual(refusal('The range between futureInventoryAvailableFrom and futureInventoryAvailableTo must not exceed 4 days.'));
	});

	test('neither a date nor numbers: refused', async () => {
		expect(await get(method, { vendorId: '33' })).toEqual(refusal('The field date is required.'));
	});
});

describe('standing.order.list', () => {
	const method = 'standing.order.list';
	const YEAR = { dateFrom: '2026-01-01', dateTo: '2026-12-31' };
	const ALL = { ...YEAR, status: 'All' };

	test('status: Active by default, Cancelled, All', async () => {
		expect(await ids(method, YEAR)).toEqual(['3228']);
		expect(await ids(method, { ...YEAR, status: 'Cancelled' })).toEqual(['3301']);
		expect(await ids(method, ALL)).toEqual(['3228', '3301']);
	});

	test.each([
		['number', 'S03301', ['3301']],
		['customerId', '131313', ['3228']],
		['customer', 'ang flowers', ['3301']],
		['customer', 'FRESH', ['3228']],
		['locationId', '28', ['3301']],
	])('%s=%s keeps %j only', async (filter, value, kept) => {
		expect(await ids(method, { ...ALL, [filter]: value })).toEqual(kept);
	});

	test('the date range keeps the standing orders running in it', async () => {
		expect(await ids(method, { dateFrom: '2026-07-01', dateTo: '2026-12-31', status: 'All' })).toEqual(['3228']);
	});
});

describe('invoice.details.list', () => {
	const method = 'invoice.details.list';
	// One 4-day ship date window per seeded invoice.
	const WINDOW_OF: Record<string, Query> = {
		240989: { orderDateFrom: '2026-12-01', orderDateTo: '2026-12-04' },
		240990: { orderDateFrom: '2026-12-06', orderDateTo: '2026-12-09' },
		240991: { orderDateFrom: '2026-12-17', orderDateTo: '2026-12-20' },
	};

	test('without filters each window has its invoice (the records the filters below keep and drop)', async () => {
		expect(await ids(method, WINDOW_OF[240989])).toEqual(['240989']);
		expect(await ids(method, WINDOW_OF[240990])).toEqual(['240990']);
		expect(await ids(method, WINDOW_OF[240991])).toEqual(['240991']);
	});

	test.each([
		['status', '0', '240991', '240989'],
		['customer', 'fresh', '240989', '240990'],
		['customerId', '2001', '240990', '240989'],
		['carrierName', 'armel', '240989', '240990'],
		['carrierId', '1361', '240990', '240989'],
		['product', 'blue', '240990', '240989'],
		['order', '10045', '240989', '240990'],
		['orderId', '240990', '240990', '240989'],
		['locationId', '147', '240989', '240990'],
		['locationIds', '150,28', '240990', '240989'],
	])('%s=%s keeps invoice %s and drops %s', async (filter, value, kept, dropped) => {
		expect(await ids(method, { ...WINDOW_OF[kept], [filter]: value })).toEqual([kept]);
		expect(await ids(method, { ...WINDOW_OF[dropped], [filter]: value })).toBe('Orders not found.');
	});

	test('orderDate: one ship date', async () => {
		expect(await ids(method, { orderDate: '2026-12-09' })).toEqual(['240990']);
		expect(await ids(method, { orderDate: '2026-12-10' })).toBe('Orders not found.');
	});

	test('an order number or id needs no date', async () => {
		expect(await ids(method, { order: '10047' })).toEqual(['240991']);
		expect(await ids(method, { orderId: '240989' })).toEqual(['240989']);
	});

	test('the details name the invoice\'s product', async () => {
		expect(await records(method, WINDOW_OF[240990])).toMatchObject([
			{
				id: '240990',
				number: 10046,
				shipDate: '2026-12-09',
				locationId: 28,
				customerId: 2001,
				customerName: 'Ang Flowers',
				customerCode: 'ANG',
				subtotal: 310,
				externalSystemSynced: 1,
				details: [{ detailId: '2409901', productDescription: 'Roses 55cm Blue', totalBoxes: 2, amount: 310 }],
			},
		]);
	});

	test('updatedAsOf (its format not documented) is ignored', async () => {
		expect(await ids(method, { ...WINDOW_OF[240989], updatedAsOf: '2099-01-01 00:00:00' })).toEqual(['240989']);
	});

	test('a 4-day window is taken, a 5-day one refused; no date at all is refused', async () => {
		expect(await ids(method, { orderDateFrom: '2026-12-02', orderDateTo: '2026-12-05' })).toEqual(['240989']);
		expect(await get(method, { orderDateFrom: '2026-12-01', orderDateTo: '2026-12-05' })).toEqual(refusal('The date range must not exceed 4 days.'));
		expect(await get(method, { customerId: '2001' })).toEqual(refusal('The field orderDateFrom is required.'));
	});

	test('a Customer token is accepted, a Vendor token refused', async () => {
		const answer = await get(method, WINDOW_OF[240989], TOKEN_OF.Customer);
		expect([answer.status, (answer.invoices as Array<{ id: string }>).map((invoice) => invoice.id)]).toEqual(['1', ['240989']]);
		expect(await get(method, WINDOW_OF[240989], TOKEN_OF.Vendor)).toEqual(REFUSED);
	});
});

describe('invoice.accounting.details.list', () => {
	const method = 'invoice.accounting.details.list';
	const DECEMBER = { orderDateFrom: '2026-12-01', orderDateTo: '2026-12-31' };

	test('without filters December has the three invoices', async () => {
		expect(await ids(method, DECEMBER)).toEqual(['240989', '240990', '240991']);
	});

	test.each([
		['status', '1', ['240989', '240990']],
		['status', '0', ['240991']],
		['externalSystemSynced', '1', ['240990']],
		['externalSystemSynced', '0', ['240989', '240991']],
		['locationIds', '28', ['240990']],
		['locationIds', '147:150', ['240989', '240991']],
		['locationIds', '150,28', ['240990']],
	])('%s=%s keeps %j only', async (filter, value, kept) => {
		expect(await ids(method, { ...DECEMBER, [filter]: value })).toEqual(kept);
	});

	test('the window keeps the invoices shipped in it', async () => {
		expect(await ids(method, { orderDateFrom: '2026-12-03', orderDateTo: '2026-12-31' })).toEqual(['240990', '240991']);
	});

	test('excludeTransfer (its name and text disagree; no transfer orders here) is ignored', async () => {
		expect(await ids(method, { ...DECEMBER, excludeTransfer: '1' })).toEqual(['240989', '240990', '240991']);
	});

	test('31 days are taken, 32 refused; orderDate alone is not this page\'s parameter', async () => {
		expect(await ids(method, { orderDateFrom: '2026-12-02', orderDateTo: '2027-01-01' })).toEqual(['240989', '240990', '240991']);
		expect(await get(method, { orderDateFrom: '2026-12-01', orderDateTo: '2027-01-01' })).toEqual(refusal('The date range must not exceed 31 days.'));
		expect(await get(method, { orderDate: '2026-12-02' })).toEqual(refusal('The field orderDateFrom is required.'));
	});
});

describe('future.inventory.openmarket.list', () => {
	const method = 'future.inventory.openmarket.list';
	// 9999999 is available from yesterday to 18 days on (Miami), 9999998 from 8 to 10 days on (Doral).
	const COMING_WEEKS = { dateFrom: dayFromToday(0), dateTo: dayFromToday(18) };

	test('the date range keeps the items available in it', async () => {
		expect(await ids(method, COMING_WEEKS)).toEqual(['9999999', '9999998']);
		expect(await ids(method, { dateFrom: dayFromToday(0), dateTo: dayFromToday(7) })).toEqual(['9999999']);
	});

	test('locationId keeps the items of that location', async () => {
		expect(await ids(method, { ...COMING_WEEKS, locationId: '28' })).toEqual(['9999998']);
	});

	test('customerId filters nothing; it shows the vendors', async () => {
		const vendors = async (query: Query) => ((await records(method, query)) as Array<Record<string, unknown>>).map((item) => item.vendor);
		expect(await vendors(COMING_WEEKS)).toEqual([undefined, undefined]);
		expect(await vendors({ ...COMING_WEEKS, customerId: '2001' })).toEqual(['Andes Farms', '33 Flowers']);
	});

	test('both dates are required', async () => {
		expect(await get(method, { dateFrom: dayFromToday(0) })).toEqual(refusal('The field dateTo is required.'));
	});
});

describe('customer.list', () => {
	const method = 'customer.list';

	test('without filters the active customers', async () => {
		expect(await ids(method)).toEqual(['131313', '2001', '2002']);
	});

	test.each([
		['id', '2001', ['2001']],
		['name', 'bloom', ['2002']],
		['code', 'fresh', ['131313']],
		['includeInactive', '1', ['131313', '2001', '2002', '2003']],
		['includeInactive', '0', ['131313', '2001', '2002']],
		['locationId', '28', ['2002']],
		['updateAsOf', '2026-11-15', ['2001']],
		['updateAsOf', '2026-10-01', ['131313', '2001', '2002']],
	])('%s=%s keeps %j', async (filter, value, kept) => {
		expect(await ids(method, { [filter]: value })).toEqual(kept);
	});

	test('salesPersonId: 12 (every customer\'s) keeps all, another none', async () => {
		expect(await ids(method, { salesPersonId: '12' })).toEqual(['131313', '2001', '2002']);
		expect(await ids(method, { salesPersonId: '13' })).toBe('Customers not found.');
	});

	test('updateAsOf is spelled without the d: updatedAsOf is ignored', async () => {
		expect(await ids(method, { updatedAsOf: '2026-11-15' })).toEqual(['131313', '2001', '2002']);
	});
});

describe('customer.shipto.list', () => {
	const method = 'customer.shipto.list';

	test.each([
		[{ customerId: '131313' }, ['1313', '1314']],
		[{ customerId: '131313', id: '1314' }, ['1314']],
		[{ customerId: '131313', name: 'orlando' }, ['1313']],
		[{ name: 'miami' }, ['2101']],
		[{ updateAsOf: '2026-11-01' }, ['1314']],
		[{ updatedAsOf: '2026-09-15' }, ['1313', '1314']],
	])('%j keeps %j', async (query, kept) => {
		expect(await ids(method, query)).toEqual(kept);
	});

	test('one of customerId, name or updateAsOf is required', async () => {
		expect(await get(method, { id: '1313' })).toEqual(refusal('The field customerId is required.'));
	});
});

describe('vendor.list', () => {
	const method = 'vendor.list';

	test.each([
		[{}, ['33', '535', '77']],
		[{ id: '77' }, ['77']],
		[{ name: 'andes' }, ['535']],
		[{ code: 'a535' }, ['535']],
		[{ portOrigin: 'BOG' }, ['33', '77']],
		[{ includeInactive: 'True' }, ['33', '535', '77', '90']],
		[{ includeInactive: 'False' }, ['33', '535', '77']],
	])('%j keeps %j', async (query, kept) => {
		expect(await ids(method, query)).toEqual(kept);
	});
});

describe('carrier.list', () => {
	const method = 'carrier.list';

	test.each([
		[{}, ['1360', '1361', '1362']],
		[{ id: '1362' }, ['1362']],
		[{ name: 'cargo' }, ['1362']],
		[{ code: 'fx' }, ['1361']],
		[{ active: '1' }, ['1360', '1361', '1362']],
		[{ active: '0' }, 'Carriers not found.'],
	])('%j keeps %j', async (query, kept) => {
		expect(await ids(method, query)).toEqual(kept);
	});
});

describe('product.list', () => {
	const method = 'product.list';

	test.each([
		[{}, ['217042', '21', '3', '4401']],
		[{ id: '3' }, ['3']],
		[{ description: 'rose' }, ['217042', '3', '4401']],
		[{ legacyCode: 'rs55b' }, ['4401']],
	])('%j keeps %j', async (query, kept) => {
		expect(await ids(method, query)).toEqual(kept);
	});
});

describe('boxtype.list', () => {
	const method = 'boxtype.list';

	test.each([
		[{}, ['1', '2', '3']],
		[{ id: '2' }, ['2']],
		[{ code: 'EB' }, ['3']],
	])('%j keeps %j', async (query, kept) => {
		expect(await ids(method, query)).toEqual(kept);
	});
});

describe('location.list', () => {
	const method = 'location.list';

	test.each([
		[{}, ['147', '28', '150']],
		[{ id: '28' }, ['28']],
		[{ name: 'doral' }, ['28']],
		[{ code: 'bog' }, ['150']],
	])('%j keeps %j', async (query, kept) => {
		expect(await ids(method, query)).toEqual(kept);
	});
});

describe('token kinds, as the fact sheets list them', () => {
	// Each read method with a query it answers with records, and the kinds its sheet accepts.
	const READS: Array<[string, Query, Array<keyof typeof TOKEN_OF>]> = [
		['prebook.details.list', { date: '2026-12-05' }, ['Company', 'Vendor']],
		['prebook.list', { dateFrom: '2026-12-01', dateTo: '2026-12-31' }, ['Company']],
		['purchase.order.list', { date: '2026-12-03' }, ['Company', 'Vendor']],
		['standing.order.list', { dateFrom: '2026-01-01', dateTo: '2026-12-31' }, ['Company']],
		['invoice.details.list', { orderDateFrom: '2026-12-01', orderDateTo: '2026-12-04' }, ['Company', 'Customer']],
		['invoice.accounting.details.list', { orderDateFrom: '2026-12-01', orderDateTo: '2026-12-31' }, ['Company']],
		['future.inventory.openmarket.list', { dateFrom: dayFromToday(0), dateTo: dayFromToday(0) }, ['Company']],
		['customer.list', {}, ['Company', 'Vendor']],
		['customer.shipto.list', { customerId: '131313' }, ['Company', 'Vendor']],
		['vendor.list', {}, ['Company']],
		['carrier.list', {}, ['Company', 'Vendor']],
		['product.list', {}, ['Company', 'Vendor']],
		['boxtype.list', {}, ['Company', 'Vendor']],
		// Its pages do not say: every kind.
		['location.list', {}, ['Company', 'Customer', 'Vendor']],
	];
	const cases = READS.flatMap(([method, query, allowed]) =>
		(['Company', 'Customer', 'Vendor'] as const).map((kind) => [method, kind, allowed.includes(kind), query] as const),
	);

	test.each(cases)('%s, %s token: accepted %s', async (method, kind, accepted, query) => {
		const body = await get(method, query, TOKEN_OF[kind]);
		if (accepted) expect([body.status, body.message, Array.isArray(body[ARRAY_OF[method]])]).toEqual(['1', 'success', true]);
		else expect(body).toEqual(REFUSED);
	});
});
