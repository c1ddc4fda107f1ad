/**
 * `POST purchase.order.item.awb.add`: ship an existing PO item on an air waybill (Company and
 * Vendor tokens). Notes: docs/komet-api.md, "purchase.order.item.awb.add". Choices where
 * the pages disagree or are silent:
 * - `lotNumber` is sent as text, as the newest page and its sample (`"234232"`) have it;
 *   Komet reserves its own range (normally 1000–99999) unless agreed with Komet support;
 * - `boxCodes` ("array:5") is not capped at five codes: the page does not say it is a cap;
 * - the AWB is free text (the sample writes `08472-4772-0048`), up to 30 characters.
 */
import { documented, id, isoDate, lazy, nonEmptyArray, optional, text } from './common';
import { kometMethod, never } from './method';

/** Documented text limits (characters), shared with the editor's fields. */
export const AWB_TEXT = {
	awb: 30,
	boxCode: 20,
	lotNumber: 20,
} as const;

export const purchaseOrderItemAwbAddSchema = lazy(() =>
	documented({
		poItemId: id(),
		awb: text(AWB_TEXT.awb),
		shipDate: isoDate(),
		boxCodes: optional(nonEmptyArray(text(AWB_TEXT.boxCode))),
		lotNumber: optional(text(AWB_TEXT.lotNumber)),
	}),
);

/** Ships boxes and may split the PO item (`newPOItemId`): sent twice, it would ship twice. */
export const purchaseOrderItemAwbAdd = kometMethod({
	path: 'purchase.order.item.awb.add',
	httpMethod: 'POST',
	token: 'body',
	schema: purchaseOrderItemAwbAddSchema,
	repeatable: never,
	checkInstead: 'look at the PO item with Purchase Order → Get Many for its vendor ship date (its AWB and box codes)',
	mayHaveDone: 'shipped the boxes on the AWB',
});
