import { defineResource } from '../common/resource';
import { getMany, getManyForAccounting } from './getMany.operation';
import { markSynced } from './markSynced.operation';
import { markSyncFailed } from './markSyncFailed.operation';

export const { operations, description } = defineResource(
	'invoice',
	[
		{
			value: 'getMany',
			name: 'Get Many',
			description:
				'List invoices with their details for a range of ship dates (invoice.details.list, 4 days per request), one output item per invoice',
			action: 'Get many invoices',
			operation: getMany,
		},
		{
			value: 'getManyForAccounting',
			name: 'Get Many for Accounting',
			description:
				'List invoice headers for accounting, e.g. those pending synchronization (invoice.accounting.details.list, 31 days per request)',
			action: 'Get many invoices for accounting',
			operation: getManyForAccounting,
		},
		{
			value: 'markSynced',
			name: 'Mark Synced',
			description: 'Record that an invoice reached the accounting system; Komet then locks its order (invoice.mark.sync.status.ok)',
			action: 'Mark an invoice as synced',
			operation: markSynced,
		},
		{
			value: 'markSyncFailed',
			name: 'Mark Sync Failed',
			description: 'Record that an invoice could not be synchronized, and by default unconfirm it (invoice.mark.sync.status.error)',
			action: 'Mark an invoice sync as failed',
			operation: markSyncFailed,
		},
	],
	'markSynced',
);
