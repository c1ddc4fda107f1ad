/**
 * `GET product.list`: products (docs/komet-api.md, "product.list"). Like every reference list
 * ("Lists"), id and code filters are exact, name and description filters a case-insensitive LIKE.
 * The `legacyCode` filter takes 50 characters, as the page's input table states, though the
 * records' codes have at most 20.
 */
import { documented, id, lazy, optional, text } from './common';
import { list } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const PRODUCT_LIST_TEXT = { description: 200, legacyCode: 50 } as const;

export const productListSchema = lazy(() =>
	documented({
		id: optional(id()),
		description: optional(text(PRODUCT_LIST_TEXT.description)),
		legacyCode: optional(text(PRODUCT_LIST_TEXT.legacyCode)),
	}),
);

export const productList = list({ path: 'product.list', resultsKey: 'products', empty: 'Products not found.', schema: productListSchema });
