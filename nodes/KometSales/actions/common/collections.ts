/**
 * An operation's collections of optional fields (Additional Fields, Filters): the builders,
 * the names they are stored under in each node version, and how their values are read back.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isBlank } from '../../komet/common';

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

/** The filters set for a Get Many. */
export const readFilters = (context: IExecuteFunctions, itemIndex: number) => readCollection(context, itemIndex, 'filters');

/**
 * Drops blank values: an empty UI field means "not given", not an empty string for Komet.
 * A resource locator in a collection (company location) stands for its value.
 */
export function compact(values: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(values)
			.map(([key, value]) => [key, isPlainObject(value) && value.__rl ? value.value : value] as const)
			.filter(([, value]) => !isBlank(value)),
	);
}

/** A collection's value, or one entry of a fixedCollection: an object, not an array. */
export const isPlainObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
