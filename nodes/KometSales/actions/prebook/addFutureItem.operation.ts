import type { IDataObject } from 'n8n-workflow';

import { compact } from '../../helpers/lines';
import { FUTURE_ITEM_TEXT } from '../../schemas';
import { prebookFutureItemAdd } from '../../transport/endpoints';
import { additionalFields, decimal, number, textsWithin, wholeNumber } from '../common/fields';
import { defineOperation } from '../common/operation';

export const addFutureItem = defineOperation({
	endpoint: prebookFutureItemAdd,

	properties: [
		{
			displayName: 'Komet charges a 1.5% transaction fee on orders created with this operation',
			name: 'feeNotice',
			type: 'notice',
			default: '',
		},
		wholeNumber(
			'Prebook ID',
			'prebookId',
			"Komet's internal ID of the existing prebook to add to (not its prebook number): prebookId in Prebook → Create Multiple's results, or id in Prebook → Get Many Headers",
			'85063',
		),
		wholeNumber('Inventory ID', 'inventoryId', 'Komet ID of the future inventory item: inventoryId in Future Inventory → Get Many', '9999999'),
		number('Boxes', 'boxes', 'Number of boxes of the item to add', { default: 1, required: true }),
		decimal('Price', 'price', "Unit price, per the item's unit type (stem or bunch)", { required: true }),
		additionalFields([textsWithin(FUTURE_ITEM_TEXT)('Mark Code', 'markCode', 'Mark code of the item')]),
	],

	readRequest: (context, itemIndex) => ({
		prebookId: context.getNodeParameter('prebookId', itemIndex),
		inventoryId: context.getNodeParameter('inventoryId', itemIndex),
		boxes: context.getNodeParameter('boxes', itemIndex),
		price: context.getNodeParameter('price', itemIndex),
		...compact(context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	}),

	callOutput: (response, request) => [
		{
			...response.body,
			status: response.status,
			message: response.message,
			prebookId: request.prebookId,
			inventoryId: request.inventoryId,
		},
	],
});
