/**
 * `DELETE v2/standing-order/item?standingOrderId=&standingOrderItemId=`: one line of a
 * standing order (Company and Customer tokens). The fields travel in the query string, the
 * token in the `authenticationToken` header (the page's `-H key/value/type` lines are a
 * mis-transcribed header table). Fact sheet: komet-api/facts/v2.standing-order.item.DELETE.md.
 */
import { documented, id, lazy } from './common';

export const standingOrderItemDeleteSchema = lazy(() => documented({ standingOrderId: id(), standingOrderItemId: id() }));
