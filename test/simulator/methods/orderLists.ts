/**
 * purchase.order.list and standing.order.list (komet-api/facts/purchase.order.list.md and
 * standing.order.list.md), with their documented filters over the seeded orders.
 */
import { MAIN_LOCATION_ID, type PurchaseOrderRecord, type SimulatorState } from '../referenceData';
import type { Json, MethodResult } from '../kometStyle';
import { answer, daysBetween, exact, like, likeAny, oneOfListed } from './listFilters';

/** The vendor filters: `vendor` (name or code, LIKE), `vendorId`, and `origin`, read as the vendor's port of origin. */
function vendorKeeps(state: SimulatorState, po: PurchaseOrderRecord, query: Json): boolean {
	const vendor = state.vendors.find((candidate) => candidate.id === po.vendorId);
	return exact(po.vendorId, query.vendorId) && likeAny([vendor?.name, vendor?.code], query.vendor) && exact(vendor?.portOrigin, query.origin);
}

/** The filters on what the PO was bought for: its prebook, that prebook's customer and customer PO, its location. */
const orderKeeps = (po: PurchaseOrderRecord, query: Json) =>
	exact(po.prebookNumber, query.prebook) &&
	exact(po.customerId, query.customerId) &&
	exact(po.customerPONumber, query.customerPONumber) &&
	exact(po.locationId ?? MAIN_LOCATION_ID, query.locationId);

/** The filters on its lines: product (description, LIKE), line status, line ids. */
function linesKeep(state: SimulatorState, po: PurchaseOrderRecord, query: Json): boolean {
	const product = state.products.find((candidate) => candidate.id === po.productId);
	return (
		like(product?.description, query.product) &&
		exact(po.lineStatus, query.statusLine) &&
		(query.purchaseOrderItemIds === undefined || po.itemIds.some((itemId) => oneOfListed(itemId, query.purchaseOrderItemIds)))
	);
}

/**
 * The future inventory availability window, at most 4 days. The page says only "date the
 * product becomes available" and "stops being available": the simulator keeps the POs whose
 * lines are available at some time in the window, as it reads future.inventory.openmarket.list.
 */
function availableIn(po: PurchaseOrderRecord, query: Json): boolean {
	const { futureInventoryAvailableFrom: from, futureInventoryAvailableTo: to } = query;
	if (from === undefined && to === undefined) return true;
	return po.available !== undefined && (from === undefined || po.available.to >= String(from)) && (to === undefined || po.available.from <= String(to));
}

/**
 * purchase.order.list: the POs of one vendor ship `date`, or of the given `number`s (several,
 * separated by commas). Honoured: date, number, vendor, vendorId, origin, customerId,
 * customerPONumber, prebook, locationId, status, statusLine, product, purchaseOrderItemIds,
 * futureInventoryAvailableFrom/To. Ignored: `includeVendorAvailabili…`, whose name and meaning
 * are cut off on every copy of the page; the "six months" range has nothing to apply to (the
 * method takes one date).
 */
export function purchaseOrderList(state: SimulatorState, query: Json): MethodResult {
	if (query.date === undefined && query.number === undefined) return { body: { status: '0', message: 'The field date is required.' } };
	const { futureInventoryAvailableFrom: from, futureInventoryAvailableTo: to } = query;
	if (from !== undefined && to !== undefined && daysBetween(from, to) > 3) {
		return {
			body: { status: '0', message: 'The range between futureInventoryAvailableFrom and futureInventoryAvailableTo must not exceed 4 days.' },
		};
	}
	const records = state.purchaseOrderRecords
		.filter((po) => query.date === undefined || po.shipDate === query.date)
		.filter((po) => oneOfListed(po.number, query.number) && exact(po.status, query.status))
		.filter((po) => vendorKeeps(state, po, query) && orderKeeps(po, query) && linesKeep(state, po, query) && availableIn(po, query))
		.map((po) => ({ id: String(po.id), number: po.number, shipDate: po.shipDate, vendorId: po.vendorId, status: po.status, details: po.itemIds.map((poItemId) => ({ poItemId })) }));
	return answer('purchaseOrders', records, 'Orders not found.');
}

/**
 * standing.order.list: standing orders running in the range (the page does not say which date
 * the range filters on; the simulator reads it that way), active by default. Every documented
 * filter is honoured: number, customerId, customer (name or code), locationId, status.
 */
export function standingOrderList(state: SimulatorState, query: Json): MethodResult {
	for (const field of ['dateFrom', 'dateTo']) {
		if (query[field] === undefined) return { body: { status: '0', message: `The field ${field} is required.` } };
	}
	const status = String(query.status ?? 'Active');
	const records = [...state.standingOrders.entries()]
		.map(([id, order]) => ({ id, ...order, customer: state.customers.find((candidate) => candidate.id === order.customerId) }))
		.filter((order) => order.startDate <= String(query.dateTo) && (order.endDate ?? '9999-12-31') >= String(query.dateFrom))
		.filter((order) => status === 'All' || (status === 'Cancelled') === order.cancelled)
		.filter((order) => exact(order.number, query.number) && exact(order.customerId, query.customerId))
		.filter((order) => likeAny([order.customer?.name, order.customer?.code], query.customer) && exact(order.locationId ?? MAIN_LOCATION_ID, query.locationId))
		.map((order) => ({
			id: String(order.id),
			number: order.number,
			customerName: order.customer?.name,
			carrierName: 'Armellini',
			recurrence: 1,
			days: 'Monday, Wednesday, Friday',
			startDate: order.startDate,
			endDate: order.endDate,
		}));
	return answer('standingOrders', records, 'Orders not found.');
}
