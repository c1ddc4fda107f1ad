import { defineResource } from '../common/resource';
import { addFutureItem } from './addFutureItem.operation';
import { createMultiple } from './createMultiple.operation';
import { deletePrebook } from './delete.operation';
import { deleteLine } from './deleteLine.operation';
import { getMany } from './getMany.operation';
import { getManyHeaders } from './getManyHeaders.operation';

export const { operations, operationSelector } = defineResource(
	'prebook',
	[
		{
			value: 'createMultiple',
			name: 'Create Multiple',
			description:
				'Create prebooks (customer pre-orders) for one customer, one per line; each result has the new prebookId and prebookItemId (multiple.prebooks.create)',
			action: 'Create prebooks for a customer, one per line',
			operation: createMultiple,
		},
		{
			value: 'addFutureItem',
			name: 'Add Future Inventory Item',
			description:
				'Add boxes of a future inventory item (inventoryId from Future Inventory → Get Many) to an existing prebook, by its prebook ID (prebook.future.item.add, 1.5% fee)',
			action: 'Add boxes of a future inventory item to a prebook',
			operation: addFutureItem,
		},
		{
			value: 'getMany',
			name: 'Get Many',
			description:
				'List prebooks with their lines (prebookItemId) and breakdowns for a range of truck or vendor ship dates (prebook.details.list), one output item per prebook',
			action: 'Get many prebooks with their lines by date',
			operation: getMany,
		},
		{
			value: 'getManyHeaders',
			name: 'Get Many Headers',
			description:
				'List prebook headers, without lines, for a range of truck dates (prebook.list, six months per request): each has the prebook ID and the prebook number',
			action: 'Get many prebook headers by truck date',
			operation: getManyHeaders,
		},
		{
			value: 'delete',
			name: 'Delete',
			description: 'Delete a whole prebook with its lines, by its prebook ID (prebook.delete, Company tokens)',
			action: 'Delete a prebook with all its lines',
			operation: deletePrebook,
		},
		{
			value: 'deleteLine',
			name: 'Delete Line',
			description:
				'Delete one line of a prebook, by prebook ID and prebookItemId; a Vendor token sets its quantity to zero (prebook.item.delete)',
			action: 'Delete a prebook line',
			operation: deleteLine,
		},
	],
	'createMultiple',
);
