/**
 * One text for one JSON content, whatever the order of its keys: what a list request is
 * kept under (methods/referenceLists.ts), a record merged by (komet/records.ts)
 * and a record's fingerprint in the trigger (trigger/recordKey.ts). It sits here, below all
 * three, so none of them imports upward.
 */
import type { IDataObject } from 'n8n-workflow';

/** Object keys in order, so the same content gives the same text. */
export function stableText(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableText).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as IDataObject).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableText(inner)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}
