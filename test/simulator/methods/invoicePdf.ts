/**
 * invoice.pdf.get: the invoice as a real PDF (one page saying its number), written as Komet
 * writes it: the file's bytes as comma-separated signed numbers (Java bytes), not base64.
 * The file's second line is the customary binary comment, so bytes of 128 and above travel
 * as negative numbers, as they do from Komet.
 */
import type { SimulatorState } from '../referenceData';
import { asInt, failure, missingField, type Json, type MethodResult } from '../kometStyle';

/** A minimal valid PDF 1.4: catalog, page tree, one page with one line of text, cross-reference table. */
export function invoicePdf(invoiceNumber: number, extraText = ''): Buffer {
	const text = `Invoice #${invoiceNumber}${extraText}`.replace(/[()\\]/g, '');
	const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1'), Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])];
	let offset = parts.reduce((sum, part) => sum + part.length, 0);
	const offsets: number[] = [];
	objects.forEach((object, index) => {
		const part = Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, 'latin1');
		offsets.push(offset);
		offset += part.length;
		parts.push(part);
	});
	const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n `)];
	parts.push(Buffer.from(`${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
	return Buffer.concat(parts);
}

/** Bytes as Komet writes them: signed, comma and space separated. */
export const kometBytes = (bytes: Buffer) => Array.from(bytes, (byte) => (byte > 127 ? byte - 256 : byte)).join(', ');

export function invoicePdfGet(state: SimulatorState, body: Json): MethodResult {
	const problem = missingField(body, ['invoiceId']);
	if (problem) return failure(problem);
	const invoice = state.invoices.get(asInt(body.invoiceId) ?? -1);
	if (!invoice) return failure('The invoice does not exist.');
	return {
		body: {
			status: '1',
			message: 'OK',
			suggestedFileName: `Invoice #${String(invoice.number).padStart(6, '0')}.pdf`,
			file: kometBytes(invoicePdf(invoice.number)),
		},
	};
}
