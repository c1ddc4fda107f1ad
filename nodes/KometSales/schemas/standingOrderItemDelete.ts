/**
 * `DELETE v2/standing-order/item?standingOrderId=&standingOrderItemId=`: one line of a
 * standing order (Company and Customer tokens). The fields travel in the query string, the
 * token in the `authenticationToken` header (the page's `-H key/value/type` lines are a
 * mis-transcribed header table). Notes: docs/komet-api.md, "v2/standing-order/item (DELETE)".
 */
import { documented, id, lazy } from './common';

export const standingOrderItemDeleteSchema = lazy(() => documented({ standingOrderId: id(), standingOrderItemId: id() }));
