/**
 * The node's array parameters (boxes, prebook lines, PO items, ...): their fields, and how
 * they are read back.
 *
 * Each array can be entered in two ways, chosen by `<name>Input`:
 * - `fields`: a fixedCollection `<name>` of entries `{ <entryKey>: [...] }`, whose
 *   optional fields sit in a per-entry `additionalFields` collection and whose
 *   nested arrays are fixedCollections of their own;
 * - `json`: `<name>Json`, a JSON text or an expression such as `{{ $json.lines }}`
 *   that yields the whole array from upstream data.
 * Both give the same plain array, which the method's schema then validates.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { isBlank } from '../../komet/common';
import { compact, isPlainObject } from './collections';
import { parseLocator } from './locators';
import { InputProblem } from './validation';

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
 * readLines (below) reads what these produce.
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
			// n8n checks `required` only on plain fields; for a fixedCollection, its panel (and its
			// run) flags an empty list through minRequiredFields.
			typeOptions: { multipleValues: true, sortable: true, ...(options.required ? { minRequiredFields: 1 } : {}) },
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
 * How a fixedCollection maps to a documented array: its entry key, its nested arrays,
 * and its resource locators with the documented fields they fill (`product` →
 * `productId` or `productCode`).
 */
export interface LineShape {
	entryKey: string;
	nested?: Record<string, LineShape>;
	locators?: Record<string, { list: 'id' | 'code'; id?: string; code: string }>;
}

export type LinesInputMode = 'fields' | 'json';

/**
 * The shape of the fixedCollection `name` among an operation's properties, read from the
 * properties themselves: its entry key, its nested fixedCollections, and its resource
 * locators with the documented fields they fill (`product` → `productId` By ID or from an
 * id list, `productCode` By Code; `carrierCode`, whose list yields codes, → `carrierCode`).
 */
export function lineShape(properties: INodeProperties[], name: string): LineShape {
	const collection = properties.find((property) => property.name === name && property.type === 'fixedCollection');
	if (!collection) throw new Error(`No fixedCollection "${name}" among the operation's properties`);
	return shapeOfCollection(collection);
}

function shapeOfCollection(collection: INodeProperties): LineShape {
	const entry = collection.options?.[0] as { name: string; values: INodeProperties[] };
	const shape: LineShape = { entryKey: entry.name };
	for (const value of entry.values) {
		if (value.type === 'fixedCollection') {
			shape.nested = { ...shape.nested, [value.name]: shapeOfCollection(value) };
		} else if (value.type === 'resourceLocator') {
			const listsIds = value.modes?.some((mode) => mode.name === 'id') ?? false;
			const code = value.name.endsWith('Code') ? value.name : `${value.name}Code`;
			shape.locators = {
				...shape.locators,
				[value.name]: listsIds ? { list: 'id', id: `${value.name}Id`, code } : { list: 'code', code },
			};
		}
	}
	return shape;
}

/** One fixedCollection entry → one documented line object. */
export function entryToLine(entry: IDataObject, shape: LineShape): IDataObject {
	const line: IDataObject = {};
	for (const [key, value] of Object.entries(entry)) {
		if (key === 'additionalFields' && isPlainObject(value)) {
			Object.assign(line, compact(value));
		} else if (shape.locators?.[key]) {
			const target = shape.locators[key];
			const located = parseLocator(value, target.list);
			if (located) line[located.kind === 'id' && target.id ? target.id : target.code] = located.value as IDataObject[string];
		} else if (shape.nested?.[key]) {
			const nestedLines = collectionToLines(value, shape.nested[key]);
			if (nestedLines.length) line[key] = nestedLines;
		} else if (!isBlank(value)) {
			line[key] = value;
		}
	}
	return line;
}

/** A fixedCollection value (`{ box: [...] }`) → the documented array. */
export function collectionToLines(value: unknown, shape: LineShape): IDataObject[] {
	const entries = isPlainObject(value) ? value[shape.entryKey] : undefined;
	return Array.isArray(entries)
		? entries.filter(isPlainObject).map((entry) => entryToLine(entry, shape))
		: [];
}

/**
 * JSON mode: accepts an array, a JSON text of one, or an object holding the array
 * under its documented name (`{{ $json }}` of an item shaped like the request).
 */
export function jsonToLines(value: unknown, name: string): unknown {
	let parsed = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return [];
		let problem: string | undefined;
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			problem = (error as Error).message;
		}
		if (problem !== undefined) {
			throw new InputProblem([name], 'is not valid JSON', `${problem}. Give a JSON array, or an expression such as {{ $json.${name} }}.`);
		}
	}
	if (isPlainObject(parsed) && Array.isArray(parsed[name])) return parsed[name];
	// Anything else goes to the schema as is, which names what is wrong with it.
	return parsed;
}

/** Reads the array parameter `name` of one input item, in whichever mode the user chose. */
export function readLines(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	shape: LineShape,
): unknown {
	const mode = context.getNodeParameter(`${name}Input`, itemIndex, 'fields') as LinesInputMode;
	if (mode === 'json') {
		return jsonToLines(context.getNodeParameter(`${name}Json`, itemIndex, '[]'), name);
	}
	return collectionToLines(context.getNodeParameter(name, itemIndex, {}), shape);
}
