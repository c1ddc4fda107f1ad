/** Builders for the parameter shapes every operation uses. */
import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { byOptionName } from '../../helpers/byOptionName';
import { compact } from './lines';
import { InputProblem } from './validation';
import { UNIT_TYPES } from '../../schemas';

interface LinesOptions {
	/** The documented array name: `boxes`, `prebookItems`, ... */
	name: string;
	displayName: string;
	/** The fixedCollection entry key and its label: `box` / `Box`. */
	entryKey: string;
	entryDisplayName: string;
	values: INodeProperties[];
	/** An example of the JSON mode's value, shown as its default. */
	jsonExample: unknown[];
	description: string;
	required?: boolean;
}

/**
 * An array parameter in both input modes: a selector, the fixedCollection for
 * hand-entered lines and a JSON field for whole arrays from upstream data.
 * helpers/lines.ts reads what these produce.
 */
export function linesProperties(options: LinesOptions): INodeProperties[] {
	const { name, displayName } = options;
	return [
		{
			displayName: `${displayName} Input`,
			name: `${name}Input`,
			type: 'options',
			options: [
				{ name: 'Define Below', value: 'fields', description: `Enter the ${displayName.toLowerCase()} one by one` },
				{
					name: 'JSON',
					value: 'json',
					description: 'Give the whole array as JSON, or an expression that returns it from upstream data',
				},
			],
			default: 'fields',
		},
		{
			displayName,
			name,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			required: options.required,
			placeholder: `Add ${options.entryDisplayName}`,
			default: {},
			description: options.description,
			displayOptions: { show: { [`${name}Input`]: ['fields'] } },
			options: [{ name: options.entryKey, displayName: options.entryDisplayName, values: options.values }],
		},
		{
			displayName: `${displayName} (JSON)`,
			name: `${name}Json`,
			type: 'json',
			required: options.required,
			default: JSON.stringify(options.jsonExample, null, 2),
			description: `${options.description}. A JSON array of objects with Komet's field names, or an expression returning one.`,
			displayOptions: { show: { [`${name}Input`]: ['json'] } },
		},
	];
}

/** A nested array inside an entry of a fixedCollection (PO item → breakdowns). */
export function nestedLines(
	name: string,
	displayName: string,
	entry: Omit<INodePropertyCollection, 'values'> & { values: INodeProperties[] },
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: `Add ${entry.displayName}`,
		default: {},
		description,
		options: [entry],
	};
}

/**
 * The top-level collections that version 1 shares among operations, and the ending of their
 * per-operation names from version 2. A shared name made n8n keep a value set for one
 * operation (a Company Location, a Customer filter) when the user picked another one.
 */
const PER_OPERATION = { additionalFields: 'Fields', filters: 'Filters' } as const;
export type SharedCollection = keyof typeof PER_OPERATION;
export const isSharedCollection = (name: string): name is SharedCollection => name in PER_OPERATION;

/** The stored name of an operation's top-level collection (`prebookCreateMultipleFields`, `invoiceGetManyFilters`). */
export function collectionName(version: number, resource: string, operation: string, shared: SharedCollection): string {
	return version < 2 ? shared : `${resource}${operation.charAt(0).toUpperCase()}${operation.slice(1)}${PER_OPERATION[shared]}`;
}
export const additionalFieldsName = (version: number, resource: string, operation: string) =>
	collectionName(version, resource, operation, 'additionalFields');

/**
 * The names each run reads its collections under, worked out at its first item: the run's
 * context is the same for every item, and getNode() copies the whole node each time it is called.
 */
const collectionNamesOfRun = new WeakMap<IExecuteFunctions, Partial<Record<SharedCollection, string>>>();

/** The values set in the operation's top-level collection, under the name of the node's version. */
export function readCollection(context: IExecuteFunctions, itemIndex: number, shared: SharedCollection): IDataObject {
	const names = collectionNamesOfRun.get(context) ?? {};
	collectionNamesOfRun.set(context, names);
	names[shared] ??= collectionName(
		context.getNode().typeVersion,
		context.getNodeParameter('resource', 0) as string,
		context.getNodeParameter('operation', 0) as string,
		shared,
	);
	return compact(context.getNodeParameter(names[shared], itemIndex, {}) as IDataObject);
}

/** The operation's top-level Additional Fields that are set. */
export const readAdditionalFields = (context: IExecuteFunctions, itemIndex: number) =>
	readCollection(context, itemIndex, 'additionalFields');

/**
 * The optional fields of a request or of one line. With a single option the collection
 * is just a button: it says what it adds.
 */
export function additionalFields(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: options.length === 1 ? `Add ${options[0].displayName}` : 'Add Field',
		default: {},
		options,
	};
}

/** The documented filters of a Get Many. */
export const filters = (options: INodeProperties[]): INodeProperties => ({
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options,
});

/** The filters set for a Get Many. */
export const readFilters = (context: IExecuteFunctions, itemIndex: number) => readCollection(context, itemIndex, 'filters');

export const text = (
	displayName: string,
	name: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({ displayName, name, type: 'string', default: '', description, ...extra });

/** The "(up to N characters)" a field's description ends with, from the schema's limit. */
export const withLimit = (description: string, maxLength: number | undefined) =>
	maxLength === undefined ? description : `${description} (up to ${maxLength} characters)`;

/**
 * Text fields of one documented object: each states the limit its schema enforces,
 * read from the schema's table of text limits (`PREBOOK_LINE_TEXT`), so the editor and
 * the validation cannot disagree.
 */
export const textsWithin =
	(limits: Readonly<Record<string, number>>) =>
	(displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties =>
		text(displayName, name, withLimit(description, limits[name]), extra);

export const number = (
	displayName: string,
	name: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({ displayName, name, type: 'number', default: 0, description, ...extra });

export const decimal = (
	displayName: string,
	name: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => number(displayName, name, description, { typeOptions: { numberPrecision: 2, minValue: 0 }, ...extra });

/**
 * A whole number the user must give (an id, a count with no sensible default). A text
 * field, because n8n's editor flags an empty required text but not a number left at 0;
 * the schema reads "12" as 12 and refuses anything that is not a whole number.
 */
export const wholeNumber = (displayName: string, name: string, description: string, example: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	required: true,
	placeholder: `e.g. ${example}`,
	description,
});

/**
 * Komet wants a calendar date. A text field rather than n8n's date-and-time picker, which
 * would suggest a time is sent; expressions (`{{ $today }}`) and ISO dates with a time
 * are read as their date.
 */
export const date = (displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}) =>
	({
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: 'e.g. 2024-05-01',
		description: `${description}: a date as YYYY-MM-DD, or an expression such as {{ $today.plus({ days: 2 }) }}`,
		...extra,
	}) as INodeProperties;

export const unitType = (): INodeProperties => ({
	displayName: 'Unit Type',
	name: 'unitType',
	type: 'options',
	options: UNIT_TYPES.map((unit) => ({ name: unit, value: unit })),
	default: 'Bunch',
	description: 'Whether cost and price are per stem or per bunch',
});

export const shipVia = (): INodeProperties => ({
	displayName: 'Ship Via',
	name: 'shipViaId',
	type: 'options',
	options: [
		{ name: 'Grower', value: 1, description: 'The grower ships the product (shipViaId 1)' },
		{ name: 'Warehouse', value: 0, description: 'The product ships from your warehouse (shipViaId 0)' },
	],
	default: 1,
	description: 'Where the product ships from',
});

/**
 * Return All / Limit, n8n's usual pair for Get Many. Komet's lists have no paging: each call
 * answers whole, and the node keeps the first Limit records of an item. Offered on the lists
 * added with the read side; adding it to the first seven would change what their saved
 * workflows return (n8n wants Return All off by default), which needs a new node version.
 */
export const paging = (): INodeProperties[] => [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/**
 * The Limit of an item with paging, or undefined for Return All. A Limit that is not a whole
 * number of at least 1 (0, -5, 2.5, "abc" from an expression) is refused, never read as
 * "all" or "none"; a text of digits ("20") is its number, as other fields read it.
 */
export function limitOf(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (context.getNodeParameter('returnAll', itemIndex, false)) return undefined;
	const value = context.getNodeParameter('limit', itemIndex, 50) as unknown;
	const limit = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
		throw new InputProblem(['limit'], `must be a whole number of at least 1, not ${JSON.stringify(value) ?? String(value)}`, 'Turn Return All on to get every record.');
	}
	return limit;
}

/** A filter Komet takes as 1 or 0, offered as its two named choices. */
export const oneOrZero = (
	displayName: string,
	name: string,
	one: string,
	zero: string,
	description: string,
	defaultValue: 0 | 1 = 1,
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: [
		{ name: one, value: 1 },
		{ name: zero, value: 0 },
	].sort(byOptionName),
	default: defaultValue,
	description,
});
