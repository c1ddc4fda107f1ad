/**
 * `POST invoice.mark.sync.status.ok`: tell Komet an invoice reached the accounting system
 * (Company tokens; docs/komet-api.md, "invoice.mark.sync.status.ok"). Komet then blocks every
 * change to the order until it is marked with `invoice.mark.sync.status.error`.
 * `invoiceId` is typed integer:10 on this page and integer:20 in the invoice lists: the node
 * takes any whole id. `invoiceNumber` is integer:10.
 */
import { documented, id, integer, lazy, optional } from './common';
import { always, kometMethod } from './method';

export const invoiceMarkSyncStatusOkSchema = lazy(() =>
	documented({
		invoiceId: id(),
		invoiceNumber: optional(integer(10)),
	}),
);

/**
 * Marking synced sets a flag and locks the order: twice leaves the same (docs/komet-api.md,
 * "invoice.mark.sync.status.ok"). A resend refused as already synchronized after a lost answer
 * was marked by the earlier attempt.
 */
export const invoiceMarkSyncStatusOk = kometMethod({
	path: 'invoice.mark.sync.status.ok',
	httpMethod: 'POST',
	token: 'body',
	schema: invoiceMarkSyncStatusOkSchema,
	repeatable: always,
	doneByEarlierAttempt: { refusal: /\balready (been )?(marked (as )?)?synchroni[sz]ed\b/i, flag: 'markedByEarlierAttempt', done: 'Marked synced' },
});
