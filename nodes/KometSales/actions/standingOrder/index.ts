import { defineResource } from '../common/resource';
import { deleteLine } from './deleteLine.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

export const { operations, operationSelector } = defineResource(
	'standingOrder',
	[
		{
			value: 'update',
			name: 'Update',
			description:
				'Update a standing order (by its ID from Standing Order → Get Many) and its lines; each result has the standingOrderItemId (PUT v2/standing-order)',
			action: 'Update a standing order and its lines',
			operation: update,
		},
		{
			value: 'getMany',
			name: 'Get Many',
			description:
				'List standing orders in a date range (standing.order.list), one output item per standing order with its ID and number',
			action: 'Get many standing orders in a date range',
			operation: getMany,
		},
		{
			value: 'deleteLine',
			name: 'Delete Line',
			description:
				'Delete one line of a standing order, by standing order ID and standingOrderItemId (DELETE v2/standing-order/item)',
			action: 'Delete a standing order line',
			operation: deleteLine,
		},
	],
	'update',
);
