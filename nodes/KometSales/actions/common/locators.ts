/**
 * Resource locators for Komet ids and codes: pick from a list (filled from Komet's
 * reference lists), or give the ID or the code, or an expression. The builder, and how a
 * locator's value is read back as an id or a code.
 */
import type { IExecuteFunctions, INodeProperties, INodePropertyMode } from 'n8n-workflow';

import type { listSearch } from '../../methods/listSearch';
import { withLimit } from './fields';

export type LocatorMode = 'list' | 'id' | 'code';

export interface LocatorOptions {
	name: string;
	displayName: string;
	description: string;
	searchListMethod: keyof typeof listSearch;
	/** What the list's values are: Komet ids (with an ID mode) or codes. */
	listValue: 'id' | 'code';
	/** Offer a By Code mode besides the list (and By ID for id locators). */
	code?: boolean;
	/** The documented length of the code (from the schema's text limits): By Code checks it in the editor. */
	codeLength?: number;
	required?: boolean;
	/** What an ID of this kind looks like, for the By ID placeholder (a customer ID by default). */
	idExample?: string;
	extra?: Partial<INodeProperties>;
}

// Modes have no default; built through `mode()` so n8n's lint does not take them for parameters.
const mode = (type: INodePropertyMode['type'], rest: Omit<INodePropertyMode, 'type'>): INodePropertyMode => ({ type, ...rest });

const MODES: Record<LocatorMode, (options: LocatorOptions) => INodePropertyMode> = {
	list: (options) => mode('list', {
		displayName: 'From List',
		name: 'list',
		placeholder: `Select ${/^[aeiou]/i.test(options.displayName) ? 'an' : 'a'} ${options.displayName.toLowerCase()}...`,
		typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
	}),
	id: (options) => mode('string', {
		displayName: 'By ID',
		name: 'id',
		placeholder: `e.g. ${options.idExample ?? '131313'}`,
		hint: `Komet's internal ${options.displayName.toLowerCase()} ID`,
		validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A Komet ID is a whole number' } }],
	}),
	code: (options) => mode('string', {
		displayName: 'By Code',
		name: 'code',
		placeholder: 'e.g. ANG',
		hint: withLimit(`The ${options.displayName.toLowerCase()} code used in Komet`, options.codeLength),
		...(options.codeLength
			? {
					validation: [
						{
							type: 'regex',
							properties: {
								regex: `^\\s*[^\\s].{0,${options.codeLength - 1}}$`,
								errorMessage: `A ${options.displayName.toLowerCase()} code has at most ${options.codeLength} characters`,
							},
						},
					],
				}
			: {}),
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

/** The locator's value and whether it is an id or a code; blank values come back as undefined. */
export function readLocator(context: IExecuteFunctions, name: string, itemIndex: number, listValue: 'id' | 'code') {
	return parseLocator(context.getNodeParameter(name, itemIndex, ''), listValue);
}

/** `{ vendorId: 33 }` or `{ vendorCode: "333" }`; nothing when no value was given. */
export function locatedAs(prefix: string, located: Located | undefined) {
	return located ? { [`${prefix}${located.kind === 'id' ? 'Id' : 'Code'}`]: located.value } : {};
}

/**
 * A field needed only when the locator `locatorName` is given By Code (the name or
 * description that the pages pair with a code): shown only then. n8n reads the locator's
 * mode through the path `<locator>.mode`.
 */
export function whenByCode(locatorName: string, property: INodeProperties): INodeProperties {
	return {
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...property.displayOptions?.show, [`${locatorName}.mode`]: ['code'] },
		},
	};
}

// Not marked required even where a line needs them: n8n would flag every new line at once,
// before the user got to it. The schema names a missing one, by line, before sending.
export const productLocator = (description: string, codeLength: number) =>
	locator({ name: 'product', displayName: 'Product', description, searchListMethod: 'searchProducts', listValue: 'id', code: true, codeLength });

export const boxTypeLocator = (description: string, codeLength: number) =>
	locator({ name: 'boxType', displayName: 'Box Type', description, searchListMethod: 'searchBoxTypes', listValue: 'id', code: true, codeLength });

/** The company location of a multi-location company, as Komet's location code. */
export const locationCodeLocator = (codeLength: number) =>
	locator({
		name: 'companyLocationCode',
		displayName: 'Company Location',
		description: 'The location, for companies with several locations (sent as its code)',
		searchListMethod: 'searchLocationCodes',
		listValue: 'code',
		code: true,
		codeLength,
	});
