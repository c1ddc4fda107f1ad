/**
 * `POST prebook.delete`: a whole prebook, Company tokens (docs/komet-api.md, "prebook.delete").
 * The page does not give the refusal for an unknown prebook: taken to be "The Prebook does not
 * exist.", which after a lost answer counts as deleted by the earlier attempt.
 */
import { documented, id, lazy } from './common';
import { always, deleted, kometMethod } from './method';

export const prebookDeleteSchema = lazy(() => documented({ prebookId: id() }));

export const prebookDelete = kometMethod({
	path: 'prebook.delete',
	httpMethod: 'POST',
	token: 'body',
	schema: prebookDeleteSchema,
	repeatable: always,
	doneByEarlierAttempt: deleted(/^\s*the prebook does not exist\.?\s*$/i),
});
