import { prebookItemDelete } from '../../komet/prebookItemDelete';
import { wholeNumber } from '../common/fields';
import { defineOperation, requestAndAnswer } from '../common/operation';
import { prebookIdField } from './prebookIdField';

export const deleteLine = defineOperation({
	endpoint: prebookItemDelete,

	properties: [
		{
			displayName: "With a Vendor token Komet does not delete the line: it sets the line's quantity to zero",
			name: 'deleteLineNotice',
			type: 'notice',
			default: '',
		},
		prebookIdField('the prebook the line belongs to', '85063'),
		wholeNumber(
			'Prebook Line ID',
			'prebookItemId',
			"Komet's internal ID of the line to delete: prebookItemId in Prebook → Create Multiple's results or in the lines of Prebook → Get Many",
			'928356',
		),
	],

	readRequest: (context, itemIndex) => ({
		prebookId: context.getNodeParameter('prebookId', itemIndex),
		prebookItemId: context.getNodeParameter('prebookItemId', itemIndex),
	}),

	callOutput: requestAndAnswer,
});
