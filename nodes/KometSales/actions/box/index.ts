import type { INodeProperties } from 'n8n-workflow';

import { showFor, type KometOperation } from '../common/operation';
import { updateExternalCodes } from './updateExternalCodes.operation';

export const operations: Record<string, KometOperation> = { updateExternalCodes };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['box'] } },
		options: [
			{
				name: 'Update External Codes',
				value: 'updateExternalCodes',
				description: 'Set the external code of one or more boxes (box.externalcode.update)',
				action: 'Update external codes of boxes',
			},
		],
		default: 'updateExternalCodes',
	},
	...showFor('box', 'updateExternalCodes', updateExternalCodes.properties),
];
