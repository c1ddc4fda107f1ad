/**
 * `GET customer.shipto.list`: a customer's ship-to addresses (docs/komet-api.md, "customer.shipto.list"). Like every reference list
 * ("Lists"), id and code filters are exact, name and description filters a case-insensitive LIKE.
 * The page asks for at least one of customerId, name or "updatedAsOf"; the node always sends
 * the customer. The filter is sent as `updateAsOf`, as the page's parameter list (and
 * customer.list) spell it; only its rule text writes `updatedAsOf`.
 */
import { documented, id, isoDate, lazy, optional, text } from './common';
import { list } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const SHIPTO_LIST_TEXT = { name: 200 } as const;

export const customerShiptoListSchema = lazy(() =>
	documented({
		customerId: id(),
		id: optional(id()),
		name: optional(text(SHIPTO_LIST_TEXT.name)),
		updateAsOf: optional(isoDate()),
	}),
);

export const customerShiptoList = list({ path: 'customer.shipto.list', resultsKey: 'shiptos', empty: 'Ship-tos not found.', schema: customerShiptoListSchema });
