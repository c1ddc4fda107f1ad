/**
 * `POST prebook.future.item.add`: add a future-inventory item to an existing prebook (1.5% fee;
 * docs/komet-api.md, "prebook.future.item.add"). It adds a line: never sent twice.
 */
import { decimal, documented, id, integer, lazy, optional, text } from './common';
import { kometMethod, never } from './method';

/** Documented text limits (characters), shared with the editor's fields. */
export const FUTURE_ITEM_TEXT = {
	markCode: 20,
} as const;

/** The least each count takes, shared with the editor's fields (minValue). */
export const FUTURE_ITEM_MIN = {
	boxes: 1,
} as const;

export const prebookFutureItemAddSchema = lazy(() =>
	documented({
		prebookId: id(),
		inventoryId: id(),
		boxes: integer(10, FUTURE_ITEM_MIN.boxes),
		price: decimal(),
		markCode: optional(text(FUTURE_ITEM_TEXT.markCode)),
	}),
);

export const prebookFutureItemAdd = kometMethod({
	path: 'prebook.future.item.add',
	httpMethod: 'POST',
	token: 'body',
	schema: prebookFutureItemAddSchema,
	repeatable: never,
	checkInstead: "look at the prebook's lines with Prebook → Get Many for its truck date",
});
