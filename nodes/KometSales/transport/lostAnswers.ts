/**
 * A repeatable request resent after its answer was lost may be refused because the lost
 * attempt already did the work: a delete answered "does not exist", a sync mark answered
 * "already synchronized". That refusal is read as done only when nothing else can explain it
 * (docs/komet-api.md, "Retry classes"):
 * - an earlier attempt may have reached Komet: a timeout, a connection broken after sending, a
 *   5xx. A 429 or a refused connection means nothing was processed, so the refusal is Komet's
 *   real answer (an id that never existed);
 * - the refusal is Komet's own: a JSON envelope with `status` 0, not a gateway's HTML page or a
 *   5xx that happens to say "does not exist";
 * - its words name the record itself (the line, not its prebook), and any number in them is
 *   one the request sent.
 * The item then says it was inferred, with Komet's words: nobody saw the earlier answer.
 */
import type { IDataObject } from 'n8n-workflow';

import type { KometResponse } from './answer';
import type { KometEndpoint } from '../komet/method';
import { KometCallError } from './errors';
import type { Failure } from './retry';
import { normaliseStatus } from '../komet/status';

/** How a failed attempt may have reached Komet ("got HTTP 503", "got no answer in time"), or undefined when it cannot have been processed. */
export function mayHaveReachedKomet(failure: Failure, error: KometCallError): string | undefined {
	if (failure.kind === 'connection') {
		if (failure.phase === 'connect') return undefined;
		return /in time/.test(error.message) ? 'got no answer in time' : 'lost its connection after sending';
	}
	return failure.statusCode >= 500 ? `got HTTP ${failure.statusCode}` : undefined;
}

const isRecord = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The answer "done by an earlier attempt" for Komet's refusal of a resend, or undefined when the refusal stands. */
export function inferDoneByEarlierAttempt(
	endpoint: KometEndpoint,
	payload: IDataObject,
	refused: unknown,
	earlier: string,
): KometResponse | undefined {
	const rule = endpoint.doneByEarlierAttempt;
	if (!rule || !(refused instanceof KometCallError)) return undefined;
	const { httpCode, response } = refused.details;
	if (!isRecord(response) || normaliseStatus(response.status) !== 0) return undefined;
	if (httpCode !== undefined && (httpCode >= 500 || httpCode === 429)) return undefined;
	const kometMessage = typeof response.message === 'string' ? response.message.trim() : '';
	if (!rule.refusal.test(kometMessage)) return undefined;
	const sent = new Set(Object.values(payload).map((value) => String(value)));
	if ((kometMessage.match(/\d+/g) ?? []).some((number) => !sent.has(number))) return undefined;

	const message = `${rule.done} by an earlier attempt (inferred, not confirmed by Komet): an attempt that ${earlier} may have reached Komet and its answer was lost; resent, Komet answered: ${kometMessage}`;
	return { status: 1, message, body: { status: 1, message, [rule.flag]: true, kometMessage } };
}
