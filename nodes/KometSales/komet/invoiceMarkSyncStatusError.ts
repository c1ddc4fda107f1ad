/**
 * `POST invoice.mark.sync.status.error`: tell Komet an invoice did not reach the accounting
 * system (Company tokens; docs/komet-api.md, "invoice.mark.sync.status.error"). `message` (up
 * to 50 characters) says why: a longer reason is refused before sending, not cut. `unconfirm`
 * 1 (Komet's default) returns the invoice to the status it had before synchronization, 0
 * leaves it. `invoiceId` is typed integer:10 here and integer:20 in the invoice lists: the
 * node takes any whole id.
 */
import type { IDataObject } from 'n8n-workflow';

import { documented, flag, id, lazy, optional, text } from './common';
import { kometMethod } from './method';

/** Documented text limits (characters), shared with the editor's fields. */
export const INVOICE_SYNC_TEXT = { message: 50 } as const;

export const invoiceMarkSyncStatusErrorSchema = lazy(() =>
	documented({
		invoiceId: id(),
		message: text(INVOICE_SYNC_TEXT.message),
		unconfirm: optional(flag()),
	}),
);

/**
 * Marking not synchronized clears the flag and, with `unconfirm` 1 (Komet's default), also
 * returns the invoice to its status before synchronization: a second call could move an
 * invoice confirmed again in between. Only `unconfirm: 0`, which only clears the flag, is
 * repeatable (docs/komet-api.md, "invoice.mark.sync.status.error").
 */
export const invoiceMarkSyncStatusError = kometMethod({
	path: 'invoice.mark.sync.status.error',
	httpMethod: 'POST',
	token: 'body',
	schema: invoiceMarkSyncStatusErrorSchema,
	repeatable: (request: IDataObject) => request.unconfirm === 0,
	doneByEarlierAttempt: { refusal: /\b(is )?not (yet )?(marked (as )?)?synchroni[sz]ed\b/i, flag: 'markedByEarlierAttempt', done: 'Marked not synchronized' },
	checkInstead: "look at the invoice's status and sync flag with Invoice → Get Many for Accounting",
	mayHaveDone: 'marked the invoice not synchronized (and, with Unconfirm on, unconfirmed it)',
});
