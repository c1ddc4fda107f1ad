/**
 * `POST multiple.prebooks.create`: prebooks (customer pre-orders) for one customer, one per line
 * (docs/komet-api.md, "multiple.prebooks.create"). Where the page is silent:
 * - `shipViaId` ("logical") is required, sent as 0 or 1 (`warehouse`/`grower` accepted);
 * - `vendorCode`, `vendorName` and `cost` are required on every line when POs are generated;
 * - a repeated identifier is refused: Komet answers per line by identifier.
 * It creates orders: never sent twice.
 */
import {
	decimal,
	flag,
	integer,
	isoDate,
	nonEmptyArray,
	oneOf,
	optional,
	requireFields,
	text,
	documented,
	lazy,
} from './common';
import { kometMethod, never } from './method';
import { shipViaId, UNIT_TYPES } from './orders';

/** Documented text limits (characters), shared with the editor's fields. */
export const PREBOOK_LINE_TEXT = {
	carrierCode: 20,
	carrierName: 200,
	identifier: 30,
	vendorCode: 20,
	vendorName: 200,
	productCode: 20,
	productDescription: 200,
	boxTypeCode: 3,
	markCode: 50,
	notes: 200,
} as const;

/** The least each count of a line takes, shared with the editor's fields (minValue). */
export const PREBOOK_LINE_MIN = {
	boxes: 1,
	bunches: 1,
	stemsBunch: 1,
} as const;

/** Documented lengths in the answer, where shorter than the request allows: the echoed identifier is `string:20`. */
export const PREBOOK_ANSWER_TEXT = {
	identifier: 20,
} as const;

/** Documented text limits (characters), shared with the editor's fields. */
export const PREBOOK_TEXT = {
	customerCode: 20,
	customerName: 200,
	customerBillingStreet: 200,
	customerBillingCity: 200,
	customerBillingState: 200,
	customerBillingZipcode: 200,
	customerBillingCountry: 200,
	customerShippingStreet: 200,
	customerShippingCity: 200,
	customerShippingState: 200,
	customerShippingZipcode: 200,
	customerShippingCountry: 200,
	customerPhone: 100,
	customerPO: 20,
	companyLocationCode: 20,
} as const;

export const prebookLineSchema = lazy(() =>
	documented({
		carrierCode: text(PREBOOK_LINE_TEXT.carrierCode),
		carrierName: text(PREBOOK_LINE_TEXT.carrierName),
		shipDate: isoDate(),
		identifier: text(PREBOOK_LINE_TEXT.identifier),
		vendorCode: optional(text(PREBOOK_LINE_TEXT.vendorCode)),
		vendorName: optional(text(PREBOOK_LINE_TEXT.vendorName)),
		productCode: text(PREBOOK_LINE_TEXT.productCode),
		productDescription: text(PREBOOK_LINE_TEXT.productDescription),
		boxTypeCode: text(PREBOOK_LINE_TEXT.boxTypeCode),
		boxes: integer(10, PREBOOK_LINE_MIN.boxes),
		unitType: oneOf(UNIT_TYPES),
		bunches: integer(10, PREBOOK_LINE_MIN.bunches),
		stemsBunch: integer(10, PREBOOK_LINE_MIN.stemsBunch),
		cost: optional(decimal()),
		price: decimal(),
		markCode: optional(text(PREBOOK_LINE_TEXT.markCode)),
		notes: optional(text(PREBOOK_LINE_TEXT.notes)),
		boxWeight: optional(decimal()),
		boxLength: optional(decimal()),
		boxWidth: optional(decimal()),
		boxHeight: optional(decimal()),
	}),
);

export const multiplePrebooksCreateSchema = lazy(() =>
	documented({
			customerCode: text(PREBOOK_TEXT.customerCode),
			customerName: text(PREBOOK_TEXT.customerName),
			customerBillingStreet: text(PREBOOK_TEXT.customerBillingStreet),
			customerBillingCity: text(PREBOOK_TEXT.customerBillingCity),
			customerBillingState: text(PREBOOK_TEXT.customerBillingState),
			customerBillingZipcode: text(PREBOOK_TEXT.customerBillingZipcode),
			customerBillingCountry: text(PREBOOK_TEXT.customerBillingCountry),
			customerShippingStreet: text(PREBOOK_TEXT.customerShippingStreet),
			customerShippingCity: text(PREBOOK_TEXT.customerShippingCity),
			customerShippingState: text(PREBOOK_TEXT.customerShippingState),
			customerShippingZipcode: text(PREBOOK_TEXT.customerShippingZipcode),
			customerShippingCountry: text(PREBOOK_TEXT.customerShippingCountry),
			customerPhone: text(PREBOOK_TEXT.customerPhone),
			shipViaId: shipViaId(),
			customerPO: optional(text(PREBOOK_TEXT.customerPO)),
			autoGeneratePOsfromPrebooks: optional(flag()),
			companyLocationCode: optional(text(PREBOOK_TEXT.companyLocationCode)),
			prebookItems: nonEmptyArray(prebookLineSchema()),
		})
		.superRefine((request, ctx) => {
			const seen = new Map<string, number>();
			request.prebookItems.forEach((line, index) => {
				if (request.autoGeneratePOsfromPrebooks === 1) {
					requireFields(ctx, line, ['vendorCode', 'vendorName', 'cost'], 'when POs are generated from prebooks', [
						'prebookItems',
						index,
					]);
				}
				// Komet answers per line by identifier: a repeated one makes the answers ambiguous.
				const first = seen.get(line.identifier);
				if (first !== undefined) {
					ctx.addIssue({
						code: 'custom',
						message: `repeats the identifier of prebookItems[${first}]`,
						path: ['prebookItems', index, 'identifier'],
						input: line.identifier,
					});
				} else {
					seen.set(line.identifier, index);
				}
			});
		}),
);

export const multiplePrebooksCreate = kometMethod({
	path: 'multiple.prebooks.create',
	httpMethod: 'POST',
	token: 'body',
	schema: multiplePrebooksCreateSchema,
	repeatable: never,
	resultsKey: 'items',
	checkInstead: "look for the prebook with Prebook → Get Many (its customer's truck date, filtered by its Customer PO)",
});
