import { prebookDelete } from '../../transport/endpoints';
import { wholeNumber } from '../common/fields';
import { defineOperation, requestAndAnswer } from '../common/operation';

export const deletePrebook = defineOperation({
	endpoint: prebookDelete,

	properties: [
		{
			displayName: 'Deletes the whole prebook with all its lines. Komet accepts Company tokens only.',
			name: 'deleteNotice',
			type: 'notice',
			default: '',
		},
		wholeNumber('Prebook ID', 'prebookId', "Komet's internal ID of the prebook to delete (not its prebook number): prebookId in Prebook → Create Multiple's results, or id in Prebook → Get Many Headers", '90356777'),
	],

	readRequest: (context, itemIndex) => ({ prebookId: context.getNodeParameter('prebookId', itemIndex) }),

	callOutput: requestAndAnswer,
});
