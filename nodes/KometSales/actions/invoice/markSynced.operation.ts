import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invoiceMarkSyncStatusOk } from '../../komet/invoiceMarkSyncStatusOk';
import { additionalFields, readAdditionalFields } from '../common/collections';
import { number, wholeNumber } from '../common/fields';
import { NodeOperation, requestAndAnswer, type WholeCallOperation } from '../common/operation';

type Endpoint = typeof invoiceMarkSyncStatusOk;

class MarkSynced extends NodeOperation<Endpoint> implements WholeCallOperation<Endpoint> {
	readonly kind = 'wholeCall';
	readonly endpoint = invoiceMarkSyncStatusOk;

	readonly properties: INodeProperties[] = [
		{
			displayName:
				'Once an invoice is marked synced, Komet blocks every change to its order until it is marked with Mark Sync Failed',
			name: 'markSyncedNotice',
			type: 'notice',
			default: '',
		},
		wholeNumber('Invoice ID', 'invoiceId', "Komet's internal invoice ID: id in Invoice → Get Many for Accounting or Invoice → Get Many", '240989'),
		additionalFields([number('Invoice Number', 'invoiceNumber', 'The invoice number: number in the invoice lists')]),
	];

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return {
			invoiceId: context.getNodeParameter('invoiceId', itemIndex),
			...readAdditionalFields(context, itemIndex),
		};
	}

	readonly callOutput = requestAndAnswer;
}

export const markSynced = new MarkSynced();
