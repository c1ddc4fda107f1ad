/**
 * `POST prebook.delete` (a whole prebook; Company tokens) and `POST prebook.item.delete`
 * (one line; Company and Vendor tokens: with a Vendor token Komet sets the line's
 * quantity to zero instead of deleting it). Notes: docs/komet-api.md, "prebook.delete",
 * prebook.item.delete.md. `prebookItemId` is typed "number:20" there: an id like the others.
 */
import { documented, id, lazy } from './common';

export const prebookDeleteSchema = lazy(() => documented({ prebookId: id() }));

export const prebookItemDeleteSchema = lazy(() => documented({ prebookId: id(), prebookItemId: id() }));
