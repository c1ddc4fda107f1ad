/**
 * The trigger's canvas subtitle says what it spends, as the editor evaluates it, and agrees
 * with the figures the poll refuses by (requestBudget.ts).
 */
import { NodeHelpers, Workflow, type INode, type INodeParameters } from 'n8n-workflow';

import { planPoll } from '../../nodes/KometSales/trigger/poll';
import { requestBudget } from '../../nodes/KometSales/trigger/requestBudget';
import { KOMET_TRIGGER, loadedTrigger } from '../harness/runPoll';
import { TestNodeTypes } from '../harness/nodeTypes';

const trigger = loadedTrigger();
const nodeTypes = new TestNodeTypes({ [KOMET_TRIGGER]: trigger });

/** The parameters as the editor holds them: defaults filled in, hidden ones dropped. */
function editorNode(parameters: INodeParameters): INode {
	const resolved = NodeHelpers.getNodeParameters(trigger.description.properties, parameters, true, false, null, trigger.description) ?? {};
	return { id: 'trigger', name: 'Komet Sales Trigger', type: KOMET_TRIGGER, typeVersion: 1, position: [0, 0], parameters: resolved };
}

function subtitleFor(parameters: INodeParameters) {
	const node = editorNode(parameters);
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, trigger.description.subtitle, 'manual', {});
}

/** The poll's own count for the same parameters (what a refusal would say). */
function pollFigures(parameters: INodeParameters) {
	const node = editorNode(parameters);
	const context = {
		getNode: () => node,
		getMode: () => 'manual', // counts without refusing
		getTimezone: () => 'UTC',
		getNodeParameter: (name: string, fallback?: unknown) => node.parameters[name] ?? fallback,
	} as unknown as Parameters<typeof planPoll>[0];
	const plan = planPoll(context, Date.now());
	return requestBudget(plan.requests.length, node.parameters.pollTimes as never, 1e9, 100);
}

test.each<[INodeParameters, string]>([
	// The trigger's own default Poll Times: every hour, which its default budget allows.
	[{}, '≈ 48 requests/day · 2 per poll · Prebook Created or Updated'],
	[{ pollTimes: { item: [{ mode: 'everyMinute' }] } }, '≈ 2880 requests/day · 2 per poll · Prebook Created or Updated'],
	[{ pollTimes: { item: [{ mode: 'everyHour' }] } }, '≈ 48 requests/day · 2 per poll · Prebook Created or Updated'],
	[{ dateKind: 'truckDate', pollTimes: { item: [{ mode: 'everyX', value: 30, unit: 'minutes' }] } }, '≈ 672 requests/day · 14 per poll · Prebook Created or Updated'],
	[{ event: 'invoiceReadyToSync', pollTimes: { item: [{ mode: 'everyDay' }] } }, '≈ 1 requests/day · 1 per poll · Invoice Ready to Sync'],
	[{ event: 'purchaseOrderForShipDate', pollTimes: { item: [{ mode: 'everyX', value: 2, unit: 'hours' }, { mode: 'everyHour' }] } }, '≈ 252 requests/day · 7 per poll · Purchase Order for Ship Date'],
	[{ event: 'purchaseOrderForShipDate', pollTimes: { item: [{ mode: 'custom', cronExpression: '*/5 * * * *' }] } }, '7 requests per poll · Purchase Order for Ship Date'],
])('%j → %s', (parameters, expected) => {
	expect(subtitleFor(parameters)).toBe(expected);
	const figures = pollFigures(parameters);
	expect(expected).toContain(`${figures.perPoll} `);
	if (expected.includes('/day')) expect(expected).toContain(`≈ ${figures.perDay} requests/day`);
});
