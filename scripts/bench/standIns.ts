/**
 * Two stand-ins the benchmark runs beside the Komet Sales node, through the same engine,
 * with the same parameters:
 * - the engine floor: a node that only reads the parameters of every item (n8n evaluates
 *   their expressions then) and passes the items on, which any node pays;
 * - what a user does without this node: one HTTP request per item through n8n's own HTTP
 *   helper, the way the HTTP Request node sends a body per item: all at once (its default),
 *   or one at a time (its Batching option at one item per batch, for a rate-limited API).
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';

import { KometSales } from '../../nodes/KometSales/KometSales.node';
import { KOMET_CREDENTIAL_TYPE, type KometCredentials } from '../../nodes/KometSales/transport/credentials';

const kometDescription = new KometSales().getNodeType(1).description;

/** The Komet node's description (its parameters), under another name. */
const describedAs = (name: string, displayName: string) => ({
	...kometDescription,
	name,
	displayName,
	usableAsTool: undefined,
});

export class EngineFloor implements INodeType {
	description = { ...describedAs('engineFloor', 'Engine Floor'), credentials: [] };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		return [
			items.map((item, itemIndex) => {
				this.getNodeParameter('boxesInput', itemIndex);
				this.getNodeParameter('boxes', itemIndex);
				return { json: item.json, pairedItem: { item: itemIndex } };
			}),
		];
	}
}

/** One request per input item, all started at once or each after the last one's answer. */
async function requestPerItem(context: IExecuteFunctions, oneAtATime: boolean): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const { token, baseUrl } = await context.getCredentials<KometCredentials>(KOMET_CREDENTIAL_TYPE);
	const send = (itemIndex: number) => {
		const { box } = context.getNodeParameter('boxes', itemIndex) as { box: IDataObject[] };
		return context.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}/box.externalcode.update`,
			body: { authenticationToken: token, boxes: box },
			json: true,
		}) as Promise<IDataObject>;
	};
	const answers: IDataObject[] = [];
	if (oneAtATime) {
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) answers.push(await send(itemIndex));
	} else {
		answers.push(...(await Promise.all(items.map((_item, itemIndex) => send(itemIndex)))));
	}
	return [answers.map((json, itemIndex) => ({ json, pairedItem: { item: itemIndex } }))];
}

/** The HTTP Request node's default: every item's request at once. */
export class RequestPerItem implements INodeType {
	description = describedAs('requestPerItem', 'Request per Item');

	async execute(this: IExecuteFunctions) {
		return await requestPerItem(this, false);
	}
}

/** The HTTP Request node with Batching at one item per batch: each request after the last answer. */
export class RequestPerItemInTurn implements INodeType {
	description = describedAs('requestPerItemInTurn', 'Request per Item in Turn');

	async execute(this: IExecuteFunctions) {
		return await requestPerItem(this, true);
	}
}

export const STAND_INS = {
	'CUSTOM.engineFloor': new EngineFloor(),
	'CUSTOM.requestPerItem': new RequestPerItem(),
	'CUSTOM.requestPerItemInTurn': new RequestPerItemInTurn(),
};
