/**
 * The batching planner on its own: lines whose keys could come back alike from Komet never
 * share a call, and planning stays linear when many lines share a key.
 */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { planCalls, splitAnswer, type BatchPlan, type Call, type LinePlan } from '../../nodes/KometSales/actions/common/batching';
import { updateExternalCodes } from '../../nodes/KometSales/actions/box/updateExternalCodes.operation';
import { createMultiple } from '../../nodes/KometSales/actions/prebook/createMultiple.operation';
import { echoForms, firstAlike } from '../../nodes/KometSales/komet/echoes';
import { MAX_REQUEST_BYTES, utf8Length } from '../../nodes/KometSales/transport/size';

const measure = (payload: IDataObject) => utf8Length(JSON.stringify(payload));
const prebookPlan = { batching: createMultiple.batching, lines: createMultiple.lines };
const boxPlan = { batching: updateExternalCodes.batching, lines: updateExternalCodes.lines };

/** One request per input item, each with one prebook line of this identifier. */
const prebookRequests = (identifiers: string[]) =>
	identifiers.map((identifier, itemIndex) => ({
		itemIndex,
		request: { customerCode: 'ANG', prebookItems: [{ identifier, productCode: 'Rs55B' }] } as IDataObject,
	}));
const identifiersOf = (call: Call) => (call.request.prebookItems as IDataObject[]).map((line) => line.identifier);

describe('lines whose identifiers could come back alike never share a call', () => {
	test.each([
		['"01" and "1" (a numeric echo)', ['01', '1']],
		['"1.0" and "1" (a numeric echo)', ['1.0', '1']],
		['" 7" and "7" (a trimmed echo)', [' 7', '7']],
		['equal in their first 20 characters (a cut echo)', ['ABCDEFGHIJKLMNOPQRST-1', 'ABCDEFGHIJKLMNOPQRST-2']],
		['one the other cut to 20 characters', ['ABCDEFGHIJKLMNOPQRST-2', 'ABCDEFGHIJKLMNOPQRST']],
	])('%s', (_name, identifiers) => {
		const calls = planCalls(prebookRequests(identifiers), prebookPlan, measure, { acrossItems: true });
		expect(calls.map(identifiersOf)).toEqual(identifiers.map((identifier) => [identifier]));
	});

	test('within one input item too: its lines are split over two calls', () => {
		const request = { customerCode: 'ANG', prebookItems: [{ identifier: '01' }, { identifier: 'A' }, { identifier: '1' }] };
		const calls = planCalls([{ itemIndex: 0, request }], prebookPlan, measure, { acrossItems: false });
		expect(calls.map(identifiersOf)).toEqual([['01', 'A'], ['1']]);
		expect(calls.map((call) => call.parts.map((part) => part.lines))).toEqual([[[0, 1]], [[0]]]);
	});

	test('box codes "0100" and "100" (a numeric echo)', () => {
		const requests = ['0100', '100', 'KS1'].map((boxCode, itemIndex) => ({
			itemIndex,
			request: { boxes: [{ boxCode, externalCode: 'X' }] } as IDataObject,
		}));
		const calls = planCalls(requests, boxPlan, measure, { acrossItems: true });
		expect(calls.map((call) => (call.request.boxes as IDataObject[]).map((box) => box.boxCode))).toEqual([['0100', 'KS1'], ['100']]);
	});

	test('only the later of two alike lines moves: lines that differ as text and as numbers within 20 characters stay together', () => {
		const identifiers = ['01', '1-1', '10', 'ABCDEFGHIJKLMNOPQRS1', '1', 'ABCDEFGHIJKLMNOPQRS2'];
		const calls = planCalls(prebookRequests(identifiers), prebookPlan, measure, { acrossItems: true });
		expect(calls.map(identifiersOf)).toEqual([['01', '1-1', '10', 'ABCDEFGHIJKLMNOPQRS1', 'ABCDEFGHIJKLMNOPQRS2'], ['1']]);
	});

	test('an echo is paired only with the line it equals as text: a drifted one answers no line', () => {
		const [first, second] = planCalls(prebookRequests(['01', '1']), prebookPlan, measure, { acrossItems: true });
		const numericEcho = { identifier: 1, status: 1, prebookId: 7 };
		const lines = createMultiple.lines as LinePlan;
		const toFirst = splitAnswer(first, { status: 1, body: {}, results: [numericEcho] } as never, lines);
		expect(toFirst.items[0].answers[0].result).toBeUndefined();
		expect(toFirst.unmatched).toEqual([numericEcho]);
		const toSecond = splitAnswer(second, { status: 1, body: {}, results: [numericEcho] } as never, lines);
		expect(toSecond.items).toMatchObject([{ itemIndex: 1, answers: [{ result: numericEcho }] }]);
	});
});

describe('planning is linear when many lines share a key', () => {
	test('30,000 boxes of one box code: one call each, planned in a few seconds at most', () => {
		const boxes = Array.from({ length: 30_000 }, () => ({ boxCode: 'KS001001', externalCode: 'PT1' }));
		const started = performance.now();
		const calls = planCalls([{ itemIndex: 0, request: { boxes } }], boxPlan, measure, { acrossItems: true });
		const elapsed = performance.now() - started;
		expect(calls).toHaveLength(30_000);
		// First fit over every open call, as before, takes about 30,000² / 2 checks here (15 s on a
		// machine that plans this in 0.4 s now).
		expect(elapsed).toBeLessThan(4000);
	});
});

/** First fit in input order over the open calls of a group, by bytes and exact keys: the planner as it was. */
function firstFitReference(requests: Array<{ itemIndex: number; request: IDataObject }>, batching: BatchPlan, lines: LinePlan) {
	const calls: Array<{ group: string; lines: IDataObject[]; keys: Set<string>; bytes: number }> = [];
	for (const { request } of requests) {
		const { [batching.arrayKey]: items, ...header } = request;
		const group = batching.groupKey(request);
		const emptyBytes = measure({ ...header, [batching.arrayKey]: [] });
		for (const line of items as IDataObject[]) {
			const bytes = measure(line);
			const key = lines.key(line);
			let call = calls.find(
				(open) => open.group === group && open.bytes + 1 + bytes <= MAX_REQUEST_BYTES && (key === undefined || !open.keys.has(key)),
			);
			if (!call) calls.push((call = { group, lines: [], keys: new Set(), bytes: emptyBytes }));
			call.bytes += (call.lines.length ? 1 : 0) + bytes;
			call.lines.push(line);
			if (key !== undefined) call.keys.add(key);
		}
	}
	return calls.map((call) => call.lines);
}

test('any feed: no call holds two lines that could come back alike, every line is sent once, and without such lines the packing is first fit as before', () => {
	const identifier = fc.constantFrom('1', '01', '1.0', ' 2', '2', 'A', 'B', 'ABCDEFGHIJKLMNOPQRST', 'ABCDEFGHIJKLMNOPQRST-1', 'ABCDEFGHIJKLMNOPQRST-2');
	const line = fc.record({ identifier: fc.oneof(identifier, fc.string({ minLength: 1, maxLength: 30 })), notes: fc.string({ maxLength: 400 }).map((text) => text.repeat(40)) });
	const item = fc.record({ customer: fc.constantFrom('ANG', 'BLOOM'), lines: fc.array(line, { minLength: 1, maxLength: 8 }) });
	fc.assert(
		fc.property(fc.array(item, { minLength: 1, maxLength: 30 }), (items) => {
			const requests = items.map(({ customer, lines }, itemIndex) => ({
				itemIndex,
				request: { customerCode: customer, prebookItems: lines } as IDataObject,
			}));
			const calls = planCalls(requests, prebookPlan, measure, { acrossItems: true });
			for (const call of calls) {
				expect(firstAlike(identifiersOf(call) as string[], 20)).toBeUndefined();
				if (identifiersOf(call).length > 1) expect(measure(call.request)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
			}
			const sent = calls.flatMap((call) => call.parts.flatMap((part) => (part.request.prebookItems as IDataObject[]).map((one) => [part.itemIndex, one])));
			const given = requests.flatMap(({ itemIndex, request }) => (request.prebookItems as IDataObject[]).map((one) => [itemIndex, one]));
			expect(sent).toHaveLength(given.length);
			expect(new Set(sent.map(([, one]) => one))).toEqual(new Set(given.map(([, one]) => one)));
			const identifiers = given.map(([, one]) => String((one as IDataObject).identifier));
			const formsTaken = new Set<string>();
			const anyAlike = identifiers.some((key) => {
				const forms = echoForms(key, 20);
				const alike = forms.some((form) => formsTaken.has(form));
				forms.forEach((form) => formsTaken.add(form));
				return alike;
			});
			if (!anyAlike) {
				expect(calls.map((call) => call.request.prebookItems)).toEqual(
					firstFitReference(requests, prebookPlan.batching as BatchPlan, prebookPlan.lines as LinePlan),
				);
			}
		}),
		{ numRuns: 200 },
	);
});
