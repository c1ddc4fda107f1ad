/** Fields that offer a fixed list of choices, and the order n8n wants choices in. */
import type { INodeProperties } from 'n8n-workflow';

import { SHIP_VIA, UNIT_TYPES } from '../../komet/orders';

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
		{ name: 'Grower', value: SHIP_VIA.grower, description: `The grower ships the product (shipViaId ${SHIP_VIA.grower})` },
		{ name: 'Warehouse', value: SHIP_VIA.warehouse, description: `The product ships from your warehouse (shipViaId ${SHIP_VIA.warehouse})` },
	],
	default: 1,
	description: 'Where the product ships from',
});

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
