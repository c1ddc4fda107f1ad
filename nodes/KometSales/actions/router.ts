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
import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { DEFAULT_MAX_REQUESTS } from '../transport/budget';
import { toNodeError } from '../transport/errors';
import { openSession, type KometSession } from '../transport/request';
import { planCalls, type Call, type ItemRequest } from './common/batching';
import { errorItem, rejectedLineItem } from './common/errorItems';
import type { NodeOperation, RequestCompleter } from './common/operation';
import { readWindowed, type WindowedItem } from './common/windowedRead';
import { report, type Entry } from './common/outcomes';
import { pointAtField } from './common/refusals';
import { accomplished, summariseDone, type Done } from './common/done';
import { describeProblem, InputProblem, inputError, parseRequest } from './common/validation';
import { resourcesFor } from './versions';

interface RunOptions {
	timeout?: number;
	retries?: number;
	batching?: boolean;
	maxRequests?: number;
}


export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resourcesFor(this.getNode().typeVersion)[resource]?.[operationName];
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

	const options = this.getNodeParameter('options', 0, {}) as RunOptions;
	const maxRequests = options.maxRequests ?? DEFAULT_MAX_REQUESTS;
	// Opened when first needed: a run whose every item is refused before sending opens none.
	let opened: Promise<KometSession> | undefined;
	/** Requests the session had sent when opened (n8n's Retry On Fail tries of one run share its budget). */
	let sentAtOpen = 0;
	const sessionOf = () =>
		(opened ??= openSession(this, { maxRequests }).then((session) => {
			sentAtOpen = session.sent;
			return session;
		}));
	const complete = operation.kind === 'perLine' ? operation.completer?.(this, sessionOf) : undefined;

	const requests: ItemRequest[] = [];
	const windowed: WindowedItem[] = [];
	const limits = new Map<number, number | undefined>();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			if (operation.kind === 'windowedRead') {
				const limit = operation.limitOf(this, itemIndex);
				// Counted, not built: the first window is checked, the others differ only in their dates.
				const windows = operation.readWindows(this, itemIndex);
				parseRequest(this, operation, windows.request(0), itemIndex);
				windowed.push({ itemIndex, windows, limit });
				continue;
			}
			limits.set(itemIndex, operation.kind === 'wholeCall' ? operation.limitOf?.(this, itemIndex) : undefined);
			for (const request of await requestsOf(this, operation, itemIndex, complete)) requests.push({ itemIndex, request });
		} catch (error) {
			const problem =
				error instanceof InputProblem
					? inputError(this, itemIndex, [describeProblem(operation.properties, error.path, error.message)], error.hint)
					: error;
			fail(problem, itemIndex);
		}
	}
	if (requests.length === 0 && windowed.length === 0) return [outputByItem.flat()];

	const session = await sessionOf();
	if (operation.kind === 'windowedRead') {
		// Return All asks every window, counted now; an item with a Limit stops early, and the budget holds it call by call.
		const needed = windowed.reduce((sum, { windows, limit }) => sum + (limit === undefined ? windows.count : 1), 0);
		if (needed > maxRequests) {
			const refusal = tooManyRequests(needed, maxRequests);
			for (const { itemIndex } of windowed) fail(new NodeOperationError(this.getNode(), refusal, { itemIndex }), itemIndex);
			return [outputByItem.flat()];
		}
		await readWindowed(this, operation, windowed, session, { timeout: options.timeout, retries: options.retries, maxRequests }, {
			emit: (itemIndex, records) => outputByItem[itemIndex].push(...records.map((json) => ({ json, pairedItem: { item: itemIndex } }))),
			fail,
		});
		return [outputByItem.flat()];
	}
	// A whole call has no lines: each request is one call.
	const calls = planCalls(requests, operation.kind === 'perLine' ? operation : {}, (payload) => session.measure(endpoint, payload), {
		acrossItems: options.batching !== false,
	});

	// Lists read while completing the requests count too.
	const refusal = refuseRun(this, operation, calls, maxRequests, session.sent - sentAtOpen, session.sent);
	if (refusal) {
		for (const { itemIndex } of requests) fail(new NodeOperationError(this.getNode(), refusal, { itemIndex }), itemIndex);
		return [outputByItem.flat()];
	}

	/** How many records have left for each item. */
	const kept = new Map<number, number>();
	const keptOf = (itemIndex: number) => kept.get(itemIndex) ?? 0;
	const limitOf = (itemIndex: number) => limits.get(itemIndex) ?? Number.POSITIVE_INFINITY;
	/** No more records leave for an item than its Limit. */
	const keep = (itemIndex: number) => {
		if (keptOf(itemIndex) >= limitOf(itemIndex)) return false;
		kept.set(itemIndex, keptOf(itemIndex) + 1);
		return true;
	};

	// With On Error → Continue (using error output), a line Komet rejected is an error of its
	// item and takes the error branch; otherwise it stays a status 0 item, with a hint.
	const toErrorOutput = this.getNode().onError === 'continueErrorOutput';
	let rejectedLines = 0;
	let answeredLines = 0;
	for (const call of calls) {
		// An item whose Limit is reached needs no further window.
		if (call.parts.every(({ itemIndex }) => keptOf(itemIndex) >= limitOf(itemIndex))) continue;
		let entriesByItem: Array<{ itemIndex: number; entries: Entry[] }>;
		try {
			const response = await session.call(endpoint, call.request, { timeout: options.timeout, retries: options.retries });
			entriesByItem = report(this, operation, call, response);
		} catch (error) {
			const refusal = pointAtField(operation, error);
			for (const part of call.parts) fail(refusal, part.itemIndex);
			continue;
		}
		// Everything Komet accepted in this call is on record before any line error can stop the run.
		for (const { itemIndex, entries } of entriesByItem) {
			for (const entry of entries) {
				if ('json' in entry && accomplished(endpoint, entry.json)) done.push({ itemIndex, json: entry.json });
				if ('json' in entry && operation.kind === 'perLine') {
					answeredLines++;
					if (entry.json.status === 0) rejectedLines++;
				}
			}
		}
		for (const { itemIndex, entries } of entriesByItem) {
			for (const entry of entries) {
				if (!('json' in entry)) fail(entry.error, itemIndex, entry.extra);
				else if (keep(itemIndex)) {
					if (toErrorOutput && operation.kind === 'perLine' && entry.json.status === 0) {
						outputByItem[itemIndex].push(rejectedLineItem(entry.json, itemIndex));
						continue;
					}
					try {
						const item =
							operation.kind === 'wholeCall' && operation.toItem ? await operation.toItem(this, entry.json, itemIndex) : { json: entry.json };
						outputByItem[itemIndex].push({ ...item, pairedItem: { item: itemIndex } });
					} catch (error) {
						fail(error, itemIndex);
					}
				}
			}
		}
	}
	if (rejectedLines > 0 && !toErrorOutput) {
		this.addExecutionHints({
			message: `Komet rejected ${rejectedLines} of ${answeredLines} lines: see the items with status 0 and their message.`,
			type: 'warning',
			location: 'outputPane',
		});
	}

	return [outputByItem.flat()];
}

/**
 * The requests of one input item as its operation reads them (and completes them, if it does),
 * each checked by the operation's schema: every request of the item is valid before any is planned.
 */
async function requestsOf(context: IExecuteFunctions, operation: NodeOperation, itemIndex: number, complete?: RequestCompleter): Promise<IDataObject[]> {
	const raw = operation.readRequest(context, itemIndex);
	const read = Array.isArray(raw) ? raw : [raw];
	const completed = complete ? await Promise.all(read.map(async (one) => await complete(one, itemIndex))) : read;
	return completed.map((one) => parseRequest(context, operation, one, itemIndex) as IDataObject);
}

/**
 * What went out before a refusal: the lists read in this try to complete the items (Fill
 * Customer Details From Komet), and what earlier tries of the run sent (n8n's Retry On Fail
 * runs the node again; its later tries find the lists kept).
 */
function sentSoFar(thisTry: number, inRun: number) {
	const requests = (count: number, kind = '') => `${count} ${kind}request${count > 1 ? 's' : ''}`;
	const parts = [
		...(thisTry ? [`the ${requests(thisTry, 'list ')} that completed the items`] : []),
		...(inRun > thisTry ? [`${requests(inRun - thisTry)} of an earlier try of this run`] : []),
	];
	return parts.length ? `Only ${parts.join(' and ')} ${inRun > 1 ? 'were' : 'was'} sent.` : 'Nothing was sent.';
}

/** Why this run must not send anything, if it must not. */
function refuseRun(context: IExecuteFunctions, operation: NodeOperation, calls: Call[], maxRequests: number, sentBefore: number, sentInRun: number) {
	const sent = sentSoFar(sentBefore, sentInRun);
	if (sentBefore + calls.length > maxRequests) return tooManyRequests(sentBefore + calls.length, maxRequests, sent);
	if (context.getNode().retryOnFail && calls.some((call) => !operation.endpoint.repeatable(call.request))) {
		return `Retry On Fail is on in this node's settings: n8n would run the whole node again after a failure and create again what already went through. Turn Retry On Fail off; the node's own Options → Retries resends a request only when that cannot create anything twice. ${sent}`;
	}
	return undefined;
}

const tooManyRequests = (needed: number, maxRequests: number, sent = 'Nothing was sent.') =>
	`This run would send ${needed} requests to Komet, more than Max Requests per Run (${maxRequests}) allows. Komet allows about 1,000 requests per user per day: raise the option if that is intended; Batch Requests on, or a shorter date range for a Get Many, needs fewer. ${sent}`;
