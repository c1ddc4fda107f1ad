import { defineResource } from '../common/resource';
import { addFutureItem } from './addFutureItem.operation';
import { createMultiple } from './createMultiple.operation';
import { deletePrebook } from './delete.operation';
import { deleteLine } from './deleteLine.operation';
import { getMany } from './getMany.operation';
import { getManyHeaders } from './getManyHeaders.operation';

export const { operations, description } = defineResource(
	'prebook',
	[
		{
			value: 'createMultiple',
			name: 'Create Multiple',
			description: 'Create prebooks (customer pre-orders) for one customer, one per line (multiple.prebooks.create)',
			action: 'Create multiple prebooks',
			operation: createMultiple,
		},
		{
			value: 'addFutureItem',
			name: 'Add Future Inventory Item',
			description: 'Add an item from the future inventory to an existing prebook (prebook.future.item.add, 1.5% fee)',
			action: 'Add a future inventory item to a prebook',
			operation: addFutureItem,
		},
		{
			value: 'getMany',
			name: 'Get Many',
			description:
				'List prebooks with their lines and breakdowns for a range of truck or vendor ship dates (prebook.details.list), one output item per prebook',
			action: 'Get many prebooks',
			operation: getMany,
		},
		{
			value: 'getManyHeaders',
			name: 'Get Many Headers',
			description: 'List prebook headers, without lines, for a range of truck dates (prebook.list, six months per request)',
			action: 'Get many prebook headers',
			operation: getManyHeaders,
		},
		{
			value: 'delete',
			name: 'Delete',
			description: 'Delete a whole prebook (prebook.delete, Company tokens)',
			action: 'Delete a prebook',
			operation: deletePrebook,
		},
		{
			value: 'deleteLine',
			name: 'Delete Line',
			description: 'Delete one line of a prebook; a Vendor token sets its quantity to zero (prebook.item.delete)',
			action: 'Delete a prebook line',
			operation: deleteLine,
		},
	],
	'createMultiple',
);
