/**
 * `POST prebook.item.delete`: one line of a prebook; Company and Vendor tokens, and with a Vendor
 * token Komet sets the line's quantity to zero instead of deleting it (docs/komet-api.md,
 * "prebook.item.delete"). `prebookItemId` is typed "number:20" there: an id like the others.
 * Only "The Prebook Item does not exist." counts as deleted by an earlier attempt: "The Prebook
 * does not exist." means a wrong prebook id, with the line still there.
 */
import { documented, id, lazy } from './common';
import { always, deleted, kometMethod } from './method';

export const prebookItemDeleteSchema = lazy(() => documented({ prebookId: id(), prebookItemId: id() }));

export const prebookItemDelete = kometMethod({
	path: 'prebook.item.delete',
	httpMethod: 'POST',
	token: 'body',
	schema: prebookItemDeleteSchema,
	repeatable: always,
	doneByEarlierAttempt: deleted(/\bprebook item does not exist\b/i),
});
