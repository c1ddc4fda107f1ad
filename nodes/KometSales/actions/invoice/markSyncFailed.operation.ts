import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { INVOICE_SYNC_TEXT, invoiceMarkSyncStatusError } from '../../komet/invoiceMarkSyncStatusError';
import { additionalFields, readAdditionalFields } from '../common/collections';
import { textsWithin, wholeNumber } from '../common/fields';
import { NodeOperation, requestAndAnswer, type WholeCallOperation } from '../common/operation';

type Endpoint = typeof invoiceMarkSyncStatusError;

class MarkSyncFailed extends NodeOperation<Endpoint> implements WholeCallOperation<Endpoint> {
	readonly kind = 'wholeCall';
	readonly endpoint = invoiceMarkSyncStatusError;

	readonly properties: INodeProperties[] = [
		{
			displayName:
				'Komet makes the order editable again and, unless Unconfirm is turned off under Additional Fields, returns the invoice to the status it had before synchronization (a confirmed invoice becomes unconfirmed)',
			name: 'markSyncFailedNotice',
			type: 'notice',
			default: '',
		},
		wholeNumber('Invoice ID', 'invoiceId', "Komet's internal invoice ID: id in Invoice → Get Many for Accounting or Invoice → Get Many", '240989'),
		textsWithin(INVOICE_SYNC_TEXT)('Reason', 'message', 'Why the invoice could not be synchronized', { required: true }),
		additionalFields([
			{
				displayName: 'Unconfirm',
				name: 'unconfirm',
				type: 'boolean',
				default: true,
				description:
					'Whether Komet also returns the invoice to the status it had before synchronization (Komet\'s default: a confirmed invoice becomes unconfirmed). Off: only the sync flag is cleared.',
			},
		]),
	];

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return {
			invoiceId: context.getNodeParameter('invoiceId', itemIndex),
			message: context.getNodeParameter('message', itemIndex),
			...readAdditionalFields(context, itemIndex),
		};
	}

	readonly callOutput = requestAndAnswer;
}

export const markSyncFailed = new MarkSyncFailed();
