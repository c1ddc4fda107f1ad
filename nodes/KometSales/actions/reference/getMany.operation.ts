/**
 * Get Many for a Komet reference list: the documented filters in, one output item
 * per record out, with Komet's type drift removed (ids as integers, `active` as a
 * boolean). Workflows use these to sync catalogues.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { KometEndpoint } from '../../komet/method';
import type { KometResponse } from '../../transport/answer';
import { filters as filtersField, readFilters } from '../common/collections';
import { date } from '../common/fields';
import { NodeOperation, type WholeCallOperation } from '../common/operation';
import { limitOf, paging } from '../common/paging';

/** Fields a list needs besides its filters (the customer of Ship-To), and how to read them. */
export interface RequiredFields {
	properties: INodeProperties[];
	read: (context: IExecuteFunctions, itemIndex: number) => Record<string, unknown>;
}

/** A required From/To date range, sent as `dateFrom` / `dateTo` (lists that take the range whole). */
export const dateRange = (from: string, to: string, labels: [string, string] = ['From', 'To']): RequiredFields => ({
	properties: [date(labels[0], 'dateFrom', from, { required: true }), date(labels[1], 'dateTo', to, { required: true })],
	read: (context, itemIndex) => ({
		dateFrom: context.getNodeParameter('dateFrom', itemIndex),
		dateTo: context.getNodeParameter('dateTo', itemIndex),
	}),
});

/** Get Many of a reference list: its required fields, then Return All / Limit where it pages, then its filters. */
class ReferenceGetMany<Endpoint extends KometEndpoint> extends NodeOperation<Endpoint> implements WholeCallOperation<Endpoint> {
	readonly kind = 'wholeCall';
	readonly properties: INodeProperties[];
	readonly limitOf?: (context: IExecuteFunctions, itemIndex: number) => number | undefined;

	constructor(
		readonly endpoint: Endpoint,
		filters: INodeProperties[],
		private readonly required?: RequiredFields,
		options: { paging?: boolean } = {},
	) {
		super();
		this.properties = [...(required?.properties ?? []), ...(options.paging ? paging() : []), filtersField(filters)];
		this.limitOf = options.paging ? limitOf : undefined;
	}

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		const filters = readFilters(context, itemIndex);
		// Boolean filters go to Komet as 1/0; "off" means "not filtered".
		for (const [key, value] of Object.entries(filters)) {
			if (value === false) delete filters[key];
			else if (value === true) filters[key] = 1;
		}
		return { ...this.required?.read(context, itemIndex), ...filters };
	}

	callOutput(response: KometResponse) {
		return response.results ?? [];
	}
}

export const getManyOperation = <Endpoint extends KometEndpoint>(
	endpoint: Endpoint,
	filters: INodeProperties[],
	required?: RequiredFields,
	options: { paging?: boolean } = {},
) => new ReferenceGetMany(endpoint, filters, required, options);
