import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeBaseDescription,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { byOptionName } from './actions/common/options';
import * as reference from './actions/reference';
import { operationProperties, operationSelectors, resourcesFor } from './actions/versions';
import { credentialTest } from './methods/credentialTest';
import { listSearch } from './methods/listSearch';
import { DEFAULT_MAX_REQUESTS } from './transport/budget';

const resourceOptions = [
	{ name: 'Box', value: 'box' },
	{ name: 'Invoice', value: 'invoice' },
	{ name: 'Prebook', value: 'prebook' },
	{ name: 'Purchase Order', value: 'purchaseOrder' },
	{ name: 'Standing Order', value: 'standingOrder' },
	...reference.resourceOptions,
].sort(byOptionName);

/** The operations whose lines of many items can share requests (those with a batching plan). */
const batchingOperations = Object.values(resourcesFor(1)).flatMap((operations) =>
	Object.entries(operations)
		.filter(([, operation]) => operation.kind === 'perLine' && operation.batching)
		.map(([name]) => name),
);

/**
 * The canvas subtitle as the user picked it, "Create Multiple: Prebook", not the stored
 * values: a lookup of every resource/operation pair, built once from the Operation selectors
 * (every version has the same).
 */
const SUBTITLE = (() => {
	const labels: Record<string, string> = {};
	for (const property of operationSelectors) {
		for (const resource of property.displayOptions?.show?.resource ?? []) {
			const resourceName = resourceOptions.find((option) => option.value === resource)?.name;
			for (const option of (property.options ?? []) as INodePropertyOptions[]) {
				labels[`${String(resource)}/${String(option.value)}`] = `${option.name}: ${resourceName}`;
			}
		}
	}
	return `={{ ${JSON.stringify(labels)}[$parameter["resource"] + "/" + $parameter["operation"]] }}`;
})();

/** One version of the Komet Sales node (actions/versions.ts says what differs). */
export class KometSalesVersion implements INodeType {
	description: INodeTypeDescription;

	constructor(baseDescription: INodeTypeBaseDescription, version: number) {
		this.description = {
			...baseDescription,
			version,
			subtitle: SUBTITLE,
			defaults: { name: 'Komet Sales' },
			usableAsTool: true,
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'kometSalesApi', required: true, testedBy: 'kometSalesApiTest' }],
			properties: [
				{
					displayName: 'Resource',
					name: 'resource',
					type: 'options',
					noDataExpression: true,
					options: resourceOptions,
					default: 'prebook',
				},
				...operationProperties(version),
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					placeholder: 'Add Option',
					default: {},
					options: [
						{
							displayName: 'Batch Requests',
							name: 'batching',
							type: 'boolean',
							default: true,
							description:
								"Whether the lines of all input items share requests (boxes: all together; prebooks: per customer and order header), split only at Komet's 64 KB limit. Komet allows about 1,000 requests per user per day. Off: one request per input item.",
							displayOptions: { show: { '/operation': batchingOperations } },
						},
						{
							displayName: 'Max Requests per Run',
							name: 'maxRequests',
							type: 'number',
							typeOptions: { minValue: 1 },
							default: DEFAULT_MAX_REQUESTS,
							description:
								'The most requests one run may send to Komet. A run that would need more is refused before anything is sent. Komet allows about 1,000 requests per user per day, pooled per company.',
						},
						{
							displayName: 'Retries',
							name: 'retries',
							type: 'number',
							typeOptions: { minValue: 0, maxValue: 5 },
							default: 2,
							description:
								'How often a request that cannot create anything twice (box codes, reads, a standing-order update without items) is sent again after a 429, 5xx, timeout or broken connection, with backoff that honours Retry-After. Creates, and standing-order updates that add items, are sent again only when the request provably never left, so nothing is created twice.',
						},
						{
							displayName: 'Timeout',
							name: 'timeout',
							type: 'number',
							typeOptions: { minValue: 1000 },
							default: 60000,
							description: 'Milliseconds one request to Komet may take, from sending it to the last byte of the answer',
						},
					],
				},
			],
		};
	}

	methods = { listSearch, credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		// The running half (transport, planning, reporting) loads at the first run, not when n8n
		// loads the node at start-up to read its description (every worker loads every node).
		const { router } = await import('./actions/router');
		return await router.call(this);
	}
}
