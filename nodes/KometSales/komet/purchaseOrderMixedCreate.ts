/**
 * `POST purchase.order.mixed.create`: a purchase order to a grower with mixed boxes,
 * linked to prebook lines or standalone.
 *
 * The page lists three fields by label only. "Breakdown Product Description/Code"
 * describe the breakdown's own `productDescription`/`productCode`; "AWB Number" has
 * no documented JSON name and is sent as `awbNumber`. `stemsBunch` is "string:10"
 * here but an integer everywhere else: it is sent as an integer.
 *
 * The vendor (`vendorId`, or `vendorCode`) is required for Company tokens and ignored for
 * Vendor tokens, which create POs for their own vendor. The node cannot tell the token's
 * kind, so it sends the vendor when given and leaves the rule to Komet ("The field
 * vendorCode is required."), which refuses the whole request: nothing is created.
 * Notes: docs/komet-api.md, "purchase.order.mixed.create". It creates orders: never sent twice.
 */
import {
	decimal,
	id,
	integer,
	isoDate,
	nonEmptyArray,
	oneOf,
	optional,
	requireOneOf,
	text,
	documented,
	lazy,
} from './common';
import { kometMethod, never } from './method';
import { UNIT_TYPES } from './orders';

/** Documented text limits (characters), shared with the editor's fields. */
export const PO_BREAKDOWN_TEXT = {
	productDescription: 200,
	productCode: 20,
} as const;

/** The least each count of a breakdown takes. */
export const PO_BREAKDOWN_MIN = {
	bunches: 1,
	stemsBunch: 1,
} as const;

/** The least each count of an item takes, shared with the editor's fields (minValue). */
export const PO_ITEM_MIN = {
	boxes: 1,
} as const;

/** `awbNumber`: the air waybill's last four digits (integer:4), shared with the editor's field. */
const AWB_NUMBER_DIGITS = 4;
export const AWB_NUMBER = { digits: AWB_NUMBER_DIGITS, min: 0, max: 10 ** AWB_NUMBER_DIGITS - 1 } as const;

/** Documented text limits (characters), shared with the editor's fields. */
export const PO_ITEM_TEXT = {
	productDescription: 200,
	productCode: 20,
	boxTypeCode: 3,
	markCode: 30,
} as const;

/** Documented text limits (characters), shared with the editor's fields. */
export const PO_TEXT = {
	vendorCode: 20,
	companyLocationCode: 10,
	carrierCode: 20,
	purchaseOrderNumber: 10,
} as const;

export const purchaseOrderBreakdownSchema = lazy(() =>
	documented({
			prebookItemId: optional(id()),
			productId: optional(id()),
			productDescription: optional(text(PO_BREAKDOWN_TEXT.productDescription)),
			productCode: optional(text(PO_BREAKDOWN_TEXT.productCode)),
			bunches: integer(10, PO_BREAKDOWN_MIN.bunches),
			stemsBunch: integer(10, PO_BREAKDOWN_MIN.stemsBunch),
			// "required" in the list, yet absent from the page's prebook-linked sample.
			cost: optional(decimal()),
		})
		.superRefine((breakdown, ctx) => {
			requireOneOf(ctx, breakdown, [['prebookItemId'], ['productId'], ['productCode'], ['productDescription']]);
			if (breakdown.productDescription !== undefined && breakdown.productCode === undefined) {
				ctx.addIssue({
					code: 'custom',
					message: 'is required when productDescription is given',
					path: ['productCode'],
					input: breakdown,
				});
			}
		}),
);

export const purchaseOrderItemSchema = lazy(() =>
	documented({
			productId: optional(id()),
			productDescription: optional(text(PO_ITEM_TEXT.productDescription)),
			productCode: optional(text(PO_ITEM_TEXT.productCode)),
			boxTypeCode: optional(text(PO_ITEM_TEXT.boxTypeCode)),
			boxTypeId: optional(integer(10)),
			boxes: integer(10, PO_ITEM_MIN.boxes),
			unitType: oneOf(UNIT_TYPES),
			markCode: optional(text(PO_ITEM_TEXT.markCode)),
			awbNumber: optional(integer(AWB_NUMBER.digits, AWB_NUMBER.min)),
			breakdowns: nonEmptyArray(purchaseOrderBreakdownSchema()),
		})
		.superRefine((item, ctx) => {
			requireOneOf(ctx, item, [['productId'], ['productCode', 'productDescription']]);
			requireOneOf(ctx, item, [['boxTypeCode'], ['boxTypeId']]);
		}),
);

export const purchaseOrderMixedCreateSchema = lazy(() =>
	documented({
			shipDate: isoDate(),
			vendorId: optional(id()),
			vendorCode: optional(text(PO_TEXT.vendorCode)),
			companyLocationCode: optional(text(PO_TEXT.companyLocationCode)),
			carrierId: optional(id()),
			carrierCode: optional(text(PO_TEXT.carrierCode)),
			purchaseOrderNumber: optional(text(PO_TEXT.purchaseOrderNumber)),
			purchaseOrderItems: nonEmptyArray(purchaseOrderItemSchema()),
		}),
);

export const purchaseOrderMixedCreate = kometMethod({
	path: 'purchase.order.mixed.create',
	httpMethod: 'POST',
	token: 'body',
	schema: purchaseOrderMixedCreateSchema,
	repeatable: never,
	resultsKey: 'items',
	checkInstead: "look for the purchase order with Purchase Order → Get Many for its vendor ship date",
});
