/**
 * The trigger's events: which Komet list each polls, over which windows of its date range,
 * and what makes a record new. The windows are those of the matching Get Many operations.
 */
import type { IDataObject } from 'n8n-workflow';

import { ACCOUNTING_WINDOWS, invoiceAccountingDetailsList } from '../komet/invoiceAccountingDetailsList';
import type { KometEndpoint, WindowKind } from '../komet/method';
import { PREBOOK_WINDOWS, prebookDetailsList } from '../komet/prebookDetailsList';
import { PO_WINDOWS, purchaseOrderList } from '../komet/purchaseOrderList';

export interface TriggerEvent {
	value: string;
	name: string;
	description: string;
	endpoint: KometEndpoint;
	/** The first is the default; with several, the Dates parameter chooses. */
	windows: WindowKind[];
	/** Days from today that the window starts and ends on, by default. */
	defaultDays: { from: number; to: number };
	/** What the records are, for messages: "prebooks". */
	records: string;
	/**
	 * `changes`: Komet tells what changed since the last poll (`updatedAsOf`), and a record is
	 * emitted again when its content changed; `new`: the list is read whole each poll and a
	 * record is emitted once, when its id first appears.
	 */
	emits: 'changes' | 'new';
	/** Fields every request of the event carries. */
	fixed(parameters: IDataObject): IDataObject;
}

export const TRIGGER_EVENTS: TriggerEvent[] = [
	{
		value: 'prebookChanged',
		name: 'Prebook Created or Updated',
		description: 'A prebook of the date window was created or changed in Komet since the last poll',
		endpoint: prebookDetailsList,
		windows: [...PREBOOK_WINDOWS].reverse(),
		defaultDays: { from: 0, to: 13 },
		records: 'prebooks',
		emits: 'changes',
		fixed: () => ({}),
	},
	{
		value: 'invoiceReadyToSync',
		name: 'Invoice Ready to Sync',
		description: 'An invoice of the date window is pending synchronization with your accounting system',
		endpoint: invoiceAccountingDetailsList,
		windows: ACCOUNTING_WINDOWS,
		defaultDays: { from: -30, to: 0 },
		records: 'invoices',
		emits: 'new',
		fixed: (parameters) => ({ externalSystemSynced: 0, ...(parameters.confirmedOnly ? { status: 1 } : {}) }),
	},
	{
		value: 'purchaseOrderForShipDate',
		name: 'Purchase Order for Ship Date',
		description: 'A purchase order for a vendor ship date of the window appeared in Komet',
		endpoint: purchaseOrderList,
		windows: PO_WINDOWS,
		defaultDays: { from: 0, to: 6 },
		records: 'purchase orders',
		emits: 'new',
		fixed: () => ({}),
	},
];

export const eventNamed = (value: unknown) => TRIGGER_EVENTS.find((event) => event.value === value) ?? TRIGGER_EVENTS[0];
