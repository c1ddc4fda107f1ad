/**
 * Runs the Komet Sales Trigger's poll the way n8n's poll executor does: the node type as
 * n8n's loader prepares it (Poll Times added), n8n-core's PollContext and TriggersAndPollers,
 * the node's static data kept between polls as n8n stores it (JSON, with the execution).
 */
import { DirectoryLoader, PollContext, TriggersAndPollers } from 'n8n-core';
import { Workflow, type IDataObject, type INode, type INodeExecutionData, type INodeParameters, type INodeType, type WorkflowExecuteMode } from 'n8n-workflow';

import { KometSalesTrigger } from '../../nodes/KometSales/KometSalesTrigger.node';
import { buildAdditionalData } from './additionalData';
import { TestCredentialsHelper } from './credentialsHelper';
import { TestNodeTypes } from './nodeTypes';
import { TEST_TOKEN } from './runWorkflow';

export const KOMET_TRIGGER = 'CUSTOM.kometSalesTrigger';

/** The trigger as n8n's loader leaves it: `polling: true` gets the Poll Times parameter. */
export function loadedTrigger(): INodeType {
	const trigger = new KometSalesTrigger();
	(DirectoryLoader.prototype as unknown as { applySpecialNodeParameters(type: INodeType): void }).applySpecialNodeParameters(trigger);
	return trigger;
}

export interface PollerOptions {
	parameters: INodeParameters;
	baseUrl: string;
	token?: string;
	timezone?: string;
	/** The node's static data as an earlier version of the node left it. */
	staticData?: IDataObject;
}

/**
 * A trigger node of an active workflow; each `poll()` is one tick of a workflow rebuilt from
 * the static data n8n saved after the last one, as after a restart of n8n.
 */
export function poller(options: PollerOptions) {
	const nodeTypes = new TestNodeTypes({ [KOMET_TRIGGER]: loadedTrigger() });
	const node: INode = {
		id: 'trigger',
		name: 'Komet Sales Trigger',
		type: KOMET_TRIGGER,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { kometSalesApi: { id: 'komet-credential', name: 'Komet simulator' } },
	};
	let saved: IDataObject = options.staticData ?? {};
	let left: IDataObject = {};
	const additionalData = buildAdditionalData(
		new TestCredentialsHelper({ kometSalesApi: { token: options.token ?? TEST_TOKEN, baseUrl: options.baseUrl } }),
	);
	const triggers = new TriggersAndPollers();

	return {
		/**
		 * One poll; static data is kept only when it succeeds, as n8n commits a poll's cursor.
		 * `budgetMs`: n8n's poll budget (getPollBudgetMs); the engine's default when not given;
		 * `null`: no getPollBudgetMs at all, as in n8n before the durable poller.
		 */
		async poll(mode: WorkflowExecuteMode = 'trigger', budgetMs?: number | null): Promise<INodeExecutionData[][] | null> {
			const workflow = new Workflow({
				id: 'trigger-workflow',
				nodes: [node],
				connections: {},
				active: mode !== 'manual',
				nodeTypes,
				staticData: structuredClone(saved),
				settings: { timezone: options.timezone ?? 'UTC' },
			});
			const budget = budgetMs === undefined || budgetMs === null ? undefined : () => budgetMs;
			const context = new PollContext(workflow, node, additionalData, mode, 'update', undefined, undefined, undefined, undefined, undefined, budget);
			if (budgetMs === null) Object.defineProperty(context, 'getPollBudgetMs', { value: undefined });
			const result = await triggers.runPollFunction(workflow, node, context);
			left = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
			// n8n keeps static data of active workflows only, not of manual test runs.
			if (mode !== 'manual') saved = left;
			return result;
		},
		get staticData() {
			return saved;
		},
		/** The static data as the last poll left it, saved or not (a manual run's included). */
		get staticDataLeft() {
			return left;
		},
	};
}

export const emittedJson = (result: INodeExecutionData[][] | null) => (result?.[0] ?? []).map((item) => item.json);
