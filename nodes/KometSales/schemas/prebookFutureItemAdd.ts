/** `POST prebook.future.item.add`: add a future-inventory item to an existing prebook (1.5% fee). */
import { decimal, documented, id, integer, lazy, optional, text } from './common';

/** Documented text limits (characters), shared with the editor's fields. */
export const FUTURE_ITEM_TEXT = {
	markCode: 20,
} as const;

export const prebookFutureItemAddSchema = lazy(() =>
	documented({
		prebookId: id(),
		inventoryId: id(),
		boxes: integer(10),
		price: decimal(),
		markCode: optional(text(FUTURE_ITEM_TEXT.markCode)),
	}),
);
