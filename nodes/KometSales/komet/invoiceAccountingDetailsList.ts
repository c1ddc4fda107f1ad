/**
 * `GET invoice.accounting.details.list` (docs/komet-api.md, "invoice.accounting.details.list"):
 * invoice headers for accounting, ship date windows of at most 31 days (the newest page;
 * an older one says 60), filtered on whether they are synced with the external system.
 * `locationIds` is a list of ids as text (the page says "separated by colons").
 */
import { documented, flag, isoDate, lazy, optional, text } from './common';
import { readInvoice, shipDates } from './invoiceDetailsList';
import { list, NO_ORDERS } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const INVOICE_ACCOUNTING_LIST_TEXT = { locationIds: 200 } as const;

/** The longest ship date window the method takes, both ends included. */
export const INVOICE_ACCOUNTING_WINDOW_DAYS = 31;

/** Its ship date windows (also polled by the trigger). */
export const ACCOUNTING_WINDOWS = [shipDates(INVOICE_ACCOUNTING_WINDOW_DAYS)];

export const invoiceAccountingDetailsListSchema = lazy(() =>
	documented({
		orderDateFrom: isoDate(),
		orderDateTo: isoDate(),
		status: optional(flag()),
		locationIds: optional(text(INVOICE_ACCOUNTING_LIST_TEXT.locationIds)),
		excludeTransfer: optional(flag()),
		externalSystemSynced: optional(flag()),
	}),
);

export const invoiceAccountingDetailsList = list({
	path: 'invoice.accounting.details.list',
	resultsKey: 'invoices',
	empty: NO_ORDERS,
	schema: invoiceAccountingDetailsListSchema,
	readRecord: readInvoice,
});
