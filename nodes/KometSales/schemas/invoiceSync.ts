/**
 * `POST invoice.mark.sync.status.ok` and `.error`: tell Komet whether an invoice reached the
 * accounting system (Company tokens). Notes: docs/komet-api.md, "invoice.mark.sync.status.ok" and "invoice.mark.sync.status.error".
 * - ok: Komet then blocks every change to the order until it is marked with `.error`;
 * - error: `message` (up to 50 characters) says why; `unconfirm` 1 (Komet's default) returns
 *   the invoice to the status it had before synchronization, 0 leaves it.
 * `invoiceId` is typed integer:10 on these pages and integer:20 in the invoice lists: the
 * node takes any whole id. `invoiceNumber` is integer:10.
 */
import { documented, flag, id, integer, lazy, optional, text } from './common';

/** Documented text limits (characters), shared with the editor's fields. */
export const INVOICE_SYNC_TEXT = { message: 50 } as const;

export const invoiceMarkSyncedSchema = lazy(() =>
	documented({
		invoiceId: id(),
		invoiceNumber: optional(integer(10)),
	}),
);

export const invoiceMarkSyncFailedSchema = lazy(() =>
	documented({
		invoiceId: id(),
		message: text(INVOICE_SYNC_TEXT.message),
		unconfirm: optional(flag()),
	}),
);
