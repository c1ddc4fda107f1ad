/**
 * Komet's echoes drift: a number-like identifier or box code may come back as a JSON number
 * (`"01"` → 1), and `multiple.prebooks.create` documents the echoed identifier as string:20
 * while the request allows 30. A result is never given to another item's line: lines that
 * could come back alike never share a call (or, for a standing order, whose items travel in
 * one request, are refused before sending); a drifted echo that matches no line exactly goes
 * to no item and is reported, and its line is an unanswered error.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import * as samples from '../fixtures/samples';
import { runKometNode } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

/** One prebook line per input item, of the customer ANG, with the item's identifier and ship date. */
const prebooks = (rows: Array<{ identifier: string; shipDate: string }>) => ({
	parameters: {
		...samples.multiplePrebooksCreate.parameters,
		prebookItemsInput: 'json',
		prebookItemsJson: '={{ [{ ...$json.line }] }}',
	} as INodeParameters,
	items: rows.map((row) => ({ line: { ...samples.prebookLine, ...row } })),
});
const identifiersSent = () =>
	simulator.requestsTo('multiple.prebooks.create').map((request) => (request.body?.prebookItems as IDataObject[]).map((line) => line.identifier));
/** The ship date of the prebook a result names: which request line created it. */
const shipDateOf = (json: IDataObject) => simulator.state.prebooks.get(json.prebookId as number)?.truckDate;

describe('Create Multiple Prebooks', () => {
	test('"01" and "1" with a numeric echo: each item gets its own prebook or none, never the other\'s', async () => {
		simulator.fail({ path: 'multiple.prebooks.create', echoDrift: 'numeric', times: 10 });
		const { parameters, items } = prebooks([
			{ identifier: '01', shipDate: '2026-03-02' },
			{ identifier: '10', shipDate: '2026-03-04' },
			{ identifier: '1', shipDate: '2026-03-03' },
		]);
		const result = await runKometNode({ parameters, items, baseUrl: simulator.url, onError: 'continueRegularOutput' });

		// "10" cannot come back as another's identifier: it shares the first call.
		expect(identifiersSent()).toEqual([['01', '10'], ['1']]);
		expect(result.main.map((item) => [item.pairedItem, item.json.error ?? item.json.identifier])).toEqual([
			[{ item: 0 }, 'Komet Sales did not answer for line 1 of this item (01)'],
			[{ item: 1 }, '10'],
			[{ item: 2 }, '1'],
		]);
		expect(result.main.slice(1).map((item) => shipDateOf(item.json))).toEqual(['2026-03-04', '2026-03-03']);
		expect(result.hints).toEqual([expect.stringContaining('1 result(s) that match no line of the request ("1")')]);
		expect(result.main[0].json).toMatchObject({
			details: {
				description: expect.stringContaining('Komet echoed "1", which may be this line\'s "01" as Komet drifted it (read as a number, trimmed or cut)'),
			},
		});
	});

	test('identifiers equal in their first 20 characters with a cut echo: never the other item\'s prebook', async () => {
		simulator.fail({ path: 'multiple.prebooks.create', echoDrift: 'cut', times: 10 });
		const { parameters, items } = prebooks([
			{ identifier: 'ABCDEFGHIJKLMNOPQRST-2', shipDate: '2026-03-02' },
			{ identifier: 'ABCDEFGHIJKLMNOPQRST', shipDate: '2026-03-03' },
		]);
		const result = await runKometNode({ parameters, items, baseUrl: simulator.url, onError: 'continueRegularOutput' });

		expect(identifiersSent()).toEqual([['ABCDEFGHIJKLMNOPQRST-2'], ['ABCDEFGHIJKLMNOPQRST']]);
		expect(result.main.map((item) => [item.pairedItem, item.json.error ?? item.json.identifier])).toEqual([
			[{ item: 0 }, 'Komet Sales did not answer for line 1 of this item (ABCDEFGHIJKLMNOPQRST-2)'],
			[{ item: 1 }, 'ABCDEFGHIJKLMNOPQRST'],
		]);
		expect(shipDateOf(result.main[1].json)).toBe('2026-03-03');
	});
});

describe('Update External Codes', () => {
	test('box codes "0100" and "100" with a numeric echo: a box that does not exist is never reported updated', async () => {
		simulator.state.boxes.set('0100', '');
		simulator.fail({ path: 'box.externalcode.update', echoDrift: 'numeric', times: 10 });
		const result = await runKometNode({
			parameters: { resource: 'box', operation: 'updateExternalCodes', boxes: { box: [{ boxCode: '={{ $json.code }}', externalCode: 'PT1' }] } },
			items: [{ code: '0100' }, { code: '100' }],
			baseUrl: simulator.url,
			onError: 'continueRegularOutput',
		});

		expect(simulator.requests).toHaveLength(2);
		expect(result.main.map((item) => [item.pairedItem, item.json.error ?? item.json.status])).toEqual([
			[{ item: 0 }, 'Komet Sales did not answer for line 1 of this item (0100)'],
			[{ item: 1 }, 0],
		]);
	});
});

describe('Standing Order Update: its items travel in one request', () => {
	const soItem = (identifier: string) => ({ ...(samples.standingOrderUpdate.wire.items as IDataObject[])[0], identifier });
	const withItems = (identifiers: string[]): INodeParameters => ({
		...samples.standingOrderUpdate.parameters,
		itemsInput: 'json',
		itemsJson: JSON.stringify(identifiers.map(soItem)),
	});

	test.each([
		['"01" and "1"', ['01', 'X', '1'], 'Item 1, Items line 3, Identifier (items[2].identifier): could come back from Komet as the identifier of items[0] ("1" and "01"'],
		['"7" and "7.0"', ['7', '7.0'], 'Item 1, Items line 2, Identifier (items[1].identifier): could come back from Komet as the identifier of items[0] ("7.0" and "7"'],
		['the same identifier twice', ['P1', 'P1'], 'Item 1, Items line 2, Identifier (items[1].identifier): repeats the identifier of items[0]'],
	])('%s are refused before sending, naming both', async (_name, identifiers, message) => {
		const result = await runKometNode({ parameters: withItems(identifiers), baseUrl: simulator.url });
		expect(result.error).toMatchObject({ name: 'NodeOperationError', context: { itemIndex: 0 } });
		expect(result.error?.message).toContain(message);
		expect(simulator.requests).toHaveLength(0);
	});
});
