/**
 * `POST invoice.pdf.get`: one invoice as a PDF (docs/komet-api.md, "invoice.pdf.get").
 * Komet answers the file as its bytes written out as signed numbers, not base64.
 */
import { documented, id, lazy } from './common';

export const invoicePdfGetSchema = lazy(() =>
	documented({
		invoiceId: id(),
	}),
);
