/**
 * A list Komet requires (Boxes, Prebook Lines, PO Items) is flagged in the panel while it is
 * empty, as n8n flags an empty required field: n8n checks `required` only on plain fields, so
 * these lists carry `minRequiredFields: 1`, exactly where the method's schema refuses an empty
 * list. n8n runs the same check before a run, so nothing is sent.
 */
import { NodeHelpers, type INodeParameters, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';

import { NODE_VERSIONS, resourcesFor } from '../../nodes/KometSales/actions/versions';
import * as samples from '../fixtures/samples';
import { kometDescription } from '../harness/nodeTypes';
import { runKometNode } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

/** The issues n8n's panel shows for these parameters (the editor and the engine call the same function). */
function panelIssues(description: INodeTypeDescription, version: number, parameters: INodeParameters) {
	const node = {
		id: 'k',
		name: 'Komet Sales',
		type: description.name,
		typeVersion: version,
		position: [0, 0] as [number, number],
		parameters: NodeHelpers.getNodeParameters(description.properties, parameters, true, false, { typeVersion: version }, description) ?? {},
	};
	return NodeHelpers.getNodeParametersIssues(description.properties, node, description)?.parameters ?? {};
}

const listsOf = (properties: INodeProperties[]) => properties.filter((property) => property.type === 'fixedCollection' && property.typeOptions?.multipleValues);

describe.each(NODE_VERSIONS)('version %s', (version) => {
	const operations = Object.entries(resourcesFor(version)).flatMap(([resource, byName]) =>
		Object.entries(byName).map(([operation, definition]) => ({ resource, operation, definition })),
	);

	test("a list is flagged when empty exactly where the method's schema requires it", () => {
		const disagreements = operations.flatMap(({ resource, operation, definition }) =>
			listsOf(definition.properties).flatMap((list) => {
				// An empty list in the panel is sent as no list at all (an optional one keeps Komet's lines).
				const refusedEmpty =
					definition.endpoint
						.schema()
						.safeParse({})
						.error?.issues.some((issue) => issue.path.join('.') === list.name) ?? false;
				const flagged = list.typeOptions?.minRequiredFields === 1;
				return refusedEmpty === flagged ? [] : [`${resource} → ${operation}: ${list.displayName} is ${flagged ? '' : 'not '}flagged when empty`];
			}),
		);
		expect(disagreements).toEqual([]);
		// The three lists Komet requires, so the check above cannot pass by finding none.
		const flagged = operations.flatMap(({ definition }) => listsOf(definition.properties).filter((list) => list.typeOptions?.minRequiredFields === 1).map((list) => list.name));
		expect(flagged.sort()).toEqual(['boxes', 'prebookItems', 'purchaseOrderItems']);
	});

	test('the panel flags an empty list, and neither a filled one nor a list given as JSON', () => {
		const description = kometDescription(version);
		const empty = { resource: 'box', operation: 'updateExternalCodes', boxes: {} };
		expect(panelIssues(description, version, empty)).toEqual({ boxes: ['At least 1 field is required.'] });
		expect(panelIssues(description, version, { ...empty, boxes: { box: [{ boxCode: 'KS001001', externalCode: 'PT1' }] } })).toEqual({});
		expect(panelIssues(description, version, { ...empty, boxesInput: 'json', boxesJson: '[]' })).toEqual({});
		const noPoItems = { ...samples.purchaseOrderMixedCreate.parameters, purchaseOrderItems: {} };
		expect(panelIssues(description, version, noPoItems)).toMatchObject({ purchaseOrderItems: ['At least 1 field is required.'] });
	});
});

describe('a run with an empty required list', () => {
	let simulator: Simulator;
	beforeAll(async () => (simulator = await startSimulator()));
	afterAll(async () => await simulator.close());

	test('is refused by n8n before the node runs: nothing reaches Komet', async () => {
		await expect(runKometNode({ parameters: { resource: 'box', operation: 'updateExternalCodes', boxes: {} }, baseUrl: simulator.url })).rejects.toThrow(
			"The 'Komet Sales' node has issues:\n- At least 1 field is required.",
		);
		expect(simulator.requests).toEqual([]);
	});
});

test("a nested list (a PO item's Breakdowns) is left unflagged: n8n 2.41 reads a nested list at a wrong path and would flag a filled one", () => {
	// Should n8n read nested lists right one day, this fails: then Breakdowns gets minRequiredFields too.
	const breakdowns: INodeProperties = {
		displayName: 'Breakdowns',
		name: 'breakdowns',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, minRequiredFields: 1 },
		default: {},
		options: [{ name: 'breakdown', displayName: 'Breakdown', values: [{ displayName: 'Bunches', name: 'bunches', type: 'number', default: 1 }] }],
	};
	const items: INodeProperties = {
		displayName: 'Items',
		name: 'items',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		options: [{ name: 'item', displayName: 'Item', values: [breakdowns] }],
	};
	const description = { properties: [items] } as unknown as INodeTypeDescription;
	const filled = { items: { item: [{ breakdowns: { breakdown: [{ bunches: 2 }] } }] } };
	expect(panelIssues(description, 1, filled)).toEqual({ breakdowns: ['At least 1 field is required.'] });
});
