/**
 * Request economy. Komet allows about 1,000 requests per user per day and 64 KB per
 * request (shared/komet-api/README.md), so the lines of many input items travel
 * together where a method takes arrays, split only where 64 KB forces it. Every line
 * remembers the input item it came from, so each result goes back to that item.
 */
import type { IDataObject } from 'n8n-workflow';

import { MAX_REQUEST_BYTES, utf8Length } from '../../transport/size';

/** How an operation's requests may be merged. */
export interface BatchPlan {
	/** The documented array whose lines travel together: `boxes`, `prebookItems`. */
	arrayKey: string;
	/** Requests of different input items share a call only when their keys are equal. */
	groupKey(request: IDataObject): string;
	/** Lines whose keys are equal never share a call (Komet answers by this key). */
	lineKey?(line: IDataObject): string;
	/** Whether a result line of Komet's answer belongs to a request line. */
	matches(result: IDataObject, line: IDataObject): boolean;
}

export interface ItemRequest {
	itemIndex: number;
	request: IDataObject;
}

/** One HTTP call: the body to send and, for each input item it carries, the positions of its lines. */
export interface Call {
	request: IDataObject;
	parts: Array<{ itemIndex: number; lines: number[] }>;
}

interface OpenCall {
	header: IDataObject;
	lines: IDataObject[];
	owners: number[];
	keys: Set<string>;
	bytes: number;
}

/**
 * Packs the lines of the given requests into as few calls as fit under 64 KB
 * (first fit, in input order). `measure` gives the size of a body as sent,
 * token included. With batching off, each input item is its own group, still split
 * at 64 KB when its own lines need it. A line too large to fit even alone gets a
 * call of its own, which the transport refuses before sending.
 */
export function planCalls(
	requests: ItemRequest[],
	plan: BatchPlan,
	measure: (payload: IDataObject) => number,
	options: { acrossItems: boolean },
): Call[] {
	const groups = new Map<string, OpenCall[]>();
	const all: OpenCall[] = [];

	for (const { itemIndex, request } of requests) {
		const { [plan.arrayKey]: lines, ...header } = request;
		const groupKey = options.acrossItems ? plan.groupKey(request) : `item:${itemIndex}`;
		const open = groups.get(groupKey) ?? [];
		groups.set(groupKey, open);
		const emptyBytes = measure({ ...header, [plan.arrayKey]: [] });

		for (const line of lines as IDataObject[]) {
			const lineBytes = utf8Length(JSON.stringify(line));
			const key = plan.lineKey?.(line);
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
		const parts = new Map<number, Call['parts'][number]>();
		call.owners.forEach((itemIndex, position) => {
			const part = parts.get(itemIndex) ?? { itemIndex, lines: [] };
			part.lines.push(position);
			parts.set(itemIndex, part);
		});
		return { request: { ...call.header, [plan.arrayKey]: call.lines }, parts: [...parts.values()] };
	});
}

/**
 * Hands each result line of a merged answer to the request line it answers. Komet
 * answers in request order, so the line at the result's own position is tried first;
 * otherwise the first unclaimed line it matches, else its position (or the first line).
 */
export function assignResults(results: IDataObject[], lines: IDataObject[], plan: BatchPlan): number[] {
	const claimed = new Set<number>();
	return results.map((result, position) => {
		let line =
			position < lines.length && !claimed.has(position) && plan.matches(result, lines[position])
				? position
				: lines.findIndex((candidate, index) => !claimed.has(index) && plan.matches(result, candidate));
		if (line < 0) line = position < lines.length && !claimed.has(position) ? position : 0;
		claimed.add(line);
		return line;
	});
}
