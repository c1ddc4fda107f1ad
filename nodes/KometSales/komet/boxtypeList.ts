/**
 * `GET boxtype.list`: box types (docs/komet-api.md, "boxtype.list"). Like every reference list
 * ("Lists"), id and code filters are exact, name and description filters a case-insensitive LIKE.
 */
import { documented, id, lazy, optional, text } from './common';
import { list } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const BOXTYPE_LIST_TEXT = { code: 3 } as const;

export const boxtypeListSchema = lazy(() =>
	documented({
		id: optional(id()),
		code: optional(text(BOXTYPE_LIST_TEXT.code)),
	}),
);

export const boxtypeList = list({ path: 'boxtype.list', resultsKey: 'boxtypes', empty: 'Box types not found.', schema: boxtypeListSchema });
