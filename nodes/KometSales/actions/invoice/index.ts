import { defineResource } from '../common/resource';
import { getMany, getManyForAccounting } from './getMany.operation';
import { getPdf } from './getPdf.operation';
import { markSynced } from './markSynced.operation';
import { markSyncFailed } from './markSyncFailed.operation';

export const { operations, operationSelector } = defineResource(
	'invoice',
	[
		{
			value: 'getMany',
			name: 'Get Many',
			description:
				'List invoices with their details for a range of ship dates (invoice.details.list, 4 days per request), one output item per invoice with its ID and number',
			action: 'Get many invoices with details by ship date',
			operation: getMany,
		},
		{
			value: 'getManyForAccounting',
			name: 'Get Many for Accounting',
			description:
				'List invoice headers for accounting, e.g. those pending synchronization, with the ID and number Mark Synced takes (invoice.accounting.details.list, 31 days per request)',
			action: 'Get many invoice headers for accounting sync',
			operation: getManyForAccounting,
		},
		{
			value: 'getPdf',
			name: 'Get PDF',
			description:
				'Download an invoice (by its Komet ID from the invoice lists) as a PDF file in binary data, with its file name (invoice.pdf.get)',
			action: 'Get an invoice PDF',
			operation: getPdf,
		},
		{
			value: 'markSynced',
			name: 'Mark Synced',
			description:
				'Record that an invoice (by its Komet ID from the invoice lists) reached the accounting system; Komet then locks its order (invoice.mark.sync.status.ok)',
			action: 'Mark an invoice as synced to accounting',
			operation: markSynced,
		},
		{
			value: 'markSyncFailed',
			name: 'Mark Sync Failed',
			description:
				'Record why an invoice (by its Komet ID from the invoice lists) could not be synchronized, and by default unconfirm it (invoice.mark.sync.status.error)',
			action: 'Mark an invoice as failed to sync to accounting',
			operation: markSyncFailed,
		},
	],
	'markSynced',
);
