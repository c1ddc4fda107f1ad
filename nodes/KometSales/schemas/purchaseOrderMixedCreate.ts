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
import { UNIT_TYPES } from './multiplePrebooksCreate';
import { never, type KometEndpoint } from '../transport/endpoint';

export const purchaseOrderBreakdownSchema = lazy(() =>
	documented({
			prebookItemId: optional(id()),
			productId: optional(id()),
			productDescription: optional(text(200)),
			productCode: optional(text(20)),
			bunches: integer(10),
			stemsBunch: integer(10),
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
			productDescription: optional(text(200)),
			productCode: optional(text(20)),
			boxTypeCode: optional(text(3)),
			boxTypeId: optional(integer(10)),
			boxes: integer(10),
			unitType: oneOf(UNIT_TYPES),
			markCode: optional(text(30)),
			awbNumber: optional(integer(4, 0)),
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
			vendorCode: optional(text(20)),
			companyLocationCode: optional(text(10)),
			carrierId: optional(id()),
			carrierCode: optional(text(20)),
			purchaseOrderNumber: optional(text(10)),
			purchaseOrderItems: nonEmptyArray(purchaseOrderItemSchema()),
		}),
);


export const purchaseOrderMixedCreate: KometEndpoint<ReturnType<typeof purchaseOrderMixedCreateSchema>> = {
	path: 'purchase.order.mixed.create',
	httpMethod: 'POST',
	token: 'body',
	repeatable: never,
	schema: purchaseOrderMixedCreateSchema,
	resultsKey: 'items',
};
