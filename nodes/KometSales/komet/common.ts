/**
 * Building blocks shared by the per-method schemas.
 *
 * Input is parsed loosely (n8n expressions, spreadsheets and the Komet samples
 * all deliver numbers as strings, enumerations in any case) and comes out in the
 * types the Komet pages document, so what leaves the node is always the wire form.
 */
import { z } from 'zod/v4';

/** Not given: absent, null, or text with nothing but spaces (an empty UI field or spreadsheet cell). */
export const isBlank = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Numbers arrive from spreadsheets and expressions as strings: "12", " 2.50 ". */
function toNumber(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const trimmed = value.trim();
	return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : value;
}

/**
 * A text with a fraction that is not zero ("4503599627370497.5"): never a whole number, though
 * past 2^52 its JSON number would round to one (another id). "12.0" is 12.
 */
const hasFraction = (value: unknown) => typeof value === 'string' && /^\s*[-+]?\d*\.\d*[1-9]\d*\s*$/.test(value);

/** Codes are text on the wire, but a spreadsheet turns "2926" into 2926. */
function toText(value: unknown): unknown {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' ? value.trim() : value;
}

const required = (what: string) => (issue: { input: unknown }) =>
	isBlank(issue.input) ? 'is required' : `must be ${what}`;

/** Characters as a person counts them: code points, so an emoji is one, not two UTF-16 units. */
const atMostCharacters = (maxLength: number) => [
	(value: string) => value.length <= maxLength || [...value].length <= maxLength,
	`must be at most ${maxLength} characters`,
] as const;

/** Documented as `string:N`: non-empty text of at most N characters. */
export const text = (maxLength: number) =>
	z.preprocess(
		toText,
		z
			.string({ error: required('text') })
			.min(1, 'is required')
			.refine(...atMostCharacters(maxLength)),
	);

/** Free text that may legitimately be empty (custom field values, notes). */
export const freeText = (maxLength: number) =>
	z.preprocess(toText, z.string({ error: required('text') }).refine(...atMostCharacters(maxLength)));

/**
 * Documented as `integer:N`: a whole number of at most N digits. Past 2^53 a JSON
 * number can no longer carry every integer exactly, so ids documented with 20 digits
 * stop there, saying why.
 */
export const integer = (digits: number, minimum = 1) => {
	const number = z
		.number({ error: (issue) => (hasFraction(issue.input) ? 'must be a whole number' : required('a number')(issue)) })
		.max(Number.MAX_SAFE_INTEGER, {
			error: `is too large: at most ${Number.MAX_SAFE_INTEGER} can be sent exactly`,
			abort: true,
		})
		.int('must be a whole number')
		.min(minimum, `must be at least ${minimum}`);
	return z.preprocess(
		(value) => (hasFraction(value) ? value : toNumber(value)),
		10 ** digits - 1 < Number.MAX_SAFE_INTEGER ? number.max(10 ** digits - 1, `must have at most ${digits} digits`) : number,
	);
};

/** Komet ids are positive integers of up to 20 digits. */
export const id = () => integer(20);

/** `decimal:10,2`: up to 8 integer digits and 2 decimal places, never negative; shared with the editor's fields. */
export const DECIMAL = { places: 2, min: 0, max: 99_999_999.99 } as const;

/** 100 for two decimal places. */
const CENTS = 10 ** DECIMAL.places;

/**
 * Documented as `decimal:10,2` (DECIMAL). A value computed upstream (1.1 * 1.5 =
 * 1.6500000000000001) is rounded to cents rather than rejected; a genuine third decimal
 * (0.705) is rejected.
 */
export const decimal = () =>
	z.preprocess(
		toNumber,
		z
			.number({ error: required('a number') })
			.min(DECIMAL.min, 'must not be negative')
			.max(DECIMAL.max, `must be at most ${DECIMAL.max}`)
			.refine(
				(value) => Math.abs(value * CENTS - Math.round(value * CENTS)) < 1e-6,
				`must have at most ${DECIMAL.places} decimal places`,
			)
			.transform((value) => Math.round(value * CENTS) / CENTS),
	);

/** n8n's own date values (`$now`, `$today`, `DateTime.fromISO(…)`) are Luxon DateTimes. */
interface DateTimeLike {
	isValid: boolean;
	toISODate(): string | null;
	toUTC(): { toFormat(format: string): string };
}
const isDateTimeLike = (value: unknown): value is DateTimeLike =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as DateTimeLike).toISODate === 'function' &&
	typeof (value as DateTimeLike).toUTC === 'function';

/**
 * The calendar date of a date value, in the value's own time zone: a Luxon DateTime's
 * zone (n8n gives `$now` and `$today` the workflow's time zone), the date as written in an
 * ISO text (`2022-04-13T23:30:00-05:00` is the 13th), UTC for a JavaScript Date.
 */
function toIsoDate(value: unknown): unknown {
	if (isDateTimeLike(value)) return value.isValid ? value.toISODate() : value;
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value !== 'string') return value;
	// The v2 sample writes 2022/04/13; n8n's date picker gives 2022-04-13T00:00:00.
	const match = /^(\d{4})[-/](\d{2})[-/](\d{2})([T ]\d{2}:\d{2}.*)?$/.exec(value.trim());
	return match ? `${match[1]}-${match[2]}-${match[3]}` : value;
}

const isCalendarDate = (value: string) => {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** Documented as `date` in `YYYY-MM-DD`. */
export const isoDate = () =>
	z.preprocess(
		toIsoDate,
		z
			.string({ error: required('a date (YYYY-MM-DD)') })
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in YYYY-MM-DD format')
			.refine(isCalendarDate, 'is not a real calendar date'),
	);

/** A JavaScript Date as Komet writes a moment, in GMT: `YYYY-MM-DD hh:mm:ss`. */
const gmtText = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

/**
 * A moment in GMT as Komet writes it, `YYYY-MM-DD hh:mm:ss`: from a Luxon DateTime or a
 * JavaScript Date (converted to GMT), an ISO text with an offset or `Z` (converted), or a
 * text without one (taken as GMT already, as the page asks); a bare date is its midnight.
 */
function toGmtDateTime(value: unknown): unknown {
	if (isDateTimeLike(value)) return value.isValid ? value.toUTC().toFormat('yyyy-MM-dd HH:mm:ss') : value;
	if (value instanceof Date && !Number.isNaN(value.getTime())) return gmtText(value);
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) && /T|\d \d/.test(text)) {
		const time = Date.parse(text);
		return Number.isNaN(time) ? value : gmtText(new Date(time));
	}
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/.exec(text);
	return match ? `${match[1]} ${match[2] ?? '00'}:${match[3] ?? '00'}:${match[4] ?? '00'}` : value;
}

/** Documented as a date-time in GMT, `YYYY-MM-DD hh:mm:ss` (prebook.details.list's `updatedAsOf`). */
export const gmtDateTime = () =>
	z.preprocess(
		toGmtDateTime,
		z
			.string({ error: required('a date and time (YYYY-MM-DD hh:mm:ss, GMT)') })
			.regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'must be a date and time (YYYY-MM-DD hh:mm:ss, GMT)')
			.refine((value) => isCalendarDate(value.slice(0, 10)), 'is not a real calendar date'),
	);

/** An enumeration matched without regard to case: `stem` → `Stem`. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(
		(value) =>
			typeof value === 'string'
				? (values.find((allowed) => allowed.toLowerCase() === value.trim().toLowerCase()) ?? value)
				: value,
		z.enum(values, { error: `must be one of: ${values.join(', ')}` }),
	);

/** Documented as "logical" or `integer:1` flags: sent as 0 or 1. */
export const flag = (aliases: Record<string, 0 | 1> = {}) =>
	z.preprocess(
		(value) => {
			if (value === true || value === false) return value ? 1 : 0;
			const number = toNumber(value);
			if (typeof number === 'number') return number;
			return typeof value === 'string' ? (aliases[value.trim().toLowerCase()] ?? value) : value;
		},
		z.union([z.literal(0), z.literal(1)], {
			error: `must be 0 or 1${Object.keys(aliases).length ? ` (or ${Object.keys(aliases).join(', ')})` : ''}`,
		}),
	);

/** An optional field: blank values ('' from an empty UI field or a spreadsheet cell) count as absent. */
export const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (isBlank(value) ? undefined : value), schema.optional());

/** Edit distance, to suggest the documented name closest to a misspelt one. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

/** The documented name a misspelt key most likely meant, if one is close. */
export function closestName(key: string, names: string[]): string | undefined {
	let best: { name: string; score: number } | undefined;
	for (const name of names) {
		const score = distance(key.toLowerCase(), name.toLowerCase());
		if (score <= Math.max(2, Math.floor(name.length / 3)) && (!best || score < best.score)) best = { name, score };
	}
	return best?.name;
}

/**
 * An object with exactly the documented fields. A key Komet does not document is an
 * error, not silently dropped: a misspelt `generalNote` would otherwise send the order
 * without the note.
 */
export const documented = <Shape extends z.ZodRawShape>(shape: Shape) =>
	z.strictObject(shape, {
		error: (issue) => {
			if (issue.code !== 'unrecognized_keys') return undefined;
			const names = Object.keys(shape);
			return issue.keys
				.map((key) => {
					const suggestion = closestName(key, names);
					return `has an unknown field "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
				})
				.join('; ');
		},
	});

/** Arrays the pages mark as required must carry at least one entry. */
export const nonEmptyArray = <T extends z.ZodType>(element: T) =>
	z.array(element, { error: required('a list') }).min(1, 'must contain at least one entry');

/** Reports a missing member of an either/or pair on the field the user should fill. */
export function requireOneOf(
	ctx: z.RefinementCtx<unknown>,
	value: Record<string, unknown>,
	alternatives: string[][],
	path: Array<string | number> = [],
) {
	const satisfied = alternatives.some((fields) => fields.every((field) => value[field] !== undefined));
	if (satisfied) return;
	const wording = alternatives.map((fields) => fields.join(' + ')).join(' or ');
	// Point at what is missing from the alternative the user started on (code given, name missing).
	const given = (fields: string[]) => fields.filter((field) => value[field] !== undefined).length;
	const closest = alternatives.reduce((best, fields) => (given(fields) > given(best) ? fields : best));
	const missing = closest.find((field) => value[field] === undefined) ?? closest[0];
	ctx.addIssue({ code: 'custom', message: `needs ${wording}`, path: [...path, missing], input: value });
}

/** Reports an end date before its start (both YYYY-MM-DD, so text order is date order). */
export function endNotBeforeStart(ctx: z.RefinementCtx<unknown>, value: Record<string, unknown>, start: string, end: string) {
	const [from, to] = [value[start], value[end]];
	if (typeof from === 'string' && typeof to === 'string' && to < from) {
		ctx.addIssue({ code: 'custom', message: `must not be before ${start}`, path: [end], input: to });
	}
}

/** Reports fields that a flag or option makes required. */
export function requireFields(
	ctx: z.RefinementCtx<unknown>,
	value: Record<string, unknown>,
	fields: string[],
	reason: string,
	path: Array<string | number> = [],
) {
	for (const field of fields) {
		if (value[field] === undefined) {
			ctx.addIssue({ code: 'custom', message: `is required ${reason}`, path: [...path, field], input: value });
		}
	}
}

export { z };

/**
 * Builds a schema on first use. n8n loads every installed node at start-up; building
 * all request schemas then would cost tens of milliseconds for nothing.
 */
export function lazy<T>(build: () => T): () => T {
	let built: T | undefined;
	return () => (built ??= build());
}
