/**
 * `GET invoice.details.list` (docs/komet-api.md, "invoice.details.list"): invoices with their
 * details, for a ship date or a window of at most 4 days. The array is taken to be
 * `invoices` with an `id` per invoice, as invoice.accounting.details.list documents (this
 * page's response was not retrievable). `updatedAsOf` exists but its format is not visible:
 * not offered. The node always sends windows (`orderDateFrom`/`To`), never `orderDate`.
 */
import type { IDataObject } from 'n8n-workflow';

import { eachOf, withAmounts } from './answers';
import { documented, flag, id, integer, isoDate, lazy, optional, text } from './common';
import { details, list, NO_ORDERS, type WindowKind } from './method';
import { normaliseStatus } from './status';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const INVOICE_LIST_TEXT = { customer: 200, carrierName: 200, product: 200 } as const;

/** The longest ship date window the method takes, both ends included. */
export const INVOICE_DETAILS_WINDOW_DAYS = 4;

/** A window of the invoice lists: up to `days` ship dates, sent as `orderDateFrom` / `orderDateTo`. */
export const shipDates = (days: number): WindowKind => ({
	value: 'shipDate',
	name: 'Ship Date',
	days,
	fields: (start, end) => ({ orderDateFrom: start, orderDateTo: end }),
});

export const INVOICE_DETAILS_WINDOWS = [shipDates(INVOICE_DETAILS_WINDOW_DAYS)];

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
 * A record of either invoice list: `status` (1 confirmed, 0 pending approval, as its filter) as
 * the integer 1 or 0, totals, and the lines' prices and amounts as numbers where they can mean
 * only one (docs/komet-api.md, "Answers of the order lists").
 */
export function readInvoice(record: IDataObject): IDataObject {
	const status = normaliseStatus(record.status);
	const read = withAmounts(status === undefined ? record : { ...record, status }, ['subtotal', 'taxes', 'additionalCharges', 'total']);
	return eachOf(read, 'details', (line) =>
		eachOf(withAmounts(line, ['unitPrice', 'amount']), 'breakdowns', (breakdown) => withAmounts(breakdown, ['price'])),
	);
}

export const invoiceDetailsList = list({
	path: 'invoice.details.list',
	resultsKey: 'invoices',
	empty: NO_ORDERS,
	schema: invoiceDetailsListSchema,
	recordLines: details('detailId'),
	readRecord: readInvoice,
});
