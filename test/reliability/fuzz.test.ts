/**
 * Property-based tests through real workflow runs. Hostile parameter sets (wrong
 * types, huge and unicode strings, negative and fractional counts, bad dates, empty
 * arrays, deep garbage JSON, prototype-pollution keys) reach the node through
 * expressions over upstream data, as they would in a workflow. The node either sends
 * a request the schema accepts or fails with a NodeOperationError that names the
 * item and the field, sending nothing; it never crashes with a TypeError and never
 * leaks the token. Random valid input always succeeds.
 */
import fc from 'fast-check';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { resourcesFor } from '../../nodes/KometSales/actions/versions';
import * as samples from '../fixtures/samples';
import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'boxes', 'status');
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.string({ minLength: 1000, maxLength: 70_000 }).map((text) => text.padEnd(1000, 'x')),
	fc.integer({ min: -1e12, max: 1e12 }),
	fc.double(),
	fc.constantFrom('', ' ', '0', '-1', '1.005', '1e3', 'NaN', 'Infinity', '2023-02-30', '13/01/2024', 'true', 'null', '[]', '{}'),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
	fc.dictionary(fc.oneof(hostileKey, fc.string()), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }),
	fc.anything({ maxDepth: 4, withObjectString: true }),
);

/** A sample line with some fields replaced by hostile values, some removed, some added. */
const mutatedLine = (line: IDataObject) =>
	fc
		.tuple(
			fc.subarray(Object.keys(line)),
			fc.subarray(Object.keys(line)),
			fc.array(hostileValue, { minLength: Object.keys(line).length, maxLength: Object.keys(line).length }),
			fc.dictionary(hostileKey, hostileValue, { maxKeys: 2 }),
		)
		.map(([replaced, removed, values, extra]) => {
			const result: IDataObject = { ...line };
			replaced.forEach((key, index) => (result[key] = values[index] as IDataObject[string]));
			for (const key of removed) delete result[key];
			return Object.assign(result, extra);
		});

const linesInput = (line: IDataObject) =>
	fc.oneof(
		fc.array(mutatedLine(line), { maxLength: 4 }),
		hostileValue,
		fc.string().map((text) => `[${text}`),
	);

interface FuzzCase {
	parameters: INodeParameters;
	/** Top-level fields fed from upstream data. */
	fields: string[];
	/** The JSON-mode array and a sample line to mutate. */
	array?: { name: string; line: IDataObject };
}

const cases: Record<string, FuzzCase> = {
	'Box → Update External Codes': {
		parameters: { resource: 'box', operation: 'updateExternalCodes' },
		fields: [],
		array: { name: 'boxes', line: { boxCode: 'KS001001', externalCode: 'PT991001' } },
	},
	'Prebook → Create Multiple': {
		parameters: samples.multiplePrebooksCreate.parameters,
		fields: ['customerCode', 'customerName', 'customerPhone', 'customerBillingZipcode', 'shipViaId'],
		array: { name: 'prebookItems', line: samples.prebookLine },
	},
	'Prebook → Add Future Inventory Item': {
		parameters: samples.prebookFutureItemAdd.parameters,
		fields: ['prebookId', 'inventoryId', 'boxes', 'price'],
	},
	'Purchase Order → Create Mixed': {
		parameters: samples.purchaseOrderMixedCreate.parameters,
		fields: ['shipDate', 'vendor'],
		array: { name: 'purchaseOrderItems', line: (samples.purchaseOrderMixedCreate.wire.purchaseOrderItems as IDataObject[])[0] },
	},
	'Standing Order → Update': {
		parameters: samples.standingOrderUpdate.parameters,
		fields: ['standingOrderId', 'customer', 'startDate', 'recurrence', 'truckDays', 'shipViaId'],
		array: { name: 'items', line: (samples.standingOrderUpdate.wire.items as IDataObject[])[0] },
	},
};

describe.each(Object.entries(cases))('%s: hostile input', (_name, fuzz) => {
	test(`${RUNS} random parameter sets: a valid request or a named NodeOperationError, never a crash`, async () => {
		const input = fc.record({
			fields: fc.subarray(fuzz.fields).chain((chosen) =>
				fc.tuple(...chosen.map((field) => hostileValue.map((value) => [field, value] as const))),
			),
			lines: fuzz.array ? linesInput(fuzz.array.line) : fc.constant(undefined),
		});
		await fc.assert(
			fc.asyncProperty(input, async ({ fields, lines }) => {
				simulator.reset();
				const parameters: INodeParameters = { ...fuzz.parameters };
				const upstream: IDataObject = {};
				for (const [field, value] of fields) {
					parameters[field] = `={{ $json.upstream.${field} }}`;
					upstream[field] = value as IDataObject[string];
				}
				if (fuzz.array) {
					parameters[`${fuzz.array.name}Input`] = 'json';
					parameters[`${fuzz.array.name}Json`] = '={{ $json.upstream.lines }}';
					upstream.lines = lines as IDataObject[string];
				}
				const result = await runKometNode({ parameters, items: [{ upstream }], baseUrl: simulator.url });

				expect(JSON.stringify(result.run)).not.toContain(TEST_TOKEN);
				if (simulator.requests.length === 0) {
					// Refused before sending: by the node, naming item and field.
					expect(result.error?.name).toBe('NodeOperationError');
					expect(result.error?.message).toMatch(/^Item 1, [A-Za-z]/);
					expect(result.error?.message).not.toMatch(/TypeError|Cannot read|undefined is not/);
				} else {
					// Sent: then what was sent is what the method's schema accepts.
					expect(result.error === undefined || result.error.name === 'NodeApiError').toBe(true);
					for (const request of simulator.requests) expectWireForm(parameters, request.body);
				}
			}),
			{ numRuns: RUNS },
		);
	}, 300_000);
});

describe('random valid input', () => {
	const code = fc.stringMatching(/^[A-Z0-9]{1,20}$/);
	const money = fc.integer({ min: 0, max: 99_999_99 }).map((cents) => cents / 100);
	const count = fc.integer({ min: 1, max: 500 });
	const day = fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

	test(`${RUNS} box updates: always accepted by the schema and by Komet`, async () => {
		const boxes = fc.array(fc.record({ boxCode: fc.constantFrom(...simulatorBoxCodes()), externalCode: code }), { minLength: 1, maxLength: 30 });
		await fc.assert(
			fc.asyncProperty(boxes, async (lines) => {
				simulator.reset();
				const result = await runKometNode({
					parameters: { resource: 'box', operation: 'updateExternalCodes', boxesInput: 'json', boxesJson: '={{ $json.lines }}' },
					items: [{ lines }],
					baseUrl: simulator.url,
				});
				expect(result.error).toBeUndefined();
				for (const request of simulator.requests) expectWireForm({ resource: 'box', operation: 'updateExternalCodes' }, request.body);
				// Every box sent once; a box code given twice goes in a later call (Komet answers per code).
				const byCode = (boxes: unknown[]) => [...boxes].map((box) => JSON.stringify(box)).sort();
				expect(byCode(simulator.requests.flatMap((request) => request.body?.boxes as unknown[]))).toEqual(byCode(lines));
				expect(simulator.requests).toHaveLength(Math.max(...[...new Set(lines.map((box) => box.boxCode))].map((code) => lines.filter((box) => box.boxCode === code).length)));
				expect(result.main.every((item) => item.json.status === 1)).toBe(true);
			}),
			{ numRuns: RUNS },
		);
	}, 300_000);

	test(`${RUNS} prebook requests: always accepted by the schema and by Komet`, async () => {
		const line = fc.record({
			carrierCode: fc.constantFrom('FX', 'ARM'),
			carrierName: fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() !== ''),
			shipDate: day,
			productCode: code,
			productDescription: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }).filter((text) => text.trim() !== ''),
			boxTypeCode: fc.constantFrom('HB', 'QB', 'EB'),
			unitType: fc.constantFrom('Stem', 'stem', 'Bunch', 'BUNCH'),
			boxes: count,
			bunches: count.map(String),
			stemsBunch: count,
			price: money,
			cost: money.map((value) => value.toFixed(2)),
		});
		await fc.assert(
			fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 20 }), async (lines) => {
				simulator.reset();
				const result = await runKometNode({
					parameters: {
						...samples.multiplePrebooksCreate.parameters,
						additionalFields: {},
						prebookItemsInput: 'json',
						prebookItemsJson: '={{ $json.lines }}',
					},
					items: [{ lines }],
					baseUrl: simulator.url,
				});
				expect(result.error).toBeUndefined();
				for (const request of simulator.requests) expectWireForm({ resource: 'prebook', operation: 'createMultiple' }, request.body);
				expect(result.main).toHaveLength(lines.length);
				expect(result.main.every((item) => item.json.status === 1)).toBe(true);
			}),
			{ numRuns: RUNS },
		);
	}, 300_000);
});

/**
 * A body as sent is in the documented wire form: the token where the method wants it,
 * and nothing the method's schema would change or refuse (parsing it again gives it back).
 */
function expectWireForm(parameters: INodeParameters, sent: Record<string, unknown> | undefined) {
	const { endpoint } = resourcesFor(1)[parameters.resource as string][parameters.operation as string];
	const { authenticationToken, ...body } = sent ?? {};
	expect(authenticationToken).toBe(endpoint.token === 'body' ? TEST_TOKEN : undefined);
	expect(endpoint.schema().parse(body)).toEqual(body);
}

function simulatorBoxCodes() {
	return Array.from({ length: 20 }, (_, index) => `KS0010${String(index + 1).padStart(2, '0')}`);
}
