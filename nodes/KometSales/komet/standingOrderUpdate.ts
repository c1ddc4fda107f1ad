/**
 * `PUT v2/standing-order`: update a standing order and its lines.
 *
 * Where the page contradicts itself (docs/komet-api.md, "v2/standing-order (PUT)") the node sends:
 * - `standingOrderId`, as the sample, the response and the sibling DELETE method spell it
 *   (the field list alone writes `standingOrderID`);
 * - `standingOrderItemId` at the top level, as the field list puts it, and only when given:
 *   the sample leaves it out;
 * - dates as `YYYY-MM-DD` (the sample's `2022/04/13` is accepted and converted);
 * - `boxTypeId` as the integer id the list documents (the sample's "HB" is a code);
 * - `truckDays` as the sample writes it ("Monday, Wednesday, Friday"), without the
 *   documented 20-character limit, which three days already exceed;
 * - `boxTypeDescription`, documented as `string:3`, with room for a real box type name.
 */
import type { IDataObject } from 'n8n-workflow';

import {
	decimal,
	freeText,
	id,
	integer,
	isoDate,
	nonEmptyArray,
	oneOf,
	optional,
	requireFields,
	requireOneOf,
	text,
	z,
	documented,
	endNotBeforeStart,
	lazy,
} from './common';
import { firstAlike } from './echoes';
import { kometMethod } from './method';
import { shipViaId, UNIT_TYPES } from './orders';

/** `truckDays`: the weekdays the standing order's trucks leave. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** `itemType`: a line of boxes (BOX) or of units (UN, with Total Units and no box fields). */
export const ITEM_TYPES = ['BOX', 'UN'] as const;

/** `recurrence`: every 1 to 4 weeks, shared with the editor's choices. */
export const RECURRENCE_WEEKS = { min: 1, max: 4 } as const;

/** Documented text limits (characters), shared with the editor's fields. */
export const SO_BREAKDOWN_TEXT = {
	identifier: 30,
	productCode: 20,
	productDescription: 200,
} as const;

/** Documented text limits (characters), shared with the editor's fields. */
export const CUSTOM_FIELD_TEXT = {
	name: 200,
	value: 1000,
} as const;

/** The least each count of an item takes, shared with the editor's fields (minValue). */
export const SO_ITEM_MIN = {
	boxes: 1,
	totalUnits: 1,
	bunches: 1,
	stemsBunch: 1,
} as const;

/** Documented text limits (characters), shared with the editor's fields. */
export const SO_ITEM_TEXT = {
	identifier: 30,
	vendorCode: 20,
	vendorName: 200,
	productCode: 20,
	productDescription: 200,
	boxTypeCode: 3,
	boxTypeDescription: 200,
	markCode: 50,
	generalNotes: 1000,
	vendorNotes: 1000,
} as const;

/** Documented text limits (characters), shared with the editor's fields. */
export const SO_TEXT = {
	customerCode: 20,
	customerDescription: 200,
	carrierCode: 20,
	carrierDescription: 200,
	customerPO: 20,
	companyLocationId: 20,
	companyLocationCode: 20,
	comments: 200,
	invoiceNotes: 1000,
} as const;

/** Accepts "monday,friday", ["Monday", "Friday"] or the sample's "Monday, Wednesday, Friday". */
const truckDays = () =>
	z.preprocess(
		(value) => (typeof value === 'string' ? value.split(',') : value),
		nonEmptyArray(oneOf(WEEKDAYS))
			.refine((days) => new Set(days).size === days.length, 'must not repeat a day')
			.transform((days) => [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)).join(', ')),
	);

const identifiedByProduct = (
	value: { productId?: number; productCode?: string; productDescription?: string },
	ctx: z.RefinementCtx<unknown>,
) => requireOneOf(ctx, value, [['productId'], ['productCode', 'productDescription']]);

export const standingOrderBreakdownSchema = lazy(() =>
	documented({
			identifier: optional(text(SO_BREAKDOWN_TEXT.identifier)),
			productId: optional(id()),
			productCode: optional(text(SO_BREAKDOWN_TEXT.productCode)),
			productDescription: optional(text(SO_BREAKDOWN_TEXT.productDescription)),
			bunches: integer(10),
			stemsBunch: integer(10),
			cost: decimal(),
			// Required for company tokens only: Komet itself rejects a missing price there.
			price: optional(decimal()),
		})
		.superRefine(identifiedByProduct),
);

export const customFieldSchema = lazy(() =>
	documented({
		name: freeText(CUSTOM_FIELD_TEXT.name),
		value: freeText(CUSTOM_FIELD_TEXT.value),
	}),
);

export const standingOrderItemSchema = lazy(() =>
	documented({
			identifier: optional(text(SO_ITEM_TEXT.identifier)),
			vendorId: optional(id()),
			vendorCode: optional(text(SO_ITEM_TEXT.vendorCode)),
			vendorName: optional(text(SO_ITEM_TEXT.vendorName)),
			productId: optional(id()),
			productCode: optional(text(SO_ITEM_TEXT.productCode)),
			productDescription: optional(text(SO_ITEM_TEXT.productDescription)),
			itemType: optional(oneOf(ITEM_TYPES)),
			boxTypeId: optional(id()),
			boxTypeCode: optional(text(SO_ITEM_TEXT.boxTypeCode)),
			boxTypeDescription: optional(text(SO_ITEM_TEXT.boxTypeDescription)),
			boxes: optional(integer(10, SO_ITEM_MIN.boxes)),
			totalUnits: optional(integer(10, SO_ITEM_MIN.totalUnits)),
			unitType: oneOf(UNIT_TYPES),
			bunches: optional(integer(10, SO_ITEM_MIN.bunches)),
			stemsBunch: optional(integer(10, SO_ITEM_MIN.stemsBunch)),
			price: optional(decimal()),
			cost: optional(decimal()),
			markCode: optional(text(SO_ITEM_TEXT.markCode)),
			generalNotes: optional(text(SO_ITEM_TEXT.generalNotes)),
			vendorNotes: optional(text(SO_ITEM_TEXT.vendorNotes)),
			customFields: optional(nonEmptyArray(customFieldSchema())),
			breakdowns: optional(nonEmptyArray(standingOrderBreakdownSchema())),
		})
		.superRefine((item, ctx) => {
			requireOneOf(ctx, item, [['vendorId'], ['vendorCode', 'vendorName']]);
			identifiedByProduct(item, ctx);
			if (item.itemType === 'UN') {
				requireFields(ctx, item, ['totalUnits'], 'when itemType is UN');
				return;
			}
			requireOneOf(ctx, item, [['boxTypeId'], ['boxTypeCode', 'boxTypeDescription']]);
			// Mixed boxes (with breakdowns) leave stemsBunch empty, as the page says.
			const perBox = item.breakdowns ? ['boxes', 'bunches'] : ['boxes', 'bunches', 'stemsBunch'];
			requireFields(ctx, item, perBox, 'when itemType is BOX');
		}),
);

export const standingOrderUpdateSchema = lazy(() =>
	documented({
			standingOrderId: id(),
			standingOrderItemId: optional(id()),
			customerId: optional(id()),
			customerCode: optional(text(SO_TEXT.customerCode)),
			customerDescription: optional(text(SO_TEXT.customerDescription)),
			carrierId: optional(id()),
			carrierCode: optional(text(SO_TEXT.carrierCode)),
			carrierDescription: optional(text(SO_TEXT.carrierDescription)),
			startDate: isoDate(),
			endDate: optional(isoDate()),
			shipViaId: shipViaId(),
			shipToId: optional(id()),
			customerPO: optional(text(SO_TEXT.customerPO)),
			companyLocationId: optional(text(SO_TEXT.companyLocationId)),
			companyLocationCode: optional(text(SO_TEXT.companyLocationCode)),
			recurrence: integer(1, RECURRENCE_WEEKS.min).pipe(
				z.number().max(RECURRENCE_WEEKS.max, `must be between ${RECURRENCE_WEEKS.min} and ${RECURRENCE_WEEKS.max} (weeks)`),
			),
			truckDays: truckDays(),
			comments: optional(text(SO_TEXT.comments)),
			invoiceNotes: optional(text(SO_TEXT.invoiceNotes)),
			items: optional(nonEmptyArray(standingOrderItemSchema())),
		})
		.superRefine((request, ctx) => {
			requireOneOf(ctx, request, [['customerId'], ['customerCode', 'customerDescription']]);
			requireOneOf(ctx, request, [['carrierId'], ['carrierCode', 'carrierDescription']]);
			endNotBeforeStart(ctx, request, 'startDate', 'endDate');
			// Komet answers per item by identifier, and all items travel in this one request:
			// two that could come back alike (docs/komet-api.md, "Identifier echoes") are refused.
			const identifiers = (request.items ?? []).map((item) => item.identifier);
			const alike = firstAlike(identifiers);
			if (alike) {
				const [first, second] = alike.map((index) => identifiers[index] as string);
				ctx.addIssue({
					code: 'custom',
					message:
						first === second
							? `repeats the identifier of items[${alike[0]}]`
							: `could come back from Komet as the identifier of items[${alike[0]}] ("${second}" and "${first}": Komet may echo an identifier trimmed or as a number); give them identifiers that differ as text and as numbers`,
					path: ['items', alike[1], 'identifier'],
					input: second,
				});
			}
		}),
);

export const standingOrderUpdate = kometMethod({
	path: 'v2/standing-order',
	httpMethod: 'PUT',
	token: 'header',
	schema: standingOrderUpdateSchema,
	// Komet adds every item of a PUT as a new line ("Item was successfully added"): only a
	// header-only update may be sent twice.
	repeatable: (request: IDataObject) => request.items === undefined,
	resultsKey: 'items',
	checkInstead: "look at the standing order's items with Standing Order → Get Many",
});
