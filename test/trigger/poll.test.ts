/**
 * The Komet Sales Trigger through n8n-core's PollContext, against the simulator: the wire of
 * each event, the first poll, watermark and overlap, dedupe across polls and restarts, windows,
 * manual test runs, the request budget, and failures that must not lose or repeat records.
 */
import type { INodeParameters } from 'n8n-workflow';

import { DAY_MS, dayIn } from '../../nodes/KometSales/komet/days';
import { OVERLAP_MS } from '../../nodes/KometSales/trigger/poll';
import { fingerprint } from '../../nodes/KometSales/trigger/recordKey';
import { emittedJson, poller } from '../harness/runPoll';
import { TEST_TOKEN } from '../harness/runWorkflow';
import { gmtNow } from '../simulator/referenceData';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const day = (offset: number, timeZone = 'UTC') => dayIn(timeZone, Date.now() + offset * DAY_MS);
const everyHour = { item: [{ mode: 'everyHour' }] };

const prebookTrigger = (extra: INodeParameters = {}) =>
	poller({ parameters: { event: 'prebookChanged', pollTimes: everyHour, ...extra }, baseUrl: simulator.url });

let nextPrebook = 99000;
function addPrebook(vendorShipOffset: number, updatedAt = gmtNow()) {
	const id = nextPrebook++;
	simulator.state.prebooks.set(id, {
		number: String(id),
		customerCode: 'Fresh',
		itemIds: [id * 10],
		truckDate: day(vendorShipOffset + 2),
		vendorShipDate: day(vendorShipOffset),
		updatedAt,
	});
	return id;
}
const touch = (id: number, updatedAt = gmtNow()) => {
	const prebook = simulator.state.prebooks.get(id);
	if (!prebook) throw new Error(`no prebook ${id}`);
	prebook.itemIds.push(prebook.itemIds.length + id * 10);
	prebook.updatedAt = updatedAt;
};
const gmtAgo = (ms: number) => new Date(Date.now() - ms).toISOString().slice(0, 19).replace('T', ' ');

describe('Prebook Created or Updated', () => {
	test('the wire: GET prebook.details.list, token in the query, 7-day vendor ship windows of today … +13', async () => {
		await prebookTrigger().poll();
		expect(simulator.requests.map((request) => [request.httpMethod, request.path, request.query])).toEqual([
			['GET', 'prebook.details.list', { authenticationToken: TEST_TOKEN, vendorShipDateFrom: day(0), vendorShipDateTo: day(6) }],
			['GET', 'prebook.details.list', { authenticationToken: TEST_TOKEN, vendorShipDateFrom: day(7), vendorShipDateTo: day(13) }],
		]);
	});

	test('first poll remembers what is there and emits nothing; later polls ask for changes since the last poll, less the overlap, in GMT', async () => {
		addPrebook(1);
		const trigger = prebookTrigger();
		const before = Date.now();
		expect(await trigger.poll()).toBeNull();
		simulator.requests.length = 0;
		await trigger.poll();
		const since = Date.parse(`${String(simulator.requests[0].query.updatedAsOf).replace(' ', 'T')}Z`);
		expect(simulator.requests[0].query.updatedAsOf).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
		expect(since).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - OVERLAP_MS);
		expect(since).toBeLessThanOrEqual(Date.now() - OVERLAP_MS);
	});

	test('a prebook created after a poll is emitted once, whole, and not again by the next polls (each a restart from saved static data)', async () => {
		const trigger = prebookTrigger();
		await trigger.poll();
		const id = addPrebook(2);
		const emitted = emittedJson(await trigger.poll());
		expect(emitted).toEqual([expect.objectContaining({ id, number: String(id), details: [expect.objectContaining({ prebookItemId: id * 10 })] })]);
		// The overlap returns it again: recognised by its content.
		expect(simulator.requestsTo('prebook.details.list').length).toBe(4);
		expect(await trigger.poll()).toBeNull();
		expect(await trigger.poll()).toBeNull();
		expect(simulator.requestsTo('prebook.details.list').slice(-2).map((request) => request.query.updatedAsOf)).toEqual([expect.any(String), expect.any(String)]);
	});

	test('an update of a known prebook (a new line) is emitted again, once', async () => {
		const id = addPrebook(3);
		const trigger = prebookTrigger();
		await trigger.poll();
		touch(id);
		expect(emittedJson(await trigger.poll()).map((record) => [record.id, (record.details as unknown[]).length])).toEqual([[id, 2]]);
		expect(await trigger.poll()).toBeNull();
	});

	test('a change that Komet dates inside the overlap (its clock behind, or the same second) is not lost', async () => {
		const trigger = prebookTrigger();
		await trigger.poll();
		// Written by Komet "before" the poll's watermark by its clock, seen only now.
		const id = addPrebook(1, gmtAgo(OVERLAP_MS / 2));
		expect(emittedJson(await trigger.poll()).map((record) => record.id)).toEqual([id]);
	});

	test('prebooks outside the window are not emitted; several in one poll leave as several items', async () => {
		const trigger = prebookTrigger({ prebookChangedFrom: 0, prebookChangedTo: 6 });
		await trigger.poll();
		const inside = [addPrebook(0), addPrebook(6)];
		addPrebook(7);
		expect(emittedJson(await trigger.poll()).map((record) => record.id)).toEqual(inside);
	});

	test('Emit Existing Records on First Poll: the first poll emits what is in the window', async () => {
		// Only this test's prebooks: the seeded ones have fixed dates, in the window on some days only.
		simulator.state.prebooks.clear();
		const inside = [addPrebook(4), addPrebook(12)];
		addPrebook(20);
		const trigger = prebookTrigger({ options: { emitExisting: true } });
		expect(emittedJson(await trigger.poll()).map((record) => record.id)).toEqual(inside);
		expect(await trigger.poll()).toBeNull();
	});

	test('truck dates: one request per day; customer and location filters go on every request', async () => {
		await prebookTrigger({
			dateKind: 'truckDate',
			prebookChangedFrom: 1,
			prebookChangedTo: 3,
			prebookFilters: { customerId: { __rl: true, mode: 'list', value: '131313' }, locationId: { __rl: true, mode: 'id', value: '147' } },
		}).poll();
		expect(simulator.requests.map((request) => request.query)).toEqual(
			[1, 2, 3].map((offset) => ({ authenticationToken: TEST_TOKEN, date: day(offset), customerId: '131313', locationId: '147' })),
		);
	});

	test("'today' is the workflow's time zone's day", async () => {
		const zone = 'Pacific/Kiritimati'; // UTC+14, no daylight saving: a day ahead of UTC from 10:00 UTC
		await poller({ parameters: { event: 'prebookChanged', pollTimes: everyHour, dateKind: 'truckDate', prebookChangedTo: 0 }, baseUrl: simulator.url, timezone: zone }).poll();
		expect(simulator.requests.map((request) => request.query.date)).toEqual([new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10)]);
	});

	test('a manual test run returns the most recent prebook of the window and changes nothing', async () => {
		const older = addPrebook(1);
		const newer = addPrebook(2);
		const trigger = prebookTrigger();
		await trigger.poll();
		const remembered = trigger.staticData;
		simulator.requests.length = 0;
		expect(emittedJson(await trigger.poll('manual')).map((record) => record.id)).toEqual([newer]);
		expect(trigger.staticDataLeft).toEqual(remembered);
		expect(simulator.requests.every((request) => request.query.updatedAsOf === undefined)).toBe(true);
		expect(simulator.state.prebooks.has(older)).toBe(true);
	});

	test('a failed request fails the poll with a NodeApiError keeping Komet\'s message, and nothing is lost: the next poll repeats the window', async () => {
		const trigger = prebookTrigger();
		await trigger.poll();
		const watermark = trigger.staticData;
		const id = addPrebook(9);
		simulator.fail({ path: 'prebook.details.list', nth: 2, body: { status: '0', message: 'Temporary failure in Komet.' } });
		await expect(trigger.poll()).rejects.toMatchObject({ name: 'NodeApiError', message: expect.stringContaining('Temporary failure in Komet.') });
		expect(trigger.staticData).toEqual(watermark);
		expect(emittedJson(await trigger.poll()).map((record) => record.id)).toEqual([id]);
	});

	test("a poll that runs out of n8n's poll budget sends no further request and keeps its watermark; the next poll catches up", async () => {
		const trigger = prebookTrigger();
		await trigger.poll();
		const saved = trigger.staticData;
		const id = addPrebook(1);
		simulator.requests.length = 0;
		expect(await trigger.poll('trigger', 0)).toBeNull();
		expect(simulator.requests).toHaveLength(0);
		expect(trigger.staticData).toEqual(saved);

		expect(emittedJson(await trigger.poll()).map((record) => record.id)).toEqual([id]);
		expect(trigger.staticData).not.toEqual(saved);
	});

	test('a filter Komet would refuse fails the poll before sending, named as the editor labels it', async () => {
		const trigger = prebookTrigger({ prebookFilters: { customerId: { __rl: true, mode: 'id', value: 'Fresh' } } });
		await expect(trigger.poll()).rejects.toThrow(/^Customer \(customerId\): /);
		expect(simulator.requests).toHaveLength(0);
	});

	test('the token never appears in a poll error', async () => {
		const trigger = prebookTrigger();
		simulator.fail({ path: 'prebook.details.list', echoToken: 'plain', times: 5 });
		const error = (await trigger.poll().catch((caught: unknown) => caught)) as Error & { description?: string };
		expect(JSON.stringify({ message: error.message, description: error.description })).not.toContain(TEST_TOKEN);
	});

	test('another window or event starts afresh instead of emitting everything as new', async () => {
		addPrebook(1);
		const parameters = { event: 'prebookChanged', pollTimes: everyHour };
		const first = poller({ parameters, baseUrl: simulator.url });
		await first.poll();
		const widened = poller({ parameters: { ...parameters, prebookChangedTo: 20 }, baseUrl: simulator.url });
		expect(await widened.poll()).toBeNull();
	});
});

describe('Invoice Ready to Sync', () => {
	const invoiceTrigger = (extra: INodeParameters = {}) =>
		poller({ parameters: { event: 'invoiceReadyToSync', pollTimes: everyHour, ...extra }, baseUrl: simulator.url });
	const addInvoice = (id: number, shipOffset: number, confirmed = true) =>
		simulator.state.invoices.set(id, { number: id - 200000, shipDate: day(shipOffset), customerId: 131313, subtotal: 10, confirmed, synced: false });

	test('the wire: invoice.accounting.details.list, pending sync, confirmed only, a 31-day window ending today', async () => {
		await invoiceTrigger().poll();
		expect(simulator.requests.map((request) => [request.path, request.query])).toEqual([
			['invoice.accounting.details.list', { authenticationToken: TEST_TOKEN, orderDateFrom: day(-30), orderDateTo: day(0), externalSystemSynced: '0', status: '1' }],
		]);
	});

	test('a new pending invoice is emitted once, even while it stays pending, and not again after it left the list for a while', async () => {
		addInvoice(250001, -2);
		const trigger = invoiceTrigger();
		expect(await trigger.poll()).toBeNull();
		addInvoice(250002, -1);
		addInvoice(250003, -1, false);
		expect(emittedJson(await trigger.poll()).map((record) => record.id)).toEqual([250002]);
		expect(await trigger.poll()).toBeNull();
		const invoice = simulator.state.invoices.get(250002);
		if (invoice) invoice.synced = true;
		expect(await trigger.poll()).toBeNull();
		// Back pending while its date is still in the window: remembered, not new.
		if (invoice) invoice.synced = false;
		expect(await trigger.poll()).toBeNull();
	});

	test('Confirmed Only off: no status filter', async () => {
		await invoiceTrigger({ confirmedOnly: false }).poll();
		expect(simulator.requests[0].query.status).toBeUndefined();
	});
});

describe('Purchase Order for Ship Date', () => {
	test('one request per vendor ship date; a new purchase order is emitted once', async () => {
		const trigger = poller({ parameters: { event: 'purchaseOrderForShipDate', pollTimes: everyHour, purchaseOrderForShipDateTo: 2 }, baseUrl: simulator.url });
		await trigger.poll();
		expect(simulator.requests.map((request) => [request.path, request.query])).toEqual(
			[0, 1, 2].map((offset) => ['purchase.order.list', { authenticationToken: TEST_TOKEN, date: day(offset) }]),
		);
		simulator.state.purchaseOrderRecords.push({ id: 88000, number: 'P08800', shipDate: day(1), vendorId: 535, status: 'Approved', itemIds: [9001] });
		expect(emittedJson(await trigger.poll())).toEqual([expect.objectContaining({ id: 88000, number: 'P08800' })]);
		expect(await trigger.poll()).toBeNull();
	});
});

describe('request budget', () => {
	test('a configuration over its share of the ~1,000 daily requests is refused with the figures and what to change; nothing is sent', async () => {
		const trigger = poller({ parameters: { event: 'prebookChanged', pollTimes: { item: [{ mode: 'everyMinute' }] } }, baseUrl: simulator.url });
		await expect(trigger.poll()).rejects.toThrow(
			'This trigger would make about 2880 requests a day (2 per poll), more than its 20% share of the 1000 requests a Komet user may make per day (200). Poll at most every 15 minutes',
		);
		expect(simulator.requests).toHaveLength(0);
	});

	test('the share and the daily requests are options', async () => {
		const minute = { item: [{ mode: 'everyMinute' }] };
		const allowed = poller({
			parameters: { event: 'prebookChanged', pollTimes: minute, options: { dailyRequests: 10000, sharePercent: 50 } },
			baseUrl: simulator.url,
		});
		await expect(allowed.poll()).resolves.toBeNull();
	});

	test('several poll times and cron expressions add up', async () => {
		const trigger = poller({
			parameters: {
				event: 'purchaseOrderForShipDate',
				purchaseOrderForShipDateTo: 0,
				pollTimes: { item: [{ mode: 'everyX', value: 10, unit: 'minutes' }, { mode: 'custom', cronExpression: '0 */2 8-17 * * 1-5' }] },
			},
			baseUrl: simulator.url,
		});
		// 144 + 30 × 10 = 444 requests a day.
		await expect(trigger.poll()).rejects.toThrow('about 444 requests a day (1 per poll)');
	});
});

test('fingerprints ignore key order and see any change', () => {
	expect(fingerprint({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(fingerprint({ b: [1, { d: 3, c: 2 }], a: 1 }));
	expect(fingerprint({ a: 1, b: [1, { c: 2, d: 3 }] })).not.toBe(fingerprint({ a: 1, b: [1, { c: 2, d: 4 }] }));
});
