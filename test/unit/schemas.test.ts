/** Loose input in, documented wire types out. */
import { boxExternalCodeUpdateSchema } from '../../nodes/KometSales/komet/boxExternalCodeUpdate';
import { multiplePrebooksCreateSchema } from '../../nodes/KometSales/komet/multiplePrebooksCreate';
import { standingOrderUpdateSchema } from '../../nodes/KometSales/komet/standingOrderUpdate';
import { decimal, flag, freeText, id, isoDate, integer, oneOf, text } from '../../nodes/KometSales/komet/common';
import * as samples from '../fixtures/samples';

test.each([
	['2.50', 2.5],
	[' 3 ', 3],
	[1.1 * 1.5, 1.65],
	[0, 0],
])('decimal %p → %p', (input, output) => expect(decimal().parse(input)).toBe(output));

test.each([['2.505'], [-0.01], ['abc'], [Number.NaN], [100_000_000]])('decimal rejects %p', (input) =>
	expect(decimal().safeParse(input).success).toBe(false),
);

test.each([
	['12', 12],
	[12, 12],
])('integer %p → %p', (input, output) => expect(integer(10).parse(input)).toBe(output));

test.each([['1.5'], [0], ['1e3x'], [true], [12345678901]])('integer rejects %p', (input) =>
	expect(integer(10).safeParse(input).success).toBe(false),
);

test.each([['12345678901234567890'], [2 ** 53], [1e20]])('an id past 2^53 (%p) is refused as too large, not as a fraction', (input) => {
	const result = id().safeParse(input);
	expect(result.error?.issues.map((issue) => issue.message)).toEqual(['is too large: at most 9007199254740991 can be sent exactly']);
});

test('the largest exact id is accepted', () => expect(id().parse(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER));

test('text limits count characters, not UTF-16 units: 20 emoji fit a 20-character field', () => {
	expect(text(20).parse('🌹'.repeat(20))).toBe('🌹'.repeat(20));
	expect(text(20).safeParse('🌹'.repeat(21)).error?.issues[0].message).toBe('must be at most 20 characters');
	expect(freeText(3).safeParse('éé😀😀').success).toBe(false);
});

test.each([
	['2022-04-13', '2022-04-13'],
	['2022/04/13', '2022-04-13'],
	['2022-04-13T00:00:00', '2022-04-13'],
	['2022-04-13T00:00:00.000-05:00', '2022-04-13'],
	[new Date('2022-04-13T00:00:00Z'), '2022-04-13'],
])('date %p → %p', (input, output) => expect(isoDate().parse(input)).toBe(output));

test.each([['13/04/2022'], ['2022-13-01'], ['2021-02-29'], [20220413]])('date rejects %p', (input) =>
	expect(isoDate().safeParse(input).success).toBe(false),
);

test('enumerations ignore case and send the documented spelling', () => {
	expect(oneOf(['Stem', 'Bunch']).parse('stem')).toBe('Stem');
	expect(oneOf(['BOX', 'UN']).parse(' un ')).toBe('UN');
});

test('flags accept 1/0, "1"/"0", booleans and documented words', () => {
	const shipVia = flag({ warehouse: 0, grower: 1 });
	expect([1, '1', true, 'Grower'].map((value) => shipVia.parse(value))).toEqual([1, 1, 1, 1]);
	expect([0, '0', false, 'warehouse'].map((value) => shipVia.parse(value))).toEqual([0, 0, 0, 0]);
	expect(shipVia.safeParse(2).success).toBe(false);
});

test('codes typed as numbers by a spreadsheet are sent as text', () => {
	expect(text(20).parse(2926)).toBe('2926');
});

test('unknown keys are refused with the closest documented name, never dropped silently', () => {
	const result = boxExternalCodeUpdateSchema().safeParse({ boxes: [{ boxCode: 'A', externalCode: 'B', externalcode: 'C', color: 'red' }], x: 1 });
	expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
		[['boxes', 0], 'has an unknown field "externalcode" (did you mean "externalCode"?); has an unknown field "color"'],
		[[], 'has an unknown field "x"'],
	]);
});

test('truck days: any case, any order, array or text → the sample spelling, in week order', () => {
	const base = samples.standingOrderUpdate.wire;
	const parse = (truckDays: unknown) => standingOrderUpdateSchema().parse({ ...base, truckDays }).truckDays;
	expect(parse('friday, monday,Wednesday')).toBe('Monday, Wednesday, Friday');
	expect(parse(['Sunday', 'Tuesday'])).toBe('Tuesday, Sunday');
	expect(standingOrderUpdateSchema().safeParse({ ...base, truckDays: 'Monday, monday' }).success).toBe(false);
});

test('the prebook sample written as the page writes it (numbers as strings) parses to the wire form', () => {
	const asPageWritesIt = {
		...samples.multiplePrebooksCreate.wire,
		shipViaId: '1',
		autoGeneratePOsfromPrebooks: '1',
	};
	expect(multiplePrebooksCreateSchema().parse(asPageWritesIt)).toEqual(samples.multiplePrebooksCreate.wire);
});
