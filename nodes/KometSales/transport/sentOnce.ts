/**
 * Requests that must not be done twice (creates, shipments), remembered per execution: an AI
 * agent that calls a create tool again after a "may have reached Komet" error would create
 * twice, and so would a workflow that loops back into the same create. Within one execution
 * the same request with the same content, sent again by another node run, is refused.
 * Within one node run the same content twice is what the input asked for, and is sent.
 *
 * Kept in this process's memory only, by a SHA-256 of execution id, method and body (the
 * token is not part of it), at most MAX_KEPT entries, the oldest forgotten first. An execution
 * runs in one process (queue mode included), so that is where its earlier calls are.
 */
import { createHash } from 'crypto';

import type { IDataObject } from 'n8n-workflow';

/** About 100 bytes each: well under a megabyte. */
const MAX_KEPT = 5_000;

/** Hash of the request → the session (node run) that sent it. */
const sent = new Map<string, number>();

/** JSON with every object's keys sorted: the same content gives the same text. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as IDataObject)
			.filter(([, entry]) => entry !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

export function sentEarlierInExecution(executionId: string, path: string, payload: IDataObject, session: number) {
	const key = createHash('sha256').update(canonical([executionId, path, payload])).digest('hex');
	const owner = sent.get(key);
	return {
		/** Another node run of this execution sent it. */
		earlier: owner !== undefined && owner !== session,
		/** It is leaving now. */
		remember() {
			sent.delete(key);
			sent.set(key, session);
			while (sent.size > MAX_KEPT) sent.delete(sent.keys().next().value as string);
		},
		/** It provably did nothing in Komet (never left, or refused outright): sending it again is safe. */
		forget() {
			if (sent.get(key) === session) sent.delete(key);
		},
	};
}

/** Forgets everything (tests). */
export function forgetSentRequests() {
	sent.clear();
}

export const SENT_ONCE_CAPACITY = MAX_KEPT;
