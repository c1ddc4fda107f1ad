import { defineResource } from '../common/resource';
import { markSynced } from './markSynced.operation';
import { markSyncFailed } from './markSyncFailed.operation';

export const { operations, description } = defineResource(
	'invoice',
	[
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
