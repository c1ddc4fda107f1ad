import { prebookDelete } from '../../komet/prebookDelete';
import { defineOperation, requestAndAnswer } from '../common/operation';
import { prebookIdField } from './prebookIdField';

export const deletePrebook = defineOperation({
	endpoint: prebookDelete,

	properties: [
		{
			displayName: 'Deletes the whole prebook with all its lines. Komet accepts Company tokens only.',
			name: 'deleteNotice',
			type: 'notice',
			default: '',
		},
		prebookIdField('the prebook to delete', '90356777'),
	],

	readRequest: (context, itemIndex) => ({ prebookId: context.getNodeParameter('prebookId', itemIndex) }),

	callOutput: requestAndAnswer,
});
