/**
 * The trigger's parameters, built from its events (events.ts), and their reader: what one
 * poll is asked for. Built and read here only, so a parameter's name is written once.
 */
import { NodeOperationError, type IDataObject, type INodeProperties, type IPollFunctions } from 'n8n-workflow';

import { dateKindFields, filterValues, kindNamed, requestsPer } from '../actions/common/listFields';
import { DEFAULT_SHARE_PERCENT, KOMET_DAILY_REQUESTS } from './requestBudget';
import { eventNamed, TRIGGER_EVENTS, type TriggerEvent, type WindowEnd } from './events';
import type { WindowKind } from './kometLists';

const forEvent = (event: TriggerEvent) => ({ show: { event: [event.value] } });

/** A field of the event's own, shown with it only (displayOptions where n8n's own nodes put it, after the type). */
function shownWith(event: TriggerEvent, field: INodeProperties): INodeProperties {
	const { displayName, name, type, ...rest } = field;
	return { displayName, name, type, displayOptions: forEvent(event), ...rest };
}

/** One end of the window, in days from the day of the poll. */
function dayField(event: TriggerEvent, label: 'From' | 'To', end: WindowEnd, description: string): INodeProperties {
	const field: INodeProperties = {
		displayName: `${label} (Days From Today)`,
		name: end.parameter,
		type: 'number',
		typeOptions: { minValue: -366, maxValue: 366 },
		displayOptions: forEvent(event),
		default: 0,
		description,
	};
	field.default = end.days;
	return field;
}

function windowProperties(event: TriggerEvent): INodeProperties[] {
	const { kinds, from, to } = event.dates;
	const cost = kinds.length > 1 ? '' : ` ${requestsPer(kinds[0], 'window')}, each poll.`;
	return [
		...dateKindFields({ kinds, span: 'window', records: event.records, displayOptions: forEvent(event) }),
		dayField(event, 'From', from, `First ${kinds[0].name.toLowerCase()} of the window, counted from the day of the poll in the workflow's time zone: 0 is today, -1 yesterday`),
		dayField(event, 'To', to, `Last day of the window, counted from the day of the poll.${cost}`),
	];
}

function filtersProperty(event: TriggerEvent): INodeProperties[] {
	if (!event.filters) return [];
	return [
		{
			displayName: 'Filters',
			name: event.filters.parameter,
			type: 'collection',
			placeholder: 'Add Filter',
			displayOptions: forEvent(event),
			default: {},
			options: event.filters.fields,
		},
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
	...TRIGGER_EVENTS.flatMap((event) => (event.own?.fields ?? []).map((field) => shownWith(event, field))),
	...TRIGGER_EVENTS.flatMap(filtersProperty),
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

/** What the parameters ask one poll for. */
export interface PollParameters {
	event: TriggerEvent;
	kind: WindowKind;
	/** The window's ends, in days from the day of the poll. */
	from: number;
	to: number;
	/** Sent with every request: what the event's own fields add, then the filters set. */
	fixed: IDataObject;
	filters: IDataObject;
	options: IDataObject;
	pollTimes: IDataObject;
}

export function readPollParameters(context: IPollFunctions): PollParameters {
	const event = eventNamed(context.getNodeParameter('event'));
	const { kinds } = event.dates;
	const from = Number(context.getNodeParameter(event.dates.from.parameter, event.dates.from.days));
	const to = Number(context.getNodeParameter(event.dates.to.parameter, event.dates.to.days));
	if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) {
		throw new NodeOperationError(context.getNode(), `The window's To (${to}) must be a whole number of days, not before From (${from})`);
	}
	const kind = kinds.length > 1 ? kindNamed(kinds, context.getNodeParameter('dateKind', kinds[0].value)) : kinds[0];
	const ownValues = Object.fromEntries((event.own?.fields ?? []).map((field) => [field.name, context.getNodeParameter(field.name, field.default)]));
	return {
		event,
		kind,
		from,
		to,
		fixed: event.own ? event.own.sends(ownValues as IDataObject) : {},
		filters: event.filters ? filterValues(context.getNodeParameter(event.filters.parameter, {}) as IDataObject) : {},
		options: context.getNodeParameter('options', {}) as IDataObject,
		pollTimes: context.getNodeParameter('pollTimes', {}) as IDataObject,
	};
}
