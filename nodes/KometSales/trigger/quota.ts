/**
 * Komet's daily request quota, spent. Komet documents no answer for it (docs/komet-api.md,
 * "Faults the pages do not document"): it is taken to be HTTP 429 (after the transport's
 * resends), or an ordinary `status` 0 answer whose message speaks of a request limit or quota.
 */
import { KometCallError } from '../transport/errors';

const QUOTA_WORDS = /\b(quota|rate limit|request limit|too many requests|daily limit|limit (?:was |has been )?(?:exceeded|reached))\b/i;

export function quotaSpent(error: unknown): KometCallError | undefined {
	if (!(error instanceof KometCallError)) return undefined;
	if (error.details.httpCode === 429) return error;
	// Our own refusals (the run's budget) are not Komet's.
	if (error.details.sent === 'no') return undefined;
	return QUOTA_WORDS.test(error.message) ? error : undefined;
}
