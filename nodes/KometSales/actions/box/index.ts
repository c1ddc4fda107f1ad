import { defineResource } from '../common/resource';
import { updateExternalCodes } from './updateExternalCodes.operation';

export const { operations, description } = defineResource(
	'box',
	[
		{
			value: 'updateExternalCodes',
			name: 'Update External Codes',
			description: 'Set the external code of one or more boxes (box.externalcode.update)',
			action: 'Update external codes of boxes',
			operation: updateExternalCodes,
		},
	],
	'updateExternalCodes',
);
