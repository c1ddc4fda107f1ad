/**
 * The reference list methods (docs/komet-api.md, "Lists"): v1 GET,
 * token as a query parameter, id/code filters exact, name/description filters a
 * case-insensitive LIKE; text limits as each fact sheet's input table states them (product's
 * `legacyCode` filter takes 50 characters though the records' codes have at most 20). Used by the Get Many operations and the dropdowns; their endpoint
 * descriptors are in transport/endpoints.ts.
 */
import { plusDays } from '../helpers/days';
import { documented, endNotBeforeStart, flag, gmtDateTime, id, integer, isoDate, lazy, oneOf, optional, text, type z } from './common';

/** The documented filters of one list: a query object with exactly these parameters. */
const filters = (shape: () => z.ZodRawShape) => lazy(() => documented(shape()));

/** Documented text limits (characters) of each reference list's filters, shared with the editor. */
export const CUSTOMER_LIST_TEXT = { name: 200, code: 10 } as const;
export const SHIPTO_LIST_TEXT = { name: 200 } as const;
export const VENDOR_LIST_TEXT = { name: 200, code: 10, portOrigin: 4 } as const;
export const CARRIER_LIST_TEXT = { name: 200, code: 10 } as const;
export const PRODUCT_LIST_TEXT = { description: 200, legacyCode: 50 } as const;
export const BOXTYPE_LIST_TEXT = { code: 3 } as const;
export const LOCATION_LIST_TEXT = { name: 200, code: 10 } as const;

export const customerListSchema = filters(() => ({
	id: optional(id()),
	name: optional(text(CUSTOMER_LIST_TEXT.name)),
	code: optional(text(CUSTOMER_LIST_TEXT.code)),
	salesPersonId: optional(id()),
	includeInactive: optional(flag()),
	locationId: optional(id()),
	updateAsOf: optional(isoDate()),
}));

/**
 * The page asks for at least one of customerId, name or "updatedAsOf"; the node always sends
 * the customer. The filter is sent as `updateAsOf`, as the page's parameter list (and
 * customer.list) spell it; only its rule text writes `updatedAsOf`.
 */
export const customerShiptoListSchema = filters(() => ({
	customerId: id(),
	id: optional(id()),
	name: optional(text(SHIPTO_LIST_TEXT.name)),
	updateAsOf: optional(isoDate()),
}));

export const vendorListSchema = filters(() => ({
	id: optional(id()),
	name: optional(text(VENDOR_LIST_TEXT.name)),
	code: optional(text(VENDOR_LIST_TEXT.code)),
	portOrigin: optional(text(VENDOR_LIST_TEXT.portOrigin)),
	includeInactive: optional(flag()),
}));

export const carrierListSchema = filters(() => ({
	id: optional(id()),
	name: optional(text(CARRIER_LIST_TEXT.name)),
	code: optional(text(CARRIER_LIST_TEXT.code)),
	active: optional(flag()),
}));

export const productListSchema = filters(() => ({
	id: optional(id()),
	description: optional(text(PRODUCT_LIST_TEXT.description)),
	legacyCode: optional(text(PRODUCT_LIST_TEXT.legacyCode)),
}));

export const boxtypeListSchema = filters(() => ({
	id: optional(id()),
	code: optional(text(BOXTYPE_LIST_TEXT.code)),
}));

export const locationListSchema = filters(() => ({
	id: optional(id()),
	name: optional(text(LOCATION_LIST_TEXT.name)),
	code: optional(text(LOCATION_LIST_TEXT.code)),
}));

/**
 * future.inventory.openmarket.list (docs/komet-api.md, "future.inventory.openmarket.list"):
 * open-market inventory available between two dates, Company tokens. The page states no
 * largest range. Its records' `inventoryId` is what prebook.future.item.add takes.
 */
export const futureInventoryOpenmarketListSchema = lazy(() =>
	documented({
		dateFrom: isoDate(),
		dateTo: isoDate(),
		locationId: optional(id()),
		customerId: optional(id()),
	}).superRefine((request, ctx) => endNotBeforeStart(ctx, request, 'dateFrom', 'dateTo')),
);

/** Documented text limits (characters) of prebook.details.list's filters, shared with the editor. */
export const PREBOOK_LIST_TEXT = { customer: 200, carrierName: 200, customerPONumber: 20 } as const;

/** The longest vendor ship date window prebook.details.list takes: 7 days, both ends included. */
export const VENDOR_SHIP_WINDOW_DAYS = 7;

/**
 * prebook.details.list (docs/komet-api.md, "prebook.details.list"): prebooks with their lines.
 * One truck `date`, or a vendor ship date window of at most 7 days (read as 7 calendar days,
 * both ends included). The node splits longer ranges into such windows before this schema
 * sees them. `customerPONumber` is a text (string:20 elsewhere; "(string)(integer:20)" here).
 */
export const prebookDetailsListSchema = lazy(() =>
	documented({
		date: optional(isoDate()),
		vendorShipDateFrom: optional(isoDate()),
		vendorShipDateTo: optional(isoDate()),
		prebook: optional(integer(10)),
		updatedAsOf: optional(gmtDateTime()),
		customer: optional(text(PREBOOK_LIST_TEXT.customer)),
		customerId: optional(id()),
		carrierName: optional(text(PREBOOK_LIST_TEXT.carrierName)),
		carrierId: optional(id()),
		salesPersonId: optional(id()),
		soNumber: optional(integer(20)),
		customerPONumber: optional(text(PREBOOK_LIST_TEXT.customerPONumber)),
		locationId: optional(id()),
		brandId: optional(id()),
		unableToSource: optional(oneOf(['true', 'false'])),
	}).superRefine((request, ctx) => {
		const window = request.vendorShipDateFrom !== undefined || request.vendorShipDateTo !== undefined;
		if (request.date === undefined && !window) {
			ctx.addIssue({ code: 'custom', message: 'needs a truck date or a vendor ship date window', path: ['date'], input: request });
		}
		if (window && (request.vendorShipDateFrom === undefined || request.vendorShipDateTo === undefined)) {
			ctx.addIssue({ code: 'custom', message: 'needs both ends of the window', path: ['vendorShipDateTo'], input: request });
		}
	}),
);

/** Documented text limits (characters) of standing.order.list's filters, shared with the editor. */
export const STANDING_ORDER_LIST_TEXT = { customer: 50, number: 10 } as const;
export const STANDING_ORDER_STATUSES = ['Active', 'Cancelled', 'All'] as const;

/**
 * standing.order.list (docs/komet-api.md, "standing.order.list"): standing orders in a date
 * range, Company tokens. The page does not say which date the range filters on, nor a
 * largest range; `status` defaults to Active in Komet.
 */
export const standingOrderListSchema = lazy(() =>
	documented({
		dateFrom: isoDate(),
		dateTo: isoDate(),
		customer: optional(text(STANDING_ORDER_LIST_TEXT.customer)),
		customerId: optional(id()),
		number: optional(text(STANDING_ORDER_LIST_TEXT.number)),
		locationId: optional(id()),
		status: optional(oneOf(STANDING_ORDER_STATUSES)),
	}).superRefine((request, ctx) => endNotBeforeStart(ctx, request, 'dateFrom', 'dateTo')),
);

/** Documented text limits (characters) of the invoice lists' filters, shared with the editor. */
export const INVOICE_LIST_TEXT = { customer: 200, carrierName: 200, product: 200, locationIds: 200 } as const;

/** The longest ship date windows the invoice lists take, both ends included. */
export const INVOICE_DETAILS_WINDOW_DAYS = 4;
export const INVOICE_ACCOUNTING_WINDOW_DAYS = 31;

/**
 * invoice.details.list (docs/komet-api.md, "invoice.details.list"): invoices with their
 * details, for a ship date or a window of at most 4 days. The array is taken to be
 * `invoices` with an `id` per invoice, as invoice.accounting.details.list documents (this
 * page's response was not retrievable). `updatedAsOf` exists but its format is not visible:
 * not offered. The node always sends windows (`orderDateFrom`/`To`), never `orderDate`.
 */
export const invoiceDetailsListSchema = lazy(() =>
	documented({
		orderDate: optional(isoDate()),
		orderDateFrom: optional(isoDate()),
		orderDateTo: optional(isoDate()),
		status: optional(flag()),
		customer: optional(text(INVOICE_LIST_TEXT.customer)),
		customerId: optional(id()),
		carrierName: optional(text(INVOICE_LIST_TEXT.carrierName)),
		carrierId: optional(id()),
		product: optional(text(INVOICE_LIST_TEXT.product)),
		order: optional(integer(10)),
		orderId: optional(id()),
		locationId: optional(id()),
		includeMappingK2k: optional(flag()),
	}),
);

/**
 * invoice.accounting.details.list (docs/komet-api.md, "invoice.accounting.details.list"):
 * invoice headers for accounting, ship date windows of at most 31 days (the newest page;
 * an older one says 60), filtered on whether they are synced with the external system.
 * `locationIds` is a list of ids as text (the page says "separated by colons").
 */
export const invoiceAccountingDetailsListSchema = lazy(() =>
	documented({
		orderDateFrom: isoDate(),
		orderDateTo: isoDate(),
		status: optional(flag()),
		locationIds: optional(text(INVOICE_LIST_TEXT.locationIds)),
		excludeTransfer: optional(flag()),
		externalSystemSynced: optional(flag()),
	}),
);

/** Documented text limits (characters) of purchase.order.list's filters, shared with the editor. */
export const PO_LIST_TEXT = { vendor: 50, customerPONumber: 20, product: 100, number: 10, numbers: 200, origin: 4, prebook: 10, purchaseOrderItemIds: 200 } as const;
/** The longest future inventory availability window purchase.order.list takes, in calendar days. */
export const PO_AVAILABILITY_DAYS = 4;
export const PO_STATUSES = ['Confirmed by Farm', 'Approved', 'Pending Approval', 'Cancelled'] as const;

/**
 * purchase.order.list (docs/komet-api.md, "purchase.order.list"): purchase orders with their
 * lines, for one vendor ship `date` (or PO `number`s). The answer's array is not documented:
 * taken to be `purchaseOrders`, as the sibling purchase.order.va.details.list has it. The
 * node sends one call per vendor ship date of a range; `number` may hold several numbers
 * separated by commas. `statusLine` values beyond Pending/Confirmed/Cancelled were cut off
 * on the page: it is free text. The future-inventory availability window (at most 4 days)
 * and `purchaseOrderItemIds` are not offered yet.
 */
export const purchaseOrderListSchema = lazy(() =>
	documented({
		// "Required if number is not sent" (newest page): a list of PO numbers needs no date.
		date: optional(isoDate()),
		vendor: optional(text(PO_LIST_TEXT.vendor)),
		vendorId: optional(id()),
		customerId: optional(id()),
		customerPONumber: optional(text(PO_LIST_TEXT.customerPONumber)),
		product: optional(text(PO_LIST_TEXT.product)),
		// One number is up to 10 characters; several are separated by commas.
		number: optional(text(PO_LIST_TEXT.numbers)),
		origin: optional(text(PO_LIST_TEXT.origin)),
		prebook: optional(text(PO_LIST_TEXT.prebook)),
		locationId: optional(id()),
		status: optional(oneOf(PO_STATUSES)),
		statusLine: optional(text(20)),
		// Comma-separated PO item ids (the page: for the Vendor Availability integration).
		purchaseOrderItemIds: optional(text(PO_LIST_TEXT.purchaseOrderItemIds)),
		futureInventoryAvailableFrom: optional(isoDate()),
		futureInventoryAvailableTo: optional(isoDate()),
	}).superRefine((request, ctx) => {
		if (request.date === undefined && request.number === undefined) {
			ctx.addIssue({ code: 'custom', path: ['date'], message: 'is required unless PO numbers are given' });
		}
		const { futureInventoryAvailableFrom: from, futureInventoryAvailableTo: to } = request;
		if ((from === undefined) !== (to === undefined)) {
			const missing = from === undefined ? 'futureInventoryAvailableFrom' : 'futureInventoryAvailableTo';
			ctx.addIssue({ code: 'custom', path: [missing], message: 'is required with the other end of the availability window' });
		}
		endNotBeforeStart(ctx, request, 'futureInventoryAvailableFrom', 'futureInventoryAvailableTo');
		if (from !== undefined && to !== undefined && to > plusDays(from, PO_AVAILABILITY_DAYS - 1)) {
			ctx.addIssue({ code: 'custom', path: ['futureInventoryAvailableTo'], message: `must be at most ${PO_AVAILABILITY_DAYS} days from futureInventoryAvailableFrom (Komet's limit)` });
		}
	}),
);

/** The longest truck date range prebook.list takes ("six months"), read as 180 days to stay inside it. */
export const PREBOOK_HEADERS_WINDOW_DAYS = 180;

/** Documented text limits (characters) of prebook.list's filters, shared with the editor. */
export const PREBOOK_HEADERS_TEXT = { customer: 200, carrierName: 200, customerPONumber: 20, prebookStatus: 50 } as const;

/**
 * prebook.list (docs/komet-api.md, "prebook.list"): prebook headers, no lines, for a truck
 * date range of at most six months; Company tokens. `CompanyLocationId` keeps the page's
 * capital C. `customerPONumber` is text like everywhere else (typed integer:20 here).
 * `prebookStatus` is one of the company's own statuses, up to 50 characters (no limit
 * documented). The answer beyond `id`, `number`, `locationId` is not documented.
 */
export const prebookListSchema = lazy(() =>
	documented({
		dateFrom: isoDate(),
		dateTo: isoDate(),
		prebook: optional(integer(10)),
		customer: optional(text(PREBOOK_HEADERS_TEXT.customer)),
		customerId: optional(id()),
		carrierName: optional(text(PREBOOK_HEADERS_TEXT.carrierName)),
		carrierId: optional(id()),
		salesPersonId: optional(id()),
		soNumber: optional(integer(20)),
		customerPONumber: optional(text(PREBOOK_HEADERS_TEXT.customerPONumber)),
		CompanyLocationId: optional(id()),
		brandId: optional(id()),
		prebookStatus: optional(text(PREBOOK_HEADERS_TEXT.prebookStatus)),
		isEcommerce: optional(flag()),
		checkOutStatus: optional(flag()),
	}),
);
