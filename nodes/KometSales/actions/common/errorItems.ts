/** Failures as output items: error items for Continue On Fail and the error output (node errors: transport/errors.ts). */
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type INodeExecutionData,
} from 'n8n-workflow';

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
