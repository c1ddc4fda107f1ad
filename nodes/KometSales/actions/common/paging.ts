/** Return All / Limit of a Get Many: the two fields, and the Limit an item asks for. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputProblem } from './validation';

/**
 * Return All / Limit, n8n's usual pair for Get Many. Komet's lists have no paging: each call
 * answers whole, and the node keeps the first Limit records of an item. Offered on the lists
 * added with the read side; adding it to the first seven would change what their saved
 * workflows return (n8n wants Return All off by default), which needs a new node version.
 */
export const paging = (): INodeProperties[] => [
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

/**
 * The Limit of an item with paging, or undefined for Return All. A Limit that is not a whole
 * number of at least 1 (0, -5, 2.5, "abc" from an expression) is refused, never read as
 * "all" or "none"; a text of digits ("20") is its number, as other fields read it.
 */
export function limitOf(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (context.getNodeParameter('returnAll', itemIndex, false)) return undefined;
	const value = context.getNodeParameter('limit', itemIndex, 50) as unknown;
	const limit = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
		throw new InputProblem(['limit'], `must be a whole number of at least 1, not ${JSON.stringify(value) ?? String(value)}`, 'Turn Return All on to get every record.');
	}
	return limit;
}
