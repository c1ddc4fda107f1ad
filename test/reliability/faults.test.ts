/**
 * Every fault the simulator can inject, against each method class, through real
 * workflow runs with Continue On Fail:
 * - every input item is accounted for in the output, paired;
 * - repeatable requests (box codes, a header-only standing-order update) are retried
 *   where the fault is transient; creates and a standing-order update that adds items
 *   never are, so the simulator never receives them twice;
 * - the token appears nowhere in what n8n stores of the run.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import * as samples from '../fixtures/samples';
import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Fault, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

interface MethodCase {
	path: string;
	/** `repeatable`: sending it twice changes nothing more (transport/retry.ts); `adds`: it creates. */
	kind: 'repeatable' | 'adds';
	parameters: INodeParameters;
	/** Two input items; how many calls they take without faults. */
	items: IDataObject[];
	calls: number;
}

const methods: Record<string, MethodCase> = {
	'box.externalcode.update': {
		path: 'box.externalcode.update',
		kind: 'repeatable',
		parameters: { resource: 'box', operation: 'updateExternalCodes', boxes: { box: [{ boxCode: '={{ $json.code }}', externalCode: 'EXT-1' }] } },
		items: [{ code: 'KS001001' }, { code: 'KS001002' }],
		calls: 1,
	},
	'v2/standing-order, header only': {
		path: 'v2/standing-order',
		kind: 'repeatable',
		parameters: {
			...samples.standingOrderUpdate.parameters,
			items: {},
			additionalFields: { comments: '={{ $json.note }}' },
		},
		items: [{ note: 'first' }, { note: 'second' }],
		calls: 2,
	},
	'v2/standing-order with items (Komet adds them)': {
		path: 'v2/standing-order',
		kind: 'adds',
		parameters: { ...samples.standingOrderUpdate.parameters, additionalFields: { comments: '={{ $json.note }}' } },
		items: [{ note: 'first' }, { note: 'second' }],
		calls: 2,
	},
	'multiple.prebooks.create': {
		path: 'multiple.prebooks.create',
		kind: 'adds',
		parameters: { ...samples.multiplePrebooksCreate.parameters, customerCode: '={{ $json.customer }}' },
		items: [{ customer: 'ANG' }, { customer: 'BLOOM' }],
		calls: 2,
	},
	'prebook.future.item.add': {
		path: 'prebook.future.item.add',
		kind: 'adds',
		parameters: { ...samples.prebookFutureItemAdd.parameters, boxes: '={{ $json.boxes }}' },
		items: [{ boxes: 1 }, { boxes: 2 }],
		calls: 2,
	},
};

/** Transient faults on the first request: `retried` says whether an update recovers by retrying. */
const faults: Record<string, { fault: Fault; retried: boolean; options?: INodeParameters }> = {
	'HTTP 500': { fault: { httpStatus: 500, body: { status: 0, message: 'Internal error' } }, retried: true },
	'HTTP 503': { fault: { httpStatus: 503, raw: 'Service Unavailable' }, retried: true },
	'HTTP 502 with an HTML body': { fault: { httpStatus: 502, raw: '<html><h1>502 Bad Gateway</h1></html>' }, retried: true },
	'429 with Retry-After': { fault: { httpStatus: 429, headers: { 'retry-after': '1' }, body: { status: 0, message: 'Too many requests' } }, retried: true },
	'429 without Retry-After': { fault: { httpStatus: 429, body: { status: 0, message: 'Too many requests' } }, retried: true },
	'no answer (timeout)': { fault: { hang: true }, retried: true, options: { timeout: 1000 } },
	'connection reset mid-response, after Komet processed it': { fault: { reset: true, afterProcessing: true }, retried: true },
	'malformed JSON': { fault: { raw: '{"status":"1","message":' }, retried: false },
	'status 0 for the whole call': { fault: { body: { status: 0, message: 'Komet is under maintenance' } }, retried: false },
	'status "0" with the per-item array missing': { fault: { body: { status: '0', message: 'Nothing processed' } }, retried: false },
};

describe.each(Object.entries(methods))('%s', (_name, method) => {
	test.each(Object.entries(faults))('%s on the first request', async (_fault, { fault, retried, options }) => {
		simulator.fail({ ...fault, path: method.path });
		const result = await runKometNode({
			parameters: { ...method.parameters, options: { ...options } },
			items: method.items,
			baseUrl: simulator.url,
			onError: 'continueRegularOutput',
		});

		expect(result.status).toBe('success');
		const accounted = new Set(result.main.map((item) => (item.pairedItem as { item: number }).item));
		expect([...accounted].sort()).toEqual(method.items.map((_, index) => index));

		const sent = simulator.requestsTo(method.path).length;
		const recovers = method.kind === 'repeatable' && retried;
		expect(sent).toBe(method.calls + (recovers ? 1 : 0));
		const errors = result.main.filter((item) => item.json.error !== undefined);
		if (recovers) {
			expect(errors).toEqual([]);
		} else {
			// The fault hits the first request: the input items it carried fail, the others succeed.
			const carriedByFirstCall = method.calls === 1 ? method.items.map((_, index) => index) : [0];
			expect(errors.map((error) => (error.pairedItem as { item: number }).item)).toEqual(carriedByFirstCall);
			for (const error of errors) expect(typeof error.json.error).toBe('string');
			expect(result.main.filter((item) => item.json.error === undefined)).toHaveLength(method.items.length - carriedByFirstCall.length);
		}
		expect(JSON.stringify(result.run)).not.toContain(TEST_TOKEN);
	});
});

describe('status as the string "1" or the integer 1, and per-item arrays missing', () => {
	const box = methods['box.externalcode.update'];

	test.each([['"1"', '1'], ['1', 1]])('envelope and line status %s both leave as the integer 1', async (_label, status) => {
		simulator.fail({ body: { status, message: 'ok', boxes: [{ boxCode: 'KS001001', status, message: 'success' }, { boxCode: 'KS001002', status, message: 'success' }] } });
		const result = await runKometNode({ parameters: box.parameters, items: box.items, baseUrl: simulator.url });
		expect(result.main.map((item) => item.json.status)).toEqual([1, 1]);
	});

	test('a "success" without the per-item array answers no line: each line is an error, never a success', async () => {
		simulator.fail({ body: { status: 1, message: 'done' } });
		const result = await runKometNode({
			parameters: box.parameters,
			items: box.items,
			baseUrl: simulator.url,
			onError: 'continueRegularOutput',
		});
		const details = (item: (typeof result.main)[number]) => item.json.details as IDataObject | undefined;
		expect(result.main.map((item) => [item.pairedItem, item.json.status, item.json.error, details(item)?.key])).toEqual([
			[{ item: 0 }, undefined, 'Komet Sales did not answer for line 1 of this item (KS001001)', 'KS001001'],
			[{ item: 1 }, undefined, 'Komet Sales did not answer for line 1 of this item (KS001002)', 'KS001002'],
		]);
		// Box codes are repeatable: the error says to send again, not that something may exist.
		expect(details(result.main[0])?.description).toContain('Send it again');
	});

	test('status 0 for some lines only: per-line items, no error', async () => {
		const result = await runKometNode({
			parameters: box.parameters,
			items: [{ code: 'KS001001' }, { code: 'NOPE' }],
			baseUrl: simulator.url,
		});
		expect(result.main.map((item) => [item.json.boxCode, item.json.status])).toEqual([
			['KS001001', 1],
			['NOPE', 0],
		]);
	});
});

describe('retry bounds', () => {
	const box = methods['box.externalcode.update'];

	test('an update that keeps failing is sent 1 + Retries times, then fails with the status', async () => {
		simulator.fail({ httpStatus: 503, body: { status: 0, message: 'Down' }, times: 10 });
		const result = await runKometNode({ parameters: { ...box.parameters, options: { retries: 2 } }, items: box.items, baseUrl: simulator.url });
		expect(simulator.requests).toHaveLength(3);
		expect(result.error).toMatchObject({ name: 'NodeApiError', httpCode: '503', message: 'Down' });
	});

	test('a Retry-After beyond a minute is not waited for', async () => {
		simulator.fail({ httpStatus: 429, headers: { 'retry-after': '3600' }, body: { status: 0, message: 'Daily limit reached' } });
		const started = Date.now();
		const result = await runKometNode({ parameters: box.parameters, items: box.items, baseUrl: simulator.url });
		expect(Date.now() - started).toBeLessThan(5000);
		expect(simulator.requests).toHaveLength(1);
		expect(result.error).toMatchObject({ httpCode: '429', message: 'Daily limit reached' });
		expect(result.error?.description).toContain('daily budget');
	});

	test('a create whose connection is refused never reached Komet, so it may be retried', async () => {
		const create = methods['prebook.future.item.add'];
		const closed = await startSimulator();
		const url = closed.url;
		await closed.close();
		const result = await runKometNode({ parameters: create.parameters, items: [create.items[0]], baseUrl: url });
		expect(result.error).toMatchObject({ message: 'Could not reach Komet Sales' });
	});
});
