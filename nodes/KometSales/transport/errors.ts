/**
 * A failure of a Komet call (KometCallError), and the n8n error it becomes once tied to the
 * node and an input item (toNodeError). Messages are built only from Komet's answer and our own words, with the token
 * redacted, because n8n shows and stores errors (execution data, logs).
 */
import { NodeApiError, NodeOperationError, type IExecuteFunctions, type JsonObject } from 'n8n-workflow';

export class KometCallError extends Error {
	constructor(
		message: string,
		readonly details: {
			description?: string;
			httpCode?: number;
			/** What Komet answered, redacted and trimmed, for the error's details panel. */
			response?: unknown;
			/**
			 * Whether the request may have reached Komet: 'no' only when it provably never
			 * left (transport/retry.ts). A create that may have reached Komet may exist.
			 */
			sent?: 'no' | 'maybe';
		} = {},
	) {
		super(message);
		this.name = 'KometCallError';
	}
}

/** A failure as n8n shows it, tied to the node and its input item: Komet's own message kept. */
export function toNodeError(context: Pick<IExecuteFunctions, 'getNode'>, error: unknown, itemIndex?: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (error instanceof KometCallError) {
		const { description, httpCode, response } = error.details;
		return new NodeApiError(
			context.getNode(),
			{ message: error.message, ...(response ? { response: response as JsonObject } : {}) },
			{ message: error.message, description, httpCode: httpCode ? String(httpCode) : undefined, itemIndex },
		);
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

const HTML_ESCAPES: Array<[string, string[]]> = [
	['&', ['&amp;', '&#38;', '&#x26;']],
	['<', ['&lt;', '&#60;', '&#x3c;', '&#x3C;']],
	['>', ['&gt;', '&#62;', '&#x3e;', '&#x3E;']],
	['"', ['&quot;', '&#34;', '&#x22;']],
	["'", ['&#39;', '&#x27;', '&apos;']],
];

/** `%2f` and `%2F` are the same byte: both spellings of a percent-encoded form. */
const bothHexCases = (encoded: string) => [
	encoded.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase()),
	encoded.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toLowerCase()),
];

/**
 * Every spelling in which an answer can echo the token: as sent, percent-encoded (a URL,
 * a query string, a form with `+` for spaces), HTML-escaped (an error page), and
 * JSON-escaped (a JSON text quoted inside another text). Longest first, so a longer
 * spelling is replaced whole before a shorter one could cut it apart.
 */
export function secretSpellings(secret: string): string[] {
	const percent = encodeURIComponent(secret);
	const spellings = new Set<string>([
		secret,
		...bothHexCases(percent),
		...bothHexCases(percent.replace(/%20/g, '+')),
		...bothHexCases(encodeURI(secret)),
		JSON.stringify(secret).slice(1, -1),
	]);
	let htmlForms = [secret];
	for (const [character, escapes] of HTML_ESCAPES) {
		if (!secret.includes(character)) continue;
		htmlForms = htmlForms.flatMap((form) => escapes.map((escape) => form.split(character).join(escape)));
		// A token made of many special characters would multiply the forms; the first
		// spelling of each character (what escapers write) is enough then.
		if (htmlForms.length > 64) htmlForms = [htmlForms[0]];
	}
	for (const form of htmlForms) spellings.add(form);
	return [...spellings].filter((spelling) => spelling.length > 0).sort((a, b) => b.length - a.length);
}

const spellingsCache = new Map<string, string[]>();

export function redact(text: string, secret: string | undefined): string {
	if (!secret) return text;
	let spellings = spellingsCache.get(secret);
	if (!spellings) {
		spellings = secretSpellings(secret);
		spellingsCache.clear();
		spellingsCache.set(secret, spellings);
	}
	let result = text;
	for (const spelling of spellings) if (result.includes(spelling)) result = result.split(spelling).join('***');
	return result;
}

/** Deep copy of a JSON value with every spelling of the secret replaced, in keys as in values. */
export function redactValue<T>(value: T, secret: string | undefined): T {
	if (!secret) return value;
	if (typeof value === 'string') return redact(value, secret) as T;
	if (Array.isArray(value)) return value.map((entry) => redactValue(entry, secret)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, entry]) => [redact(key, secret), redactValue(entry, secret)]),
		) as T;
	}
	return value;
}
