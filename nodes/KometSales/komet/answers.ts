/**
 * How the order lists' records are read (docs/komet-api.md, "Answers of the order lists"):
 * every field Komet sends is kept, under its own name; what Komet writes in a form a
 * workflow cannot use as is gets a readable form beside it or instead of it, never a guess.
 * - Money may be a text with thousands separators (`"1,250.00"`): a number where the text can
 *   mean only one number, the text as sent otherwise.
 * Each list's own reader (which fields are money, a purchase order's status name, an invoice's
 * status) is in its method's file: prebookDetailsList.ts, purchaseOrderList.ts, invoiceDetailsList.ts.
 */
import type { IDataObject } from 'n8n-workflow';

/** Digits past 15 may not survive as a JavaScript number: such a text stays a text. */
const MAX_DIGITS = 15;

/**
 * An amount as a number when Komet's text can mean only one number, else as sent.
 * Komet writes a comma between thousands and a dot before decimals (`"1,250.00"`). Read:
 * a JSON number; `"1250.5"`; `"-1,250.00"` (commas in groups of three, then decimals);
 * `"1,250,000"` (two or more comma groups cannot be a decimal comma). Kept as text:
 * `"1,250"` (1250, or 1.25 written with a decimal comma), `"1.250,00"`, `"$12"`, `"(12.00)"`,
 * anything with more than 15 digits, and anything that is not a number at all.
 */
export function readAmount(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	const plain = /^-?\d+(\.\d+)?$/.test(text);
	const grouped = /^-?\d{1,3}(,\d{3})+\.\d+$/.test(text) || /^-?\d{1,3}(,\d{3}){2,}$/.test(text);
	if (!plain && !grouped) return value;
	const digits = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
	if (digits.length > MAX_DIGITS) return value;
	const number = Number(text.replace(/,/g, ''));
	return Object.is(number, -0) ? 0 : number;
}

/** The record with each of these money fields read by readAmount (absent ones stay absent). */
export function withAmounts(record: IDataObject, fields: readonly string[]): IDataObject {
	const result: IDataObject = { ...record };
	for (const field of fields) if (field in result) result[field] = readAmount(result[field]) as IDataObject[string];
	return result;
}

/** Each record of an array field read by `read`; anything else (absent, not a list) left as sent. */
export function eachOf(record: IDataObject, field: string, read: (entry: IDataObject) => IDataObject): IDataObject {
	const entries = record[field];
	if (!Array.isArray(entries)) return record;
	const isRecord = (entry: unknown): entry is IDataObject => typeof entry === 'object' && entry !== null && !Array.isArray(entry);
	return { ...record, [field]: entries.map((entry) => (isRecord(entry) ? read(entry) : entry)) };
}

/** The record with `name: value` placed right after `after` (or at the end). */
export function insertAfter(record: IDataObject, after: string, name: string, value: IDataObject[string]): IDataObject {
	const result: IDataObject = {};
	for (const [key, existing] of Object.entries(record)) {
		if (key === name) continue;
		result[key] = existing;
		if (key === after) result[name] = value;
	}
	if (!(name in result)) result[name] = value;
	return result;
}
