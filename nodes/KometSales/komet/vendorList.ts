/**
 * `GET vendor.list`: vendors (growers) (docs/komet-api.md, "vendor.list"). Like every reference list
 * ("Lists"), id and code filters are exact, name and description filters a case-insensitive LIKE.
 * `includeInactive` is sent as 1/0, as customer.list's newest page has it (the page writes
 * True/False; not confirmed for this list).
 */
import { documented, flag, id, lazy, optional, text } from './common';
import { list } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const VENDOR_LIST_TEXT = { name: 200, code: 10, portOrigin: 4 } as const;

export const vendorListSchema = lazy(() =>
	documented({
		id: optional(id()),
		name: optional(text(VENDOR_LIST_TEXT.name)),
		code: optional(text(VENDOR_LIST_TEXT.code)),
		portOrigin: optional(text(VENDOR_LIST_TEXT.portOrigin)),
		includeInactive: optional(flag()),
	}),
);

export const vendorList = list({ path: 'vendor.list', resultsKey: 'vendors', empty: 'Vendors not found.', schema: vendorListSchema });
