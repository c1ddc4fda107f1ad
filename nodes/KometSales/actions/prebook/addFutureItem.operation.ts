import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { FUTURE_INVENTORY_DAYS } from '../../methods/listSearch';
import type { KometRequest } from '../../komet/method';
import { FUTURE_ITEM_MIN, FUTURE_ITEM_TEXT, prebookFutureItemAdd } from '../../komet/prebookFutureItemAdd';
import type { KometResponse } from '../../transport/answer';
import { additionalFields, readAdditionalFields } from '../common/collections';
import { decimal, number, textsWithin, wholeNumber } from '../common/fields';
import { locator, readLocator } from '../common/locators';
import { NodeOperation, type WholeCallOperation } from '../common/operation';
import { prebookIdField } from './prebookIdField';

const inventoryIdField = wholeNumber('Inventory ID', 'inventoryId', 'Komet ID of the future inventory item: inventoryId in Future Inventory → Get Many', '9999999');

/** Version 2 picks the item from the open-market future inventory (or takes its ID). */
const inventoryItemLocator = locator({
	name: 'inventoryId',
	displayName: 'Inventory Item',
	description: `The future inventory item: from the open market of the next ${FUTURE_INVENTORY_DAYS} days, or its ID (inventoryId in Future Inventory → Get Many)`,
	searchListMethod: 'searchFutureInventory',
	listValue: 'id',
	required: true,
	idExample: '9999999',
});

type InventoryReader = (context: IExecuteFunctions, itemIndex: number) => unknown;

const propertiesWith = (inventoryField: INodeProperties): INodeProperties[] => [
	{
		displayName: 'Komet charges a 1.5% transaction fee on orders created with this operation',
		name: 'feeNotice',
		type: 'notice',
		default: '',
	},
	prebookIdField('the existing prebook to add to', '85063'),
	inventoryField,
	number('Boxes', 'boxes', 'Number of boxes of the item to add', { default: 1, required: true, typeOptions: { minValue: FUTURE_ITEM_MIN.boxes } }),
	decimal('Price', 'price', "Unit price, per the item's unit type (stem or bunch)", { required: true }),
	additionalFields([textsWithin(FUTURE_ITEM_TEXT)('Mark Code', 'markCode', 'Mark code of the item')]),
];

type Endpoint = typeof prebookFutureItemAdd;

/** Version 1 takes the inventory ID, version 2 picks the item: its field, and how the field is read. */
class AddFutureItem extends NodeOperation<Endpoint> implements WholeCallOperation<Endpoint> {
	readonly kind = 'wholeCall';
	readonly endpoint = prebookFutureItemAdd;

	constructor(
		readonly properties: INodeProperties[],
		private readonly inventoryId: InventoryReader,
	) {
		super();
	}

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return {
			prebookId: context.getNodeParameter('prebookId', itemIndex),
			inventoryId: this.inventoryId(context, itemIndex),
			boxes: context.getNodeParameter('boxes', itemIndex),
			price: context.getNodeParameter('price', itemIndex),
			...readAdditionalFields(context, itemIndex),
		};
	}

	callOutput(response: KometResponse, request: KometRequest<Endpoint>) {
		return [
			{
				...response.body,
				status: response.status,
				message: response.message,
				prebookId: request.prebookId,
				inventoryId: request.inventoryId,
			},
		];
	}
}

export const addFutureItem = new AddFutureItem(propertiesWith(inventoryIdField), (context, itemIndex) => context.getNodeParameter('inventoryId', itemIndex));

export const addFutureItemV2 = new AddFutureItem(propertiesWith(inventoryItemLocator), (context, itemIndex) => readLocator(context, 'inventoryId', itemIndex, 'id')?.value);
