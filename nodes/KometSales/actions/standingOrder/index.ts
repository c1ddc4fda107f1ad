import { defineResource } from '../common/resource';
import { deleteLine } from './deleteLine.operation';
import { update } from './update.operation';

export const { operations, description } = defineResource(
	'standingOrder',
	[
		{
			value: 'update',
			name: 'Update',
			description: 'Update a standing order and its lines (PUT v2/standing-order)',
			action: 'Update a standing order',
			operation: update,
		},
		{
			value: 'deleteLine',
			name: 'Delete Line',
			description: 'Delete one line of a standing order (DELETE v2/standing-order/item)',
			action: 'Delete a standing order line',
			operation: deleteLine,
		},
	],
	'update',
);
