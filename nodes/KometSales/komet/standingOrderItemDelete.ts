/**
 * `DELETE v2/standing-order/item?standingOrderId=&standingOrderItemId=`: one line of a
 * standing order (Company and Customer tokens). The fields travel in the query string, the
 * token in the `authenticationToken` header (the page's `-H key/value/type` lines are a
 * mis-transcribed header table). Notes: docs/komet-api.md, "v2/standing-order/item (DELETE)".
 */
import { documented, id, lazy } from './common';
import { always, deleted, kometMethod } from './method';

export const standingOrderItemDeleteSchema = lazy(() => documented({ standingOrderId: id(), standingOrderItemId: id() }));

export const standingOrderItemDelete = kometMethod({
	path: 'v2/standing-order/item',
	httpMethod: 'DELETE',
	token: 'header',
	fields: 'query',
	schema: standingOrderItemDeleteSchema,
	repeatable: always,
	doneByEarlierAttempt: deleted(/\bstanding order item does not exist\b/i),
});
