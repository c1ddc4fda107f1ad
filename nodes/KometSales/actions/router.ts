/**
 * Runs the chosen operation over all input items: validate, plan, send, report.
 * 1. every item's request is read and validated, so bad input fails before anything
 *    is sent to Komet;
 * 2. the valid requests are planned into calls (common/batching.ts), and a run that
 *    would spend too many requests or could be re-run by n8n into duplicates is refused;
 * 3. each call is sent once (transport/retry.ts decides any resend);
 * 4. each answered line becomes an output item paired with its input item; a line
 *    without a result, or with a status that is neither 1 nor 0, is an error of that line.
 * With Continue On Fail every input item is accounted for: by its results or by error
 * items. Without it, the error that stops the run lists what Komet already accepted.
 */
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

import { describeProblem, InputProblem, inputError, parseRequest } from '../helpers/validation';
import type { KometResponse } from '../transport/answer';
import { KometCallError } from '../transport/errors';
import { MAY_EXIST, openSession } from '../transport/request';
import * as box from './box';
import * as invoice from './invoice';
import { planCalls, splitAnswer, type Call, type ItemRequest } from './common/batching';
import type { KometOperation } from './common/operation';
import { accomplished, summariseDone, type Done } from './common/report';
import * as prebook from './prebook';
import * as purchaseOrder from './purchaseOrder';
import * as reference from './reference';
import * as standingOrder from './standingOrder';

export const resources: Record<string, Record<string, KometOperation>> = {
	box: box.operations,
	invoice: invoice.operations,
	prebook: prebook.operations,
	purchaseOrder: purchaseOrder.operations,
	standingOrder: standingOrder.operations,
	...reference.operations,
};

/** Komet allows about 1,000 requests per user per day: a run spends at most this many unless told otherwise. */
export const DEFAULT_MAX_REQUESTS = 250;

function toNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (error instanceof KometCallError) {
		const { description, httpCode, response } = error.details;
		return new NodeApiError(
			context.getNode(),
			{ message: error.message, ...(response ? { response: response as JsonObject } : {}) },
			{ message: error.message, description, httpCode: httpCode ? String(httpCode) : undefined, itemIndex },
		);
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

/**
 * An error item that n8n keeps as it is: only `error` and `details`, and no `error`
 * property on the item, which n8n would turn back into a bare `{ error }` message.
 * Such items still go to the error output when the node has one.
 */
function errorItem(error: NodeApiError | NodeOperationError, itemIndex: number, extra: IDataObject = {}): INodeExecutionData {
	const details: IDataObject = { ...extra };
	if (error.description) details.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) details.httpCode = error.httpCode;
	return {
		json: { error: error.message, ...(Object.keys(details).length ? { details } : {}) },
		pairedItem: { item: itemIndex },
	};
}

interface RunOptions {
	timeout?: number;
	retries?: number;
	batching?: boolean;
	maxRequests?: number;
}

/** One line's outcome inside an item's output: an output item, or an error of that line. */
type Entry = { json: IDataObject } | { error: KometCallError; extra: IDataObject };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not supported`);
	}
	const { endpoint } = operation;

	const outputByItem: INodeExecutionData[][] = items.map(() => []);
	const done: Done[] = [];
	const fail = (error: unknown, itemIndex: number, extra?: IDataObject) => {
		const nodeError = toNodeError(this, error, itemIndex);
		if (!this.continueOnFail()) {
			const note = summariseDone(done);
			if (note) nodeError.description = [nodeError.description, note].filter(Boolean).join('\n\n');
			throw nodeError;
		}
		outputByItem[itemIndex].push(errorItem(nodeError, itemIndex, extra));
	};

	const requests: ItemRequest[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const raw = operation.readRequest(this, itemIndex);
			// Every request of the item is valid before any is planned.
			const parsed = (Array.isArray(raw) ? raw : [raw]).map((one) => parseRequest(this, operation, one, itemIndex) as IDataObject);
			for (const request of parsed) requests.push({ itemIndex, request });
		} catch (error) {
			const problem =
				error instanceof InputProblem
					? inputError(this, itemIndex, [describeProblem(operation.properties, error.path, error.message)], error.hint)
					: error;
			fail(problem, itemIndex);
		}
	}
	if (requests.length === 0) return [outputByItem.flat()];

	const options = this.getNodeParameter('options', 0, {}) as RunOptions;
	const session = await openSession(this);
	const calls = planCalls(requests, operation, (payload) => session.measure(endpoint, payload), {
		acrossItems: options.batching !== false,
	});

	const refusal = refuseRun(this, operation, calls, options.maxRequests ?? DEFAULT_MAX_REQUESTS);
	if (refusal) {
		for (const { itemIndex } of requests) fail(new NodeOperationError(this.getNode(), refusal, { itemIndex }), itemIndex);
		return [outputByItem.flat()];
	}

	const kept = new Map<number, { count: number; keys: Set<string> }>();
	const keptOf = (itemIndex: number) => {
		let state = kept.get(itemIndex);
		if (!state) kept.set(itemIndex, (state = { count: 0, keys: new Set() }));
		return state;
	};
	const limitOf = (itemIndex: number) => operation.limitOf?.(this, itemIndex) ?? Number.POSITIVE_INFINITY;
	/** A record leaves once per item (by its key), and no more of them than the item's Limit. */
	const keep = (itemIndex: number, json: IDataObject) => {
		const state = keptOf(itemIndex);
		const key = operation.dedupeKey?.(json);
		if (key !== undefined && state.keys.has(key)) return false;
		if (state.count >= limitOf(itemIndex)) return false;
		if (key !== undefined) state.keys.add(key);
		state.count++;
		return true;
	};

	let rejectedLines = 0;
	let answeredLines = 0;
	for (const call of calls) {
		// An item whose Limit is reached needs no further window.
		if (call.parts.every(({ itemIndex }) => keptOf(itemIndex).count >= limitOf(itemIndex))) continue;
		let entriesByItem: Array<{ itemIndex: number; entries: Entry[] }>;
		try {
			const response = await session.call(endpoint, call.request, { timeout: options.timeout, retries: options.retries });
			entriesByItem = report(this, operation, call, response);
		} catch (error) {
			for (const part of call.parts) fail(error, part.itemIndex);
			continue;
		}
		// Everything Komet accepted in this call is on record before any line error can stop the run.
		for (const { itemIndex, entries } of entriesByItem) {
			for (const entry of entries) {
				if ('json' in entry && accomplished(endpoint, entry.json)) done.push({ itemIndex, json: entry.json });
				if ('json' in entry && operation.lines) {
					answeredLines++;
					if (entry.json.status === 0) rejectedLines++;
				}
			}
		}
		for (const { itemIndex, entries } of entriesByItem) {
			for (const entry of entries) {
				if (!('json' in entry)) fail(entry.error, itemIndex, entry.extra);
				else if (keep(itemIndex, entry.json)) outputByItem[itemIndex].push({ json: entry.json, pairedItem: { item: itemIndex } });
			}
		}
	}
	if (rejectedLines > 0) {
		this.addExecutionHints({
			message: `Komet rejected ${rejectedLines} of ${answeredLines} lines: see the items with status 0 and their message.`,
			type: 'warning',
			location: 'outputPane',
		});
	}

	return [outputByItem.flat()];
}

/** Why this run must not send anything, if it must not. */
function refuseRun(context: IExecuteFunctions, operation: KometOperation, calls: Call[], maxRequests: number) {
	if (calls.length > maxRequests) {
		return `This run would send ${calls.length} requests to Komet, more than Max Requests per Run (${maxRequests}) allows. Komet allows about 1,000 requests per user per day: raise the option if that is intended, or keep Batch Requests on. Nothing was sent.`;
	}
	if (context.getNode().retryOnFail && calls.some((call) => !operation.endpoint.repeatable(call.request))) {
		return "Retry On Fail is on in this node's settings: n8n would run the whole node again after a failure and create again what already went through. Turn Retry On Fail off; the node's own Options → Retries resends a request only when that cannot create anything twice. Nothing was sent.";
	}
	return undefined;
}

/** Komet's answer to one call as entries per input item, each line paired by what Komet echoes. */
function report(context: IExecuteFunctions, operation: KometOperation, call: Call, response: KometResponse) {
	const { lines: plan, lineOutput } = operation;
	const wholeCall = (request: IDataObject): Entry[] =>
		(operation.callOutput?.(response, request) ?? [{ ...response.body, status: response.status }]).map((json) => ({ json }));
	if (!plan || !lineOutput) return call.parts.map(({ itemIndex, request }) => ({ itemIndex, entries: wholeCall(request) }));

	const repeatable = operation.endpoint.repeatable(call.request);
	const split = splitAnswer(call, response, plan);
	if (split.unmatched.length) {
		const keys = split.unmatched.map((result) => JSON.stringify(plan.resultKey(result) ?? null)).slice(0, 10);
		const text = `Komet Sales answered ${split.unmatched.length} result(s) that match no line of the request (${keys.join(', ')}); they were not given to any item. Check in Komet what they refer to.`;
		context.logger.warn(text);
		context.addExecutionHints({ message: text, type: 'warning', location: 'outputPane' });
	}
	return split.items.map(({ itemIndex, request, answers }) => {
		if (answers.length === 0) return { itemIndex, entries: wholeCall(request) };
		const entries = answers.map(({ line, result }, position): Entry => {
			const key = plan.key(line);
			const which = `line ${position + 1} of this item${key === undefined ? '' : ` (${key})`}`;
			if (result === undefined) {
				return {
					error: new KometCallError(`Komet Sales did not answer for ${which}`, {
						description: `The request was accepted, but Komet's answer has no result for this line. ${repeatable ? 'Send it again to be sure it is applied.' : MAY_EXIST}`,
					}),
					extra: { line: position + 1, ...(key === undefined ? {} : { key }) },
				};
			}
			if (result.status !== 0 && result.status !== 1) {
				return {
					error: new KometCallError(`Komet Sales answered status ${JSON.stringify(result.status) ?? 'undefined'} for ${which}`, {
						description: `That is neither 1 (done) nor 0 (refused), so the line is not counted as done. ${repeatable ? '' : MAY_EXIST}`.trim(),
						response: result,
					}),
					extra: { line: position + 1, result },
				};
			}
			return { json: lineOutput(result, line, request, response) };
		});
		return { itemIndex, entries };
	});
}
