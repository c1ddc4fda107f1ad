/**
 * `GET prebook.list` (docs/komet-api.md, "prebook.list"): prebook headers, no lines, for a truck
 * date range of at most six months; Company tokens. `CompanyLocationId` keeps the page's
 * capital C. `customerPONumber` is text like everywhere else (typed integer:20 here).
 * `prebookStatus` is one of the company's own statuses, up to 50 characters (no limit
 * documented). The answer beyond `id`, `number`, `locationId` is not documented.
 */
import { documented, flag, id, integer, isoDate, lazy, optional, text } from './common';
import { list, NO_ORDERS, type WindowKind } from './method';

/** The longest truck date range the method takes ("six months"), read as 180 days to stay inside it. */
export const PREBOOK_HEADERS_WINDOW_DAYS = 180;

/** Its truck date windows. */
export const PREBOOK_HEADERS_WINDOWS: WindowKind[] = [
	{
		value: 'truckDate',
		name: 'Truck Date',
		days: PREBOOK_HEADERS_WINDOW_DAYS,
		fields: (start, end) => ({ dateFrom: start, dateTo: end }),
	},
];

/** Documented text limits (characters) of the filters, shared with the editor. */
export const PREBOOK_HEADERS_TEXT = { customer: 200, carrierName: 200, customerPONumber: 20, prebookStatus: 50 } as const;

export const prebookListSchema = lazy(() =>
	documented({
		dateFrom: isoDate(),
		dateTo: isoDate(),
		prebook: optional(integer(10)),
		customer: optional(text(PREBOOK_HEADERS_TEXT.customer)),
		customerId: optional(id()),
		carrierName: optional(text(PREBOOK_HEADERS_TEXT.carrierName)),
		carrierId: optional(id()),
		salesPersonId: optional(id()),
		soNumber: optional(integer(20)),
		customerPONumber: optional(text(PREBOOK_HEADERS_TEXT.customerPONumber)),
		CompanyLocationId: optional(id()),
		brandId: optional(id()),
		prebookStatus: optional(text(PREBOOK_HEADERS_TEXT.prebookStatus)),
		isEcommerce: optional(flag()),
		checkOutStatus: optional(flag()),
	}),
);

export const prebookList = list({ path: 'prebook.list', resultsKey: 'prebooks', empty: NO_ORDERS, schema: prebookListSchema });
