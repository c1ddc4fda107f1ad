import type { INodeProperties } from 'n8n-workflow';

import { showFor, type KometOperation } from '../common/operation';
import { addFutureItem } from './addFutureItem.operation';
import { createMultiple } from './createMultiple.operation';

export const operations: Record<string, KometOperation> = { createMultiple, addFutureItem };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['prebook'] } },
		options: [
			{
				name: 'Add Future Inventory Item',
				value: 'addFutureItem',
				description: 'Add an item from the future inventory to an existing prebook (prebook.future.item.add, 1.5% fee)',
				action: 'Add a future inventory item to a prebook',
			},
			{
				name: 'Create Multiple',
				value: 'createMultiple',
				description: 'Create prebooks (customer pre-orders) for one customer, one per line (multiple.prebooks.create)',
				action: 'Create multiple prebooks',
			},
		],
		default: 'createMultiple',
	},
	...showFor('prebook', 'createMultiple', createMultiple.properties),
	...showFor('prebook', 'addFutureItem', addFutureItem.properties),
];
