/**
 * What a resource locator's value means. From the list it is whatever the list yields
 * (a Komet id or a code, per field); By ID and By Code say so themselves. An
 * expression over the whole parameter gives a plain value, read like the list's.
 */
export interface Located {
	kind: 'id' | 'code';
	value: unknown;
}

export function parseLocator(raw: unknown, listValue: 'id' | 'code'): Located | undefined {
	const { mode, value } =
		typeof raw === 'object' && raw !== null && !Array.isArray(raw)
			? (raw as { mode?: unknown; value?: unknown })
			: { mode: undefined, value: raw };
	if (value === undefined || value === null || value === '') return undefined;
	return { kind: mode === 'code' ? 'code' : mode === 'id' ? 'id' : listValue, value };
}

/** `{ vendorId: 33 }` or `{ vendorCode: "333" }`; nothing when no value was given. */
export function locatedAs(prefix: string, located: Located | undefined) {
	return located ? { [`${prefix}${located.kind === 'id' ? 'Id' : 'Code'}`]: located.value } : {};
}
