/**
 * Komet sends `status` as "1" on some methods and 1 on others, and booleans as
 * 1/0 or true/false. Everything leaves the node as the integer 1 or 0.
 */
export function normaliseStatus(value: unknown): 0 | 1 | undefined {
	if (value === 1 || value === '1' || value === true || value === 'true') return 1;
	if (value === 0 || value === '0' || value === false || value === 'false') return 0;
	return undefined;
}
