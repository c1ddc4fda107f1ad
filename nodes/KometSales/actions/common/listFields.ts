/**
 * The fields of a read of a Komet list that Get Many and the trigger's events share, with
 * their readers: the Dates selector (which date of the records a range applies to, and what
 * each kind of date costs, one request per window: docs/komet-api.md, "Size and daily
 * budget"), and the filters by a Komet id picked from a reference list. Get Many
 * (windowedGetMany.ts, the operations' Filters) and the trigger (trigger/events.ts,
 * trigger/properties.ts) build them here.
 */
import type { IDataObject, IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { compact } from './collections';
import { locator, type LocatorOptions } from './locators';

/** A kind of date as the selector shows it: its name, its value, how many days one request takes. */
export interface DateKindChoice {
	value: string;
	name: string;
	days: number;
}

/** What one window is: "day", "7 days". */
export const windowOf = (kind: DateKindChoice) => (kind.days === 1 ? 'day' : `${kind.days} days`);

/** What a kind of date costs: "One request per 7 days of the range" (`span`: what the user sets, a range or a window). */
export const requestsPer = (kind: DateKindChoice, span: 'range' | 'window') => `One request per ${windowOf(kind)} of the ${span}`;

/**
 * The `dateKind` parameter (Dates) when there is a choice: one option per kind, the first the
 * default; none for a single kind. `records` names what is listed ("records", "prebooks");
 * `displayOptions` when it is shown for one case only.
 */
export function dateKindFields(options: {
	kinds: DateKindChoice[];
	span: 'range' | 'window';
	records: string;
	displayOptions?: IDisplayOptions;
}): INodeProperties[] {
	const { kinds, span } = options;
	if (kinds.length < 2) return [];
	const field: INodeProperties = {
		displayName: 'Dates',
		name: 'dateKind',
		type: 'options',
		...(options.displayOptions ? { displayOptions: options.displayOptions } : {}),
		options: kinds.map((kind) => ({ name: kind.name, value: kind.value, description: requestsPer(kind, span) })),
		default: '',
		description: `Which date of the ${options.records} the ${span} applies to`,
	};
	field.default = kinds[0].value;
	return [field];
}

/** The kind a `dateKind` value chooses; the first (the default) for any other value. */
export const kindNamed = <Kind extends DateKindChoice>(kinds: Kind[], value: unknown): Kind => kinds.find((kind) => kind.value === value) ?? kinds[0];

/** A filter by a Komet id, picked from a reference list. */
const idFilter =
	(name: string, displayName: string, searchListMethod: LocatorOptions['searchListMethod']) =>
	(description: string, nameOverride = name) =>
		locator({ name: nameOverride, displayName, description, searchListMethod, listValue: 'id' });

export const customerFilter = idFilter('customerId', 'Customer', 'searchCustomers');
export const carrierFilter = idFilter('carrierId', 'Carrier', 'searchCarriers');
export const locationFilter = idFilter('locationId', 'Location', 'searchLocations');
export const vendorFilter = idFilter('vendorId', 'Vendor', 'searchVendors');

/** The filters set in a Filters collection's value (blank ones dropped, a picked entry as its id). */
export const filterValues = (value: IDataObject): IDataObject => compact(value);
