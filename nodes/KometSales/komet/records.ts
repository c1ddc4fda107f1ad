/**
 * Records of a windowed read, one per id whatever the form Komet sent it in, each with
 * every line any window sent. Komet's pages do not say whether a prebook or a purchase
 * order whose lines fall in two date windows comes back whole in each, or with that
 * window's lines only: merging keeps both answers' lines, each once (by the line's own
 * key, or its whole content where Komet sends no key), so no line is lost either way.
 */
import type { IDataObject } from 'n8n-workflow';

import type { RecordLines } from './method';
import { stableText } from './stableText';

/**
 * The id of a record or line as one text for any form Komet sends it in (`12`, `"12"`,
 * `" 12"`, `"12.0"` are one id), or undefined when it is not a whole number. Ids are
 * compared as texts of digits, so ids past 2^53 keep every digit.
 */
export function idText(value: unknown): string | undefined {
	if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
	if (typeof value !== 'string') return undefined;
	const match = /^\s*\+?0*(\d+)(?:\.0*)?\s*$/.exec(value);
	return match ? match[1] : undefined;
}

/** The key a record is merged under: its id, else its whole content (a record without an id is only ever equal to itself). */
export const recordKey = (record: IDataObject) => {
	const id = idText(record.id);
	return id === undefined ? `content:${stableText(record)}` : `id:${id}`;
};

const lineKey = (line: unknown, lines: RecordLines) => {
	const id = lines.key && line && typeof line === 'object' ? idText((line as IDataObject)[lines.key]) : undefined;
	return id === undefined ? `content:${stableText(line)}` : `id:${id}`;
};

/**
 * The record as met again in another window: the later answer's header fields, and the
 * lines of both (a line met in both is the later one's, in the earlier one's place).
 */
export function mergeRecord(earlier: IDataObject, later: IDataObject, lines?: RecordLines): IDataObject {
	if (!lines) return later;
	const before = earlier[lines.array];
	const after = later[lines.array];
	if (!Array.isArray(before) || !Array.isArray(after)) return { ...later, [lines.array]: Array.isArray(after) ? after : before };
	const merged = new Map<string, unknown>();
	for (const line of before) merged.set(lineKey(line, lines), line);
	for (const line of after) merged.set(lineKey(line, lines), line);
	return { ...later, [lines.array]: [...merged.values()] };
}

/** Records gathered from several windows, merged by id. */
export class RecordMerger {
	private readonly byKey = new Map<string, IDataObject>();
	constructor(private readonly lines?: RecordLines) {}

	/** Adds a record; returns its key. */
	add(record: IDataObject): string {
		const key = recordKey(record);
		const earlier = this.byKey.get(key);
		this.byKey.set(key, earlier ? mergeRecord(earlier, record, this.lines) : record);
		return key;
	}

	get size() {
		return this.byKey.size;
	}

	entries() {
		return this.byKey.entries();
	}

	values() {
		return this.byKey.values();
	}
}
