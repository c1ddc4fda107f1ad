/** Failures as n8n shows them: node errors tied to their input item, and error items for Continue On Fail. */
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

import { KometCallError } from '../../transport/errors';

export function toNodeError(context: Pick<IExecuteFunctions, 'getNode'>, error: unknown, itemIndex?: number) {
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

/**
 * An error item that n8n keeps as it is: only `error` and `details`, and no `error`
 * property on the item, which n8n would turn back into a bare `{ error }` message.
 * Such items still go to the error output when the node has one.
 */
export function errorItem(error: NodeApiError | NodeOperationError, itemIndex: number, extra: IDataObject = {}): INodeExecutionData {
	const details: IDataObject = { ...extra };
	if (error.description) details.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) details.httpCode = error.httpCode;
	return {
		json: { error: error.message, ...(Object.keys(details).length ? { details } : {}) },
		pairedItem: { item: itemIndex },
	};
}


/**
 * A line Komet answered with status 0, for the error output: Komet's message as the error,
 * the whole line as Komet answered it in `details`, paired with its input item.
 */
export function rejectedLineItem(line: IDataObject, itemIndex: number): INodeExecutionData {
	const message = typeof line.message === 'string' && line.message.trim() ? line.message : 'Komet rejected this line';
	return { json: { error: message, details: line }, pairedItem: { item: itemIndex } };
}
