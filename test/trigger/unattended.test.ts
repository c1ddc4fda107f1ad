/**
 * The Komet Sales Trigger left alone (issue 17, the trigger): Komet's clock ahead or behind,
 * answers that leave a record out, ids that are object keys, static data for 100,000
 * records, n8n's poll budget against slow answers, a spent quota, one request budget per
 * poll, test runs within the budget, and records whose lines come from several windows.
 * Each through n8n-core's PollContext against the simulator.
 */
import type { INodeParameters } from 'n8n-workflow';

import { DAY_MS, dayIn } from '../../nodes/KometSales/komet/days';
import { fingerprint } from '../../nodes/KometSales/trigger/recordKey';
import { MAX_SEEN, SeenRecords } from '../../nodes/KometSales/trigger/seen';
import { emittedJson, loadedTrigger, poller } from '../harness/runPoll';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const HOUR_MS = 3_600_000;
const day = (offset: number) => dayIn('UTC', Date.now() + offset * DAY_MS);
const everyHour = { item: [{ mode: 'everyHour' }] };
const prebookTrigger = (extra: INodeParameters = {}) =>
	poller({ parameters: { event: 'prebookChanged', pollTimes: everyHour, ...extra }, baseUrl: simulator.url });

let nextPrebook = 77000;
/** A prebook written now by Komet's clock (the simulator's, offset or not). */
function addPrebook(vendorShipOffset: number) {
	const id = nextPrebook++;
	simulator.state.prebooks.set(id, {
		number: String(id),
		customerCode: 'Fresh',
		itemIds: [id * 10],
		truckDate: day(vendorShipOffset + 2),
		vendorShipDate: day(vendorShipOffset),
		updatedAt: simulator.gmtNow(),
	});
	return id;
}
/** A new line on a prebook, stamped by Komet's clock. */
function touch(id: number) {
	const prebook = simulator.state.prebooks.get(id);
	if (!prebook) throw new Error(`no prebook ${id}`);
	prebook.itemIds.push(prebook.itemIds.length + id * 10);
	prebook.updatedAt = simulator.gmtNow();
}
const ids = (result: Parameters<typeof emittedJson>[0]) => emittedJson(result).map((record) => Number(record.id));

describe("Komet's clock, not n8n's", () => {
	test.each([
		['an hour behind', -HOUR_MS],
		['an hour ahead', HOUR_MS],
	])('Komet %s: a prebook created and one changed just after a poll are each emitted once, nothing twice', async (_, offset) => {
		simulator.clockOffsetMs = offset;
		const known = addPrebook(1);
		const trigger = prebookTrigger();
		expect(await trigger.poll()).toBeNull();
		const created = addPrebook(2);
		touch(known);
		expect(ids(await trigger.poll()).sort()).toEqual([known, created].sort());
		expect(await trigger.poll()).toBeNull();
		touch(created);
		expect(ids(await trigger.poll())).toEqual([created]);
		expect(await trigger.poll()).toBeNull();
		// The watermark is Komet's time (its Date header), less the overlap.
		const since = Date.parse(`${String(simulator.requests.at(-1)?.query.updatedAsOf).replace(' ', 'T')}Z`);
		expect(Math.abs(since + 5 * 60_000 - (Date.now() + offset))).toBeLessThan(60_000);
		// An edge that strips the Date header: n8n's clock stands in (README states the limit).
		simulator.sendsDate = false;
		simulator.clockOffsetMs = 0;
		await trigger.poll();
		const later = addPrebook(3);
		expect(ids(await trigger.poll())).toEqual([later]);
	});
});

describe('a record emitted as new is never emitted as new again because one answer left it out', () => {
	test('prebooks: an answer that leaves one out, then lists it again unchanged, emits nothing', async () => {
		const trigger = prebookTrigger();
		await trigger.poll();
		const id = addPrebook(1);
		expect(ids(await trigger.poll())).toEqual([id]);
		simulator.fail({ path: 'prebook.details.list', nth: 1, times: 2, results: (records) => records.filter((record) => Number((record as { id: string }).id) !== id) });
		expect(await trigger.poll()).toBeNull();
		// Still inside the overlap: Komet lists it again, as it was.
		expect(await trigger.poll()).toBeNull();
		touch(id);
		expect(ids(await trigger.poll())).toEqual([id]);
	});

	test('invoices and purchase orders: one left out of an answer (a hiccup, a short status change) is not new when it comes back; state saved by the previous version is read', async () => {
		const invoice = (id: number) => ({ number: id - 200000, shipDate: day(-1), customerId: 131313, subtotal: 10, confirmed: true, synced: false });
		simulator.state.invoices.set(250101, invoice(250101));
		const parameters = { event: 'invoiceReadyToSync', pollTimes: everyHour };
		const current = poller({ parameters, baseUrl: simulator.url });
		await current.poll();
		const { config } = current.staticData['node:Komet Sales Trigger'] as { config: string };
		const previous = { 'node:Komet Sales Trigger': { config, watermark: '2026-01-01 00:00:00', seen: { '240989': 'k0k1k2', '250101': '1x2y3z' } } };
		simulator.state.invoices.set(250102, invoice(250102));
		const upgraded = poller({ parameters, baseUrl: simulator.url, staticData: previous });
		expect(ids(await upgraded.poll())).toEqual([250102]);
		expect(await upgraded.poll()).toBeNull();

		const trigger = poller({ parameters: { event: 'purchaseOrderForShipDate', pollTimes: everyHour, purchaseOrderForShipDateTo: 1 }, baseUrl: simulator.url });
		await trigger.poll();
		simulator.state.purchaseOrderRecords.push({ id: 88100, number: 'P08810', shipDate: day(1), vendorId: 535, status: 'Approved', itemIds: [9101] });
		expect(ids(await trigger.poll())).toEqual([88100]);
		const po = simulator.state.purchaseOrderRecords.pop();
		expect(await trigger.poll()).toBeNull();
		if (po) simulator.state.purchaseOrderRecords.push(po);
		expect(await trigger.poll()).toBeNull();
	});

	test('ids `__proto__` and `constructor` are ids like any other: each emitted once', async () => {
		const trigger = poller({ parameters: { event: 'purchaseOrderForShipDate', pollTimes: everyHour, purchaseOrderForShipDateTo: 0 }, baseUrl: simulator.url });
		await trigger.poll();
		const odd = [
			{ id: '__proto__', number: 'P1', shipDate: day(0), details: [] },
			{ id: 'constructor', number: 'P2', shipDate: day(0), details: [] },
		];
		simulator.fail({ path: 'purchase.order.list', times: 10, body: { status: '1', message: 'success', purchaseOrders: odd } });
		expect(emittedJson(await trigger.poll()).map((record) => record.id)).toEqual(['__proto__', 'constructor']);
		expect(await trigger.poll()).toBeNull();
		expect(await trigger.poll()).toBeNull();
	});

	test('forgotten only when the day of its window leaves the window; at most MAX_SEEN kept', () => {
		const seen = new SeenRecords();
		seen.set('12', 'a', '2026-12-01');
		seen.set('__proto__', 'b', '2026-12-03');
		seen.set('id:constructor', '', '2026-12-02');
		const loaded = SeenRecords.load(JSON.parse(JSON.stringify(seen.save())));
		expect([loaded.get('12'), loaded.get('__proto__'), loaded.get('id:constructor')]).toEqual([
			{ print: 'a', day: '2026-12-01' },
			{ print: 'b', day: '2026-12-03' },
			{ print: '', day: '2026-12-02' },
		]);
		loaded.forgetBefore('2026-12-02');
		expect([loaded.size, loaded.get('12')]).toEqual([2, undefined]);
		const many = new SeenRecords();
		for (let index = 0; index < MAX_SEEN + 10; index++) many.set(String(index), '', index < 10 ? '2026-01-01' : '2026-02-01');
		many.forgetBefore('2025-01-01');
		expect([many.size, many.get('0'), many.get('10')]).toEqual([MAX_SEEN, undefined, { print: '', day: '2026-02-01' }]);
	});

	test('static data for 100,000 records: about 1.2 MB, and saved and read back whole', () => {
		const seen = new SeenRecords();
		// Ids as Komet gives them: increasing, with gaps; fingerprints of 8 characters; 14 days.
		const days = [...Array(14).keys()].map(day);
		let id = 3_000_000;
		for (let index = 0; index < 100_000; index++) {
			id += 1 + (index % 97);
			seen.set(String(id), fingerprint({ id }), days[index % 14]);
		}
		const text = JSON.stringify(seen.save());
		// Measured: 1,200,382 bytes (README, "Komet Sales Trigger"); main kept 2.6 MB.
		expect(Buffer.byteLength(text)).toBeLessThan(1_250_000);
		const loaded = SeenRecords.load(JSON.parse(text));
		expect(loaded.size).toBe(100_000);
		expect(loaded.get(String(id))).toEqual({ print: fingerprint({ id }), day: days[99_999 % 14] });
	});
});

describe("n8n's durable poller", () => {
	test('slow answers against the poll budget (getPollBudgetMs absent: as before): each poll stops in time, the next goes on from its window, and the last window is reached', async () => {
		simulator.state.prebooks.clear();
		const trigger = prebookTrigger({ dateKind: 'truckDate', options: { dailyRequests: 100_000 } }); // 14 windows
		// Baseline with quick answers, on an n8n without getPollBudgetMs (before the durable poller).
		expect(await trigger.poll('trigger', null)).toBeNull();
		const last = addPrebook(11); // truck date +13: the last window
		simulator.latencyMs = 250;
		const emitted: number[] = [];
		let polls = 0;
		while (!emitted.includes(last) && polls < 20) {
			const started = Date.now();
			emitted.push(...ids(await trigger.poll('trigger', 1000)));
			// Stopped within n8n's budget.
			expect(Date.now() - started).toBeLessThan(1000);
			polls++;
		}
		expect(emitted).toEqual([last]);
		expect(polls).toBeGreaterThan(1);
		// Each window asked once in the pass, none repeated, none skipped.
		const dates = simulator.requests.slice(14).map((request) => request.query.date);
		expect(dates).toEqual([...Array(14).keys()].map(day));
	}, 30_000);

	test('an answer slower than what is left of the budget is abandoned in time and the poll fails without saving', async () => {
		const trigger = prebookTrigger();
		await trigger.poll();
		const saved = trigger.staticData;
		simulator.latencyMs = 1500;
		const started = Date.now();
		await expect(trigger.poll('trigger', 1000)).rejects.toThrow('Komet Sales did not answer in time');
		expect(Date.now() - started).toBeLessThan(1000);
		expect(trigger.staticData).toEqual(saved);
		// The simulator still answers the abandoned request (and logs it): not into the next test.
		await new Promise((resolve) => setTimeout(resolve, 1000));
	});

	test("two polls of one trigger at once (n8n's scheduler runs one job per Poll Times entry): the new prebook is emitted by one of them", async () => {
		const trigger = prebookTrigger();
		await trigger.poll();
		const id = addPrebook(2);
		simulator.latencyMs = 100;
		const both = await Promise.all([trigger.poll(), trigger.poll()]);
		expect(both.flatMap(ids)).toEqual([id]);
	});

	test.each(['http429', 'status0'] as const)("Komet's quota spent (%s): the poll fails as HTTP 429 (quota exhausted), nothing saved; the next poll after it goes on", async (answer) => {
		const trigger = prebookTrigger();
		await trigger.poll();
		const saved = trigger.staticData;
		const id = addPrebook(9); // in the second window
		simulator.quota = { remaining: 1, answer };
		await expect(trigger.poll()).rejects.toMatchObject({ name: 'NodeApiError', httpCode: '429', failure: { cause: 'quota-exhausted' } });
		expect(trigger.staticData).toEqual(saved);
		simulator.quota = undefined;
		expect(ids(await trigger.poll())).toEqual([id]);
	});
});

describe('requests', () => {
	test('one budget per poll, resends included: the poll stops at its share of the day and the next goes on', async () => {
		// 24 polls a day × 2 requests, 48 allowed: 2 requests per poll, resends included.
		const trigger = prebookTrigger({ options: { dailyRequests: 240, sharePercent: 20 } });
		await trigger.poll();
		const id = addPrebook(9); // in the second window
		simulator.requests.length = 0;
		simulator.fail({ path: 'prebook.details.list', httpStatus: 503, body: { status: '0', message: 'Busy.' } });
		expect(await trigger.poll()).toBeNull();
		expect(simulator.requests.map((request) => request.query.vendorShipDateFrom)).toEqual([day(0), day(0)]);
		expect(ids(await trigger.poll())).toEqual([id]);
		expect(simulator.requests.map((request) => request.query.vendorShipDateFrom)).toEqual([day(0), day(0), day(7)]);
		// Failing on every resend: the poll fails once its share is spent, nothing more is sent.
		simulator.requests.length = 0;
		simulator.fail({ path: 'prebook.details.list', httpStatus: 503, body: { status: '0', message: 'Busy.' }, times: 10 });
		await expect(trigger.poll()).rejects.toMatchObject({ description: expect.stringContaining('Not resent') });
		expect(simulator.requests).toHaveLength(2);
	});

	test('a manual test run keeps to the budget: refused before anything is sent, as the active trigger', async () => {
		const trigger = prebookTrigger({ dateKind: 'truckDate', prebookChangedFrom: -366, prebookChangedTo: 366 });
		const started = Date.now();
		await expect(trigger.poll('manual')).rejects.toThrow('This trigger would make about 17592 requests a day (733 per poll)');
		expect(simulator.requests).toHaveLength(0);
		expect(Date.now() - started).toBeLessThan(1000);
	});

	test("the trigger's default Poll Times are every hour, which the default budget allows for every event", async () => {
		const pollTimes = loadedTrigger().description.properties.find((property) => property.name === 'pollTimes');
		expect(pollTimes?.default).toEqual(everyHour);
		for (const event of ['prebookChanged', 'invoiceReadyToSync', 'purchaseOrderForShipDate']) {
			await expect(poller({ parameters: { event, pollTimes: pollTimes?.default as INodeParameters }, baseUrl: simulator.url }).poll()).resolves.toBeNull();
		}
	});
});

test('a prebook whose lines come from two windows is emitted once with both, and not again', async () => {
	const trigger = prebookTrigger();
	await trigger.poll();
	const header = { id: '77900', number: '77900', customerCode: 'Fresh', truckDate: day(8) };
	const answers = (item: number, vendorShipDate: string) => ({ status: '1', message: 'success', prebooks: [{ ...header, details: [{ prebookItemId: item, vendorShipDate }] }] });
	simulator.fail({ path: 'prebook.details.list', nth: 1, body: answers(1, day(6)) });
	simulator.fail({ path: 'prebook.details.list', nth: 1, body: answers(2, day(7)) });
	const emitted = emittedJson(await trigger.poll());
	expect(emitted.map((record) => [record.id, (record.details as Array<{ prebookItemId: number }>).map((line) => line.prebookItemId)])).toEqual([[77900, [1, 2]]]);
	simulator.fail({ path: 'prebook.details.list', nth: 1, body: answers(1, day(6)) });
	simulator.fail({ path: 'prebook.details.list', nth: 1, body: answers(2, day(7)) });
	expect(await trigger.poll()).toBeNull();
});
