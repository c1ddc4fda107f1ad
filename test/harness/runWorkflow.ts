/**
 * Executes a workflow through n8n's engine (n8n-core WorkflowExecute), as n8n runs
 * it: parameters resolved by n8n-workflow (expressions included), credentials
 * through a credentials helper, errors and Continue On Fail handled by the engine.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	Workflow,
	type ICredentialDataDecryptedObject,
	type IConnections,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type IVersionedNodeType,
	type IRun,
	type ITaskData,
	type IWorkflowBase,
} from 'n8n-workflow';

import { buildAdditionalData } from './additionalData';
import { TestCredentialsHelper } from './credentialsHelper';
import { KOMET_NODE, MANUAL_TRIGGER, TestNodeTypes } from './nodeTypes';

export const TEST_TOKEN = 'sim-company-token';

/** Each run is its own execution, with its own id, as in n8n (the node keeps some facts per execution). */
let executions = 0;

export interface WorkflowResult {
	run: IRun;
	status: IRun['status'];
	/** Output items of each node's first run, one array per output. */
	outputs: Record<string, INodeExecutionData[][]>;
	/** The error a node failed with, as stored in the run data. */
	nodeErrors: Record<string, ITaskData['error']>;
	error: IRun['data']['resultData']['error'];
}

export async function runWorkflow(options: {
	nodes: INode[];
	connections: IConnections;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	triggerItems?: INodeExecutionData[];
	/** Node types besides the trigger and Komet Sales (the benchmark's stand-ins). */
	extraNodeTypes?: Record<string, INodeType | IVersionedNodeType>;
}): Promise<WorkflowResult> {
	const executionId = `test-execution-${++executions}`;
	const nodeTypes = new TestNodeTypes(options.extraNodeTypes);
	const workflowData = {
		id: 'test-workflow',
		name: 'test',
		nodes: options.nodes,
		connections: options.connections,
		active: false,
		settings: { executionOrder: 'v1' as const },
	};
	const workflow = new Workflow({ ...workflowData, nodeTypes });

	const hooks = new ExecutionLifecycleHooks('manual', executionId, {
		...workflowData,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as unknown as IWorkflowBase);
	const finished = new Promise<IRun>((resolve) => hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)));

	const startNode = workflow.getStartNode();
	if (!startNode) throw new Error('The workflow has no start node');
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: startNode, data: { main: [options.triggerItems ?? [{ json: {} }]] }, source: null }],
		},
	});
	const additionalData = buildAdditionalData(new TestCredentialsHelper(options.credentials), hooks, undefined, executionId);
	await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	const run = await finished;

	const outputs: WorkflowResult['outputs'] = {};
	const nodeErrors: WorkflowResult['nodeErrors'] = {};
	for (const [name, tasks] of Object.entries(run.data.resultData.runData)) {
		outputs[name] = (tasks[0]?.data?.main ?? []).map((items) => items ?? []);
		if (tasks[0]?.error) nodeErrors[name] = tasks[0].error;
	}
	return { run, status: run.status, outputs, nodeErrors, error: run.data.resultData.error };
}

export interface KometRunOptions {
	/** The Komet Sales node's parameters (resource, operation, fields). */
	parameters: INodeParameters;
	/** Input items, each becoming one input item of the Komet node. */
	items?: IDataObject[];
	baseUrl: string;
	token?: string;
	onError?: INode['onError'];
	/** The node's version as saved in the workflow (default 1, what the tests were written for). */
	typeVersion?: number;
	/** Node settings as saved in a workflow: retryOnFail, maxTries, waitBetweenTries. */
	settings?: Pick<INode, 'retryOnFail' | 'maxTries' | 'waitBetweenTries'>;
}

/** Manual Trigger → Komet Sales, with the given input items and credential. */
export async function runKometNode(options: KometRunOptions) {
	const nodes: INode[] = [
		{ id: 'trigger', name: 'Start', type: MANUAL_TRIGGER, typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: 'komet',
			name: 'Komet Sales',
			type: KOMET_NODE,
			typeVersion: options.typeVersion ?? 1,
			position: [200, 0],
			parameters: options.parameters,
			credentials: { kometSalesApi: { id: 'komet-credential', name: 'Komet simulator' } },
			...(options.onError ? { onError: options.onError } : {}),
			...options.settings,
		},
	];
	const result = await runWorkflow({
		nodes,
		connections: { Start: { main: [[{ node: 'Komet Sales', type: 'main', index: 0 }]] } },
		credentials: { kometSalesApi: { token: options.token ?? TEST_TOKEN, baseUrl: options.baseUrl } },
		triggerItems: (options.items ?? [{}]).map((json) => ({ json })),
	});
	const [main = [], errorOutput = []] = result.outputs['Komet Sales'] ?? [];
	const hints = (result.run.data.resultData.runData['Komet Sales']?.[0]?.hints ?? []).map((hint) => hint.message);
	return { ...result, main, errorOutput, hints, nodeError: result.nodeErrors['Komet Sales'] };
}
