/**
 * The contract of a node operation. Every operation is a class that extends NodeOperation
 * (its endpoint, its fields, how an input item becomes a request) and implements one kind,
 * which says which hooks go together:
 * - WholeCallOperation: Komet answers each call as a whole (a delete, a mark, a reference list);
 * - PerLineOperation: Komet answers the request's lines one by one, which the lines plan pairs
 *   with the input items that sent them, and which may share calls across items (batching);
 * - WindowedReadOperation: a list read over date windows, each sent only while Return All or
 *   the Limit needs it.
 * actions/router.ts holds an operation as the union of the kinds (KometOperation) and takes the
 * path of its kind; it reads every item through NodeOperation.readRequest, so an editor's Go to
 * Implementations from there lists each operation's own readRequest.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { KometResponse } from '../../transport/answer';
import type { KometEndpoint, KometRequest } from '../../komet/method';
import type { KometSession } from '../../transport/request';
import type { BatchPlan, LinePlan } from './batching';
import type { FieldRefusals } from './refusals';

/** The request of one input item as the user gave it: documented names, loose values; the schema reads it. */
export type RawRequest = Record<string, unknown>;

/**
 * What every operation has. The router reads every input item through `readRequest` on this
 * class, whatever the operation's kind.
 */
export abstract class NodeOperation<Endpoint extends KometEndpoint = KometEndpoint> {
	abstract readonly kind: OperationKind;
	abstract readonly endpoint: Endpoint;
	/** The operation's fields; the resource adds the displayOptions that show them. */
	abstract readonly properties: INodeProperties[];
	/**
	 * The request of one input item. Several requests when the item needs several calls; for a
	 * windowed read, its first window (the schema checks it before anything is sent).
	 */
	abstract readRequest(context: IExecuteFunctions, itemIndex: number): RawRequest | RawRequest[];

	/**
	 * This operation showing other fields (node version 2 gives shared collections their own
	 * names). The copy has this operation as its prototype, so everything else, hooks included,
	 * is this operation's own; a spread would lose the hooks, which are the class's methods.
	 */
	withProperties(properties: INodeProperties[]): this {
		return Object.assign(Object.create(this), { properties });
	}
}

/** Which hooks an operation has: see the three kinds below. */
export type OperationKind = 'wholeCall' | 'perLine' | 'windowedRead';

/** Komet answers each call as a whole: one output item per request, or the records of a list. */
export interface WholeCallOperation<Endpoint extends KometEndpoint = KometEndpoint> extends NodeOperation<Endpoint> {
	readonly kind: 'wholeCall';
	/**
	 * Komet's refusals of a whole call that concern one of this operation's fields, by Komet's
	 * message (common/refusals.ts): the error then names the field as the editor labels it.
	 */
	readonly refusals?: FieldRefusals;
	/** At most how many output items one input item gives (Get Many's Limit); undefined: all. */
	limitOf?(context: IExecuteFunctions, itemIndex: number): number | undefined;
	/** The output items of a call; default: the answer itself, with `status` as 1 or 0. */
	callOutput?(response: KometResponse, request: KometRequest<Endpoint>): IDataObject[];
	/**
	 * The n8n item of an output record, when it carries more than JSON (a file as binary
	 * data); default: the record as the item's JSON. A throw is an error of that item.
	 */
	toItem?(context: IExecuteFunctions, json: IDataObject, itemIndex: number): Promise<INodeExecutionData>;
}

/** Komet answers the request's lines one by one: one output item per answered line. */
export interface PerLineOperation<Endpoint extends KometEndpoint = KometEndpoint> extends NodeOperation<Endpoint> {
	readonly kind: 'perLine';
	/** As for a whole call: Komet may refuse the whole call for one field. */
	readonly refusals?: FieldRefusals;
	/** The request's lines and what Komet echoes of each. */
	readonly lines: LinePlan;
	/** How the requests of several input items share calls; absent: one call per input item. */
	readonly batching?: BatchPlan;
	/** The output item of one answered line (a request without lines gives Komet's answer itself). */
	lineOutput(result: IDataObject, line: IDataObject, request: KometRequest<Endpoint>, response: KometResponse): IDataObject;
	/**
	 * Completes each item's request from Komet's lists before the schema checks it (Create
	 * Multiple's Fill Customer Details From Komet). Made once per run, so a list it reads is read
	 * once for all items; `session` is the run's, so its requests count against Max Requests per
	 * Run. A throw is an error of that item.
	 */
	completer?(context: IExecuteFunctions, session: () => Promise<KometSession>): RequestCompleter;
}

/** Completes one item's request (see PerLineOperation.completer). */
export type RequestCompleter = (request: RawRequest, itemIndex: number) => Promise<RawRequest>;

/**
 * A list read over date windows (common/windowedGetMany.ts): the item's windows, counted before
 * any is built, each sent only while Return All / Limit needs it (common/windowedRead.ts).
 */
export interface WindowedReadOperation<Endpoint extends KometEndpoint = KometEndpoint> extends NodeOperation<Endpoint> {
	readonly kind: 'windowedRead';
	readWindows(context: IExecuteFunctions, itemIndex: number): ItemWindows;
	/** At most how many records one input item gives; undefined: all (Return All). */
	limitOf(context: IExecuteFunctions, itemIndex: number): number | undefined;
}

/**
 * An operation of any kind, as the node's resources hold it. Each operation is written on its
 * own endpoint, its hooks typed with its own request; here the endpoint is any endpoint and
 * the request what the router hands back (the object the operation's schema parsed). The hooks
 * are methods, which TypeScript compares in both directions, so an operation fits without a cast.
 */
export type KometOperation = WholeCallOperation | PerLineOperation | WindowedReadOperation;

/** The dates of an item's read and its requests, one per window, each built only when it is sent. */
export interface ItemWindows {
	count: number;
	/** Window `index` (from 0): its dates with the item's filters. */
	request(index: number): RawRequest;
	/** What windows `first` to `last` cover, in the editor's words: "vendor ship dates 2026-12-08 to 2026-12-14". */
	label(first: number, last?: number): string;
	/** Their first and last day, for error items; undefined when the read has no dates (PO numbers alone). */
	dates(first: number, last?: number): { dateFrom: string; dateTo: string } | undefined;
}

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
