/**
 * Options in alphabetical order of their names, as the n8n lint rule orders them
 * (`localeCompare`), without `localeCompare` itself: its first call sets up ICU collation,
 * about 7 ms of every n8n start-up (n8n loads every community node, in every worker). For
 * the option names of this node, plain letters, digits, spaces and hyphens, comparing the
 * lower-cased names gives the same order; test/unit/load.test.ts checks it on every name.
 */
export function byOptionName(a: { name: string }, b: { name: string }): number {
	const left = a.name.toLowerCase();
	const right = b.name.toLowerCase();
	if (left !== right) return left < right ? -1 : 1;
	// localeCompare puts the lower-case spelling first.
	return a.name === b.name ? 0 : a.name > b.name ? -1 : 1;
}
