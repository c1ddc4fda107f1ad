/**
 * A resource of the node: its operations and its Operation selector. actions/versions.ts adds
 * each operation's fields, shown for it alone, per node version (built once there, not here too).
 */
import type { INodeProperties } from 'n8n-workflow';

import { byOptionName } from './options';
import type { KometOperation } from './operation';

export interface OperationEntry {
	/** The stored option value: part of saved workflows, never renamed. */
	value: string;
	name: string;
	description: string;
	action: string;
	operation: KometOperation;
}

export function defineResource(resource: string, entries: OperationEntry[], defaultOperation: string) {
	const operations: Record<string, KometOperation> = Object.fromEntries(entries.map(({ value, operation }) => [value, operation]));
	const operationSelector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [...entries]
			.sort(byOptionName)
			.map(({ value, name, description: text, action }) => ({ name, value, description: text, action })),
		default: defaultOperation,
	};
	return { operations, operationSelector };
}
