/**
 * The read side left unattended (issue 17: 1, 3, 4, 10, 11, 12, 15): a Get Many over date
 * windows, through n8n's engine against the simulator, is complete or says what is missing.
 * - a record met in several windows leaves once, with every line Komet sent, whatever form
 *   its id came in;
 * - only a list's own "… not found." words are an empty list; any other failure is an error of
 *   its window, which names its dates, and a run that continues says its result is incomplete;
 * - no date can hang the run: windows are counted before they are built, dates outside
 *   2000-2099 are refused, Return All is bounded per run, Limit is held by the budget;
 * - Limit and ids are whole numbers or refused, in the editor's words.
 */
import type { INodeParameters } from 'n8n-workflow';

import { MAX_RECORDS_PER_RUN } from '../../nodes/KometSales/actions/common/windowedRead';
import { runKometNode } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const prebooks = (extra: INodeParameters): INodeParameters => ({ resource: 'prebook', operation: 'getMany', returnAll: true, ...extra });
/** Two vendor ship windows: 2026-12-01 to 12-07 and 12-08 to 12-14. */
const twoWindows = prebooks({ dateKind: 'vendorShipDate', dateFrom: '2026-12-01', dateTo: '2026-12-14' });
/** Without resends, so that a fault on one window stays a failure of that window. */
const noRetries = { ...twoWindows, options: { retries: 0 } };
const run = (parameters: INodeParameters, extra: Partial<Parameters<typeof runKometNode>[0]> = {}) =>
	runKometNode({ parameters, baseUrl: simulator.url, typeVersion: 2, ...extra });
const lineIds = (record: unknown) => ((record as { details: Array<{ prebookItemId: unknown }> }).details ?? []).map((line) => line.prebookItemId);

describe('a record met in several windows', () => {
	test('leaves once with the lines of every window, whether Komet answers each window with its own lines or whole', async () => {
		for (const linesOfWindowOnly of [true, false]) {
			simulator.reset();
			// 85063's first line ships in the first window, its second in the next.
			simulator.state.prebooks.get(85063)!.lineShipDates = { 928355: '2026-12-03', 928356: '2026-12-10' };
			simulator.state.linesOfWindowOnly = linesOfWindowOnly;
			const result = await run(twoWindows);
			expect(simulator.requestsTo('prebook.details.list')).toHaveLength(2);
			const found = result.main.map((item) => item.json);
			expect(found.map((record) => record.id)).toEqual([85063, 85070]);
			expect(lineIds(found[0])).toEqual([928355, 928356]);
		}
	});

	test('ids that differ only in form (" 12", "12.0", 12) are one record, and its lines one line each', async () => {
		// Faults apply in turn: the first to the first window, the next to the second.
		simulator.fail({
			path: 'prebook.details.list',
			body: { status: '1', message: 'OK', prebooks: [{ id: ' 85063', number: '85063', details: [{ prebookItemId: 928355 }, { prebookItemId: '928356' }] }] },
		});
		simulator.fail({
			path: 'prebook.details.list',
			body: { status: 1, message: 'OK', prebooks: [{ id: '85063.0', number: '85063', details: [{ prebookItemId: ' 928356 ' }, { prebookItemId: 928357 }] }] },
		});
		const result = await run(twoWindows);
		expect(result.main.map((item) => item.json.id)).toEqual([85063]);
		// Line ids are read as integers too (docs/komet-api.md, "Answers of the order lists").
		expect(lineIds(result.main[0].json)).toEqual([928355, 928356, 928357]);
	});

	test('lines without a key are told apart by their whole content', async () => {
		simulator.fail({ path: 'invoice.details.list', body: { status: 1, invoices: [{ id: 7, details: [{ product: 'A', boxes: 1 }] }] } });
		simulator.fail({ path: 'invoice.details.list', body: { status: 1, invoices: [{ id: 7, details: [{ boxes: 1, product: 'A' }, { product: 'B', boxes: 2 }] }] } });
		const result = await run({ resource: 'invoice', operation: 'getMany', returnAll: true, dateFrom: '2026-12-01', dateTo: '2026-12-08' });
		expect(result.main.map((item) => item.json)).toEqual([{ id: 7, details: [{ boxes: 1, product: 'A' }, { product: 'B', boxes: 2 }] }]);
	});
});

describe('empty lists and failed windows', () => {
	test('"Authentication token not found" is not an empty window but an error of it, which names its dates', async () => {
		simulator.fail({ path: 'prebook.details.list', nth: 2, body: { status: 0, message: 'Authentication token not found' } });
		const result = await run(twoWindows);
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('Authentication token not found (vendor ship dates 2026-12-08 to 2026-12-14)');
		expect(result.nodeError?.description).toMatch(/^The vendor ship dates 2026-12-08 to 2026-12-14 were not read: their records are missing/);
	});

	test('each list says "empty" in its own words only: another list\'s words are an error', async () => {
		simulator.fail({ path: 'purchase.order.list', body: { status: '0', message: ' orders NOT found. ' } });
		const empty = await run({ resource: 'purchaseOrder', operation: 'getMany', returnAll: true, dateFrom: '2026-12-01', dateTo: '2026-12-01' });
		expect(empty.status).toBe('success');
		expect(empty.main).toEqual([]);
		simulator.fail({ path: 'product.list', body: { status: '0', message: 'Orders not found.' } });
		const wrongWords = await run({ resource: 'product', operation: 'getMany', returnAll: true });
		expect(wrongWords.error?.message).toBe('Orders not found.');
		simulator.fail({ path: 'product.list', body: { status: '0', message: 'Products not found.' } });
		expect((await run({ resource: 'product', operation: 'getMany', returnAll: true })).main).toEqual([]);
	});

	test('a status-1 answer without its list is an error of its window, not an empty one', async () => {
		simulator.fail({ path: 'invoice.details.list', nth: 1, body: { status: 1, message: 'OK' } });
		const result = await run({ resource: 'invoice', operation: 'getMany', returnAll: true, dateFrom: '2026-12-01', dateTo: '2026-12-04' });
		expect(result.error?.message).toMatch(/^Komet Sales answered invoice\.details\.list with a malformed result: "invoices" is missing.* \(ship dates 2026-12-01 to 2026-12-04\)$/);
	});

	test('Continue On Fail: the other windows\' records, an error item naming the dates, and a hint that the result is incomplete', async () => {
		simulator.fail({ path: 'prebook.details.list', httpStatus: 502, raw: '<html>Bad gateway</html>' });
		const result = await run(noRetries, { onError: 'continueRegularOutput' });
		expect(result.status).toBe('success');
		const [failed, ...records] = result.main.map((item) => item.json);
		expect(failed).toMatchObject({
			error: 'Komet Sales answered HTTP 502: Bad gateway (vendor ship dates 2026-12-01 to 2026-12-07)',
			details: { dateFrom: '2026-12-01', dateTo: '2026-12-07', httpCode: '502' },
		});
		expect(records.map((record) => record.id)).toEqual([85070]);
		expect(result.hints).toContainEqual(expect.stringMatching(/^The result is incomplete: 1 date window\(s\) could not be read/));

		// With the error output, the error item goes there and the records stay on the main output.
		simulator.reset();
		simulator.fail({ path: 'prebook.details.list', httpStatus: 502, raw: '<html>Bad gateway</html>' });
		const routed = await run(noRetries, { onError: 'continueErrorOutput' });
		expect(routed.main.map((item) => item.json.id)).toEqual([85070]);
		expect(routed.errorOutput.map((item) => item.json.details)).toEqual([expect.objectContaining({ dateFrom: '2026-12-01', dateTo: '2026-12-07' })]);
	});
});

describe('dates, budgets and bounds', () => {
	test('a range to 9999-12-31 is refused at once, saying which dates Komet can mean; nothing is sent', async () => {
		const started = Date.now();
		const result = await run(prebooks({ dateFrom: '2026-12-01', dateTo: '9999-12-31' }));
		expect(Date.now() - started).toBeLessThan(5000);
		expect(result.error?.message).toBe("Item 1, To (dateTo): must be between 2000-01-01 and 2099-12-31 (the years 2000 to 2099 Komet's dates can be)");
		const before = await run(prebooks({ dateFrom: '1999-12-31', dateTo: '2026-12-31' }));
		expect(before.error?.message).toMatch(/^Item 1, From \(dateFrom\): must be between 2000-01-01 and 2099-12-31/);
		expect(simulator.requests).toHaveLength(0);
	});

	test('the longest range Komet can mean is counted, not built, and refused over the budget in well under a second', async () => {
		const started = Date.now();
		const result = await run(prebooks({ dateFrom: '2000-01-01', dateTo: '2099-12-31', filters: {} }));
		const elapsed = Date.now() - started;
		expect(result.error?.message).toMatch(/^This run would send 36525 requests to Komet, more than Max Requests per Run \(250\)/);
		expect(simulator.requests).toHaveLength(0);
		expect(elapsed).toBeLessThan(1000);
	});

	test('Limit: a range longer than the budget is read until Limit is met, each call counted', async () => {
		const result = await run(prebooks({ returnAll: false, limit: 1, dateFrom: '2026-11-01', dateTo: '2027-12-31' }));
		expect(result.main.map((item) => item.json.id)).toEqual([85063]);
		expect(simulator.requests).toHaveLength(35);
	});

	test('Limit not met when the budget runs out: the dates not read are named; with Continue On Fail the records found leave too', async () => {
		const result = await run(prebooks({ returnAll: false, limit: 5, dateFrom: '2026-11-01', dateTo: '2027-12-31', options: { maxRequests: 60 } }), {
			onError: 'continueRegularOutput',
		});
		expect(simulator.requests).toHaveLength(60);
		const [failed, ...records] = result.main.map((item) => item.json);
		expect(failed).toMatchObject({
			error: 'Max Requests per Run (60) is reached: every request counts, resends included (truck dates 2026-12-31 to 2027-12-31)',
			details: { dateFrom: '2026-12-31', dateTo: '2027-12-31' },
		});
		expect(records.map((record) => record.id)).toEqual([85063, 85070]);
		expect(result.hints).toContainEqual(expect.stringMatching(/^The result is incomplete/));
	});

	test(`Return All keeps at most ${MAX_RECORDS_PER_RUN} records per run, and says what to narrow`, async () => {
		const many = (offset: number) => Array.from({ length: 60_000 }, (_, index) => ({ id: offset + index }));
		simulator.fail({ path: 'invoice.accounting.details.list', body: { status: 1, invoices: many(1) } });
		simulator.fail({ path: 'invoice.accounting.details.list', body: { status: 1, invoices: many(60_001) } });
		const result = await run({ resource: 'invoice', operation: 'getManyForAccounting', returnAll: true, dateFrom: '2026-11-01', dateTo: '2026-12-31' });
		expect(result.error?.message).toBe('More than 100,000 records in one run (up to the ship dates 2026-12-02 to 2026-12-31)');
		expect(result.nodeError?.description).toMatch(/Narrow the dates \(several runs of shorter ranges\), add filters, or set a Limit/);
		expect(result.main).toEqual([]);
	});
});

describe('input refused in the editor\'s words, before anything is sent', () => {
	test.each([
		[0, '0'],
		[-3, '-3'],
		[2.5, '2.5'],
		['={{ "all" }}', '"all"'],
	])('Limit %p', async (limit, shown) => {
		const result = await run(prebooks({ returnAll: false, limit, dateFrom: '2026-12-05', dateTo: '2026-12-05' }));
		expect(result.error?.message).toBe(`Item 1, Limit (limit): must be a whole number of at least 1, not ${shown}`);
		expect(simulator.requests).toHaveLength(0);
	});

	test('Limit on a reference list too', async () => {
		const result = await run({ resource: 'product', operation: 'getMany', returnAll: false, limit: 0 });
		expect(result.error?.message).toBe('Item 1, Limit (limit): must be a whole number of at least 1, not 0');
		expect(simulator.requests).toHaveLength(0);
	});

	test('an id with a fraction is refused, never sent rounded to another id', async () => {
		const result = await run({ resource: 'prebook', operation: 'delete', prebookId: '4503599627370497.5' });
		expect(result.error?.message).toBe('Item 1, Prebook ID (prebookId): must be a whole number');
		const filter = await run(prebooks({ dateFrom: '2026-12-05', dateTo: '2026-12-05', prebookGetManyFilters: { customerId: { __rl: true, mode: 'id', value: '2001.5' } } }));
		expect(filter.error?.message).toMatch(/^Item 1, Customer \(customerId\): must be a whole number/);
		expect(simulator.requests).toHaveLength(0);
		await run({ resource: 'prebook', operation: 'delete', prebookId: ' 85063.0 ' });
		expect(simulator.requests.map((request) => request.body?.prebookId)).toEqual([85063]);
	});
});
