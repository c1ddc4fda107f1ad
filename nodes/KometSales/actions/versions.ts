/**
 * The node's versions: which operation each resource/operation pair runs, and the fields
 * the editor shows for it. Saved workflows keep the version they were made with, so
 * version 1 stays as it was; version 2 (the default for new nodes) changes what could not
 * change without breaking them:
 * - each operation's top-level Additional Fields and Filters have their own parameter names
 *   (a value set for one operation no longer rides along to the next one picked);
 * - Prebook → Create Multiple groups the customer's billing and shipping address;
 * - Prebook → Add Future Inventory Item picks the item from the future inventory;
 * - Standing Order → Update shows each item's counts as Komet asks for them (Total Units for
 *   unit items, Bunches per Box required for box items);
 * - every reference list's Get Many has Return All / Limit.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as box from './box';
import { collectionName, isSharedCollection } from './common/collections';
import { showFor, type KometOperation } from './common/operation';
import * as invoice from './invoice';
import * as prebook from './prebook';
import { addFutureItemV2 } from './prebook/addFutureItem.operation';
import { createMultipleV2 } from './prebook/createMultiple.operation';
import * as purchaseOrder from './purchaseOrder';
import * as reference from './reference';
import * as standingOrder from './standingOrder';
import { updateV2 as standingOrderUpdateV2 } from './standingOrder/update.operation';

export type Resources = Record<string, Record<string, KometOperation>>;

export const NODE_VERSIONS = [1, 2] as const;
export const LATEST_VERSION = 2;

const version1: Resources = {
	box: box.operations,
	invoice: invoice.operations,
	prebook: prebook.operations,
	purchaseOrder: purchaseOrder.operations,
	standingOrder: standingOrder.operations,
	...reference.operations,
};

const replacedInVersion2: Resources = {
	prebook: { createMultiple: createMultipleV2, addFutureItem: addFutureItemV2 },
	standingOrder: { update: standingOrderUpdateV2 },
	...reference.operationsV2,
};

/** The operation as version 2 runs it: its replacement if it has one, its Additional Fields and Filters under their own names. */
function inVersion2(resource: string, name: string, operation: KometOperation): KometOperation {
	const chosen = replacedInVersion2[resource]?.[name] ?? operation;
	return chosen.withProperties(
		chosen.properties.map((property) =>
			isSharedCollection(property.name) ? { ...property, name: collectionName(2, resource, name, property.name) } : property,
		),
	);
}

const version2: Resources = Object.fromEntries(
	Object.entries(version1).map(([resource, operations]) => [
		resource,
		Object.fromEntries(Object.entries(operations).map(([name, operation]) => [name, inVersion2(resource, name, operation)])),
	]),
);

export const resourcesFor = (version: number): Resources => (version >= 2 ? version2 : version1);

/** Each resource's Operation selector, as the resources define them (the same in every version). */
export const operationSelectors: INodeProperties[] = [
	box.operationSelector,
	invoice.operationSelector,
	prebook.operationSelector,
	purchaseOrder.operationSelector,
	standingOrder.operationSelector,
	...reference.operationSelectors,
];

/** The Operation selectors and, for each operation, its fields in this version, shown for it alone. */
export function operationProperties(version: number): INodeProperties[] {
	const resources = resourcesFor(version);
	return operationSelectors.flatMap((selector) => {
		const resource = String(selector.displayOptions?.show?.resource?.[0]);
		const fields = ((selector.options ?? []) as INodePropertyOptions[]).flatMap((option) =>
			showFor(resource, String(option.value), resources[resource][String(option.value)].properties),
		);
		return [selector, ...fields];
	});
}
