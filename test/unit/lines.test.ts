/** The mappers from the editor's parameter shapes to Komet's documented request shapes. */
import { fillIdentifiers } from '../../nodes/KometSales/actions/common/identifiers';
import { PREBOOK_LINES } from '../../nodes/KometSales/actions/prebook/createMultiple.operation';
import { PURCHASE_ORDER_LINES } from '../../nodes/KometSales/actions/purchaseOrder/createMixed.operation';
import { onlyWhatApplies, STANDING_ORDER_LINES } from '../../nodes/KometSales/actions/standingOrder/update.operation';
import { compact } from '../../nodes/KometSales/actions/common/collections';
import { collectionToLines, entryToLine } from '../../nodes/KometSales/actions/common/lines';
import { formatPath } from '../../nodes/KometSales/actions/common/validation';

describe('line shapes are read from the operations\' fields', () => {
	const pair = (name: string) => ({ list: 'id', id: `${name}Id`, code: `${name}Code` });
	test('prebook lines: code-valued locators fill their own name', () => {
		expect(PREBOOK_LINES).toEqual({
			entryKey: 'line',
			locators: {
				carrierCode: { list: 'code', code: 'carrierCode' },
				productCode: { list: 'code', code: 'productCode' },
				boxTypeCode: { list: 'code', code: 'boxTypeCode' },
			},
		});
	});
	test('PO items and standing-order items: id-or-code pairs, nested lines', () => {
		expect(PURCHASE_ORDER_LINES).toEqual({
			entryKey: 'item',
			locators: { product: pair('product'), boxType: pair('boxType') },
			nested: { breakdowns: { entryKey: 'breakdown', locators: { product: pair('product') } } },
		});
		expect(STANDING_ORDER_LINES).toEqual({
			entryKey: 'item',
			locators: { vendor: pair('vendor'), product: pair('product'), boxType: pair('boxType') },
			nested: {
				breakdowns: { entryKey: 'breakdown', locators: { product: pair('product') } },
				customFields: { entryKey: 'field' },
			},
		});
	});
});

describe('fixedCollection → documented arrays', () => {
	test('entries flatten their Additional Fields and drop blank fields', () => {
		expect(
			entryToLine(
				{ boxCode: 'KS1', externalCode: '', extra: null, additionalFields: { markCode: 'M', notes: '' } },
				{ entryKey: 'box' },
			),
		).toEqual({ boxCode: 'KS1', markCode: 'M' });
	});

	test('PO items carry their breakdowns as a nested array', () => {
		const lines = collectionToLines(
			{
				item: [
					{
						productId: '217042',
						boxes: 1,
						breakdowns: { breakdown: [{ prebookItemId: '928355', bunches: 10, additionalFields: { cost: 1.1 } }] },
						additionalFields: {},
					},
				],
			},
			PURCHASE_ORDER_LINES,
		);
		expect(lines).toEqual([{ productId: '217042', boxes: 1, breakdowns: [{ prebookItemId: '928355', bunches: 10, cost: 1.1 }] }]);
	});

	test('standing-order items carry breakdowns and custom fields; empty nested lists are left out', () => {
		const lines = collectionToLines(
			{ item: [{ identifier: 'a', breakdowns: {}, customFields: { field: [{ name: 'Season', value: 'Spring' }] } }] },
			STANDING_ORDER_LINES,
		);
		expect(lines).toEqual([{ identifier: 'a', customFields: [{ name: 'Season', value: 'Spring' }] }]);
	});

	test('locators in lines fill the documented field of their mode', () => {
		const [item] = collectionToLines(
			{
				item: [
					{
						product: { __rl: true, mode: 'list', value: '217042' },
						boxType: { __rl: true, mode: 'code', value: 'HB' },
						breakdowns: { breakdown: [{ product: { __rl: true, mode: 'id', value: '3' } }, { product: { __rl: true, mode: 'list', value: '' } }] },
					},
				],
			},
			PURCHASE_ORDER_LINES,
		);
		expect(item).toEqual({ productId: '217042', boxTypeCode: 'HB', breakdowns: [{ productId: '3' }, {}] });
	});

	test('a code-valued locator fills its code field from the list too; an expression gives the plain value', () => {
		expect(
			entryToLine(
				{ carrierCode: { __rl: true, mode: 'list', value: 'FX' }, productCode: 'Rs55B', boxTypeCode: { __rl: true, mode: 'code', value: 'HB' } },
				PREBOOK_LINES,
			),
		).toEqual({ carrierCode: 'FX', productCode: 'Rs55B', boxTypeCode: 'HB' });
	});

	test('an empty or malformed collection gives no lines', () => {
		expect(collectionToLines({}, { entryKey: 'box' })).toEqual([]);
		expect(collectionToLines(undefined, { entryKey: 'box' })).toEqual([]);
		expect(collectionToLines({ box: 'x' }, { entryKey: 'box' })).toEqual([]);
	});

	test('compact keeps zero and false, drops empty strings and nulls', () => {
		expect(compact({ a: 0, b: false, c: '', d: null, e: 'x' })).toEqual({ a: 0, b: false, e: 'x' });
	});

	test('compact reads a resource locator as its value, and drops an empty one', () => {
		expect(
			compact({ companyLocationCode: { __rl: true, mode: 'list', value: 'MIA' }, companyLocationId: { __rl: true, mode: 'list', value: '' } }),
		).toEqual({ companyLocationCode: 'MIA' });
	});
});

describe('prebook identifiers', () => {
	test('lines without one are numbered by input item and line, never colliding with given ones', () => {
		expect(fillIdentifiers([{ identifier: '' }, { identifier: '3-2' }, {}], 2)).toEqual([
			{ identifier: '3-1' },
			{ identifier: '3-2' },
			{ identifier: '3-3' },
		]);
		expect(fillIdentifiers([{}, { identifier: '1-1' }], 0)).toEqual([{ identifier: '1-1-n8n' }, { identifier: '1-1' }]);
	});

	test('nor with given ones as Komet may echo them (trimmed)', () => {
		expect(fillIdentifiers([{}, { identifier: ' 1-1 ' }], 0)).toEqual([{ identifier: '1-1-n8n' }, { identifier: ' 1-1 ' }]);
	});

	test('non-arrays pass through for the schema to reject', () => {
		expect(fillIdentifiers('nope', 0)).toBe('nope');
	});
});

describe('standing-order item counts from the editor', () => {
	test('unit items send none of the box fields, whatever their defaults', () => {
		expect(
			onlyWhatApplies({ itemType: 'UN', boxes: 1, bunches: 0, stemsBunch: 0, boxTypeCode: 'HB', breakdowns: [], totalUnits: 5 }),
		).toEqual({ itemType: 'UN', totalUnits: 5 });
	});

	test('mixed boxes drop an empty stems per bunch, keep the rest', () => {
		expect(onlyWhatApplies({ itemType: 'BOX', boxes: 2, bunches: 4, stemsBunch: 0, breakdowns: [] })).toEqual({
			itemType: 'BOX',
			boxes: 2,
			bunches: 4,
			breakdowns: [],
		});
	});

	test('solid boxes keep every count, even a zero the schema will reject', () => {
		expect(onlyWhatApplies({ boxes: 2, bunches: 0, stemsBunch: 0 })).toEqual({ boxes: 2, bunches: 0, stemsBunch: 0 });
	});
});

test('field paths read like the documented names', () => {
	expect(formatPath(['prebookItems', 2, 'boxes'])).toBe('prebookItems[2].boxes');
	expect(formatPath(['items', 0, 'breakdowns', 1, 'cost'])).toBe('items[0].breakdowns[1].cost');
	expect(formatPath([])).toBe('');
});
