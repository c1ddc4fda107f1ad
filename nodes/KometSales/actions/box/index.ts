import { defineResource } from '../common/resource';
import { updateExternalCodes } from './updateExternalCodes.operation';

export const { operations, operationSelector } = defineResource(
	'box',
	[
		{
			value: 'updateExternalCodes',
			name: 'Update External Codes',
			description:
				'Store an external code (e.g. a logistics partner\'s) on boxes given by their Komet box code (box.externalcode.update)',
			action: 'Set external codes on boxes by box code',
			operation: updateExternalCodes,
		},
	],
	'updateExternalCodes',
);
