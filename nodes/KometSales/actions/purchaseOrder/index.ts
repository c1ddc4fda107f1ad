import type { INodeProperties } from 'n8n-workflow';

import { showFor, type KometOperation } from '../common/operation';
import { createMixed } from './createMixed.operation';

export const operations: Record<string, KometOperation> = { createMixed };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['purchaseOrder'] } },
		options: [
			{
				name: 'Create Mixed',
				value: 'createMixed',
				description:
					'Create a purchase order to a grower with mixed boxes, for prebook lines or standalone (purchase.order.mixed.create)',
				action: 'Create a mixed purchase order',
			},
		],
		default: 'createMixed',
	},
	...showFor('purchaseOrder', 'createMixed', createMixed.properties),
];
