/**
 * Get Many for a Komet reference list: the documented filters in, one output item
 * per record out, with Komet's type drift removed (ids as integers, `active` as a
 * boolean). Workflows use these to sync catalogues.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { KometEndpoint } from '../../komet/method';
import { filters as filtersField, readFilters } from '../common/collections';
import { date } from '../common/fields';
import { defineOperation } from '../common/operation';
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

export function getManyOperation(
	endpoint: KometEndpoint,
	filters: INodeProperties[],
	required?: RequiredFields,
	options: { paging?: boolean } = {},
) {
	return defineOperation({
		endpoint,
		properties: [
			...(required?.properties ?? []),
			...(options.paging ? paging() : []),
			filtersField(filters),
		],
		readRequest: (context, itemIndex) => {
			const filters = readFilters(context, itemIndex);
			// Boolean filters go to Komet as 1/0; "off" means "not filtered".
			for (const [key, value] of Object.entries(filters)) {
				if (value === false) delete filters[key];
				else if (value === true) filters[key] = 1;
			}
			return { ...required?.read(context, itemIndex), ...filters };
		},
		limitOf: options.paging ? limitOf : undefined,
		callOutput: (response) => response.results ?? [],
	});
}
