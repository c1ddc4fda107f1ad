/**
 * Komet's answer, read once: the envelope `{ status, message, <results>: [...] }` with
 * its type drift removed (status "1"/1 → 1), every result line checked to be a record,
 * and whole-call failures told apart from per-line ones.
 */
import type { IDataObject } from 'n8n-workflow';

import type { KometEndpoint } from '../komet/method';
import { KometCallError, redact, redactValue } from './errors';
import type { HttpAnswer } from './http';
import { normaliseRecord, normaliseStatus } from '../komet/status';

export interface KometResponse {
	/** 1 success, 0 failure; undefined when Komet sent none. */
	status: 0 | 1 | undefined;
	message?: string;
	/**
	 * The per-line results (`boxes[]`, `items[]`) when the method returns them, each a
	 * record whose `status` is 1 or 0 where Komet sent a known value, else as sent.
	 */
	results?: IDataObject[];
	/** The whole answer, for fields outside the envelope (standingOrderId, ...). */
	body: IDataObject;
	/** Komet's clock when it answered (its `Date` header, epoch ms), when it sent one. */
	serverTime?: number;
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

/** A readable excerpt of a non-JSON answer (an HTML error page): cut first, then cleaned, in linear time. */
export function excerpt(text: string, token: string | undefined): string {
	const cut = redact(text.slice(0, 4000), token).slice(0, 1000);
	let plain = '';
	let inTag = false;
	for (const character of cut) {
		if (character === '<') inTag = true;
		else if (character === '>' && inTag) {
			inTag = false;
			plain += ' ';
		} else if (!inTag) plain += character;
	}
	return plain.replace(/\s+/g, ' ').trim().slice(0, 200);
}

const isRecord = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export function interpretAnswer(endpoint: KometEndpoint, answer: Pick<HttpAnswer, 'statusCode' | 'text'>, token: string | undefined): KometResponse {
	const httpCode = answer.statusCode;
	let body: unknown;
	try {
		body = JSON.parse(answer.text);
	} catch {
		body = undefined;
	}

	if (!isRecord(body)) {
		const snippet = excerpt(answer.text, token);
		throw new KometCallError(
			httpCode >= 400
				? `Komet Sales answered HTTP ${httpCode}${snippet ? `: ${snippet}` : ''}`
				: `Komet Sales answered ${endpoint.path} with ${body === undefined ? 'something that is not JSON' : 'JSON that is not an object'}${snippet ? `: ${snippet}` : ''}`,
			{ httpCode, description: hintFor(httpCode), sent: httpCode < 400 || httpCode >= 500 ? 'maybe' : undefined },
		);
	}

	const envelope = redactValue(body, token);
	const message = typeof envelope.message === 'string' ? envelope.message : undefined;
	if (httpCode >= 400) {
		throw new KometCallError(message ?? `Komet Sales answered HTTP ${httpCode}`, {
			httpCode,
			description: hintFor(httpCode),
			response: envelope,
			sent: httpCode >= 500 ? 'maybe' : undefined,
		});
	}

	const status = normaliseStatus(envelope.status);
	const rawResults = endpoint.resultsKey ? envelope[endpoint.resultsKey] : undefined;
	if (rawResults !== undefined && !Array.isArray(rawResults)) {
		throw malformed(endpoint, `"${endpoint.resultsKey}" is not a list`, httpCode, envelope);
	}
	const malformedAt = rawResults?.findIndex((entry) => !isRecord(entry)) ?? -1;
	if (rawResults && malformedAt >= 0) {
		throw malformed(endpoint, `${endpoint.resultsKey}[${malformedAt}] is ${JSON.stringify(rawResults[malformedAt])?.slice(0, 40)}, not a record`, httpCode, envelope);
	}
	const records = rawResults as IDataObject[] | undefined;

	if (endpoint.emptyAnswers) {
		if (records !== undefined && status !== 0) return { status: 1, message, results: records.map((record) => readListRecord(endpoint, record)), body: envelope };
		// Komet says a list is empty by its own words and no array (docs/komet-api.md, "Empty lists").
		const said = message?.trim().toLowerCase();
		if (!records?.length && endpoint.emptyAnswers.some((words) => words.toLowerCase() === said)) {
			return { status: 1, message, results: [], body: envelope };
		}
		if (status === 1) throw malformed(endpoint, `"${endpoint.resultsKey}" is missing, and "${message ?? ''}" is not how Komet says the list is empty`, httpCode, envelope);
		throw wholeCallFailure(endpoint, status, message, httpCode, envelope);
	}
	// A failure with no per-line result is a failure of the whole call, whatever else came with it.
	if (status !== 1 && !records?.length) throw wholeCallFailure(endpoint, status, message, httpCode, envelope);
	const results = records?.map((record) => {
		const lineStatus = normaliseStatus(record.status);
		return lineStatus === undefined ? record : { ...record, status: lineStatus };
	});
	return { status, message, results, body: envelope };
}

function wholeCallFailure(endpoint: KometEndpoint, status: 0 | 1 | undefined, message: string | undefined, httpCode: number, envelope: IDataObject) {
	return new KometCallError(message ?? `Komet Sales did not accept the ${endpoint.path} request`, {
		httpCode,
		description:
			status === undefined ? 'Komet Sales answered without a status.' : 'Komet Sales reported a failure (status 0) for the whole request.',
		response: envelope,
		sent: status === undefined ? 'maybe' : undefined,
	});
}

/** A list's record as the node outputs it: type drift removed, then the list's own reading (docs/komet-api.md, "Answers of the order lists"). */
function readListRecord(endpoint: KometEndpoint, record: IDataObject): IDataObject {
	const normalised = normaliseRecord(record);
	return endpoint.readRecord ? endpoint.readRecord(normalised) : normalised;
}

function malformed(endpoint: KometEndpoint, what: string, httpCode: number, envelope: IDataObject) {
	return new KometCallError(`Komet Sales answered ${endpoint.path} with a malformed result: ${what}`, {
		httpCode,
		description: 'None of the results of this request could be trusted, so none were used.',
		response: envelope,
		sent: 'maybe',
	});
}
