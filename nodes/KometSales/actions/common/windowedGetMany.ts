/**
 * Get Many over a date range for a Komet list that takes a shorter window per call (one
 * truck date, 4 or 7 or 31 days): the range becomes as many calls as its windows, the
 * records found are merged, each once (by id), up to Return All / Limit (no further window
 * once reached), within the run's request budget (Options → Max Requests per Run).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { plusDays } from '../../helpers/days';
import { InputProblem } from '../../helpers/validation';
import { isBlank, isoDate } from '../../schemas/common';
import type { KometEndpoint } from '../../transport/endpoint';
import { date, filters as filtersField, limitOf, paging, readFilters } from './fields';
import { defineOperation } from './operation';

/** One way of reading the range: which date it is, how many days one call takes, how a window is sent. */
export interface WindowKind {
	value: string;
	name: string;
	days: number;
	fields(start: string, end: string): IDataObject;
}

/** The windows of a range, `days` long (both ends included), the last one shorter. */
export function windows(kind: WindowKind, from: string, to: string): IDataObject[] {
	const result: IDataObject[] = [];
	for (let start = from; start <= to; start = plusDays(start, kind.days)) {
		const last = plusDays(start, kind.days - 1);
		result.push(kind.fields(start, last < to ? last : to));
	}
	return result;
}

/** A date of the range as the schemas read dates (Luxon values and ISO texts included), or a problem on its field. */
function dayOf(context: IExecuteFunctions, name: string, itemIndex: number): string {
	const parsed = isoDate().safeParse(context.getNodeParameter(name, itemIndex, ''));
	if (!parsed.success) throw new InputProblem([name], parsed.error.issues[0].message);
	return parsed.data;
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

export function windowedGetMany(options: {
	endpoint: KometEndpoint;
	/** The first is the default; with several, a "Dates" selector chooses. */
	kinds: WindowKind[];
	/** What the range is, for the From/To descriptions: "vendor ship dates". */
	rangeOf: string;
	filters: INodeProperties[];
	/** A filter that lets the range be left empty: one request with the filters only (PO numbers). */
	rangeOptionalWith?: { name: string; displayName: string };
}) {
	const { kinds } = options;
	const dateKind: INodeProperties = {
		displayName: 'Dates',
		name: 'dateKind',
		type: 'options',
		options: kinds.map((kind) => ({
			name: kind.name,
			value: kind.value,
			description: kind.days === 1 ? 'One request per day of the range' : `One request per ${kind.days} days of the range`,
		})),
		default: '',
		description: 'Which date of the records the range applies to',
	};
	dateKind.default = kinds[0].value;
	const properties: INodeProperties[] = [
		...(kinds.length > 1 ? [dateKind] : []),
		...rangeFields(options.rangeOf, options.rangeOptionalWith?.displayName),
		...paging(),
		filtersField(options.filters),
	];

	return defineOperation({
		endpoint: options.endpoint,
		properties,
		readRequest(context, itemIndex) {
			const chosen = context.getNodeParameter('dateKind', itemIndex, kinds[0].value);
			const kind = kinds.find((candidate) => candidate.value === chosen) ?? kinds[0];
			const filters = readFilters(context, itemIndex);
			const alone = options.rangeOptionalWith?.name;
			const noRange = ['dateFrom', 'dateTo'].every((name) => isBlank(context.getNodeParameter(name, itemIndex, '')));
			if (alone && filters[alone] !== undefined && noRange) return [filters];
			const from = dayOf(context, 'dateFrom', itemIndex);
			const to = dayOf(context, 'dateTo', itemIndex);
			if (to < from) throw new InputProblem(['dateTo'], 'must not be before From');
			return windows(kind, from, to).map((window) => ({ ...window, ...filters }));
		},
		dedupeKey: (record) => (record.id === undefined ? undefined : String(record.id)),
		limitOf,
		callOutput: (response) => response.results ?? [],
	});
}
