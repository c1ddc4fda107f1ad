/**
 * `GET location.list`: the company's locations (docs/komet-api.md, "location.list"). Like every reference list
 * ("Lists"), id and code filters are exact, name and description filters a case-insensitive LIKE.
 */
import { documented, id, lazy, optional, text } from './common';
import { list } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const LOCATION_LIST_TEXT = { name: 200, code: 10 } as const;

export const locationListSchema = lazy(() =>
	documented({
		id: optional(id()),
		name: optional(text(LOCATION_LIST_TEXT.name)),
		code: optional(text(LOCATION_LIST_TEXT.code)),
	}),
);

export const locationList = list({ path: 'location.list', resultsKey: 'locations', empty: 'Locations not found.', schema: locationListSchema });
