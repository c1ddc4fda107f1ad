/**
 * Resource locators for Komet ids and codes: pick from a list (filled from Komet's
 * reference lists), or give the ID or the code, or an expression.
 */
import type { IExecuteFunctions, INodeProperties, INodePropertyMode } from 'n8n-workflow';

import type { listSearch } from '../../methods/listSearch';

export type LocatorMode = 'list' | 'id' | 'code';

interface LocatorOptions {
	name: string;
	displayName: string;
	description: string;
	searchListMethod: keyof typeof listSearch;
	/** What the list's values are: Komet ids (with an ID mode) or codes. */
	listValue: 'id' | 'code';
	/** Offer a By Code mode besides the list (and By ID for id locators). */
	code?: boolean;
	required?: boolean;
	extra?: Partial<INodeProperties>;
}

// Modes have no default; built through `mode()` so n8n's lint does not take them for parameters.
const mode = (type: INodePropertyMode['type'], rest: Omit<INodePropertyMode, 'type'>): INodePropertyMode => ({ type, ...rest });

const MODES: Record<LocatorMode, (options: LocatorOptions) => INodePropertyMode> = {
	list: (options) => mode('list', {
		displayName: 'From List',
		name: 'list',
		placeholder: `Select a ${options.displayName.toLowerCase()}...`,
		typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
	}),
	id: (options) => mode('string', {
		displayName: 'By ID',
		name: 'id',
		placeholder: 'e.g. 131313',
		hint: `Komet's internal ${options.displayName.toLowerCase()} ID`,
		validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A Komet ID is a whole number' } }],
	}),
	code: (options) => mode('string', {
		displayName: 'By Code',
		name: 'code',
		placeholder: 'e.g. ANG',
		hint: `The ${options.displayName.toLowerCase()} code used in Komet`,
	}),
};

export function locator(options: LocatorOptions): INodeProperties {
	const modes: LocatorMode[] = ['list', ...(options.listValue === 'id' ? (['id'] as const) : []), ...(options.code ? (['code'] as const) : [])];
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required,
		description: options.description,
		modes: modes.map((mode) => MODES[mode](options)),
		...options.extra,
	};
}

/** The locator's value and whether it is an id or a code; blank values come back as undefined. */
export function readLocator(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	listValue: 'id' | 'code',
): { kind: 'id' | 'code'; value: unknown } | undefined {
	const raw = context.getNodeParameter(name, itemIndex, '') as { mode?: string; value?: unknown } | string | number;
	// An expression on the whole parameter gives the plain value.
	const { mode, value } = typeof raw === 'object' && raw !== null ? raw : { mode: undefined, value: raw };
	if (value === undefined || value === null || value === '') return undefined;
	const kind = mode === 'code' ? 'code' : mode === 'id' ? 'id' : listValue;
	return { kind, value };
}

/** `{ vendorId: 33 }` or `{ vendorCode: "333" }` for a located party; nothing when none was given. */
export function locatedAs(prefix: string, located: ReturnType<typeof readLocator>) {
	return located ? { [`${prefix}${located.kind === 'id' ? 'Id' : 'Code'}`]: located.value } : {};
}
