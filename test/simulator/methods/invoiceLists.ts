/**
 * The invoice lists (docs/komet-api.md, "invoice.details.list" and
 * invoice.accounting.details.list.md): invoices of a ship date window, with their details or
 * as accounting headers.
 */
import { MAIN_LOCATION_ID, SALES_PERSON, type Invoice, type SimulatorState } from '../referenceData';
import type { Json, MethodResult } from '../kometStyle';
import { answer, daysBetween, exact, like, likeAny, oneOfListed } from './listFilters';

const DEFAULT_PRODUCT_ID = 217042;

type Window = { from?: string; to?: string };

/** The ship date window, at most `maxDays` days both ends included; a refusal in Komet's words otherwise. */
function windowOf(from: unknown, to: unknown, maxDays: number): Window | MethodResult {
	if (from === undefined || to === undefined) return { body: { status: '0', message: 'The field orderDateFrom is required.' } };
	if (daysBetween(from, to) > maxDays - 1) return { body: { status: '0', message: `The date range must not exceed ${maxDays} days.` } };
	return { from: String(from), to: String(to) };
}

/** The invoices of the window (all of them for an empty window), with `status` (1 confirmed, 0 pending approval). */
function invoicesIn(state: SimulatorState, window: Window, query: Json): Array<[number, Invoice]> {
	return [...state.invoices.entries()]
		.filter(([, invoice]) => window.from === undefined || (invoice.shipDate >= window.from && invoice.shipDate <= String(window.to)))
		.filter(([, invoice]) => query.status === undefined || Number(query.status) === Number(invoice.confirmed));
}

/** An invoice as the lists answer it (invoice.accounting.details.list's documented header). */
function headerOf(state: SimulatorState, id: number, invoice: Invoice) {
	const customer = state.customers.find((candidate) => candidate.id === invoice.customerId);
	return {
		id: String(id),
		number: invoice.number,
		shipDate: invoice.shipDate,
		locationId: invoice.locationId ?? MAIN_LOCATION_ID,
		customerId: invoice.customerId,
		customerName: customer?.name,
		customerCode: customer?.code,
		subtotal: invoice.subtotal,
		externalSystemSynced: invoice.synced ? 1 : 0,
	};
}

/** An amount as Komet writes it on invoice lines: text with a comma between thousands and two decimals. */
const writtenAmount = (amount: number) => amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * An invoice as invoice.details.list answers it (docs/komet-api.md, "invoice.details.list"):
 * the header with its totals, addresses and `status` (1 confirmed, 0 pending approval), and
 * one line in `details[]`, keyed by `detailId`, whose `amount` is a text with thousands
 * separators (`"1,250.50"`), except on invoices with `amountAsNumber`. A line of an invoice
 * without a carrier has no `awb` and no `boxes[]`.
 */
function invoiceWithDetails(state: SimulatorState, id: number, invoice: Invoice) {
	const customer = state.customers.find((candidate) => candidate.id === invoice.customerId);
	const carrier = state.carriers.find((candidate) => candidate.id === invoice.carrierId);
	const product = state.products.find((candidate) => candidate.id === (invoice.productId ?? DEFAULT_PRODUCT_ID));
	const location = state.locations.find((candidate) => candidate.id === (invoice.locationId ?? MAIN_LOCATION_ID));
	const shipped = carrier !== undefined;
	const detailId = id * 10 + 1;
	return {
		...headerOf(state, id, invoice),
		createdOn: `${invoice.shipDate} 07:30:00`,
		status: invoice.confirmed ? 1 : 0,
		customerPONumber: '',
		carrierId: carrier?.id ?? null,
		carrierName: carrier?.name ?? null,
		salesPersonId: SALES_PERSON.id,
		salesPersonName: SALES_PERSON.name,
		locationName: location?.name,
		taxes: 0,
		additionalCharges: 0,
		total: invoice.subtotal,
		totalBoxes: 2,
		countConfirmed: invoice.confirmed ? 2 : 0,
		isEcommerce: false,
		orderRef: `SO-${invoice.number}`,
		shipToName: customer?.name,
		shipToAddress: '8200 NW 25th St',
		shipToCity: 'Miami',
		shipToState: 'FL',
		shipToZipCode: '33122',
		billToName: customer?.name,
		billToAddress: '8200 NW 25th St',
		billToCity: 'Miami',
		billToState: 'FL',
		billToZipCode: '33122',
		details: [
			{
				detailId: String(detailId),
				...(shipped ? { awb: '369-1234 5675' } : {}),
				boxType: 'HB',
				boxTypeId: 1,
				productId: product?.id,
				productDescription: product?.description,
				unitType: 'Stem',
				unitPrice: 0.5,
				units: 250,
				totalUnits: 500,
				amount: invoice.amountAsNumber ? invoice.subtotal : writtenAmount(invoice.subtotal),
				growerId: 535,
				growerName: 'Andes Farms',
				salesType: 'Prebook',
				bunchesBox: 10,
				totalBoxes: 2,
				stemsBunch: 25,
				notes: '',
				markCode: '',
				brandId: null,
				brandName: null,
				...(shipped ? { boxes: [{ boxCode: `KS${detailId}`, boxId: String(detailId * 10 + 1) }] } : {}),
				breakdowns: [],
				additionalChargesDetails: [],
			},
		],
	};
}

/** invoice.details.list's filters besides dates and status. */
function detailFiltersKeep(state: SimulatorState, id: number, invoice: Invoice, query: Json): boolean {
	const customer = state.customers.find((candidate) => candidate.id === invoice.customerId);
	const carrier = state.carriers.find((candidate) => candidate.id === invoice.carrierId);
	const product = state.products.find((candidate) => candidate.id === (invoice.productId ?? DEFAULT_PRODUCT_ID));
	const locationId = invoice.locationId ?? MAIN_LOCATION_ID;
	return (
		exact(invoice.customerId, query.customerId) &&
		likeAny([customer?.name, customer?.code], query.customer) &&
		exact(invoice.carrierId, query.carrierId) &&
		like(carrier?.name, query.carrierName) &&
		like(product?.description, query.product) &&
		exact(invoice.number, query.order) &&
		exact(id, query.orderId) &&
		exact(locationId, query.locationId) &&
		oneOfListed(locationId, query.locationIds)
	);
}

/**
 * invoice.details.list: a ship date (`orderDate`) or a window of at most 4 days, which an
 * `order` or `orderId` makes unnecessary; with details. Honoured: orderDate,
 * orderDateFrom/To, status, customer, customerId, carrierName, carrierId, product, order,
 * orderId, locationId, locationIds (separated by commas). Ignored: `updatedAsOf`, whose
 * format, time zone and meaning the page does not show; `includeMappingK2k` adds fields to K2K
 * orders only, and the simulator has none. A Customer token sees every invoice: the page does
 * not say it narrows them, and the simulator's Customer token belongs to no customer.
 */
export function invoiceDetailsList(state: SimulatorState, query: Json): MethodResult {
	const byOrder = query.order !== undefined || query.orderId !== undefined;
	const from = query.orderDateFrom ?? query.orderDate;
	const to = query.orderDateTo ?? query.orderDate;
	const window = byOrder && from === undefined && to === undefined ? {} : windowOf(from, to, 4);
	if ('body' in window) return window;
	const records = invoicesIn(state, window, query)
		.filter(([id, invoice]) => detailFiltersKeep(state, id, invoice, query))
		.map(([id, invoice]) => invoiceWithDetails(state, id, invoice));
	return answer('invoices', records, 'Orders not found.');
}

/**
 * invoice.accounting.details.list: a window of at most 31 days (orderDateFrom/To, both
 * required), headers. Honoured: status, externalSystemSynced, locationIds (the page says
 * "separated by colons", invoice.details.list says commas: both are taken). Ignored:
 * `excludeTransfer`, whose name (exclude transfers) and text ("1 = only headers of transfer
 * orders") disagree, and the simulator has no transfer orders.
 */
export function invoiceAccountingDetailsList(state: SimulatorState, query: Json): MethodResult {
	const window = windowOf(query.orderDateFrom, query.orderDateTo, 31);
	if ('body' in window) return window;
	const records = invoicesIn(state, window, query)
		.filter(([, invoice]) => oneOfListed(invoice.locationId ?? MAIN_LOCATION_ID, query.locationIds, /[,:]/))
		.map(([id, invoice]) => headerOf(state, id, invoice))
		.filter((invoice) => query.externalSystemSynced === undefined || Number(query.externalSystemSynced) === invoice.externalSystemSynced);
	return answer('invoices', records, 'Orders not found.');
}
