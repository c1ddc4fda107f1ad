/**
 * Each validation rule, through a real workflow run: the node fails with a
 * NodeOperationError naming the input item and the field path, and nothing at all
 * reaches Komet, not even for the valid items of the same run.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import * as samples from '../fixtures/samples';
import { runKometNode } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const box = (boxes: unknown): INodeParameters => ({
	resource: 'box',
	operation: 'updateExternalCodes',
	boxesInput: 'json',
	boxesJson: typeof boxes === 'string' ? boxes : JSON.stringify(boxes),
});

const prebookLines = (lines: IDataObject[], extra: INodeParameters = {}): INodeParameters => ({
	...samples.multiplePrebooksCreate.parameters,
	prebookItemsInput: 'json',
	prebookItemsJson: JSON.stringify(lines),
	...extra,
});
const line = (changes: IDataObject) => ({ ...samples.prebookLine, ...changes });

const poItems = (items: IDataObject[], extra: INodeParameters = {}): INodeParameters => ({
	...samples.purchaseOrderMixedCreate.parameters,
	purchaseOrderItemsInput: 'json',
	purchaseOrderItemsJson: JSON.stringify(items),
	...extra,
});
const poItem = (changes: IDataObject) => ({
	...(samples.purchaseOrderMixedCreate.wire.purchaseOrderItems as IDataObject[])[0],
	...changes,
});

const soItems = (items: IDataObject[], extra: INodeParameters = {}): INodeParameters => ({
	...samples.standingOrderUpdate.parameters,
	itemsInput: 'json',
	itemsJson: JSON.stringify(items),
	...extra,
});
const soItem = (changes: IDataObject) => {
	const item = { ...(samples.standingOrderUpdate.wire.items as IDataObject[])[0], ...changes };
	return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined));
};

// Required fields left empty in the editor are caught by n8n before the node runs;
// these reach the node empty through expressions over upstream data.
const cases: Array<[string, INodeParameters, string]> = [
	['no boxes', box([]), 'boxes: must contain at least one entry'],
	['box code too long', box([{ boxCode: 'K'.repeat(21), externalCode: 'X' }]), 'boxes[0].boxCode: must be at most 20 characters'],
	['external code missing', box([{ boxCode: 'KS001001' }]), 'boxes[0].externalCode: is required'],
	['JSON that does not parse', box('[{"boxCode": '), 'boxes: is not valid JSON'],
	['JSON that is not an array', box({ boxCode: 'KS001001' }), 'boxes: must be a list'],
	['a line that is not an object', box(['KS001001']), 'boxes[0]:'],
	['customer code missing', { ...samples.multiplePrebooksCreate.parameters, customerCode: { __rl: true, mode: 'list', value: '={{ $json.missing }}' } }, 'customerCode: is required'],
	['zero boxes on the third line', prebookLines([line({ identifier: 'a' }), line({ identifier: 'b' }), line({ identifier: 'c', boxes: 0 })]), 'prebookItems[2].boxes: must be at least 1'],
	['fractional boxes', prebookLines([line({ boxes: 1.5 })]), 'prebookItems[0].boxes: must be a whole number'],
	['boxes as words', prebookLines([line({ boxes: 'five' })]), 'prebookItems[0].boxes: must be a number'],
	['unknown unit type', prebookLines([line({ unitType: 'Kilo' })]), 'prebookItems[0].unitType: must be one of: Stem, Bunch'],
	['impossible date', prebookLines([line({ shipDate: '2023-02-30' })]), 'prebookItems[0].shipDate: is not a real calendar date'],
	['date in another format', prebookLines([line({ shipDate: '11/09/2015' })]), 'prebookItems[0].shipDate: must be a date in YYYY-MM-DD format'],
	['price with three decimals', prebookLines([line({ price: 2.505 })]), 'prebookItems[0].price: must have at most 2 decimal places'],
	['negative price', prebookLines([line({ price: -1 })]), 'prebookItems[0].price: must not be negative'],
	['box type code over 3 characters', prebookLines([line({ boxTypeCode: 'QB21' })]), 'prebookItems[0].boxTypeCode: must be at most 3 characters'],
	['POs generated without vendor', prebookLines([line({ vendorCode: undefined })]), 'prebookItems[0].vendorCode: is required when POs are generated from prebooks'],
	['POs generated without cost', prebookLines([line({ cost: undefined })]), 'prebookItems[0].cost: is required when POs are generated from prebooks'],
	['repeated identifier', prebookLines([line({}), line({})]), 'prebookItems[1].identifier: repeats the identifier of prebookItems[0]'],
	['no prebook lines', prebookLines([]), 'prebookItems: must contain at least one entry'],
	['fractional future boxes', { ...samples.prebookFutureItemAdd.parameters, boxes: 1.5 }, 'boxes: must be a whole number'],
	['prebook id zero', { ...samples.prebookFutureItemAdd.parameters, prebookId: 0 }, 'prebookId: must be at least 1'],
	['mark code over 20', { ...samples.prebookFutureItemAdd.parameters, additionalFields: { markCode: 'M'.repeat(21) } }, 'markCode: must be at most 20 characters'],
	['PO item without product', poItems([poItem({ productId: undefined })]), 'purchaseOrderItems[0].productId: needs productId or productCode + productDescription'],
	['PO item with code but no description', poItems([poItem({ productId: undefined, productCode: 'RSFR50' })]), 'purchaseOrderItems[0].productDescription: needs productId or productCode + productDescription'],
	['PO item without box type', poItems([poItem({ boxTypeCode: undefined })]), 'purchaseOrderItems[0].boxTypeCode: needs boxTypeCode or boxTypeId'],
	['PO breakdown description without code', poItems([poItem({ breakdowns: [{ productDescription: 'Rose', bunches: 1, stemsBunch: 1 }] })]), 'purchaseOrderItems[0].breakdowns[0].productCode: is required when productDescription is given'],
	['PO item without breakdowns', poItems([poItem({ breakdowns: [] })]), 'purchaseOrderItems[0].breakdowns: must contain at least one entry'],
	['PO AWB over four digits', poItems([poItem({ awbNumber: 12345 })]), 'purchaseOrderItems[0].awbNumber: must have at most 4 digits'],
	['SO recurrence of 5 weeks', { ...samples.standingOrderUpdate.parameters, recurrence: '={{ 5 }}' }, 'recurrence: must be between 1 and 4 (weeks)'],
	['SO without truck days', { ...samples.standingOrderUpdate.parameters, truckDays: '={{ [] }}' }, 'truckDays: must contain at least one entry'],
	['SO with an unknown day', { ...samples.standingOrderUpdate.parameters, truckDays: '={{ "Monday, Funday" }}' }, 'truckDays[1]: must be one of: Monday'],
	['SO ending before it starts', { ...samples.standingOrderUpdate.parameters, additionalFields: { endDate: '2022-01-01' } }, 'endDate: must not be before startDate'],
	['SO customer code without name', { ...samples.standingOrderUpdate.parameters, customer: { __rl: true, mode: 'code', value: 'Fresh' }, customerDescription: '={{ $json.missing }}' }, 'customerDescription: needs customerId or customerCode + customerDescription'],
	['SO unit item without total units', soItems([soItem({ itemType: 'UN', totalUnits: undefined })]), 'items[0].totalUnits: is required when itemType is UN'],
	['SO box item without box type', soItems([soItem({ boxTypeCode: undefined, boxTypeDescription: undefined })]), 'items[0].boxTypeId: needs boxTypeId or boxTypeCode + boxTypeDescription'],
	['SO box item without boxes', soItems([soItem({ boxes: undefined })]), 'items[0].boxes: is required when itemType is BOX'],
	['SO item without vendor', soItems([soItem({ vendorId: undefined, vendorCode: undefined })]), 'items[0].vendorId: needs vendorId or vendorCode + vendorName'],
	['SO breakdown without cost', soItems([soItem({ breakdowns: [{ productId: 3, bunches: 1, stemsBunch: 1 }] })]), 'items[0].breakdowns[0].cost: is required'],
	['SO custom field not an object', soItems([soItem({ customFields: ['Season'] })]), 'items[0].customFields[0]:'],
];

test.each(cases)('%s: fails naming the item and field, and sends nothing', async (_name, parameters, expected) => {
	const result = await runKometNode({ parameters, baseUrl: simulator.url });

	expect(result.status).toBe('error');
	expect(result.error).toMatchObject({ name: 'NodeOperationError', context: { itemIndex: 0 } });
	// `path: message` is found as `Item 1, <labels> (path): message`.
	const [, path, message] = /^([^:]*): ?(.*)$/.exec(expected) ?? [];
	expect(result.error?.message).toMatch(/^Item 1, /);
	expect(result.error?.message).toContain(`(${path}): ${message}`);
	expect(simulator.requests).toHaveLength(0);
});

describe('several input items', () => {
	const items = [{ code: 'KS001001' }, { code: 'K'.repeat(30) }, { code: 'KS001003' }];
	const parameters = {
		resource: 'box',
		operation: 'updateExternalCodes',
		boxes: { box: [{ boxCode: '={{ $json.code }}', externalCode: 'PT1' }] },
	};

	test('one invalid item stops the run before any item is sent', async () => {
		const result = await runKometNode({ parameters, items, baseUrl: simulator.url });
		expect(result.error).toMatchObject({ name: 'NodeOperationError', context: { itemIndex: 1 } });
		expect(result.error?.message).toBe('Item 2, Boxes line 1, Box Code (boxes[0].boxCode): must be at most 20 characters');
		expect(simulator.requests).toHaveLength(0);
	});

	test('with Continue On Fail the invalid item becomes an error item and the others are sent', async () => {
		const result = await runKometNode({ parameters, items, baseUrl: simulator.url, onError: 'continueRegularOutput' });
		expect(result.status).toBe('success');
		expect(result.main.map((item) => [item.pairedItem, item.json.status ?? item.json.error])).toEqual([
			[{ item: 0 }, 1],
			[{ item: 1 }, 'Item 2, Boxes line 1, Box Code (boxes[0].boxCode): must be at most 20 characters'],
			[{ item: 2 }, 1],
		]);
		// The two valid items' boxes share one call.
		expect(simulator.requests).toHaveLength(1);
		expect(simulator.requests[0].body?.boxes).toEqual([
			{ boxCode: 'KS001001', externalCode: 'PT1' },
			{ boxCode: 'KS001003', externalCode: 'PT1' },
		]);
	});

	test('with the error output the invalid item leaves through it, paired', async () => {
		const result = await runKometNode({ parameters, items, baseUrl: simulator.url, onError: 'continueErrorOutput' });
		expect(result.main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(result.errorOutput).toHaveLength(1);
		expect(result.errorOutput[0].pairedItem).toEqual({ item: 1 });
		expect(result.errorOutput[0].json.error).toContain('boxes[0].boxCode');
	});
});

test('hostile keys in JSON input are refused as unknown fields: nothing sent, nothing polluted', async () => {
	const result = await runKometNode({
		parameters: box('[{"boxCode": "KS001001", "externalCode": "PT1", "__proto__": {"polluted": true}, "constructor": 1}]'),
		baseUrl: simulator.url,
	});
	expect(result.error?.message).toBe(
		'Item 1, Boxes line 1 (boxes[0]): has an unknown field "__proto__"; has an unknown field "constructor"',
	);
	expect(simulator.requests).toHaveLength(0);
	expect(({} as IDataObject).polluted).toBeUndefined();
});

describe('errors speak the editor\'s language', () => {
	test.each([
		[
			'a prebook line field, by label, line number and JSON path',
			prebookLines([line({ identifier: 'a' }), line({ identifier: 'b' }), line({ identifier: 'c', stemsBunch: 0 })]),
			'Item 1, Prebook Lines line 3, Stems per Bunch (prebookItems[2].stemsBunch): must be at least 1',
		],
		[
			'a misspelt optional key in JSON mode, with the closest documented name',
			soItems([{ ...soItem({}), generalNote: 'Ship it' }]),
			'Item 1, Items line 1 (items[0]): has an unknown field "generalNote" (did you mean "generalNotes"?)',
		],
		[
			'a misspelt prebook key',
			prebookLines([{ ...line({}), boxHieght: 3 }]),
			'Item 1, Prebook Lines line 1 (prebookItems[0]): has an unknown field "boxHieght" (did you mean "boxHeight"?)',
		],
		[
			'a nested breakdown field',
			poItems([poItem({ breakdowns: [{ prebookItemId: 928355, bunches: 10, stemsBunch: 0 }] })]),
			'Item 1, PO Items line 1, Breakdowns line 1, Stems per Bunch (purchaseOrderItems[0].breakdowns[0].stemsBunch): must be at least 1',
		],
		[
			'a field under Additional Fields',
			{ ...samples.prebookFutureItemAdd.parameters, additionalFields: { markCode: 'M'.repeat(21) } },
			'Item 1, Mark Code (markCode): must be at most 20 characters',
		],
		[
			'a locator, by its label',
			{ ...samples.standingOrderUpdate.parameters, customer: { __rl: true, mode: 'code', value: 'Fresh' }, customerDescription: '={{ $json.missing }}' },
			'Item 1, Customer Name (customerDescription): needs customerId or customerCode + customerDescription',
		],
		[
			'JSON that does not parse',
			box('[{"boxCode": '),
			'Item 1, Boxes (boxes): is not valid JSON',
		],
	])('%s', async (_case, parameters, message) => {
		const result = await runKometNode({ parameters, baseUrl: simulator.url });
		expect(result.error?.message).toBe(message);
		expect(simulator.requests).toHaveLength(0);
	});

	const problems = [
		'Prebook Lines line 1, Boxes (prebookItems[0].boxes): must be at least 1',
		'Prebook Lines line 1, Unit Type (prebookItems[0].unitType): must be one of: Stem, Bunch',
		'Prebook Lines line 1, Price (prebookItems[0].price): must not be negative',
	];
	/** How often `text` occurs in what the user reads of an error: its message and its description. */
	const timesShown = (error: { message?: string; description?: string | null } | undefined, text: string) =>
		`${error?.message}\n${error?.description}`.split(text).length - 1;

	test('every problem of the item is in the message, once: the description does not repeat them', async () => {
		const result = await runKometNode({
			parameters: prebookLines([line({ boxes: 0, price: -1, unitType: 'Kilo' })]),
			baseUrl: simulator.url,
		});
		expect(result.error?.message).toBe(`Item 1, ${problems.join('; ')}`);
		expect(result.error?.description).toBe('Nothing was sent to Komet.');
	});

	test('on the error output, each fact of a JSON lines error appears once', async () => {
		const result = await runKometNode({
			parameters: prebookLines([line({ boxes: 0, price: -1, unitType: 'Kilo' })]),
			items: [{}, {}],
			baseUrl: simulator.url,
			onError: 'continueErrorOutput',
		});
		expect(result.errorOutput).toHaveLength(2);
		for (const [index, item] of result.errorOutput.entries()) {
			const shown = { message: item.json.error as string, description: (item.json.details as { description?: string }).description };
			expect(shown.message.startsWith(`Item ${index + 1}, `)).toBe(true);
			for (const fact of [...problems, 'Nothing was sent to Komet.']) expect([fact, timesShown(shown, fact)]).toEqual([fact, 1]);
		}

		const broken = await runKometNode({
			parameters: { ...prebookLines([]), prebookItemsJson: '[{"boxes": ' },
			baseUrl: simulator.url,
		});
		expect(broken.error?.message).toBe('Item 1, Prebook Lines (prebookItems): is not valid JSON');
		expect(timesShown(broken.error, 'Give a JSON array')).toBe(1);
		expect(timesShown(broken.error, 'Nothing was sent to Komet.')).toBe(1);
		expect(simulator.requests).toHaveLength(0);
	});
});

describe('Purchase Order → Create Mixed without a vendor', () => {
	const parameters = { ...samples.purchaseOrderMixedCreate.parameters, vendor: { __rl: true, mode: 'list', value: '' } };

	test('a Vendor token creates the PO for its own vendor: no dummy vendor needed', async () => {
		const result = await runKometNode({ parameters, baseUrl: simulator.url, token: 'sim-vendor-token' });
		expect(result.error).toBeUndefined();
		expect(simulator.requests[0].body).not.toHaveProperty('vendorId');
		expect(simulator.requests[0].body).not.toHaveProperty('vendorCode');
		expect(result.main[0].json).toMatchObject({ status: 1 });
	});

	test("a Company token gets Komet's own refusal, and nothing is created", async () => {
		const result = await runKometNode({ parameters, baseUrl: simulator.url });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'The field vendorCode is required.' });
		expect([...simulator.state.purchaseOrders.keys()]).toEqual(['P02323']); // the seeded one only
	});
});
