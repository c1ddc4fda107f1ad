/**
 * The Prebook ID field of the operations on one existing prebook: Komet's internal ID, which
 * people confuse with the prebook number, and where a workflow finds it.
 */
import { wholeNumber } from '../common/fields';

/** `which`: the prebook, as the operation sees it ("the prebook to delete"). */
export const prebookIdField = (which: string, example: string) =>
	wholeNumber(
		'Prebook ID',
		'prebookId',
		`Komet's internal ID of ${which} (not its prebook number): prebookId in Prebook → Create Multiple's results, or id in Prebook → Get Many Headers`,
		example,
	);
