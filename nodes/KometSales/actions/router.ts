/**
 * Runs the chosen operation over all input items in two phases:
 * 1. every item's request is read and validated, so bad input fails before
 *    anything is sent to Komet;
 * 2. the valid requests are sent, and Komet's answers become output items
 *    paired with the input item that caused them.
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
import { callKomet } from '../transport/request';
import * as box from './box';
import type { KometOperation } from './common/operation';
import * as prebook from './prebook';
import * as purchaseOrder from './purchaseOrder';
import * as standingOrder from './standingOrder';

export const resources: Record<string, Record<string, KometOperation>> = {
	box: box.operations,
	prebook: prebook.operations,
	purchaseOrder: purchaseOrder.operations,
	standingOrder: standingOrder.operations,
};

export function toNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number) {
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

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not supported`);
	}

	const outputByItem: INodeExecutionData[][] = items.map(() => []);
	const fail = (error: unknown, itemIndex: number) => {
		const nodeError = toNodeError(this, error, itemIndex);
		if (!this.continueOnFail()) throw nodeError;
		outputByItem[itemIndex] = [errorItem(nodeError, itemIndex)];
	};

	const requests: Array<{ itemIndex: number; request: IDataObject }> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const raw = operation.readRequest(this, itemIndex);
			requests.push({ itemIndex, request: parseRequest(this, operation.endpoint, raw, itemIndex) as IDataObject });
		} catch (error) {
			fail(error, itemIndex);
		}
	}

	for (const { itemIndex, request } of requests) {
		try {
			const { timeout } = this.getNodeParameter('options', itemIndex, {}) as { timeout?: number };
			const response = await callKomet(this, operation.endpoint, request, { timeout });
			const results = operation.toOutput(response, request);
			// A call without per-line results still accounts for its input item.
			const outputs = results.length ? results : [{ ...response.body, status: response.status }];
			outputByItem[itemIndex] = outputs.map((json) => ({ json, pairedItem: { item: itemIndex } }));
		} catch (error) {
			fail(error, itemIndex);
		}
	}

	return [outputByItem.flat()];
}
