/**
 * `GET carrier.list`: carriers (docs/komet-api.md, "carrier.list"). Like every reference list
 * ("Lists"), id and code filters are exact, name and description filters a case-insensitive LIKE.
 */
import { documented, flag, id, lazy, optional, text } from './common';
import { list } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const CARRIER_LIST_TEXT = { name: 200, code: 10 } as const;

export const carrierListSchema = lazy(() =>
	documented({
		id: optional(id()),
		name: optional(text(CARRIER_LIST_TEXT.name)),
		code: optional(text(CARRIER_LIST_TEXT.code)),
		active: optional(flag()),
	}),
);

export const carrierList = list({ path: 'carrier.list', resultsKey: 'carriers', empty: 'Carriers not found.', schema: carrierListSchema });
