/**
 * The order lists' answers as Komet sends them (docs/komet-api.md, "Answers of the order
 * lists"), read through the engine: every field the simulator sends leaves the node, under
 * its own name; ids sent as text become integers, a purchase order's status code stays with
 * its name beside it, invoice amounts written with thousands separators become numbers only
 * where they can mean one number; optional keys Komet leaves out stay out.
 */
import type { IDataObject } from 'n8n-workflow';

import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

/** The records the simulator answers a list with, untouched by the node. */
async function rawRecords(path: string, arrayKey: string, query: Record<string, string>): Promise<IDataObject[]> {
	const url = new URL(`${simulator.url}/${path}`);
	for (const [name, value] of Object.entries({ authenticationToken: TEST_TOKEN, ...query })) url.searchParams.set(name, value);
	const body = (await (await fetch(url)).json()) as IDataObject;
	return body[arrayKey] as IDataObject[];
}

/** Every field path of a record (`details[].boxes[].boxCode`), arrays of records walked. */
function fieldPaths(value: unknown, prefix = ''): string[] {
	if (Array.isArray(value)) return value.flatMap((entry) => fieldPaths(entry, `${prefix}[]`));
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		return [path, ...fieldPaths(inner, path)];
	});
}

const pathsOf = (records: unknown[]) => [...new Set(records.flatMap((record) => fieldPaths(record)))].sort();

const run = (resource: string, operation: string, dateFrom: string, dateTo: string) =>
	runKometNode({ parameters: { resource, operation, dateFrom, dateTo, returnAll: true }, baseUrl: simulator.url });

describe('purchase.order.list', () => {
	test('every field Komet sends leaves the node; the status code stays, with statusName beside it; ids as integers', async () => {
		const raw = await rawRecords('purchase.order.list', 'purchaseOrders', { date: '2026-12-03' });
		simulator.reset();
		const result = await run('purchaseOrder', 'getMany', '2026-12-03', '2026-12-04');
		const output = result.main.map((item) => item.json);
		expect(pathsOf(output).filter((path) => !pathsOf(raw).includes(path))).toEqual(['statusName']);
		expect(pathsOf(raw).filter((path) => !pathsOf(output).includes(path))).toEqual([]);
		expect(output.map((po) => [po.id, po.status, po.statusName])).toEqual([
			[87000, 'A', 'Approved'],
			[87001, 'CF', 'Confirmed by Farm'],
		]);
		expect(raw[0].details).toEqual([expect.objectContaining({ poItemId: '7828' })]);
		expect(output[0].details).toEqual([expect.objectContaining({ poItemId: 7828, prebookItemId: 928355, prebook: '85063', orderType: 'P' })]);
		expect(Object.keys(output[0]).slice(8, 10)).toEqual(['status', 'statusName']);
	});

	test('boxes[] is absent until the line is shipped on an AWB, then read', async () => {
		const before = await run('purchaseOrder', 'getMany', '2026-12-03', '2026-12-03');
		expect(before.main[0].json.details).toEqual([expect.not.objectContaining({ boxes: expect.anything() })]);
		await runKometNode({
			parameters: { resource: 'purchaseOrder', operation: 'addAwb', poItemId: 7828, awb: '08472-4772-0048', shipDate: '2026-12-03' },
			baseUrl: simulator.url,
		});
		const after = await run('purchaseOrder', 'getMany', '2026-12-03', '2026-12-03');
		expect((after.main[0].json.details as IDataObject[])[0].boxes).toEqual([
			{ boxCode: '73992893', lotNumber: '08472-4772-0048', statusId: 2, statusName: 'Shipped', position: 1 },
			{ boxCode: '73992894', lotNumber: '08472-4772-0048', statusId: 2, statusName: 'Shipped', position: 2 },
		]);
	});

	test('a status Komet writes as the words, or a code the pages do not name: kept as sent; a name only where known', async () => {
		simulator.fail({
			path: 'purchase.order.list',
			body: { status: '1', message: 'success', purchaseOrders: [{ id: 1, status: 'Pending Approval' }, { id: 2, status: 'X' }, { id: 3, status: ' pa ' }, { id: 4 }] },
		});
		const result = await run('purchaseOrder', 'getMany', '2026-12-03', '2026-12-03');
		expect(result.main.map((item) => item.json)).toEqual([
			{ id: 1, status: 'Pending Approval', statusName: 'Pending Approval' },
			{ id: 2, status: 'X' },
			{ id: 3, status: ' pa ', statusName: 'Pending Approval' },
			{ id: 4 },
		]);
	});
});

describe('invoice.details.list', () => {
	test('every field Komet sends leaves the node; amounts with thousands separators as numbers; lines keyed by detailId as integers', async () => {
		const raw = await rawRecords('invoice.details.list', 'invoices', { orderDateFrom: '2026-12-01', orderDateTo: '2026-12-04' });
		simulator.reset();
		const result = await run('invoice', 'getMany', '2026-12-01', '2026-12-04');
		const output = result.main.map((item) => item.json);
		expect(pathsOf(output)).toEqual(pathsOf(raw));
		expect((raw[0].details as IDataObject[])[0]).toMatchObject({ detailId: '2409891', amount: '1,250.50' });
		expect((output[0].details as IDataObject[])[0]).toMatchObject({ detailId: 2409891, amount: 1250.5, awb: '369-1234 5675' });
		expect(output[0]).toMatchObject({ id: 240989, status: 1, subtotal: 1250.5, total: 1250.5 });
	});

	test('an amount already a number stays; a line without awb or boxes (an invoice with no carrier) leaves without them', async () => {
		const result = await run('invoice', 'getMany', '2026-12-09', '2026-12-20');
		const [withCarrier, withoutCarrier] = result.main.map((item) => (item.json.details as IDataObject[])[0]);
		expect(withCarrier).toMatchObject({ amount: 310, awb: '369-1234 5675', boxes: [expect.objectContaining({ boxId: 24099011 })] });
		expect(withoutCarrier).toMatchObject({ detailId: 2409911, amount: 99.9 });
		expect(Object.keys(withoutCarrier)).not.toEqual(expect.arrayContaining(['awb']));
		expect(Object.keys(withoutCarrier)).not.toEqual(expect.arrayContaining(['boxes']));
		expect(result.main[1].json).toMatchObject({ status: 0, carrierId: null });
	});

	test('an amount that could mean two numbers, or is not a number, is kept as Komet wrote it', async () => {
		const amounts = ['1,250', '1.250,00', '$12.00', '(12.00)', '1,250,000', '-1,250.75', ' 12.5 ', '1234567890123456.5', '', null];
		simulator.fail({
			path: 'invoice.details.list',
			body: { status: 1, message: 'success', invoices: [{ id: '5', status: '1', total: '2,000.00', details: amounts.map((amount, index) => ({ detailId: index + 1, amount })) }] },
		});
		const result = await run('invoice', 'getMany', '2026-12-01', '2026-12-01');
		expect(result.main[0].json.total).toBe(2000);
		expect((result.main[0].json.details as IDataObject[]).map((line) => line.amount)).toEqual([
			'1,250', '1.250,00', '$12.00', '(12.00)', 1250000, -1250.75, 12.5, '1234567890123456.5', '', null,
		]);
	});
});

describe('prebook.details.list', () => {
	test('every field Komet sends leaves the node; ids sent as text in lines become integers', async () => {
		const raw = await rawRecords('prebook.details.list', 'prebooks', { date: '2026-12-05' });
		simulator.reset();
		const result = await run('prebook', 'getMany', '2026-12-05', '2026-12-05');
		const output = result.main.map((item) => item.json);
		expect(pathsOf(output)).toEqual(pathsOf(raw));
		expect((raw[0].details as IDataObject[]).map((line) => line.productId)).toEqual(['217042', 217042]);
		expect((output[0].details as IDataObject[]).map((line) => [line.prebookItemId, line.productId])).toEqual([
			[928355, 217042],
			[928356, 217042],
		]);
	});

	test('lines answered without prebookItemId (an optional key) leave whole, each once', async () => {
		const result = await run('prebook', 'getMany', '2026-12-12', '2026-12-12');
		const lines = result.main[0].json.details as IDataObject[];
		expect(lines).toHaveLength(1);
		expect(lines[0]).not.toHaveProperty('prebookItemId');
		expect(lines[0]).toMatchObject({ vendorId: 535, productId: 217042, totalBoxes: 5, unitPrice: 0.35, markCode: 'FR-1120' });
	});
});
