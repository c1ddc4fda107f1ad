/**
 * Planning calls, and giving each answer back to the input items it answers: the two
 * halves of one bookkeeping, kept together.
 *
 * Komet allows about 1,000 requests per user per day and 64 KB per request
 * (docs/komet-api.md, "Size and daily budget"), so the lines of many input items travel together where
 * a method takes arrays, split only where 64 KB forces it. Every line remembers the
 * input item it came from; a result goes back to the line whose key it echoes (box code,
 * identifier, prebook item id), compared as text, never to a line chosen by position alone
 * across items. Komet's echo may drift (a number, a cut text: komet/echoes.ts), so lines
 * whose keys could come back alike never share a call.
 */
import type { IDataObject } from 'n8n-workflow';

import type { KometResponse } from '../../transport/answer';
import { echoForms } from '../../komet/echoes';
import { MAX_REQUEST_BYTES, utf8Length } from '../../transport/size';
import { RoomIndex } from './roomIndex';

/** The lines of a request that are each answered by a result of their own. */
export interface LinePlan {
	/** The request's lines: boxes, prebook lines, PO breakdowns, standing-order items. */
	of(request: IDataObject): IDataObject[];
	/** What Komet echoes of the line in its result; undefined when the line has nothing to echo. */
	key(line: IDataObject): string | undefined;
	/** The echoed key of a result line. */
	resultKey(result: IDataObject): string | undefined;
	/** The documented length of the echo, where it is shorter than the key the request allows. */
	echoLength?: number;
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
	bytes: number;
}

/** The calls of one group: their lines, the room each has left, and the last call holding each echo. */
interface Group {
	calls: OpenCall[];
	rooms: RoomIndex;
	lastHolder: Map<string, number>;
}

/**
 * One call per input item, or, for a batching operation, the lines of the given requests
 * packed into as few calls as fit under 64 KB (first fit, in input order). `measure`
 * gives the size of a body as sent, token included. With `acrossItems` off each input
 * item is its own group, still split at 64 KB when its own lines need it. Lines whose
 * keys could come back alike (komet/echoes.ts) never share a call: Komet answers by that
 * key. Such a line goes to the first call with room after the last one holding a line like
 * it, so a key repeated across a feed costs the same per line as any other: planning is
 * linear in the number of lines (log in the number of calls).
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
	const groups = new Map<string, Group>();
	const all: OpenCall[] = [];

	for (const { itemIndex, request } of requests) {
		const { [batching.arrayKey]: lines, ...header } = request;
		const groupKey = options.acrossItems ? batching.groupKey(request) : `item:${itemIndex}`;
		let group = groups.get(groupKey);
		if (!group) groups.set(groupKey, (group = { calls: [], rooms: new RoomIndex(), lastHolder: new Map() }));
		const emptyBytes = measure({ ...header, [batching.arrayKey]: [] });

		for (const line of lines as IDataObject[]) {
			const lineBytes = utf8Length(JSON.stringify(line));
			const key = linePlan?.key(line);
			const forms = key === undefined ? [] : echoForms(key, linePlan?.echoLength);
			let from = 0;
			for (const form of forms) from = Math.max(from, (group.lastHolder.get(form) ?? -1) + 1);
			// Every call in the index already has a line, so this one comes after a comma.
			let position = group.rooms.firstFrom(from, lineBytes + 1);
			if (position === undefined) {
				position = group.rooms.add(MAX_REQUEST_BYTES - emptyBytes + 1);
				const call: OpenCall = { header, lines: [], owners: [], bytes: emptyBytes };
				group.calls.push(call);
				all.push(call);
			}
			const call = group.calls[position];
			group.rooms.take(position, lineBytes + 1);
			call.bytes += (call.lines.length ? 1 : 0) + lineBytes;
			call.lines.push(line);
			call.owners.push(itemIndex);
			for (const form of forms) group.lastHolder.set(form, position);
		}
	}

	return all.map((call) => {
		const parts = new Map<number, number[]>();
		call.owners.forEach((itemIndex, position) => {
			const positions = parts.get(itemIndex);
			if (positions) positions.push(position);
			else parts.set(itemIndex, [position]);
		});
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
	// The lines of each key, in order, and how many of them have a result already.
	const waiting = new Map<string | undefined, { positions: number[]; answered: number }>();
	lines.forEach((line, position) => {
		const key = plan.key(line);
		const queue = waiting.get(key);
		if (queue) queue.positions.push(position);
		else waiting.set(key, { positions: [position], answered: 0 });
	});
	const singleItem = call.parts.length === 1;
	const unmatched: IDataObject[] = [];
	const next = (key: string | undefined) => {
		const queue = waiting.get(key);
		return queue && queue.answered < queue.positions.length ? queue.positions[queue.answered++] : undefined;
	};
	for (const result of response.results ?? []) {
		// Compared as text, exactly: an echo Komet drifted (a number, a cut text) answers no line.
		const key = plan.resultKey(result);
		const position = key === undefined && !singleItem ? undefined : next(key);
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
