/**
 * Planning calls, and giving each answer back to the input items it answers: the two
 * halves of one bookkeeping, kept together.
 *
 * Komet allows about 1,000 requests per user per day and 64 KB per request
 * (shared/komet-api/README.md), so the lines of many input items travel together where
 * a method takes arrays, split only where 64 KB forces it. Every line remembers the
 * input item it came from; a result goes back to the line whose key it echoes (box code,
 * identifier, prebook item id), never to a line chosen by position alone across items.
 */
import type { IDataObject } from 'n8n-workflow';

import type { KometResponse } from '../../transport/answer';
import { MAX_REQUEST_BYTES, utf8Length } from '../../transport/size';

/** The lines of a request that are each answered by a result of their own. */
export interface LinePlan {
	/** The request's lines: boxes, prebook lines, PO breakdowns, standing-order items. */
	of(request: IDataObject): IDataObject[];
	/** What Komet echoes of the line in its result; undefined when the line has nothing to echo. */
	key(line: IDataObject): string | undefined;
	/** The echoed key of a result line. */
	resultKey(result: IDataObject): string | undefined;
}

/** How the requests of several input items may share calls. */
export interface BatchPlan {
	/** The documented array whose lines travel together (`boxes`, `prebookItems`); `LinePlan.of` reads it. */
	arrayKey: string;
	/** Requests of different input items share a call only when their keys are equal. */
	groupKey(request: IDataObject): string;
}

export interface ItemRequest {
	itemIndex: number;
	request: IDataObject;
}

/** One HTTP call: the body to send and, for each input item it carries, its own request and lines. */
export interface Call {
	request: IDataObject;
	parts: Array<{ itemIndex: number; request: IDataObject; lines: number[] }>;
}

interface OpenCall {
	header: IDataObject;
	lines: IDataObject[];
	owners: number[];
	keys: Set<string>;
	bytes: number;
}

/**
 * One call per input item, or, for a batching operation, the lines of the given requests
 * packed into as few calls as fit under 64 KB (first fit, in input order). `measure`
 * gives the size of a body as sent, token included. With `acrossItems` off each input
 * item is its own group, still split at 64 KB when its own lines need it. Lines with the
 * same key never share a call: Komet answers by that key.
 */
export function planCalls(
	requests: ItemRequest[],
	plan: { batching?: BatchPlan; lines?: LinePlan },
	measure: (payload: IDataObject) => number,
	options: { acrossItems: boolean },
): Call[] {
	const { batching, lines: linePlan } = plan;
	if (!batching) {
		return requests.map(({ itemIndex, request }) => ({
			request,
			parts: [{ itemIndex, request, lines: (linePlan?.of(request) ?? []).map((_, position) => position) }],
		}));
	}
	const groups = new Map<string, OpenCall[]>();
	const all: OpenCall[] = [];

	for (const { itemIndex, request } of requests) {
		const { [batching.arrayKey]: lines, ...header } = request;
		const groupKey = options.acrossItems ? batching.groupKey(request) : `item:${itemIndex}`;
		const open = groups.get(groupKey) ?? [];
		groups.set(groupKey, open);
		const emptyBytes = measure({ ...header, [batching.arrayKey]: [] });

		for (const line of lines as IDataObject[]) {
			const lineBytes = utf8Length(JSON.stringify(line));
			const key = linePlan?.key(line);
			const fits = (call: OpenCall) =>
				call.bytes + 1 + lineBytes <= MAX_REQUEST_BYTES && (key === undefined || !call.keys.has(key));
			let call = open.find(fits);
			if (!call) {
				call = { header, lines: [], owners: [], keys: new Set(), bytes: emptyBytes };
				open.push(call);
				all.push(call);
			}
			call.bytes += (call.lines.length ? 1 : 0) + lineBytes;
			call.lines.push(line);
			call.owners.push(itemIndex);
			if (key !== undefined) call.keys.add(key);
		}
	}

	return all.map((call) => {
		const parts = new Map<number, number[]>();
		call.owners.forEach((itemIndex, position) => parts.set(itemIndex, [...(parts.get(itemIndex) ?? []), position]));
		return {
			request: { ...call.header, [batching.arrayKey]: call.lines },
			parts: [...parts].map(([itemIndex, positions]) => ({
				itemIndex,
				request: { ...call.header, [batching.arrayKey]: positions.map((position) => call.lines[position]) },
				lines: positions,
			})),
		};
	});
}

/** A line of an input item's request and Komet's result for it; no result: Komet did not answer it. */
export interface LineAnswer {
	line: IDataObject;
	result?: IDataObject;
}

export interface SplitAnswer {
	items: Array<{ itemIndex: number; request: IDataObject; answers: LineAnswer[] }>;
	/** Results that answer no line of the call: reported, never given to an item. */
	unmatched: IDataObject[];
}

/**
 * Gives each result line of a call's answer to the request line whose key it echoes.
 * A result without a key is paired by order with the lines without a key, and only when
 * the call carries a single input item, so it can never reach another item.
 */
export function splitAnswer(call: Call, response: KometResponse, plan: LinePlan): SplitAnswer {
	const lines = plan.of(call.request);
	const answers: Array<IDataObject | undefined> = lines.map(() => undefined);
	const waiting = new Map<string | undefined, number[]>();
	lines.forEach((line, position) => {
		const key = plan.key(line);
		waiting.set(key, [...(waiting.get(key) ?? []), position]);
	});
	const singleItem = call.parts.length === 1;
	const unmatched: IDataObject[] = [];
	for (const result of response.results ?? []) {
		const key = plan.resultKey(result);
		const position = key === undefined && !singleItem ? undefined : waiting.get(key)?.shift();
		if (position === undefined) unmatched.push(result);
		else answers[position] = result;
	}
	return {
		items: call.parts.map(({ itemIndex, request, lines: positions }) => ({
			itemIndex,
			request,
			answers: positions.map((position) => ({ line: lines[position], result: answers[position] })),
		})),
		unmatched,
	};
}
