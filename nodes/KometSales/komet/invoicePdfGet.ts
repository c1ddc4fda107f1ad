/**
 * `POST invoice.pdf.get`: one invoice as a PDF (docs/komet-api.md, "invoice.pdf.get").
 * Komet answers the file as its bytes written out as signed numbers, not base64.
 */
import { documented, id, lazy } from './common';
import { always, kometMethod } from './method';

export const invoicePdfGetSchema = lazy(() =>
	documented({
		invoiceId: id(),
	}),
);

/** A read: asking for the same invoice's PDF twice changes nothing. */
export const invoicePdfGet = kometMethod({
	path: 'invoice.pdf.get',
	httpMethod: 'POST',
	token: 'body',
	schema: invoicePdfGetSchema,
	repeatable: always,
	tooLargeMeans: 'an invoice PDF over 4 MB (Komet writes about four characters per byte of the file)',
});
