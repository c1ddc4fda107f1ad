/**
 * purchase.order.list and standing.order.list (docs/komet-api.md, "purchase.order.list" and
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

/** The status as purchase.order.list answers it: a code, while its filter takes the words. */
const STATUS_CODES: Record<string, string> = { 'Confirmed by Farm': 'CF', Approved: 'A', 'Pending Approval': 'PA' };

/**
 * A purchase order as purchase.order.list answers it (docs/komet-api.md,
 * "purchase.order.list"): header, `status` as a code, lines in `details[]` keyed by `poItemId`
 * (sent as text, as ids drift), each with its prebook line, breakdowns, custom fields and,
 * only once shipped on an AWB, `boxes[]`.
 */
function purchaseOrderAnswered(state: SimulatorState, po: PurchaseOrderRecord): Json {
	const vendor = state.vendors.find((candidate) => candidate.id === po.vendorId);
	const location = state.locations.find((candidate) => candidate.id === (po.locationId ?? MAIN_LOCATION_ID));
	const product = state.products.find((candidate) => candidate.id === po.productId);
	const customer = state.customers.find((candidate) => candidate.id === po.customerId);
	const prebook = [...state.prebooks.entries()].find(([, candidate]) => candidate.number === po.prebookNumber);
	const details = po.itemIds.map((poItemId, index) => {
		const boxes = state.shipments
			.filter((shipment) => shipment.poItemId === poItemId)
			.flatMap((shipment) => shipment.boxCodes.map((boxCode) => ({ boxCode, lotNumber: shipment.awb, statusId: 2, statusName: 'Shipped' })))
			.map((box, position) => ({ ...box, position: position + 1 }));
		return {
			poItemId: String(poItemId),
			prebookItemId: prebook?.[1].itemIds[index] ?? null,
			prebook: prebook?.[1].number ?? null,
			prebookTruckDate: prebook?.[1].truckDate ?? null,
			orderType: prebook ? 'P' : 'D',
			customerId: customer?.id ?? null,
			customerName: customer?.name ?? null,
			carrierId: 1362,
			carrierName: 'LatAm Cargo',
			productId: product?.id,
			productDescription: product?.description,
			boxTypeId: 1,
			boxType: 'HB',
			totalBoxes: 4,
			bunches: 10,
			stemsBunch: 25,
			totalUnits: 1000,
			unitType: 'Stem',
			cost: 0.3,
			totalCost: 300,
			markCode: po.customerPONumber ?? '',
			notes: '',
			referenceNumber: '',
			standingOrder: null,
			lineItemStatus: po.lineStatus,
			quantityConfirmed: po.lineStatus === 'Confirmed' ? 4 : 0,
			customField1: '',
			...(boxes.length ? { boxes } : {}),
			breakdowns: [{ productId: product?.id, productDescription: product?.description, bunches: 10, stemsBunch: 25, cost: 0.3 }],
			customFields: [{ customFieldId: 7, customFieldValueId: 70, fieldName: 'Quality', value: 'Premium' }],
		};
	});
	return {
		id: String(po.id),
		number: po.number,
		shipDate: po.shipDate,
		vendorId: po.vendorId,
		vendorName: vendor?.name,
		origin: vendor?.portOrigin,
		locationId: location?.id,
		locationName: location?.name,
		status: STATUS_CODES[po.status] ?? po.status,
		totalBoxes: 4 * po.itemIds.length,
		totalCost: 300 * po.itemIds.length,
		comments: '',
		createdOn: `${po.shipDate} 09:00:00`,
		updatedOn: `${po.shipDate} 09:00:00`,
		details,
	};
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
		.map((po) => purchaseOrderAnswered(state, po));
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
			priceList: 'Wholesale',
			carrierName: 'Armellini',
			recurrence: 1,
			days: 'Monday, Wednesday, Friday',
			startDate: order.startDate,
			endDate: order.endDate,
		}));
	return answer('standingOrders', records, 'Orders not found.');
}
