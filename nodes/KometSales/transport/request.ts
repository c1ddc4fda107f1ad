/**
 * The only code that speaks HTTP to Komet: token placement, the 64 KB limit,
 * the response envelope and the translation of failures into KometCallErrors.
 */
import {
	sleep,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
} from 'n8n-workflow';

import { checkBaseUrl, KOMET_CREDENTIAL_TYPE, type KometCredentials } from './credentials';
import type { KometEndpoint } from './endpoint';
import { KometCallError, redact, redactValue } from './errors';
import { MAX_REQUEST_BYTES, utf8Length } from './size';
import { DEFAULT_RETRIES, retryDelay, type Failure } from './retry';
import { normaliseRecord, normaliseStatus } from './status';

export interface KometResponse {
	/** 1 success, 0 failure; undefined when Komet sent none. */
	status: 0 | 1 | undefined;
	message?: string;
	/** The per-line results (`boxes[]`, `items[]`) when the method returns them. */
	results?: IDataObject[];
	/** The whole answer, for fields outside the envelope (standingOrderId, ...). */
	body: IDataObject;
}

export interface CallOptions {
	/** Milliseconds to wait for Komet's answer. */
	timeout?: number;
	/** How many times a call may be sent again where that is safe (transport/retry.ts). */
	retries?: number;
}

type KometContext = IExecuteFunctions | ILoadOptionsFunctions;

const DEFAULT_TIMEOUT_MS = 60_000;

export async function callKomet(
	context: KometContext,
	endpoint: KometEndpoint,
	payload: IDataObject,
	options: CallOptions = {},
): Promise<KometResponse> {
	const credentials = await context.getCredentials<KometCredentials>(KOMET_CREDENTIAL_TYPE);
	const token = credentials.token;
	const request = buildRequest(credentials, endpoint, payload);
	request.timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;

	const retries = options.retries ?? DEFAULT_RETRIES;

	for (let attempt = 0; ; attempt++) {
		let failure: Failure;
		let error: KometCallError | undefined;
		try {
			failure = { kind: 'response', response: (await context.helpers.httpRequest(request)) as IN8nHttpFullResponse };
		} catch (thrown) {
			error = connectionError(thrown as NodeJS.ErrnoException, token);
			failure = { kind: 'connection', notSent: error.details.notSent === true };
		}
		const delay = retryDelay(endpoint, failure, attempt, retries);
		if (delay === undefined) {
			if (failure.kind === 'response') return interpretResponse(endpoint, failure.response, token);
			throw error;
		}
		const reason = failure.kind === 'response' ? `HTTP ${failure.response.statusCode}` : error?.message;
		context.logger.warn(`Komet Sales: ${endpoint.path} failed (${reason}); retry ${attempt + 1} of ${retries} in ${delay} ms`);
		await sleep(delay);
	}
}

/** The request exactly as the Komet page documents it, with the token where the method wants it. */
export function buildRequest(
	credentials: KometCredentials,
	endpoint: KometEndpoint,
	payload: IDataObject,
): IHttpRequestOptions {
	const base = checkBaseUrl(credentials.baseUrl);
	if ('problem' in base) {
		throw new KometCallError(base.problem, {
			description: 'Fix the base URL in the Komet Sales credential.',
			notSent: true,
		});
	}
	const token = credentials.token ?? '';
	const request: IHttpRequestOptions = {
		method: endpoint.httpMethod,
		url: `${base.url}/${endpoint.path}`,
		headers: { Accept: 'application/json' },
		// Parsed here rather than by the HTTP client, so a non-JSON answer is reported, not guessed at.
		encoding: 'text',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	if (endpoint.token === 'query') {
		request.qs = { authenticationToken: token, ...payload };
		return request;
	}
	if (endpoint.token === 'header') request.headers = { ...request.headers, authenticationToken: token };
	const body = wireBody(endpoint, token, payload);
	const bytes = utf8Length(JSON.stringify(body));
	if (bytes > MAX_REQUEST_BYTES) {
		throw new KometCallError(`The request to ${endpoint.path} is ${bytes} bytes, over Komet's 64 KB limit`, {
			description: 'Komet cannot take this request in one piece: send fewer or shorter lines per input item.',
			notSent: true,
		});
	}
	request.body = body;
	return request;
}

/** Measures request bodies as they will be sent, token included, to plan calls under 64 KB. */
export async function bodyMeasurer(context: KometContext, endpoint: KometEndpoint) {
	const { token } = await context.getCredentials<KometCredentials>(KOMET_CREDENTIAL_TYPE);
	return (payload: IDataObject) => utf8Length(JSON.stringify(wireBody(endpoint, token ?? '', payload)));
}

/** The JSON body as it goes on the wire: v1 methods carry the token in it, v2 methods in a header. */
export function wireBody(endpoint: KometEndpoint, token: string, payload: IDataObject): IDataObject {
	return endpoint.token === 'body' ? { authenticationToken: token, ...payload } : payload;
}

const HINTS: Record<number, string> = {
	401: 'Check the token in the Komet Sales credential (Komet: Setup → Settings → Tokens).',
	403: 'The token is not allowed to call this method: tick it for the token in Komet (Setup → Settings → Tokens), or use a token of the kind the method accepts.',
	404: 'Check the base URL in the Komet Sales credential.',
	429: "Komet is limiting requests: the company's daily budget (about 1,000 requests per user) may be spent. Try again later.",
};

function hintFor(httpCode: number): string | undefined {
	return HINTS[httpCode] ?? (httpCode >= 500 ? 'Komet Sales failed to answer; try again later.' : undefined);
}

export function interpretResponse(
	endpoint: KometEndpoint,
	response: IN8nHttpFullResponse,
	token: string | undefined,
): KometResponse {
	const httpCode = response.statusCode;
	const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '');
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		body = undefined;
	}

	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		const snippet = redact(text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim(), token).slice(0, 200);
		throw new KometCallError(
			httpCode >= 400
				? `Komet Sales answered HTTP ${httpCode}${snippet ? `: ${snippet}` : ''}`
				: `Komet Sales answered ${endpoint.path} with something that is not JSON${snippet ? `: ${snippet}` : ''}`,
			{ httpCode, description: hintFor(httpCode) },
		);
	}

	const envelope = redactValue(body as IDataObject, token);
	const message = typeof envelope.message === 'string' ? envelope.message : undefined;
	if (httpCode >= 400) {
		throw new KometCallError(message ?? `Komet Sales answered HTTP ${httpCode}`, {
			httpCode,
			description: hintFor(httpCode),
			response: envelope,
		});
	}

	const status = normaliseStatus(envelope.status);
	const rawResults = endpoint.resultsKey ? envelope[endpoint.resultsKey] : undefined;
	const results = Array.isArray(rawResults) ? (rawResults as IDataObject[]) : undefined;
	if (endpoint.list) {
		// Komet signals an empty list by a message ("Products not found.") and no array.
		if (results !== undefined || (status === 0 && /not found/i.test(message ?? ''))) {
			return { status: 1, message, results: (results ?? []).map(normaliseRecord), body: envelope };
		}
	}
	// A per-line array means partial success is possible: each line carries its own status.
	if (results === undefined && status !== 1) {
		throw new KometCallError(message ?? `Komet Sales did not accept the ${endpoint.path} request`, {
			httpCode,
			description:
				status === undefined ? 'Komet Sales answered without a status.' : 'Komet Sales reported a failure (status 0).',
			response: envelope,
		});
	}
	return { status, message, results, body: envelope };
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function connectionError(error: NodeJS.ErrnoException, token: string | undefined): KometCallError {
	const code = error.code ?? (error.cause as NodeJS.ErrnoException | undefined)?.code;
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(error.message ?? '');
	const reason = timedOut
		? 'Komet Sales did not answer in time'
		: code === 'ECONNRESET'
			? 'The connection to Komet Sales was reset'
			: 'Could not reach Komet Sales';
	// The error code goes in the description: n8n replaces messages that contain one.
	return new KometCallError(reason, {
		description: redact(
			timedOut
				? 'Raise the Timeout option, or try again later. A create may still have been processed by Komet: check before resending.'
				: `${code ? `${code}: ` : ''}${error.message ?? ''}. Check the base URL in the Komet Sales credential.`,
			token,
		),
		notSent: code !== undefined && NOT_SENT_CODES.has(code),
	});
}
