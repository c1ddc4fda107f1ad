/**
 * The trigger's events, one object each: the Komet list it polls, the date window and the
 * filters it asks with, what it remembers a record by, what makes a record worth emitting,
 * and what one poll costs. Everything else is derived from these objects: the trigger's
 * fields (properties.ts), the poll plan (poll.ts), the budget it is held to (requestBudget.ts)
 * and the canvas subtitle (subtitle.ts).
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { customerFilter, locationFilter, vendorFilter } from '../actions/common/listFields';
import {
	ACCOUNTING_WINDOWS,
	invoiceAccountingDetailsList,
	type KometEndpoint,
	PO_WINDOWS,
	PREBOOK_WINDOWS,
	prebookDetailsList,
	purchaseOrderList,
	type WindowKind,
} from './kometLists';
import { keyById } from './recordKey';

/** One end of the window: the parameter that sets it, and its default in days from the day of the poll. */
export interface WindowEnd {
	parameter: string;
	days: number;
}

export interface TriggerEvent {
	/** The Event parameter's option: value, name, description. */
	value: string;
	name: string;
	description: string;
	/** The Komet list polled. */
	endpoint: KometEndpoint;
	/** What the records are, for the editor's texts: "prebooks". */
	records: string;
	/**
	 * The date window, read whole at each poll: the kinds of date it may apply to (the first is
	 * the default; with several, the Dates parameter chooses), and its two ends. Parameter names
	 * are per event, so a value set for one event never rides along to another.
	 */
	dates: { kinds: WindowKind[]; from: WindowEnd; to: WindowEnd };
	/** The Filters collection, if the event has one: its parameter, and fields sent as set with every request. */
	filters?: { parameter: string; fields: INodeProperties[] };
	/** Fields of the event's own (shown with it), and what their values add to every request. */
	own?: { fields: INodeProperties[]; sends(values: IDataObject): IDataObject };
	/** What the trigger remembers a record by. */
	key(record: IDataObject): string;
	/**
	 * `changes`: Komet tells what changed since the last poll (`updatedAsOf`), and a record is
	 * emitted again when its content changed; `new`: the list is read whole each poll and a
	 * record is emitted once, when its key first appears.
	 */
	emits: 'changes' | 'new';
}

/** Window ends named after the event: `prebookChangedFrom`, `prebookChangedTo`. */
const windowEnds = (event: string, from: number, to: number) => ({
	from: { parameter: `${event}From`, days: from },
	to: { parameter: `${event}To`, days: to },
});

export const TRIGGER_EVENTS: TriggerEvent[] = [
	{
		value: 'prebookChanged',
		name: 'Prebook Created or Updated',
		description: 'A prebook of the date window was created or changed in Komet since the last poll',
		endpoint: prebookDetailsList,
		records: 'prebooks',
		dates: { kinds: [...PREBOOK_WINDOWS].reverse(), ...windowEnds('prebookChanged', 0, 13) },
		filters: {
			parameter: 'prebookFilters',
			fields: [customerFilter('Only prebooks of this customer'), locationFilter('Only prebooks of this company location')],
		},
		key: keyById,
		emits: 'changes',
	},
	{
		value: 'invoiceReadyToSync',
		name: 'Invoice Ready to Sync',
		description: 'An invoice of the date window is pending synchronization with your accounting system',
		endpoint: invoiceAccountingDetailsList,
		records: 'invoices',
		dates: { kinds: ACCOUNTING_WINDOWS, ...windowEnds('invoiceReadyToSync', -30, 0) },
		own: {
			fields: [
				{
					displayName: 'Confirmed Only',
					name: 'confirmedOnly',
					type: 'boolean',
					default: true,
					description: 'Whether to emit only confirmed invoices (not those pending approval)',
				},
			],
			sends: ({ confirmedOnly }) => ({ externalSystemSynced: 0, ...(confirmedOnly ? { status: 1 } : {}) }),
		},
		key: keyById,
		emits: 'new',
	},
	{
		value: 'purchaseOrderForShipDate',
		name: 'Purchase Order for Ship Date',
		description: 'A purchase order for a vendor ship date of the window appeared in Komet',
		endpoint: purchaseOrderList,
		records: 'purchase orders',
		dates: { kinds: PO_WINDOWS, ...windowEnds('purchaseOrderForShipDate', 0, 6) },
		filters: {
			parameter: 'purchaseOrderFilters',
			fields: [
				customerFilter('Only purchase orders for this customer'),
				locationFilter('Only purchase orders of this company location'),
				vendorFilter('Only purchase orders to this vendor'),
			],
		},
		key: keyById,
		emits: 'new',
	},
];

export const eventNamed = (value: unknown) => TRIGGER_EVENTS.find((event) => event.value === value) ?? TRIGGER_EVENTS[0];

/**
 * What one poll costs: a request per window of the kind's length over the days from..to
 * (counted from the day of the poll), none for a window that ends before it starts. The
 * budget counts by it; the canvas subtitle evaluates the same sum in the editor (subtitle.ts).
 */
export const requestsPerPoll = (kind: WindowKind, from: number, to: number) => Math.max(0, Math.ceil((to - from + 1) / kind.days));
