/** `POST multiple.prebooks.create`: prebooks (customer pre-orders) for one customer, one per line. */
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
import { never, type KometEndpoint } from '../transport/endpoint';

export const UNIT_TYPES = ['Stem', 'Bunch'] as const;

/** 0 = ship from the warehouse, 1 = ship from the grower. */
export const shipViaId = () => flag({ warehouse: 0, grower: 1 });

export const prebookLineSchema = lazy(() =>
	documented({
		carrierCode: text(20),
		carrierName: text(200),
		shipDate: isoDate(),
		identifier: text(30),
		vendorCode: optional(text(20)),
		vendorName: optional(text(200)),
		productCode: text(20),
		productDescription: text(200),
		boxTypeCode: text(3),
		boxes: integer(10),
		unitType: oneOf(UNIT_TYPES),
		bunches: integer(10),
		stemsBunch: integer(10),
		cost: optional(decimal()),
		price: decimal(),
		markCode: optional(text(50)),
		notes: optional(text(200)),
		boxWeight: optional(decimal()),
		boxLength: optional(decimal()),
		boxWidth: optional(decimal()),
		boxHeight: optional(decimal()),
	}),
);

export const multiplePrebooksCreateSchema = lazy(() =>
	documented({
			customerCode: text(20),
			customerName: text(200),
			customerBillingStreet: text(200),
			customerBillingCity: text(200),
			customerBillingState: text(200),
			customerBillingZipcode: text(200),
			customerBillingCountry: text(200),
			customerShippingStreet: text(200),
			customerShippingCity: text(200),
			customerShippingState: text(200),
			customerShippingZipcode: text(200),
			customerShippingCountry: text(200),
			customerPhone: text(100),
			shipViaId: shipViaId(),
			customerPO: optional(text(20)),
			autoGeneratePOsfromPrebooks: optional(flag()),
			companyLocationCode: optional(text(20)),
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


export const multiplePrebooksCreate: KometEndpoint<ReturnType<typeof multiplePrebooksCreateSchema>> = {
	path: 'multiple.prebooks.create',
	httpMethod: 'POST',
	token: 'body',
	repeatable: never,
	schema: multiplePrebooksCreateSchema,
	resultsKey: 'items',
};
