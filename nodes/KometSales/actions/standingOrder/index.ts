import type { INodeProperties } from 'n8n-workflow';

import { showFor, type KometOperation } from '../common/operation';
import { update } from './update.operation';

export const operations: Record<string, KometOperation> = { update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['standingOrder'] } },
		options: [
			{
				name: 'Update',
				value: 'update',
				description: 'Update a standing order and its lines (PUT v2/standing-order)',
				action: 'Update a standing order',
			},
		],
		default: 'update',
	},
	...showFor('standingOrder', 'update', update.properties),
];
