/**
 * `GET standing.order.list` (docs/komet-api.md, "standing.order.list"): standing orders in a
 * date range, Company tokens. The page does not say which date the range filters on, nor a
 * largest range; `status` defaults to Active in Komet.
 */
import { documented, endNotBeforeStart, id, isoDate, lazy, oneOf, optional, text } from './common';
import { list, NO_ORDERS } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const STANDING_ORDER_LIST_TEXT = { customer: 50, number: 10 } as const;
export const STANDING_ORDER_STATUSES = ['Active', 'Cancelled', 'All'] as const;

export const standingOrderListSchema = lazy(() =>
	documented({
		dateFrom: isoDate(),
		dateTo: isoDate(),
		customer: optional(text(STANDING_ORDER_LIST_TEXT.customer)),
		customerId: optional(id()),
		number: optional(text(STANDING_ORDER_LIST_TEXT.number)),
		locationId: optional(id()),
		status: optional(oneOf(STANDING_ORDER_STATUSES)),
	}).superRefine((request, ctx) => endNotBeforeStart(ctx, request, 'dateFrom', 'dateTo')),
);

export const standingOrderList = list({ path: 'standing.order.list', resultsKey: 'standingOrders', empty: NO_ORDERS, schema: standingOrderListSchema });
