/**
 * When a failed call may be sent again. An order that costs money must never be
 * created twice, so:
 * - updates (the method is idempotent: sending it twice leaves the same state) are
 *   retried on 429, 5xx, timeouts and broken connections, with backoff that
 *   honours Retry-After;
 * - creates are retried only when the request provably never reached Komet
 *   (connection refused, host not found).
 */
import type { IN8nHttpFullResponse } from 'n8n-workflow';

import type { KometEndpoint } from './endpoint';

export const DEFAULT_RETRIES = 2;
const BASE_DELAY_MS = 500;
/** A longer Retry-After means the daily budget is spent: failing beats waiting. */
export const MAX_RETRY_AFTER_MS = 60_000;
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export type Failure =
	| { kind: 'response'; response: IN8nHttpFullResponse }
	| { kind: 'connection'; notSent: boolean };

/** Milliseconds to wait before attempt `attempt + 1`, or undefined when the call must not be retried. */
export function retryDelay(endpoint: KometEndpoint, failure: Failure, attempt: number, retries: number, now = Date.now()) {
	if (attempt >= retries) return undefined;
	const backoff = BASE_DELAY_MS * 2 ** attempt;
	if (failure.kind === 'connection') {
		return failure.notSent || endpoint.idempotent ? backoff : undefined;
	}
	if (!endpoint.idempotent || !RETRYABLE_STATUS.has(failure.response.statusCode)) return undefined;
	const retryAfter = parseRetryAfter(failure.response.headers?.['retry-after'], now);
	if (retryAfter === undefined) return backoff;
	return retryAfter <= MAX_RETRY_AFTER_MS ? retryAfter : undefined;
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	const text = Array.isArray(value) ? value[0] : value;
	if (typeof text !== 'string' && typeof text !== 'number') return undefined;
	const trimmed = String(text).trim();
	if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
	const date = Date.parse(trimmed);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
