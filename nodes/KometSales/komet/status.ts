/**
 * Komet sends `status` as "1" on some methods and 1 on others, and booleans as
 * 1/0 or true/false. Everything leaves the node as the integer 1 or 0.
 */
export function normaliseStatus(value: unknown): 0 | 1 | undefined {
	if (value === 1 || value === '1' || value === true || value === 'true') return 1;
	if (value === 0 || value === '0' || value === false || value === 'false') return 0;
	return undefined;
}

/**
 * A record of a list with Komet's type drift removed: ids as integers (`"131313"`,
 * `" 131313"`, `"131313.0"` → 131313), `active` as a boolean (`1`/`"0"`/`true`), in the record
 * and in the records of its arrays (an order's `details[]`, a line's `boxes[]`), down to
 * records of records of records: Komet nests no deeper, and a hostile answer nested thousands
 * deep costs no more.
 */
export function normaliseRecord<T extends Record<string, unknown>>(record: T, depth = 0): T {
	const result: Record<string, unknown> = { ...record };
	for (const [key, value] of Object.entries(record)) {
		if ((key === 'id' || /Id$/.test(key)) && typeof value === 'string' && /^\s*\d{1,15}(?:\.0*)?\s*$/.test(value)) {
			result[key] = Number(value);
		} else if (key === 'active' && normaliseStatus(value) !== undefined) {
			result[key] = normaliseStatus(value) === 1;
		} else if (Array.isArray(value) && depth < MAX_NESTING) {
			result[key] = value.map((entry: unknown) => (isRecord(entry) ? normaliseRecord(entry, depth + 1) : entry));
		}
	}
	return result as T;
}

/** Lists in records in lists: an order's lines, a line's boxes. */
const MAX_NESTING = 2;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
