/**
 * Runs the chosen operation over all input items:
 * 1. every item's request is read and validated, so bad input fails before
 *    anything is sent to Komet;
 * 2. the valid requests are planned into calls: one per item, or, for operations
 *    whose lines can travel together, as few as fit under Komet's 64 KB limit;
 * 3. the calls are sent once each (never retried blindly), and Komet's answers
 *    become output items paired with the input item each line came from.
 * With Continue On Fail every input item is accounted for: by its results or by an
 * error item.
 */
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

import { parseRequest } from '../helpers/validation';
import { KometCallError } from '../transport/errors';
import { bodyMeasurer, callKomet, type KometResponse } from '../transport/request';
import * as box from './box';
import { assignResults, planCalls, type Call, type ItemRequest } from './common/batching';
import type { KometOperation } from './common/operation';
import * as prebook from './prebook';
import * as purchaseOrder from './purchaseOrder';
import * as reference from './reference';
import * as standingOrder from './standingOrder';

export const resources: Record<string, Record<string, KometOperation>> = {
	box: box.operations,
	prebook: prebook.operations,
	purchaseOrder: purchaseOrder.operations,
	standingOrder: standingOrder.operations,
	...reference.operations,
};

function toNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (error instanceof KometCallError) {
		const { description, httpCode, response } = error.details;
		return new NodeApiError(
			context.getNode(),
			{ message: error.message, ...(response ? { response: response as JsonObject } : {}) },
			{ message: error.message, description, httpCode: httpCode ? String(httpCode) : undefined, itemIndex },
		);
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

function errorItem(error: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return { json, error, pairedItem: { item: itemIndex } };
}

interface RunOptions {
	timeout?: number;
	retries?: number;
	batching?: boolean;
}

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not supported`);
	}

	const outputByItem: INodeExecutionData[][] = items.map(() => []);
	const fail = (error: unknown, itemIndex: number, note?: string) => {
		const nodeError = toNodeError(this, error, itemIndex);
		if (note) nodeError.description = [nodeError.description, note].filter(Boolean).join(' ');
		if (!this.continueOnFail()) throw nodeError;
		outputByItem[itemIndex].push(errorItem(nodeError, itemIndex));
	};

	const requests: ItemRequest[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const raw = operation.readRequest(this, itemIndex);
			requests.push({ itemIndex, request: parseRequest(this, operation.endpoint, raw, itemIndex) as IDataObject });
		} catch (error) {
			fail(error, itemIndex);
		}
	}
	if (requests.length === 0) return [outputByItem.flat()];

	const options = this.getNodeParameter('options', 0, {}) as RunOptions;
	let calls: Call[] = requests.map(({ itemIndex, request }) => ({ request, parts: [{ itemIndex, lines: [] }] }));
	const plan = operation.batching;
	if (plan) {
		const measure = await bodyMeasurer(this, operation.endpoint);
		calls = planCalls(requests, plan, measure, { acrossItems: options.batching !== false });
	}

	let accepted = 0;
	for (const call of calls) {
		let response: KometResponse;
		try {
			response = await callKomet(this, operation.endpoint, call.request, {
				timeout: options.timeout,
				retries: options.retries,
			});
		} catch (error) {
			const note = accepted
				? `${accepted} earlier request(s) of this run were accepted by Komet; resend only what failed.`
				: undefined;
			for (const part of call.parts) fail(error, part.itemIndex, note);
			continue;
		}
		accepted++;
		for (const { itemIndex, response: itemResponse, request } of splitAnswer(call, response, operation)) {
			const results = operation.toOutput(itemResponse, request);
			// A call without per-line results still accounts for its input item (an empty list is just empty).
			const outputs = results.length || operation.endpoint.list ? results : [{ ...response.body, status: response.status }];
			outputByItem[itemIndex].push(...outputs.map((json) => ({ json, pairedItem: { item: itemIndex } })));
		}
	}

	return [outputByItem.flat()];
}

/** Gives each input item carried by a call its own lines and the results that answer them. */
function splitAnswer(call: Call, response: KometResponse, operation: KometOperation) {
	const plan = operation.batching;
	if (!plan) return [{ itemIndex: call.parts[0].itemIndex, request: call.request, response }];
	const lines = call.request[plan.arrayKey] as IDataObject[];
	const results = response.results ?? [];
	const ownerOfLine: number[] = [];
	for (const { itemIndex, lines: positions } of call.parts) for (const position of positions) ownerOfLine[position] = itemIndex;
	const resultsByItem = new Map<number, IDataObject[]>(call.parts.map(({ itemIndex }) => [itemIndex, []]));
	assignResults(results, lines, plan).forEach((line, index) => resultsByItem.get(ownerOfLine[line])?.push(results[index]));
	return call.parts.map(({ itemIndex, lines: positions }) => ({
		itemIndex,
		request: { ...call.request, [plan.arrayKey]: positions.map((position) => lines[position]) },
		response: { ...response, results: response.results && resultsByItem.get(itemIndex) },
	}));
}
