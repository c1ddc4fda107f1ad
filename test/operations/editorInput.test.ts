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

test('a unit (UN) standing-order item entered in version 1 (Total Units under Additional Fields) sends no box fields, not even the default Boxes 1', async () => {
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

describe('version 2: an item\'s counts as Komet asks for them', () => {
	const unitItem = (extra: IDataObject): INodeParameters => ({
		...samples.standingOrderUpdate.parameters,
		items: {
			item: [
				{
					vendor: { __rl: true, mode: 'id', value: '33' },
					product: { __rl: true, mode: 'id', value: '21' },
					itemType: 'UN',
					boxes: 1,
					unitType: 'Bunch',
					bunches: '',
					stemsBunch: '',
					...extra,
				},
			],
		},
	});

	const v2 = (parameters: INodeParameters) => runKometNode({ parameters, baseUrl: simulator.url, typeVersion: 2 });

	test('a unit item\'s Total Units is sent as a number, alone with the unit fields', async () => {
		await v2(unitItem({ totalUnits: '25' }));
		expect((simulator.requests[0].body?.items as IDataObject[])[0]).toEqual({ identifier: '1-1', vendorId: 33, productId: 21, itemType: 'UN', unitType: 'Bunch', totalUnits: 25 });
	});

	test('a unit item without Total Units is stopped before anything is sent: n8n flags the required field', async () => {
		await expect(v2(unitItem({ totalUnits: '' }))).rejects.toThrow('Parameter "Total Units" is required');
		expect(simulator.requests).toHaveLength(0);
	});

	test('a box item\'s Total Units, Bunches and Stems per Bunch are its own fields too', async () => {
		await v2(unitItem({ itemType: 'BOX', boxType: { __rl: true, mode: 'code', value: 'QB' }, boxTypeDescription: 'Quarter Box', boxes: 2, totalUnits: '260', bunches: '13', stemsBunch: '10' }));
		expect((simulator.requests[0].body?.items as IDataObject[])[0]).toMatchObject({ itemType: 'BOX', boxes: 2, totalUnits: 260, bunches: 13, stemsBunch: 10 });
	});

	test('Total Units is required for unit items only, Bunches per Box for box items; nothing starts at a 0 the run would refuse', () => {
		const description = kometDescription(2);
		const items = description.properties.find((property) => property.name === 'items' && property.type === 'fixedCollection');
		const values = (items?.options?.[0] as { values: INodeProperties[] }).values;
		const shown = (name: string, itemType: string) =>
			values.filter((value) => value.name === name && NodeHelpers.displayParameter({ itemType }, value, null, description));
		const summary = (name: string, itemType: string) => shown(name, itemType).map((field) => [field.required ?? false, field.default]);
		expect(summary('totalUnits', 'UN')).toEqual([[true, '']]);
		expect(summary('totalUnits', 'BOX')).toEqual([[false, '']]);
		expect([summary('bunches', 'BOX'), summary('stemsBunch', 'BOX')]).toEqual([[[true, '']], [[false, '']]]);
		expect([shown('bunches', 'UN'), shown('stemsBunch', 'UN')]).toEqual([[], []]);
		// Under the item's Additional Fields only in version 1.
		const extra = values.find((value) => value.name === 'additionalFields') as INodeProperties;
		expect((extra.options as INodeProperties[]).map((option) => option.name)).not.toContain('totalUnits');
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
