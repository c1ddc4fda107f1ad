/**
 * `GET purchase.order.list` (docs/komet-api.md, "purchase.order.list"): purchase orders with their
 * lines, for one vendor ship `date` (or PO `number`s). The answer's array is not documented:
 * taken to be `purchaseOrders`, as the sibling purchase.order.va.details.list has it. The
 * node sends one call per vendor ship date of a range; `number` may hold several numbers
 * separated by commas. `statusLine` values beyond Pending/Confirmed/Cancelled were cut off
 * on the page: it is free text. The future-inventory availability window (at most 4 days)
 * and `purchaseOrderItemIds` are not offered yet. A record's `status` is a code (`CF`, `A`,
 * `PA`): kept, with `statusName` beside it in the words the status filter takes
 * (docs/komet-api.md, "Answers of the order lists").
 */
import type { IDataObject } from 'n8n-workflow';

import { eachOf, insertAfter, withAmounts } from './answers';
import { documented, endNotBeforeStart, id, isoDate, lazy, oneOf, optional, text } from './common';
import { plusDays } from './days';
import { details, list, NO_ORDERS, type WindowKind } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const PO_LIST_TEXT = { vendor: 50, customerPONumber: 20, product: 100, number: 10, numbers: 200, origin: 4, prebook: 10, purchaseOrderItemIds: 200 } as const;
/** The longest future inventory availability window the method takes, in calendar days. */
export const PO_AVAILABILITY_DAYS = 4;
export const PO_STATUSES = ['Confirmed by Farm', 'Approved', 'Pending Approval', 'Cancelled'] as const;

/** The status codes of its records and the words its status filter takes for them. */
export const PO_STATUS_CODES: Readonly<Record<string, (typeof PO_STATUSES)[number]>> = {
	CF: 'Confirmed by Farm',
	A: 'Approved',
	PA: 'Pending Approval',
};

/** One vendor ship date per request (also polled by the trigger). */
export const PO_WINDOWS: WindowKind[] = [{ value: 'vendorShipDate', name: 'Vendor Ship Date', days: 1, fields: (day) => ({ date: day }) }];

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

/** `statusName` for a code (`CF`), or for the status already written as the filter's words. */
export function poStatusName(status: unknown): string | undefined {
	if (typeof status !== 'string') return undefined;
	const text = status.trim();
	return PO_STATUS_CODES[text.toUpperCase()] ?? PO_STATUSES.find((name) => name.toLowerCase() === text.toLowerCase());
}

/** A record: the status code with its name, costs of the order, its lines and their breakdowns. */
export function readPurchaseOrder(record: IDataObject): IDataObject {
	const name = poStatusName(record.status);
	const read = eachOf(withAmounts(record, ['totalCost']), 'details', (line) =>
		eachOf(withAmounts(line, ['cost', 'totalCost']), 'breakdowns', (breakdown) => withAmounts(breakdown, ['cost'])),
	);
	return name === undefined ? read : insertAfter(read, 'status', 'statusName', name);
}

export const purchaseOrderList = list({
	path: 'purchase.order.list',
	resultsKey: 'purchaseOrders',
	empty: NO_ORDERS,
	schema: purchaseOrderListSchema,
	recordLines: details('poItemId'),
	readRecord: readPurchaseOrder,
});
