/**
 * The retry rule, in one place. An order that costs money must never be created twice.
 *
 * Whether a request may be sent again depends on what the method does with it, not on
 * its HTTP verb (the endpoint's `repeatable`):
 * - repeatable requests (reads, and true overwrites such as box.externalcode.update)
 *   are sent again after 429, 5xx, timeouts and broken connections, with backoff that
 *   honours Retry-After;
 * - everything else (creates, and a standing-order PUT that carries items, which adds
 *   lines) is sent again only when the request provably never left this machine.
 *
 * "Provably never left" is judged from the whole exchange. Redirects are never followed
 * (Komet never redirects), so an exchange is one request to one host, and it provably
 * never left only when it failed before a connection could carry it:
 * - the name did not resolve (ENOTFOUND, EAI_AGAIN);
 * - the connection was refused or the host unreachable (ECONNREFUSED, EHOSTUNREACH,
 *   ENETUNREACH);
 * - the TLS handshake failed (certificate or protocol errors): no request byte is written
 *   before the handshake completes;
 * - the node refused it itself (base URL, size, budget).
 * Anything else may have been processed: a timeout, a reset or a closed socket after
 * connecting, any HTTP answer (5xx included), a redirect, an answer that could not be read.
 * Of those, only refused connections and unresolved names are worth retrying: a TLS
 * failure will fail again.
 */
export const DEFAULT_RETRIES = 2;
const BASE_DELAY_MS = 500;
/** A longer Retry-After means the daily budget is spent: failing beats waiting. */
export const MAX_RETRY_AFTER_MS = 60_000;
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const TLS_HANDSHAKE =
	/^(EPROTO|ERR_SSL_|ERR_TLS_CERT|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH)/;

/** How one exchange with Komet failed. */
export type Failure =
	| { kind: 'response'; statusCode: number; headers?: Record<string, unknown> }
	| { kind: 'connection'; code?: string; phase: ConnectionPhase };

/**
 * Where a connection failure happened: before anything could be written (`connect`:
 * resolving, connecting, TLS handshake), or after (`exchange`: waiting for or reading the
 * answer, or a failure we cannot place).
 */
export type ConnectionPhase = 'connect' | 'exchange';

/** Places a network error code in the exchange. Unknown codes count as "may have been sent". */
export function phaseOf(code: string | undefined): ConnectionPhase {
	if (code === undefined) return 'exchange';
	return NOT_CONNECTED.has(code) || TLS_HANDSHAKE.test(code) ? 'connect' : 'exchange';
}

/** Whether the request provably never reached Komet. */
export function provablyNotSent(failure: Failure): boolean {
	return failure.kind === 'connection' && failure.phase === 'connect';
}

/** Milliseconds to wait before attempt `attempt + 1`, or undefined when the call must not be sent again. */
export function retryDelay(repeatable: boolean, failure: Failure, attempt: number, retries: number, now = Date.now()) {
	if (attempt >= retries) return undefined;
	const backoff = BASE_DELAY_MS * 2 ** attempt;
	if (failure.kind === 'connection') {
		if (provablyNotSent(failure)) return failure.code !== undefined && NOT_CONNECTED.has(failure.code) ? backoff : undefined;
		return repeatable ? backoff : undefined;
	}
	if (!repeatable || !RETRYABLE_STATUS.has(failure.statusCode)) return undefined;
	const retryAfter = parseRetryAfter(failure.headers?.['retry-after'], now);
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
