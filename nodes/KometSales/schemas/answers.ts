/**
 * How the order lists' records are read (docs/komet-api.md, "Answers of the order lists"):
 * every field Komet sends is kept, under its own name; what Komet writes in a form a
 * workflow cannot use as is gets a readable form beside it or instead of it, never a guess.
 * - A purchase order's `status` is a code (`CF`, `A`, `PA`): kept, with `statusName` beside it
 *   in the words the status filter takes.
 * - Money may be a text with thousands separators (`"1,250.00"`): a number where the text can
 *   mean only one number, the text as sent otherwise.
 * - An invoice's `status` (1 confirmed, 0 pending approval, as its filter) is the integer 1 or 0.
 */
import type { IDataObject } from 'n8n-workflow';

import { normaliseStatus } from '../transport/status';
import { PO_STATUSES } from './lists';

/** purchase.order.list's status codes and the words its status filter takes for them. */
export const PO_STATUS_CODES: Readonly<Record<string, (typeof PO_STATUSES)[number]>> = {
	CF: 'Confirmed by Farm',
	A: 'Approved',
	PA: 'Pending Approval',
};

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
function withAmounts(record: IDataObject, fields: readonly string[]): IDataObject {
	const result: IDataObject = { ...record };
	for (const field of fields) if (field in result) result[field] = readAmount(result[field]) as IDataObject[string];
	return result;
}

/** Each record of an array field read by `read`; anything else (absent, not a list) left as sent. */
function eachOf(record: IDataObject, field: string, read: (entry: IDataObject) => IDataObject): IDataObject {
	const entries = record[field];
	if (!Array.isArray(entries)) return record;
	const isRecord = (entry: unknown): entry is IDataObject => typeof entry === 'object' && entry !== null && !Array.isArray(entry);
	return { ...record, [field]: entries.map((entry) => (isRecord(entry) ? read(entry) : entry)) };
}

/** `statusName` for a code (`CF`), or for the status already written as the filter's words. */
export function poStatusName(status: unknown): string | undefined {
	if (typeof status !== 'string') return undefined;
	const text = status.trim();
	return PO_STATUS_CODES[text.toUpperCase()] ?? PO_STATUSES.find((name) => name.toLowerCase() === text.toLowerCase());
}

/** The record with `name: value` placed right after `after` (or at the end). */
function insertAfter(record: IDataObject, after: string, name: string, value: IDataObject[string]): IDataObject {
	const result: IDataObject = {};
	for (const [key, existing] of Object.entries(record)) {
		if (key === name) continue;
		result[key] = existing;
		if (key === after) result[name] = value;
	}
	if (!(name in result)) result[name] = value;
	return result;
}

/** prebook.details.list: header, lines (`details[]`) and their breakdowns. */
export function readPrebook(record: IDataObject): IDataObject {
	return eachOf(withAmounts(record, ['totalPrice']), 'details', (line) =>
		eachOf(withAmounts(line, ['unitPrice', 'totalPrice']), 'breakdowns', (breakdown) => withAmounts(breakdown, ['price'])),
	);
}

/** purchase.order.list: the status code with its name, costs of the order, its lines and their breakdowns. */
export function readPurchaseOrder(record: IDataObject): IDataObject {
	const name = poStatusName(record.status);
	const read = eachOf(withAmounts(record, ['totalCost']), 'details', (line) =>
		eachOf(withAmounts(line, ['cost', 'totalCost']), 'breakdowns', (breakdown) => withAmounts(breakdown, ['cost'])),
	);
	return name === undefined ? read : insertAfter(read, 'status', 'statusName', name);
}

/** invoice.details.list and invoice.accounting.details.list: status, totals, and the lines' prices and amounts. */
export function readInvoice(record: IDataObject): IDataObject {
	const status = normaliseStatus(record.status);
	const read = withAmounts(status === undefined ? record : { ...record, status }, ['subtotal', 'taxes', 'additionalCharges', 'total']);
	return eachOf(read, 'details', (line) =>
		eachOf(withAmounts(line, ['unitPrice', 'amount']), 'breakdowns', (breakdown) => withAmounts(breakdown, ['price'])),
	);
}
