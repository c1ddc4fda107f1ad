import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { KometResponse } from '../../transport/answer';
import type { KometEndpoint, KometRequest } from '../../transport/endpoint';
import type { BatchPlan, LinePlan } from './batching';

/** One node operation: its fields, how it reads a request, how it reports Komet's answer. */
export interface KometOperation<Endpoint extends KometEndpoint = KometEndpoint> {
	endpoint: Endpoint;
	/** The operation's fields; the resource adds the displayOptions that show them. */
	properties: INodeProperties[];
	/**
	 * The request of one input item as the user gave it: documented names, loose values. Several
	 * requests when the item needs several calls (a date range Komet takes in smaller windows).
	 */
	readRequest(context: IExecuteFunctions, itemIndex: number): Record<string, unknown> | Array<Record<string, unknown>>;
	/** What identifies a record of a read, so one found by two calls of an item leaves once. */
	dedupeKey?(record: IDataObject): string | undefined;
	/** The lines answered one by one (absent: Komet answers the call as a whole). */
	lines?: LinePlan;
	/** At most how many output items one input item gives (Get Many's Limit); undefined: all. */
	limitOf?(context: IExecuteFunctions, itemIndex: number): number | undefined;
	/** How the requests of several input items share calls (needs `lines`); absent: one call per input item. */
	batching?: BatchPlan;
	/** The output item of one answered line. */
	lineOutput?(result: IDataObject, line: IDataObject, request: KometRequest<Endpoint>, response: KometResponse): IDataObject;
	/**
	 * The output items of a call answered as a whole (or of a request without lines);
	 * default: the answer itself, with `status` as 1 or 0.
	 */
	callOutput?(response: KometResponse, request: KometRequest<Endpoint>): IDataObject[];
	/**
	 * The n8n item of an output record, when it carries more than JSON (a file as binary
	 * data); default: the record as the item's JSON. A throw is an error of that item.
	 */
	toItem?(context: IExecuteFunctions, json: IDataObject, itemIndex: number): Promise<INodeExecutionData>;
}

/** Keeps the type of each operation's endpoint while collecting them in a record. */
export const defineOperation = <Endpoint extends KometEndpoint>(operation: KometOperation<Endpoint>) =>
	operation as unknown as KometOperation;

/** One output item for a call answered as a whole: what was asked, and Komet's answer. */
export const requestAndAnswer = (response: KometResponse, request: IDataObject): IDataObject[] => [
	{ ...request, ...response.body, status: response.status },
];

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
