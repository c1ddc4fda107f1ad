/**
 * `GET prebook.details.list` (docs/komet-api.md, "prebook.details.list"): prebooks with their
 * lines. One truck `date`, or a vendor ship date window of at most 7 days (read as 7 calendar
 * days, both ends included). The node splits longer ranges into such windows before this
 * schema sees them. `customerPONumber` is a text (string:20 elsewhere; "(string)(integer:20)"
 * here). Money in its records may be text with thousands separators (komet/answers.ts).
 */
import type { IDataObject } from 'n8n-workflow';

import { eachOf, withAmounts } from './answers';
import { documented, gmtDateTime, id, integer, isoDate, lazy, oneOf, optional, text } from './common';
import { details, list, NO_ORDERS, type WindowKind } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const PREBOOK_LIST_TEXT = { customer: 200, carrierName: 200, customerPONumber: 20 } as const;

/** `unableToSource`: prebooks marked "unable to source" and still pending, or those not marked. */
export const UNABLE_TO_SOURCE = ['true', 'false'] as const;

/** The longest vendor ship date window the method takes: 7 days, both ends included. */
export const VENDOR_SHIP_WINDOW_DAYS = 7;

/** Its date windows: one truck date per call, or up to 7 vendor ship dates (also polled by the trigger). */
export const PREBOOK_WINDOWS: WindowKind[] = [
	{ value: 'truckDate', name: 'Truck Date', days: 1, fields: (day) => ({ date: day }) },
	{
		value: 'vendorShipDate',
		name: 'Vendor Ship Date',
		days: VENDOR_SHIP_WINDOW_DAYS,
		fields: (start, end) => ({ vendorShipDateFrom: start, vendorShipDateTo: end }),
	},
];

export const prebookDetailsListSchema = lazy(() =>
	documented({
		date: optional(isoDate()),
		vendorShipDateFrom: optional(isoDate()),
		vendorShipDateTo: optional(isoDate()),
		prebook: optional(integer(10)),
		updatedAsOf: optional(gmtDateTime()),
		customer: optional(text(PREBOOK_LIST_TEXT.customer)),
		customerId: optional(id()),
		carrierName: optional(text(PREBOOK_LIST_TEXT.carrierName)),
		carrierId: optional(id()),
		salesPersonId: optional(id()),
		soNumber: optional(integer(20)),
		customerPONumber: optional(text(PREBOOK_LIST_TEXT.customerPONumber)),
		locationId: optional(id()),
		brandId: optional(id()),
		unableToSource: optional(oneOf(UNABLE_TO_SOURCE)),
	}).superRefine((request, ctx) => {
		const window = request.vendorShipDateFrom !== undefined || request.vendorShipDateTo !== undefined;
		if (request.date === undefined && !window) {
			ctx.addIssue({ code: 'custom', message: 'needs a truck date or a vendor ship date window', path: ['date'], input: request });
		}
		if (window && (request.vendorShipDateFrom === undefined || request.vendorShipDateTo === undefined)) {
			ctx.addIssue({ code: 'custom', message: 'needs both ends of the window', path: ['vendorShipDateTo'], input: request });
		}
	}),
);

/** A record: header, lines (`details[]`) and their breakdowns, money read as numbers where it can mean only one. */
export function readPrebook(record: IDataObject): IDataObject {
	return eachOf(withAmounts(record, ['totalPrice']), 'details', (line) =>
		eachOf(withAmounts(line, ['unitPrice', 'totalPrice']), 'breakdowns', (breakdown) => withAmounts(breakdown, ['price'])),
	);
}

export const prebookDetailsList = list({
	path: 'prebook.details.list',
	resultsKey: 'prebooks',
	empty: NO_ORDERS,
	schema: prebookDetailsListSchema,
	recordLines: details('prebookItemId'),
	readRecord: readPrebook,
});
