/**
 * The only code that speaks to Komet: token placement, the 64 KB limit, the retry rule
 * (transport/retry.ts) and the translation of failures into KometCallErrors that say
 * whether Komet may have processed the request.
 */
import {
	sleep,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IPollFunctions,
} from 'n8n-workflow';

import { interpretAnswer, type KometResponse } from './answer';
import { checkBaseUrl, KOMET_CREDENTIAL_TYPE, type KometCredentials } from './credentials';
import type { KometEndpoint } from '../komet/method';
import { KometCallError, redact } from './errors';
import { exchange, ExchangeFailure, MAX_ANSWER_CHARS } from './http';
import { budgetOfRun, RequestBudget } from './budget';
import { inferDoneByEarlierAttempt, mayHaveReachedKomet } from './lostAnswers';
import { DEFAULT_RETRIES, provablyNotSent, retryDelay, type Failure } from './retry';
import { sentEarlierInExecution } from './sentOnce';
import { MAX_REQUEST_BYTES, utf8Length } from './size';

export type { KometResponse } from './answer';
export { RequestBudget } from './budget';

export interface CallOptions {
	/** Milliseconds for one exchange with Komet, last byte of the answer included. */
	timeout?: number;
	/** How many times a call may be sent again where that is safe (transport/retry.ts). */
	retries?: number;
	/**
	 * Epoch milliseconds by which the call must be over (a trigger poll's time): each exchange's
	 * timeout ends there at the latest, and no resend waits past it.
	 */
	deadline?: number;
}

type KometContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** Tells the sessions apart: a request sent twice within one session is the user's data asking for it. */
let sessions = 0;

const DEFAULT_TIMEOUT_MS = 60_000;

/** Said on every failure after which a create may exist in Komet. */
const MAY_EXIST =
	'Komet may have processed this request before it failed: check in Komet whether it was created before running it again.';

/** The credential of one node run, read once, and the calls made with it. */
export interface KometSession {
	call(endpoint: KometEndpoint, payload: IDataObject, options?: CallOptions): Promise<KometResponse>;
	/** The size of a body as it will be sent, token included, to plan calls under 64 KB. */
	measure(endpoint: KometEndpoint, payload: IDataObject): number;
	/** HTTP requests sent so far in this session, resends included. */
	readonly sent: number;
}

export interface SessionOptions {
	/**
	 * At most this many HTTP requests for the whole session (a node run, a trigger poll),
	 * resends included: one counter, checked before every request leaves.
	 */
	maxRequests?: number;
}

export async function openSession(context: KometContext, options: SessionOptions = {}): Promise<KometSession> {
	const credentials = await context.getCredentials<KometCredentials>(KOMET_CREDENTIAL_TYPE);
	// n8n's Retry On Fail runs the node again within the same run: its tries share one budget.
	const budget = budgetOfRun(context, options.maxRequests);
	const session = ++sessions;
	return {
		call: async (endpoint, payload, callOptions) => await send(context, credentials, endpoint, payload, callOptions, budget, session),
		measure: (endpoint, payload) => utf8Length(JSON.stringify(wireBody(endpoint, credentials.token ?? '', payload))),
		get sent() {
			return budget.sent;
		},
	};
}

/** Said when a request is not sent because the session's budget is spent. */
export function budgetSpentText(max: number) {
	return `Max Requests per Run (${max}) is reached: every request counts, resends included`;
}

/** One call, for callers that make a single one (dropdowns). */
export async function callKomet(context: KometContext, endpoint: KometEndpoint, payload: IDataObject, options?: CallOptions) {
	return await (await openSession(context)).call(endpoint, payload, options);
}

async function send(
	context: KometContext,
	credentials: KometCredentials,
	endpoint: KometEndpoint,
	payload: IDataObject,
	options: CallOptions = {},
	budget = new RequestBudget(),
	session = ++sessions,
): Promise<KometResponse> {
	const repeatable = endpoint.repeatable(payload);
	const http = buildRequest(credentials, endpoint, payload);
	if (repeatable) return await attempts(context, credentials, endpoint, payload, http, options, budget);

	// A request that must not be done twice is refused when this execution already sent the
	// same one from another node run: an AI agent calling a create tool again after a lost answer.
	const executionId = executionIdOf(context);
	const sent = executionId ? sentEarlierInExecution(executionId, endpoint.path, payload, session) : undefined;
	if (sent?.earlier) throw repeatedInExecution(context, endpoint);
	const outcome = await attempts(context, credentials, endpoint, payload, http, options, budget, () => sent?.remember()).then(
		(response) => ({ response }),
		(error: unknown) => ({ error }),
	);
	if ('response' in outcome) return outcome.response;
	// Komet refused it outright, or it never left: sending it again cannot do it twice.
	if (!(outcome.error instanceof KometCallError) || outcome.error.details.sent !== 'maybe') sent?.forget();
	throw outcome.error;
}

async function attempts(
	context: KometContext,
	credentials: KometCredentials,
	endpoint: KometEndpoint,
	payload: IDataObject,
	http: IHttpRequestOptions,
	options: CallOptions,
	budget: RequestBudget,
	beforeSending?: () => void,
): Promise<KometResponse> {
	const token = credentials.token;
	const repeatable = endpoint.repeatable(payload);
	const retries = options.retries ?? DEFAULT_RETRIES;
	const fullTimeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
	const deadline = options.deadline ?? Number.POSITIVE_INFINITY;

	/** How an earlier attempt that may have reached Komet failed (a timeout, a reset after sending, a 5xx), if one did. */
	let earlierMayHaveArrived: string | undefined;
	for (let attempt = 0; ; attempt++) {
		let failure: Failure;
		let error: KometCallError;
		if (budget.spent) {
			throw new KometCallError(`${budgetSpentText(budget.max)}; ${endpoint.path} was not sent`, {
				description: 'Raise Max Requests per Run in Options if that is intended, or ask for fewer dates or lines. Nothing more was sent.',
				sent: 'no',
			});
		}
		budget.sent++;
		beforeSending?.();
		const timeout = Math.max(1, Math.min(fullTimeout, deadline - Date.now()));
		const answer = await exchange(context, http, timeout);
		if (answer instanceof ExchangeFailure) {
			// An answer too large to read is an answer: sending again would bring the same.
			failure =
				answer.reason === 'tooLarge'
					? { kind: 'response', statusCode: answer.statusCode ?? 200 }
					: { kind: 'connection', code: answer.code, phase: answer.phase };
			error = exchangeError(endpoint, answer, failure, timeout, token);
		} else if (answer.statusCode >= 300 && answer.statusCode < 400) {
			failure = { kind: 'response', statusCode: answer.statusCode, headers: answer.headers };
			error = redirectError(answer.statusCode, answer.headers.location, token);
		} else {
			failure = { kind: 'response', statusCode: answer.statusCode, headers: answer.headers };
			try {
				return { ...interpretAnswer(endpoint, answer, token), serverTime: serverTime(answer.headers) };
			} catch (refused) {
				const done = earlierMayHaveArrived && inferDoneByEarlierAttempt(endpoint, payload, refused, earlierMayHaveArrived);
				if (done) return done;
				error =
					refused instanceof KometCallError
						? refused
						: new KometCallError(`Komet Sales's answer could not be read: ${(refused as Error).message}`, { sent: 'maybe' });
			}
		}
		const delay = retryDelay(repeatable, failure, attempt, retries);
		if (delay === undefined) throw withMayExist(context, endpoint, error, repeatable);
		if (Date.now() + delay >= deadline) {
			error.details.description = [error.details.description, 'Not resent: the time for this call is up.'].filter(Boolean).join(' ');
			throw withMayExist(context, endpoint, error, repeatable);
		}
		if (budget.spent) {
			// The resend would overspend: the failure stands, with why it was not resent.
			error.details.description = [error.details.description, `Not resent: ${budgetSpentText(budget.max)}.`].filter(Boolean).join(' ');
			throw withMayExist(context, endpoint, error, repeatable);
		}
		earlierMayHaveArrived ??= mayHaveReachedKomet(failure, error);
		context.logger.warn(
			`Komet Sales: ${endpoint.path} failed (${error.message}); retry ${attempt + 1} of ${retries} in ${delay} ms`,
		);
		await sleep(delay);
	}
}

function executionIdOf(context: KometContext): string | undefined {
	try {
		return context.getExecutionId?.() || undefined;
	} catch {
		return undefined;
	}
}

/** Komet's time when it answered, from the answer's `Date` header (epoch ms), if it sent a readable one. */
function serverTime(headers: Record<string, unknown>): number | undefined {
	const value = Array.isArray(headers.date) ? headers.date[0] : headers.date;
	const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
	return Number.isFinite(time) ? time : undefined;
}

/** Whether the node runs as an AI agent's tool: the model reads only the error's message. */
function asTool(context: KometContext): boolean {
	try {
		return context.getNode().type.endsWith('Tool');
	} catch {
		return false;
	}
}

/** What the model must do instead of calling the tool again. */
const doNotRepeat = (endpoint: KometEndpoint) =>
	`Do not call this tool again with the same input: Komet may already have done it. Instead ${endpoint.checkInstead ?? 'check in Komet whether it was done'}, and tell the user.`;

/** The same request that must not be done twice, already sent by an earlier node run of this execution. */
function repeatedInExecution(context: KometContext, endpoint: KometEndpoint): KometCallError {
	const check = endpoint.checkInstead ? ` Check in Komet first: ${endpoint.checkInstead}.` : '';
	return new KometCallError(
		asTool(context)
			? `Not sent: this exact ${endpoint.path} request was already sent to Komet earlier in this execution. ${doNotRepeat(endpoint)}`
			: `Not sent: this exact ${endpoint.path} request was already sent to Komet earlier in this execution`,
		{
			description: `Sending the same content again could do it twice in Komet (a second order, a second line).${check} To do it twice on purpose, send it in another execution. Nothing was sent.`,
			sent: 'no',
		},
	);
}

/** What a request that must not be done twice may have done when its answer is lost, and where to check. */
export function mayHaveBeenDone(endpoint: KometEndpoint): string {
	const check = endpoint.checkInstead ? ` To check: ${endpoint.checkInstead}.` : '';
	return endpoint.mayHaveDone
		? `Komet may have ${endpoint.mayHaveDone} before this failed: check in Komet before running it again.${check}`
		: `${MAY_EXIST}${check}`;
}

/** A failure after which a request that must not be done twice may have been done says so, and where to check. */
function withMayExist(context: KometContext, endpoint: KometEndpoint, error: KometCallError, repeatable: boolean): KometCallError {
	const said = mayHaveBeenDone(endpoint);
	if (repeatable || error.details.sent !== 'maybe' || error.details.description?.includes(said)) return error;
	error.details.description = [error.details.description, said].filter(Boolean).join(' ');
	if (asTool(context)) error.message = `${error.message.replace(/[.\s]*$/, '')}. ${doNotRepeat(endpoint)}`;
	return error;
}

function redirectError(statusCode: number, location: unknown, token: string) {
	const target = typeof location === 'string' && location ? ` to ${redact(location, token).slice(0, 300)}` : '';
	return new KometCallError(`Komet Sales answered HTTP ${statusCode}, a redirect${target}`, {
		httpCode: statusCode,
		description:
			'Komet never redirects, so the redirect was not followed (it would have resent the request, and the token, elsewhere). Check the base URL in the Komet Sales credential and any proxy in between.',
		sent: 'maybe',
	});
}

function exchangeError(endpoint: KometEndpoint, failure: ExchangeFailure, placed: Failure, timeout: number, token: string): KometCallError {
	const code = failure.code ? `${failure.code}: ` : '';
	if (failure.reason === 'tooLarge') {
		return new KometCallError(`Komet Sales sent an answer larger than ${MAX_ANSWER_CHARS / 1024 / 1024} MB`, {
			httpCode: failure.statusCode,
			description: endpoint.tooLargeMeans
				? `The answer was abandoned: that is ${endpoint.tooLargeMeans}, more than this node reads.`
				: 'The answer was abandoned: Komet answers are far smaller. Check the base URL and any proxy in between.',
			sent: 'maybe',
		});
	}
	if (failure.reason === 'timeout') {
		return new KometCallError('Komet Sales did not answer in time', {
			description: `No complete answer within ${timeout} ms. Raise the Timeout option, or try again later.`,
			sent: 'maybe',
		});
	}
	if (failure.reason === 'cancelled') {
		return new KometCallError('The execution was cancelled while waiting for Komet Sales', { sent: 'maybe' });
	}
	if (provablyNotSent(placed)) {
		return new KometCallError('Could not reach Komet Sales', {
			// The error code goes in the description: n8n replaces messages that contain one.
			description: redact(`${code}nothing was sent. Check the base URL in the Komet Sales credential.`, token),
			sent: 'no',
		});
	}
	return new KometCallError(
		failure.statusCode === undefined ? 'The connection to Komet Sales broke' : 'The answer of Komet Sales broke off',
		{ description: redact(`${code}the request may have reached Komet.`, token), sent: 'maybe' },
	);
}

/** The request exactly as the Komet page documents it, with the token where the method wants it. */
export function buildRequest(credentials: KometCredentials, endpoint: KometEndpoint, payload: IDataObject): IHttpRequestOptions {
	const base = checkBaseUrl(credentials.baseUrl);
	if ('problem' in base) {
		throw new KometCallError(base.problem, {
			description: 'Fix the base URL in the Komet Sales credential. Nothing was sent.',
			sent: 'no',
		});
	}
	const token = credentials.token ?? '';
	const http: IHttpRequestOptions = {
		method: endpoint.httpMethod,
		url: `${base.url}/${endpoint.path}`,
		headers: { Accept: 'application/json' },
	};
	if (endpoint.token === 'header') http.headers = { ...http.headers, authenticationToken: token };
	if ((endpoint.fields ?? (endpoint.token === 'query' ? 'query' : 'body')) === 'query') {
		http.qs = endpoint.token === 'query' ? { authenticationToken: token, ...payload } : payload;
		return http;
	}
	// Serialised once: the text measured against 64 KB is the text sent.
	const body = JSON.stringify(wireBody(endpoint, token, payload));
	const bytes = utf8Length(body);
	if (bytes > MAX_REQUEST_BYTES) {
		throw new KometCallError(`The request to ${endpoint.path} is ${bytes} bytes, over Komet's 64 KB limit`, {
			description: 'Komet cannot take this request in one piece: send fewer or shorter lines per input item. Nothing was sent.',
			sent: 'no',
		});
	}
	http.headers = { ...http.headers, 'Content-Type': 'application/json' };
	http.body = body;
	return http;
}

/** The JSON body as it goes on the wire: v1 methods carry the token in it, v2 methods in a header. */
export function wireBody(endpoint: KometEndpoint, token: string, payload: IDataObject): IDataObject {
	return endpoint.token === 'body' ? { authenticationToken: token, ...payload } : payload;
}
