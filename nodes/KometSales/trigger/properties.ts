/** The trigger's parameters. Per-event names, so a value set for one event never rides along to another. */
import type { INodeProperties } from 'n8n-workflow';

import { customerFilter, locationFilter, vendorFilter } from '../actions/common/locators';
import type { WindowKind } from '../komet/method';
import { DEFAULT_SHARE_PERCENT, KOMET_DAILY_REQUESTS } from './requestBudget';
import { TRIGGER_EVENTS, type TriggerEvent } from './events';

export const dayParameters = (event: TriggerEvent) => ({ from: `${event.value}From`, to: `${event.value}To` });
export const FILTERS: Record<string, string> = { prebookChanged: 'prebookFilters', purchaseOrderForShipDate: 'purchaseOrderFilters' };

const forEvent = (event: TriggerEvent) => ({ show: { event: [event.value] } });

/** One end of the window, in days from the day of the poll. */
function dayField(event: TriggerEvent, end: 'From' | 'To', name: string, days: number, description: string): INodeProperties {
	const field: INodeProperties = {
		displayName: `${end} (Days From Today)`,
		name,
		type: 'number',
		typeOptions: { minValue: -366, maxValue: 366 },
		displayOptions: forEvent(event),
		default: 0,
		description,
	};
	field.default = days;
	return field;
}

/** What one kind of window costs: "One request per day of the window". */
const perRequest = (kind: WindowKind) => (kind.days === 1 ? 'One request per day of the window' : `One request per ${kind.days} days of the window`);

function windowProperties(event: TriggerEvent): INodeProperties[] {
	const names = dayParameters(event);
	const kinds = event.windows;
	const dateKind: INodeProperties = {
		displayName: 'Dates',
		name: 'dateKind',
		type: 'options',
		displayOptions: forEvent(event),
		options: kinds.map((kind) => ({
			name: kind.name,
			value: kind.value,
			description: perRequest(kind),
		})),
		default: '',
		description: `Which date of the ${event.records} the window applies to`,
	};
	dateKind.default = kinds[0].value;
	const cost = kinds.length > 1 ? '' : ` ${perRequest(kinds[0])}, each poll.`;
	const from = dayField(event, 'From', names.from, event.defaultDays.from, `First ${kinds[0].name.toLowerCase()} of the window, counted from the day of the poll in the workflow's time zone: 0 is today, -1 yesterday`);
	const to = dayField(event, 'To', names.to, event.defaultDays.to, `Last day of the window, counted from the day of the poll.${cost}`);
	return [
		...(kinds.length > 1 ? [dateKind] : []),
		from,
		to,
	];
}

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: TRIGGER_EVENTS.map((event) => ({ name: event.name, value: event.value, description: event.description })),
		default: 'prebookChanged',
	},
	{
		displayName:
			"Each poll reads the whole date window from Komet, and every Komet user may make about 1,000 requests a day: the canvas shows what this trigger spends at its Poll Times, and a trigger over its share (Options) is refused at activation and in test runs. Every hour (24 polls a day) fits; every minute does not.",
		name: 'budgetNotice',
		type: 'notice',
		default: '',
	},
	...TRIGGER_EVENTS.flatMap(windowProperties),
	{
		displayName: 'Confirmed Only',
		name: 'confirmedOnly',
		type: 'boolean',
		displayOptions: { show: { event: ['invoiceReadyToSync'] } },
		default: true,
		description: 'Whether to emit only confirmed invoices (not those pending approval)',
	},
	{
		displayName: 'Filters',
		name: FILTERS.prebookChanged,
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: { event: ['prebookChanged'] } },
		default: {},
		options: [customerFilter('Only prebooks of this customer'), locationFilter('Only prebooks of this company location')],
	},
	{
		displayName: 'Filters',
		name: FILTERS.purchaseOrderForShipDate,
		type: 'collection',
		placeholder: 'Add Filter',
		displayOptions: { show: { event: ['purchaseOrderForShipDate'] } },
		default: {},
		options: [
			customerFilter('Only purchase orders for this customer'),
			locationFilter('Only purchase orders of this company location'),
			vendorFilter('Only purchase orders to this vendor'),
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Daily Requests of the User',
				name: 'dailyRequests',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: KOMET_DAILY_REQUESTS,
				description: 'How many requests Komet lets the token\'s user make per day (about 1,000 unless Komet agreed otherwise)',
			},
			{
				displayName: 'Emit Existing Records on First Poll',
				name: 'emitExisting',
				type: 'boolean',
				default: false,
				description: 'Whether the first poll after activation emits the records already in the window; by default it only remembers them, and later polls emit what is new',
			},
			{
				displayName: 'Share of Daily Requests (%)',
				name: 'sharePercent',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 100 },
				default: DEFAULT_SHARE_PERCENT,
				description: 'The most of the daily requests this trigger may spend; the rest stays for other workflows and Komet users of the same token',
			},
		],
	},
];
