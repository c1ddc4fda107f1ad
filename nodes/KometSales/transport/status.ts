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
 * A record of a reference list with Komet's type drift removed: ids as integers
 * (`"131313"`, `" 131313"`, `"131313.0"` → 131313), `active` as a boolean (`1`/`"0"`/`true`).
 */
export function normaliseRecord<T extends Record<string, unknown>>(record: T): T {
	const result: Record<string, unknown> = { ...record };
	for (const [key, value] of Object.entries(record)) {
		if ((key === 'id' || /Id$/.test(key)) && typeof value === 'string' && /^\s*\d{1,15}(?:\.0*)?\s*$/.test(value)) {
			result[key] = Number(value);
		} else if (key === 'active' && normaliseStatus(value) !== undefined) {
			result[key] = normaliseStatus(value) === 1;
		}
	}
	return result as T;
}
