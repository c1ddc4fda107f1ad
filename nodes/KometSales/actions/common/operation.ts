import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { KometResponse } from '../../transport/answer';
import type { KometEndpoint, KometRequest } from '../../komet/method';
import type { BatchPlan, LinePlan } from './batching';
import type { FieldRefusals } from './refusals';

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
	/**
	 * A read over date windows (common/windowedGetMany.ts): the item's windows, counted before
	 * any is built, each sent only while Return All / Limit needs it (common/windowedRead.ts).
	 * Its readRequest gives the first window, which the schema checks before anything is sent.
	 */
	readWindows?(context: IExecuteFunctions, itemIndex: number): ItemWindows;
	/**
	 * Komet's refusals of a whole call that concern one of this operation's fields, by Komet's
	 * message (common/refusals.ts): the error then names the field as the editor labels it.
	 */
	refusals?: FieldRefusals;
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


/** The dates of an item's read and its requests, one per window, each built only when it is sent. */
export interface ItemWindows {
	count: number;
	/** Window `index` (from 0): its dates with the item's filters. */
	request(index: number): Record<string, unknown>;
	/** What windows `first` to `last` cover, in the editor's words: "vendor ship dates 2026-12-08 to 2026-12-14". */
	label(first: number, last?: number): string;
	/** Their first and last day, for error items; undefined when the read has no dates (PO numbers alone). */
	dates(first: number, last?: number): { dateFrom: string; dateTo: string } | undefined;
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
