import { invoiceMarkSyncStatusOk } from '../../komet/invoiceMarkSyncStatusOk';
import { additionalFields, readAdditionalFields } from '../common/collections';
import { number, wholeNumber } from '../common/fields';
import { defineOperation, requestAndAnswer } from '../common/operation';

export const markSynced = defineOperation({
	endpoint: invoiceMarkSyncStatusOk,

	properties: [
		{
			displayName:
				'Once an invoice is marked synced, Komet blocks every change to its order until it is marked with Mark Sync Failed',
			name: 'markSyncedNotice',
			type: 'notice',
			default: '',
		},
		wholeNumber('Invoice ID', 'invoiceId', "Komet's internal invoice ID: id in Invoice → Get Many for Accounting or Invoice → Get Many", '240989'),
		additionalFields([number('Invoice Number', 'invoiceNumber', 'The invoice number: number in the invoice lists')]),
	],

	readRequest: (context, itemIndex) => ({
		invoiceId: context.getNodeParameter('invoiceId', itemIndex),
		...readAdditionalFields(context, itemIndex),
	}),

	callOutput: requestAndAnswer,
});
