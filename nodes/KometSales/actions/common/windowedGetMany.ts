/**
 * Get Many over a date range for a Komet list that takes a shorter window per call (one
 * truck date, 4 or 7 or 31 days): the fields, and how an item's range becomes its windows,
 * counted before any is built (dates Komet can mean only). common/windowedRead.ts sends them
 * and merges what they find.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isBlank, isoDate } from '../../komet/common';
import type { KometEndpoint, WindowKind } from '../../komet/method';
import { countWindows, FIRST_DAY, LAST_DAY, windowDays } from '../../komet/windows';
import { filters as filtersField, readFilters } from './collections';
import { dateKindFields, kindNamed, windowOf } from './listFields';
import { date } from './fields';
import { NodeOperation, type ItemWindows, type WindowedReadOperation } from './operation';
import { limitOf, paging } from './paging';
import { InputProblem } from './validation';

/** A date of the range as the schemas read dates (Luxon values and ISO texts included), or a problem on its field. */
function dayOf(context: IExecuteFunctions, name: string, itemIndex: number): string {
	const parsed = isoDate().safeParse(context.getNodeParameter(name, itemIndex, ''));
	if (!parsed.success) throw new InputProblem([name], parsed.error.issues[0].message);
	if (parsed.data < FIRST_DAY || parsed.data > LAST_DAY) {
		throw new InputProblem([name], `must be between ${FIRST_DAY} and ${LAST_DAY} (the years 2000 to 2099 Komet's dates can be)`);
	}
	return parsed.data;
}

/** The windows of a range of `kind`, with the item's filters. */
function rangeWindows(kind: WindowKind, from: string, to: string, filters: IDataObject): ItemWindows {
	const days = (first: number, last = first) => ({
		dateFrom: windowDays(kind, from, to, first).start,
		dateTo: windowDays(kind, from, to, last).end,
	});
	const dateName = kind.name.toLowerCase();
	return {
		count: countWindows(kind, from, to),
		request: (index) => {
			const { start, end } = windowDays(kind, from, to, index);
			return { ...kind.fields(start, end), ...filters };
		},
		dates: days,
		label: (first, last = first) => {
			const { dateFrom, dateTo } = days(first, last);
			return dateFrom === dateTo ? `${dateName} ${dateFrom}` : `${dateName}s ${dateFrom} to ${dateTo}`;
		},
	};
}

/** From and To: required, unless a filter can stand for the range. */
function rangeFields(rangeOf: string, optionalWith: string | undefined): INodeProperties[] {
	const fields = [
		date('From', 'dateFrom', `First of the ${rangeOf}`, { required: optionalWith === undefined }),
		date('To', 'dateTo', `Last of the ${rangeOf} (the same as From for one day)`, { required: optionalWith === undefined }),
	];
	if (optionalWith) for (const field of fields) field.description += `. Leave empty to list by ${optionalWith} alone.`;
	return fields;
}

/**
 * The cost in the panel, as the trigger shows it: each window is a request, and Komet allows
 * a user about 1,000 a day (docs/komet-api.md, "Size and daily budget").
 */
function costNotice(kinds: WindowKind[], rangeOptionalWith: { displayName: string } | undefined): INodeProperties {
	const [first, ...others] = kinds;
	const cost = others.length
		? [`one request per ${windowOf(first)} of the range by ${first.name}`, ...others.map((kind) => `per ${windowOf(kind)} by ${kind.name}`)].join(' or ')
		: `one request per ${windowOf(first)} of the range`;
	const alone = rangeOptionalWith ? ` (a single request with ${rangeOptionalWith.displayName} and no range)` : '';
	return {
		displayName: `Each input item costs ${cost}${alone}, fewer with a Limit once enough records are found. Every Komet user may make about 1,000 requests a day; Max Requests per Run (Options) caps a run.`,
		name: 'costNotice',
		type: 'notice',
		default: '',
	};
}

export interface WindowedGetManyOptions<Endpoint extends KometEndpoint> {
	endpoint: Endpoint;
	/** The first is the default; with several, a "Dates" selector chooses. */
	kinds: WindowKind[];
	/** What the range is, for the From/To descriptions: "vendor ship dates". */
	rangeOf: string;
	filters: INodeProperties[];
	/** A filter that lets the range be left empty: one request with the filters only (PO numbers). */
	rangeOptionalWith?: { name: string; displayName: string };
}

/** The fields of a windowed Get Many: Dates (with several kinds), the cost, From and To, Return All / Limit, Filters. */
function windowedProperties(options: WindowedGetManyOptions<KometEndpoint>): INodeProperties[] {
	const { kinds } = options;
	return [
		...dateKindFields({ kinds, span: 'range', records: 'records' }),
		costNotice(kinds, options.rangeOptionalWith),
		...rangeFields(options.rangeOf, options.rangeOptionalWith?.displayName),
		...paging(),
		filtersField(options.filters),
	];
}

class WindowedGetMany<Endpoint extends KometEndpoint> extends NodeOperation<Endpoint> implements WindowedReadOperation<Endpoint> {
	readonly kind = 'windowedRead';
	readonly endpoint: Endpoint;
	readonly properties: INodeProperties[];

	constructor(private readonly options: WindowedGetManyOptions<Endpoint>) {
		super();
		this.endpoint = options.endpoint;
		this.properties = windowedProperties(options);
	}

	// The schema checks the first window before anything is sent; the others differ only in their dates.
	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return this.readWindows(context, itemIndex).request(0);
	}

	readWindows(context: IExecuteFunctions, itemIndex: number): ItemWindows {
		const { kinds, rangeOptionalWith: alone } = this.options;
		const chosen = context.getNodeParameter('dateKind', itemIndex, kinds[0].value);
		const kind = kindNamed(kinds, chosen);
		const filters = readFilters(context, itemIndex);
		const noRange = ['dateFrom', 'dateTo'].every((name) => isBlank(context.getNodeParameter(name, itemIndex, '')));
		if (alone && filters[alone.name] !== undefined && noRange) {
			return { count: 1, request: () => filters, label: () => `${alone.displayName} ${String(filters[alone.name])}`, dates: () => undefined };
		}
		const from = dayOf(context, 'dateFrom', itemIndex);
		const to = dayOf(context, 'dateTo', itemIndex);
		if (to < from) throw new InputProblem(['dateTo'], 'must not be before From');
		return rangeWindows(kind, from, to, filters);
	}

	limitOf(context: IExecuteFunctions, itemIndex: number) {
		return limitOf(context, itemIndex);
	}
}

export const windowedGetMany = <Endpoint extends KometEndpoint>(options: WindowedGetManyOptions<Endpoint>) => new WindowedGetMany(options);
