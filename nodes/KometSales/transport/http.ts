/**
 * One HTTP exchange with Komet through n8n's own HTTP helper, bounded the way a hostile
 * network or a misbehaving edge cannot stretch:
 * - redirects are never followed: Komet never redirects, and following one would resend
 *   a create and carry the token to another host;
 * - the timeout is a deadline for the whole exchange, last byte of the answer included,
 *   not an idle timer that a trickling answer keeps resetting;
 * - the answer is read up to MAX_ANSWER_CHARS and abandoned beyond.
 */
import type {
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { phaseOf, type ConnectionPhase } from './retry';

/** Komet's answers are small (a product catalogue is a few MB); anything larger is not Komet. */
export const MAX_ANSWER_CHARS = 16 * 1024 * 1024;

export interface HttpAnswer {
	statusCode: number;
	headers: Record<string, unknown>;
	text: string;
}

/** Why an exchange produced no answer to interpret. */
export class ExchangeFailure extends Error {
	constructor(
		readonly reason: 'timeout' | 'cancelled' | 'tooLarge' | 'network',
		readonly phase: ConnectionPhase,
		readonly code?: string,
		readonly statusCode?: number,
	) {
		super(reason);
		this.name = 'ExchangeFailure';
	}
}

/** The part of a Node.js readable stream the body reader needs (no `stream` import in community nodes). */
interface TextStream {
	setEncoding(encoding: 'utf8'): unknown;
	destroy(error?: Error): unknown;
	[Symbol.asyncIterator](): AsyncIterator<string>;
}

type HttpContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** The answer, or why there is none: never throws, so the caller can judge every failure. */
export async function exchange(
	context: HttpContext,
	request: IHttpRequestOptions,
	timeoutMs: number,
): Promise<HttpAnswer | ExchangeFailure> {
	const deadline = AbortSignal.timeout(timeoutMs);
	const cancel = 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
	const signal = cancel ? AbortSignal.any([deadline, cancel]) : deadline;
	const stopped = () => new ExchangeFailure(deadline.aborted ? 'timeout' : 'cancelled', 'exchange');

	let response: IN8nHttpFullResponse;
	try {
		response = (await context.helpers.httpRequest({
			...request,
			disableFollowRedirect: true,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: timeoutMs,
			abortSignal: signal,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		return signal.aborted ? stopped() : networkFailure(error as NodeJS.ErrnoException);
	}

	return await readAnswer(response, signal, stopped);
}

/**
 * An answer whose body is a stream (or already a text), read as text up to MAX_ANSWER_CHARS
 * and until `signal` stops it. Also reads the answers of n8n's legacy request helper, the only
 * one a credential test has (methods/credentialTest.ts).
 */
export async function readAnswer(
	response: { statusCode: number; headers?: object; body?: unknown },
	signal: AbortSignal,
	stopped: () => ExchangeFailure,
): Promise<HttpAnswer | ExchangeFailure> {
	const headers = (response.headers ?? {}) as Record<string, unknown>;
	const stream = response.body as TextStream | string | undefined;
	if (typeof stream === 'string' || stream === undefined) {
		return { statusCode: response.statusCode, headers, text: stream ?? '' };
	}
	// A character takes at most 4 bytes: a longer declared body cannot fit.
	if (Number(headers['content-length']) > MAX_ANSWER_CHARS * 4) {
		stream.destroy();
		return new ExchangeFailure('tooLarge', 'exchange', undefined, response.statusCode);
	}
	const text = await readText(stream, signal, stopped, response.statusCode);
	return typeof text === 'string' ? { statusCode: response.statusCode, headers, text } : text;
}

/** Why a request got no answer: a timeout, or the network (with the phase it failed in). Also judges the credential test's. */
export function networkFailure(error: NodeJS.ErrnoException): ExchangeFailure {
	const code = error.code ?? (error.cause as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(error.message ?? '')) {
		return new ExchangeFailure('timeout', 'exchange', code);
	}
	return new ExchangeFailure('network', phaseOf(code), code);
}

async function readText(
	stream: TextStream,
	signal: AbortSignal,
	stopped: () => ExchangeFailure,
	statusCode: number,
): Promise<string | ExchangeFailure> {
	const onAbort = () => stream.destroy(stopped());
	signal.addEventListener('abort', onAbort, { once: true });
	let text = '';
	try {
		stream.setEncoding('utf8');
		for await (const chunk of stream) {
			text += chunk;
			if (text.length > MAX_ANSWER_CHARS) {
				stream.destroy();
				return new ExchangeFailure('tooLarge', 'exchange', undefined, statusCode);
			}
		}
	} catch (error) {
		if (error instanceof ExchangeFailure) return error;
		// The answer broke off after Komet started sending it: the request certainly arrived.
		return signal.aborted ? stopped() : new ExchangeFailure('network', 'exchange', (error as NodeJS.ErrnoException).code, statusCode);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
	return signal.aborted ? stopped() : text;
}
