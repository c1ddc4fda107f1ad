import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { KometEndpoint, KometRequest } from '../../transport/endpoint';
import type { BatchPlan } from './batching';
import type { KometResponse } from '../../transport/request';

/** One node operation: its fields, how it reads a request, how it reports Komet's answer. */
export interface KometOperation<Endpoint extends KometEndpoint = KometEndpoint> {
	endpoint: Endpoint;
	/** The operation's fields; the resource adds the displayOptions that show them. */
	properties: INodeProperties[];
	/** The request of one input item as the user gave it: documented names, loose values. */
	readRequest(context: IExecuteFunctions, itemIndex: number): Record<string, unknown>;
	/** One output item per result line of Komet's answer (or one for the whole call). */
	toOutput(response: KometResponse, request: KometRequest<Endpoint>): IDataObject[];
	/** How the requests of several input items share calls; absent: one call per input item. */
	batching?: BatchPlan;
}

/** Keeps the type of each operation's endpoint while collecting them in a record. */
export const defineOperation = <Endpoint extends KometEndpoint>(operation: KometOperation<Endpoint>) =>
	operation as unknown as KometOperation;

/** Shows fields only for one resource and operation. */
export function showFor(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...property.displayOptions?.show, resource: [resource], operation: [operation] },
		},
	}));
}
