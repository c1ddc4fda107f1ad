/**
 * Get Many for a Komet reference list: the documented filters in, one output item
 * per record out, with Komet's type drift removed (ids as integers, `active` as a
 * boolean). Workflows use these to sync catalogues.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { compact } from '../../helpers/lines';
import type { KometEndpoint } from '../../transport/endpoint';
import { defineOperation } from '../common/operation';

/** Fields a list needs besides its filters (the customer of Ship-To), and how to read them. */
export interface RequiredFields {
	properties: INodeProperties[];
	read: (context: IExecuteFunctions, itemIndex: number) => Record<string, unknown>;
}

/**
 * Return All / Limit, n8n's usual pair. Komet's lists have no paging: the whole list comes
 * in one answer and Limit keeps its first records. Offered on the lists added with the
 * read side; adding it to the first seven would change what their saved workflows return
 * (n8n wants Return All off by default), which needs a new node version.
 */
const PAGING: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

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
			...(options.paging ? PAGING : []),
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				options: filters,
			},
		],
		readRequest: (context, itemIndex) => {
			const filters = compact(context.getNodeParameter('filters', itemIndex, {}) as IDataObject);
			// Boolean filters go to Komet as 1/0; "off" means "not filtered".
			for (const [key, value] of Object.entries(filters)) {
				if (value === false) delete filters[key];
				else if (value === true) filters[key] = 1;
			}
			return { ...required?.read(context, itemIndex), ...filters };
		},
		limitOf: options.paging
			? (context, itemIndex) =>
					context.getNodeParameter('returnAll', itemIndex, false) ? undefined : (context.getNodeParameter('limit', itemIndex, 50) as number)
			: undefined,
		callOutput: (response) => response.results ?? [],
	});
}
