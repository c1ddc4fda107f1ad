/**
 * Input the way a user gives it in the editor: only what applies to the line is sent,
 * whatever defaults the editor keeps for fields it hides.
 */
import { NodeHelpers, type IDataObject, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { kometDescription } from '../harness/nodeTypes';

import * as samples from '../fixtures/samples';
import { runKometNode } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

test('a unit (UN) standing-order item entered in the editor sends no box fields, not even the default Boxes 1', async () => {
	const parameters: INodeParameters = {
		...samples.standingOrderUpdate.parameters,
		additionalFields: { comments: 'Units' },
		items: {
			item: [
				{
					vendor: { __rl: true, mode: 'id', value: '33' },
					product: { __rl: true, mode: 'id', value: '21' },
					itemType: 'UN',
					// What n8n stores for an item added in the editor: every field with its default.
					boxType: { __rl: true, mode: 'list', value: '' },
					boxTypeDescription: '',
					boxes: 1,
					unitType: 'Stem',
					bunches: 0,
					stemsBunch: 0,
					additionalFields: { totalUnits: 40, price: 0.5 },
				},
			],
		},
	};
	const result = await runKometNode({ parameters, baseUrl: simulator.url });
	expect(result.error).toBeUndefined();
	expect((simulator.requests[0].body?.items as IDataObject[])[0]).toEqual({
		identifier: '1-1',
		vendorId: 33,
		productId: 21,
		itemType: 'UN',
		unitType: 'Stem',
		totalUnits: 40,
		price: 0.5,
	});
});

describe('a name or description paired with a code shows only when the code is chosen', () => {
	const description = kometDescription(1);
	const shown = (name: string, parameters: INodeParameters) =>
		description.properties
			.filter((property) => property.name === name)
			.some((property) => NodeHelpers.displayParameter(parameters, property, null, description));

	test.each(['customer', 'carrier'])('standing order: %s name', (party) => {
		const base = { resource: 'standingOrder', operation: 'update' };
		expect(shown(`${party}Description`, { ...base, [party]: { __rl: true, mode: 'list', value: '1' } })).toBe(false);
		expect(shown(`${party}Description`, { ...base, [party]: { __rl: true, mode: 'id', value: '1' } })).toBe(false);
		expect(shown(`${party}Description`, { ...base, [party]: { __rl: true, mode: 'code', value: 'FX' } })).toBe(true);
	});

	test('inside a line: the product description of a standing-order item', () => {
		const items = description.properties.find((property) => property.name === 'items' && property.type === 'fixedCollection');
		const values = (items?.options?.[0] as { values: INodeProperties[] }).values;
		const productDescription = values.find((value) => value.name === 'productDescription') as INodeProperties;
		expect(NodeHelpers.displayParameter({ product: { __rl: true, mode: 'id', value: '21' } }, productDescription, null, description)).toBe(false);
		expect(NodeHelpers.displayParameter({ product: { __rl: true, mode: 'code', value: 'BK' } }, productDescription, null, description)).toBe(true);
	});
});
