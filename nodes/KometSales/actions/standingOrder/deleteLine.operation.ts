import { standingOrderItemDelete } from '../../komet/standingOrderItemDelete';
import { wholeNumber } from '../common/fields';
import { defineOperation, requestAndAnswer } from '../common/operation';

export const deleteLine = defineOperation({
	endpoint: standingOrderItemDelete,

	properties: [
		wholeNumber('Standing Order ID', 'standingOrderId', "Komet's internal ID of the standing order: id in Standing Order → Get Many", '3228'),
		wholeNumber(
			'Standing Order Item ID',
			'standingOrderItemId',
			"Komet's internal ID of the line to delete: standingOrderItemId in Standing Order → Update's results",
			'10611',
		),
	],

	readRequest: (context, itemIndex) => ({
		standingOrderId: context.getNodeParameter('standingOrderId', itemIndex),
		standingOrderItemId: context.getNodeParameter('standingOrderItemId', itemIndex),
	}),

	callOutput: requestAndAnswer,
});
