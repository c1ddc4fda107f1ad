/**
 * Komet's invoice PDF as bytes. `invoice.pdf.get` writes the file as comma-separated signed
 * 8-bit numbers (`37, 80, 68, 70, ..., -30`: Java bytes, each the byte `n & 255`), not as
 * base64 (docs/komet-api.md, "invoice.pdf.get"). Decoding is strict, so a damaged answer
 * is an error and never a corrupt file: a number outside -128..127, anything but a number
 * between the commas, or a file that does not start with `%PDF`. One pass counts the bytes,
 * one writes them into a buffer of that size: the text is never split into an array.
 */
import { KometCallError } from '../../transport/errors';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
const COMMA = 44;
const MINUS = 45;
const SPACES = new Set([32, 9, 10, 13]);

const damaged = (what: string) =>
	new KometCallError(`Komet Sales sent an invoice PDF that cannot be read: ${what}`, {
		description: 'No file was made from it. Try again; if it persists, open the invoice PDF in Komet.',
	});

export function pdfBytes(file: unknown): Buffer {
	if (typeof file !== 'string' || file.trim() === '') throw damaged('the answer has no file');
	let count = 1;
	for (let index = 0; index < file.length; index++) if (file.charCodeAt(index) === COMMA) count++;
	const bytes = Buffer.allocUnsafe(count);

	let position = 0;
	let index = 0;
	const skipSpaces = () => {
		while (index < file.length && SPACES.has(file.charCodeAt(index))) index++;
	};
	while (position < count) {
		skipSpaces();
		const start = index;
		const negative = file.charCodeAt(index) === MINUS;
		if (negative) index++;
		let value = 0;
		let digits = 0;
		for (let code = file.charCodeAt(index); code >= 48 && code <= 57 && digits <= 3; code = file.charCodeAt(++index)) {
			value = value * 10 + (code - 48);
			digits++;
		}
		skipSpaces();
		const next = file.charCodeAt(index);
		const endsHere = index === file.length || next === COMMA;
		if (digits === 0 || digits > 3 || !endsHere) {
			const comma = file.indexOf(',', start);
			const value = file.slice(start, comma < 0 ? undefined : comma).trim().slice(0, 12);
			throw damaged(`value ${position + 1} is ${JSON.stringify(value)}, not a number`);
		}
		const signed = negative ? -value : value;
		if (signed < -128 || signed > 127) throw damaged(`value ${position + 1} is ${signed}, outside -128..127`);
		bytes[position++] = signed & 255;
		index++;
	}
	if (bytes.length < PDF_MAGIC.length || PDF_MAGIC.some((byte, at) => bytes[at] !== byte)) {
		throw damaged('it does not start with %PDF');
	}
	return bytes;
}
