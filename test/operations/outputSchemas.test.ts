/**
 * The output schemas (nodes/KometSales/outputSchemas/<resource>/<operation>.json, shipped as
 * n8n reads them: dist/nodes/KometSales/__schema__/v<version>.0.0/...): one per operation of
 * every node version, each one the editor can read, and every item every operation outputs
 * against the simulator matches its schema exactly: no field the schema lacks, no required
 * field missing, no type other than the schema's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { NODE_VERSIONS, resourcesFor } from '../../nodes/KometSales/actions/versions';
import { EVERY_OPERATION, type OperationRun } from '../fixtures/everyOperation';
import { asVersion2 } from '../fixtures/version2';
import { schemaProblems, validate, type JsonSchema } from '../harness/jsonSchema';
import { runKometNode } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

const SCHEMAS = join(__dirname, '../../nodes/KometSales/outputSchemas');
const schemaOf = (resource: string, operation: string) =>
	JSON.parse(readFileSync(join(SCHEMAS, resource, `${operation}.json`), 'utf8')) as JsonSchema;

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const operationsOf = (version: number) =>
	Object.entries(resourcesFor(version)).flatMap(([resource, operations]) => Object.keys(operations).map((operation) => `${resource}/${operation}`));

async function outputOf(run: OperationRun, version: number, extra: INodeParameters = {}) {
	const parameters = { ...(version === 1 ? run.parameters : asVersion2(run.parameters)), ...extra };
	const result = await runKometNode({ parameters, baseUrl: simulator.url, typeVersion: version });
	expect(result.error ?? result.nodeError).toBeUndefined();
	return result.main.map((item) => item.json);
}

const problemsOf = (resource: string, operation: string, items: IDataObject[]) =>
	items.flatMap((json, index) => validate(schemaOf(resource, operation), json).map((problem) => `item ${index + 1}: ${problem}`));

test('one schema per operation of every version, and none for an operation that does not exist', () => {
	const files = readdirSync(SCHEMAS).flatMap((resource) => readdirSync(join(SCHEMAS, resource)).map((file) => `${resource}/${file.replace(/\.json$/, '')}`));
	for (const version of NODE_VERSIONS) expect([...files].sort()).toEqual(operationsOf(version).sort());
	expect(EVERY_OPERATION.map((run) => `${run.resource}/${run.operation}`).sort()).toEqual(operationsOf(2).sort());
});

test.each(operationsOf(2))('%s: a schema the editor reads (an object with properties), in the subset the validator knows', (path) => {
	const [resource, operation] = path.split('/');
	const schema = schemaOf(resource, operation);
	expect(schema.type).toBe('object');
	expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(0);
	expect(schemaProblems(schema)).toEqual([]);
});

describe.each(NODE_VERSIONS)('version %i', (version) => {
	test.each(EVERY_OPERATION)('$resource → $operation: every output item matches its schema', async (run) => {
		const items = await outputOf(run, version);
		expect(items.length).toBeGreaterThan(0);
		expect(problemsOf(run.resource, run.operation, items)).toEqual([]);
	});
});

describe('shapes the plain runs do not reach', () => {
	const find = (resource: string, operation: string) => EVERY_OPERATION.find((run) => run.resource === resource && run.operation === operation) as OperationRun;

	test('a purchase order whose line was shipped: boxes[]', async () => {
		await outputOf(find('purchaseOrder', 'addAwb'), 2);
		const items = await outputOf(find('purchaseOrder', 'getMany'), 2);
		expect((items[0].details as IDataObject[])[0].boxes).toHaveLength(2);
		expect(problemsOf('purchaseOrder', 'getMany', items)).toEqual([]);
	});

	test.each([
		['prebook', 'delete', 'prebook.delete'],
		['prebook', 'deleteLine', 'prebook.item.delete'],
		['standingOrder', 'deleteLine', 'v2/standing-order/item'],
	])('%s → %s done by an earlier attempt: deletedByEarlierAttempt', async (resource, operation, path) => {
		simulator.fail({ path, httpStatus: 503, body: { status: 0, message: 'Busy' }, afterProcessing: true });
		const items = await outputOf(find(resource, operation), 2);
		expect(items[0].deletedByEarlierAttempt).toBe(true);
		expect(problemsOf(resource, operation, items)).toEqual([]);
	});

	test.each([
		['markSynced', 'invoice.mark.sync.status.ok', {}],
		['markSyncFailed', 'invoice.mark.sync.status.error', { invoiceMarkSyncFailedFields: { unconfirm: false } }],
	] as Array<[string, string, INodeParameters]>)('invoice → %s applied by an earlier attempt: markedByEarlierAttempt', async (operation, path, extra) => {
		simulator.fail({ path, httpStatus: 504, body: { status: 0, message: 'Gateway Timeout' }, afterProcessing: true });
		const items = await outputOf(find('invoice', operation), 2, { invoiceId: '240989', ...extra });
		expect(items[0]).toMatchObject({ markedByEarlierAttempt: true, kometMessage: expect.any(String) });
		expect(problemsOf('invoice', operation, items)).toEqual([]);
	});

	test('optional request fields echoed: Add AWB with a lot number and box codes, Mark Sync Failed keeping the invoice confirmed', async () => {
		const shipped = await outputOf(find('purchaseOrder', 'addAwb'), 2, { purchaseOrderAddAwbFields: { lotNumber: 'L-1', boxCodes: 'KS1,KS2' } });
		expect(shipped[0]).toMatchObject({ lotNumber: 'L-1' });
		expect(problemsOf('purchaseOrder', 'addAwb', shipped)).toEqual([]);
		const marked = await outputOf(find('invoice', 'markSyncFailed'), 2, { invoiceMarkSyncFailedFields: { unconfirm: false } });
		expect(marked[0]).toMatchObject({ unconfirm: 0 });
		expect(problemsOf('invoice', 'markSyncFailed', marked)).toEqual([]);
	});

	test('amounts Komet writes as text that cannot be read as one number stay text, as the schema allows', async () => {
		simulator.fail({
			path: 'invoice.details.list',
			body: { status: 1, message: 'success', invoices: [{ id: 5, total: '1,250', details: [{ detailId: 1, amount: '1.250,00', unitPrice: '0.50' }] }] },
		});
		const items = await outputOf(find('invoice', 'getMany'), 2, { dateTo: '2026-12-01' });
		expect(items[0]).toMatchObject({ total: '1,250', details: [{ amount: '1.250,00', unitPrice: 0.5 }] });
		expect(problemsOf('invoice', 'getMany', items)).toEqual([]);
	});
});

describe('the validator', () => {
	const schema: JsonSchema = {
		type: 'object',
		properties: { id: { type: 'integer' }, amount: { type: ['number', 'string'] }, lines: { type: 'array', items: { type: 'object', properties: { key: { type: 'integer' } }, required: ['key'] } } },
		required: ['id'],
	};

	test('a field the schema lacks, at any depth, is a problem', () => {
		expect(validate(schema, { id: 1, extra: true })).toEqual(['$.extra: output by the node, missing from the schema']);
		expect(validate(schema, { id: 1, lines: [{ key: 1, note: '' }] })).toEqual(['$.lines[0].note: output by the node, missing from the schema']);
	});

	test('a required field the output lacks is a problem', () => {
		expect(validate(schema, { amount: 1 })).toEqual(['$: the schema requires "id", which the output lacks']);
		expect(validate(schema, { id: 1, lines: [{}] })).toEqual(['$.lines[0]: the schema requires "key", which the output lacks']);
		// n8n saves and shows items as JSON, which drops a key whose value is undefined.
		expect(validate(schema, { id: undefined })).toEqual(['$: the schema requires "id", which the output lacks']);
	});

	test('another type is a problem; integers are whole numbers; a type list takes any of its types', () => {
		expect(validate(schema, { id: '1' })).toEqual(['$.id: is string "1", the schema says integer']);
		expect(validate(schema, { id: 1.5 })).toEqual(['$.id: is number 1.5, the schema says integer']);
		expect(validate(schema, { id: 1, amount: '1,250' })).toEqual([]);
		expect(validate({ type: 'integer', enum: [0, 1] }, 2)).toEqual(['$: 2 is not one of [0,1]']);
	});

	test('a schema using a keyword the validator does not know, or requiring what it does not describe, is refused', () => {
		expect(schemaProblems({ type: 'object', additionalProperties: false } as JsonSchema)).toEqual(['#: unsupported keyword "additionalProperties"']);
		expect(schemaProblems({ type: 'object', properties: {}, required: ['id'] })).toEqual(['#: requires "id", which it does not describe']);
	});
});
