import { standingOrderItemDelete } from '../../transport/endpoints';
import { wholeNumber } from '../common/fields';
import { defineOperation, requestAndAnswer } from '../common/operation';

export const deleteLine = defineOperation({
	endpoint: standingOrderItemDelete,

	properties: [
		wholeNumber('Standing Order ID', 'standingOrderId', 'Komet internal ID of the standing order', '3228'),
		wholeNumber(
			'Standing Order Item ID',
			'standingOrderItemId',
			'Komet internal ID of the line to delete (standingOrderItemId, as Standing Order → Update returns it)',
			'10611',
		),
	],

	readRequest: (context, itemIndex) => ({
		standingOrderId: context.getNodeParameter('standingOrderId', itemIndex),
		standingOrderItemId: context.getNodeParameter('standingOrderItemId', itemIndex),
	}),

	callOutput: requestAndAnswer,
});
