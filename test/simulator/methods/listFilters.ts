/**
 * How the list methods filter, as their fact sheets state it: id/code/number filters exact,
 * name/description filters a LIKE, both case-insensitive; a filter not sent keeps everything.
 * An empty result is a "… not found." message with the array missing.
 */
import type { Json, MethodResult } from '../kometStyle';

export const DAY_MS = 86_400_000;

const lower = (value: unknown) => String(value).toLowerCase();

export const like = (value: string | undefined, filter: unknown) =>
	filter === undefined || (value !== undefined && lower(value).includes(lower(filter)));

/** A LIKE on any of the values: "customer name or code". */
export const likeAny = (values: Array<string | undefined>, filter: unknown) =>
	filter === undefined || values.some((value) => value !== undefined && like(value, filter));

export const exact = (value: string | number | undefined, filter: unknown) =>
	filter === undefined || (value !== undefined && lower(value) === lower(filter));

/** A list filter (`number=P1,P2`, `locationIds=147,28`): the value is one of the listed. */
export const oneOfListed = (value: string | number | undefined, filter: unknown, separator: RegExp = /,/) =>
	filter === undefined ||
	String(filter)
		.split(separator)
		.some((listed) => exact(value, listed.trim()));

/**
 * A documented number filter over a number Komet writes with a prefix: the v2 standing order
 * page types `standingOrderNumber` integer yet answers "S03228", so 3228 and S03228 both match.
 */
export const sameNumber = (value: string | undefined, filter: unknown) =>
	filter === undefined ||
	exact(value, filter) ||
	(value !== undefined && /\d/.test(value) && Number(value.replace(/\D/g, '')) === Number(filter));

/** A boolean filter as Komet's pages write them (1/0, true/false); undefined when not sent or unreadable. */
export function flag(filter: unknown): boolean | undefined {
	if (['1', 'true'].includes(lower(filter))) return true;
	if (['0', 'false'].includes(lower(filter))) return false;
	return undefined;
}

/** A boolean filter kept when not sent: `wanted === undefined` keeps every record. */
export const flagMatches = (value: boolean | undefined, filter: unknown) => {
	const wanted = flag(filter);
	return wanted === undefined || wanted === Boolean(value);
};

export const includeInactive = (query: Json) => flag(query.includeInactive) === true;

/** Days from `from` to `to` (both YYYY-MM-DD): 0 for one day. */
export const daysBetween = (from: unknown, to: unknown) => (Date.parse(String(to)) - Date.parse(String(from))) / DAY_MS;

export function answer(key: string, records: Json[], notFound: string): MethodResult {
	if (!records.length) return { body: { status: '0', message: notFound } };
	return { body: { status: '1', message: 'success', [key]: records } };
}
