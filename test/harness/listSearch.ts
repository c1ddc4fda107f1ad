/**
 * Calls a node's listSearch method the way n8n's editor does (DynamicNodeParametersService):
 * a temporary node with the current parameters, in n8n-core's LoadOptionsContext.
 */
import { LoadOptionsContext } from 'n8n-core';
import { Workflow, type INode, type INodeListSearchResult, type INodeParameters } from 'n8n-workflow';

import { KometSales } from '../../nodes/KometSales/KometSales.node';
import type { listSearch } from '../../nodes/KometSales/methods/listSearch';
import { buildAdditionalData } from './additionalData';
import { TestCredentialsHelper } from './credentialsHelper';
import { KOMET_NODE, TestNodeTypes } from './nodeTypes';
import { TEST_TOKEN } from './runWorkflow';

export async function callListSearch(options: {
	method: keyof typeof listSearch;
	filter?: string;
	baseUrl: string;
	token?: string;
	currentNodeParameters?: INodeParameters;
}): Promise<INodeListSearchResult> {
	const node: INode = {
		id: 'temp-node',
		name: 'Temp-Node',
		type: KOMET_NODE,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.currentNodeParameters ?? {},
		credentials: { kometSalesApi: { id: 'komet-credential', name: 'Komet simulator' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: new TestNodeTypes() });
	const credentials = new TestCredentialsHelper({ kometSalesApi: { token: options.token ?? TEST_TOKEN, baseUrl: options.baseUrl } });
	// The editor sends the node's current parameters alongside (a copy: Workflow normalises node.parameters).
	const current = structuredClone(options.currentNodeParameters ?? {});
	const context = new LoadOptionsContext(workflow, node, buildAdditionalData(credentials, undefined, current), '');
	// The method as the node declares it (`methods = { listSearch }`), called as n8n calls it.
	const method = new KometSales().getNodeType().methods?.listSearch?.[options.method];
	if (!method) throw new Error(`The node declares no listSearch method ${options.method}`);
	return await method.call(context, options.filter);
}
