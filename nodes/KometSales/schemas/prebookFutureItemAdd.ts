/** `POST prebook.future.item.add`: add a future-inventory item to an existing prebook (1.5% fee). */
import { decimal, documented, id, integer, lazy, optional, text } from './common';
import { never, type KometEndpoint } from '../transport/endpoint';

export const prebookFutureItemAddSchema = lazy(() =>
	documented({
		prebookId: id(),
		inventoryId: id(),
		boxes: integer(10),
		price: decimal(),
		markCode: optional(text(20)),
	}),
);


export const prebookFutureItemAdd: KometEndpoint<ReturnType<typeof prebookFutureItemAddSchema>> = {
	path: 'prebook.future.item.add',
	httpMethod: 'POST',
	token: 'body',
	repeatable: never,
	schema: prebookFutureItemAddSchema,
};
