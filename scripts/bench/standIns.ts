/**
 * Two stand-ins the benchmark runs beside the Komet Sales node, through the same engine,
 * with the same parameters:
 * - the engine floor: a node that only reads the parameters of every item (n8n evaluates
 *   their expressions then) and passes the items on, which any node pays;
 * - what a user does without this node: one HTTP request per item, sequentially, through
 *   n8n's own HTTP helper, the way the HTTP Request node sends a body per item.
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

export class RequestPerItem implements INodeType {
	description = describedAs('requestPerItem', 'Request per Item');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const { token, baseUrl } = await this.getCredentials<KometCredentials>(KOMET_CREDENTIAL_TYPE);
		const output: INodeExecutionData[] = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const { box } = this.getNodeParameter('boxes', itemIndex) as { box: IDataObject[] };
			const answer = (await this.helpers.httpRequest({
				method: 'POST',
				url: `${baseUrl}/box.externalcode.update`,
				body: { authenticationToken: token, boxes: box },
				json: true,
			})) as IDataObject;
			output.push({ json: answer, pairedItem: { item: itemIndex } });
		}
		return [output];
	}
}

export const STAND_INS = { 'CUSTOM.engineFloor': new EngineFloor(), 'CUSTOM.requestPerItem': new RequestPerItem() };
