/**
 * API failures through real workflow runs: whole-call failures become NodeApiErrors
 * that keep Komet's message (or, with Continue On Fail, one paired error item per
 * affected input item); per-line failures are output items with status 0.
 * The token never shows up in what n8n stores of the run.
 */
import type { INodeParameters } from 'n8n-workflow';

import * as samples from '../fixtures/samples';
import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const futureItem = (prebookId: string | number): INodeParameters => ({
	...samples.prebookFutureItemAdd.parameters,
	prebookId,
});

describe('a whole call that Komet rejects (status 0, no per-line results)', () => {
	const items = [{ prebook: 85063 }, { prebook: 1 }, { prebook: 85063 }];
	const parameters = futureItem('={{ $json.prebook }}');

	test('stops the run with a NodeApiError carrying Komet message and item index', async () => {
		const result = await runKometNode({ parameters, items, baseUrl: simulator.url });
		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({
			name: 'NodeApiError',
			message: 'The Prebook does not exist.',
			httpCode: '200',
			context: { itemIndex: 1 },
		});
		expect(simulator.requests).toHaveLength(2);
	});

	test('with Continue On Fail: every input item accounted for, the failed one as a paired error item', async () => {
		const result = await runKometNode({ parameters, items, baseUrl: simulator.url, onError: 'continueRegularOutput' });
		expect(result.status).toBe('success');
		expect(result.main).toHaveLength(3);
		expect(result.main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.main[0].json).toMatchObject({ status: 1, message: 'success', prebookId: 85063, inventoryId: 9999999 });
		expect(result.main[1].json).toMatchObject({ error: 'The Prebook does not exist.' });
		expect(simulator.requests).toHaveLength(3);
	});

	test("with n8n's error output the failed item goes there, paired", async () => {
		const result = await runKometNode({ parameters, items, baseUrl: simulator.url, onError: 'continueErrorOutput' });
		expect(result.main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(result.errorOutput.map((item) => [item.pairedItem, item.json.error])).toEqual([
			[{ item: 1 }, 'The Prebook does not exist.'],
		]);
	});
});

describe('a whole-call refusal about one field points at that field', () => {
	// Armellini (ARM) is an Outbound carrier: Komet refuses it for a purchase order.
	const parameters = { ...samples.purchaseOrderMixedCreate.parameters, carrier: { __rl: true, mode: 'code', value: 'ARM' } };
	const field =
		'Carrier (carrier): Komet takes only carriers of type Inbound. Pick a carrier of type Inbound (the list offers every carrier, as carrier.list does not say which are), or leave Carrier empty.';

	test("Komet's message stays the error's; its description names the field as the panel labels it", async () => {
		const result = await runKometNode({ parameters, baseUrl: simulator.url });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'The carrier must be type Inbound.', context: { itemIndex: 0 } });
		expect(result.error?.description?.startsWith(`${field}\n\n`)).toBe(true);
		expect(simulator.requests).toHaveLength(1);
	});

	test("on the error output too, and a refusal no field is mapped to is left as Komet's alone", async () => {
		const result = await runKometNode({ parameters, baseUrl: simulator.url, onError: 'continueErrorOutput' });
		expect(result.errorOutput[0].json).toMatchObject({ error: 'The carrier must be type Inbound.' });
		expect((result.errorOutput[0].json.details as { description: string }).description).toContain(field);

		const other = await runKometNode({
			parameters: { ...samples.purchaseOrderMixedCreate.parameters, vendor: { __rl: true, mode: 'code', value: 'NOPE' } },
			baseUrl: simulator.url,
		});
		expect(other.error).toMatchObject({ name: 'NodeApiError', message: 'Vendor does not exist.' });
		expect(other.error?.description).not.toContain('(carrier)');
	});
});

describe('per-line failures inside a successful call', () => {
	test('a PO breakdown for a missing prebook line is an output item with status 0, not an error', async () => {
		const wire = samples.purchaseOrderMixedCreate.wire;
		const result = await runKometNode({
			parameters: {
				...samples.purchaseOrderMixedCreate.parameters,
				purchaseOrderItemsInput: 'json',
				purchaseOrderItemsJson: JSON.stringify([
					{
						...(wire.purchaseOrderItems as object[])[0],
						breakdowns: [
							{ prebookItemId: 928355, bunches: 10, stemsBunch: 15 },
							{ prebookItemId: 928342384, bunches: 10, stemsBunch: 15 },
						],
					},
				]),
			},
			baseUrl: simulator.url,
		});
		expect(result.status).toBe('success');
		expect(result.main.map((item) => item.json)).toEqual([
			expect.objectContaining({ prebookItemId: 928355, status: 1, purchaseOrderNumber: 'P02323' }),
			{ prebookItemId: 928342384, status: 0, message: 'The Prebook Item does not exist.' },
		]);
	});

	test('prebook lines: each result is paired and tied to its identifier and customer', async () => {
		const lines = [
			{ ...samples.prebookLine, identifier: 'ok-1' },
			{ ...samples.prebookLine, identifier: 'bad-box', boxTypeCode: 'ZZ' },
		];
		const result = await runKometNode({
			parameters: { ...samples.multiplePrebooksCreate.parameters, prebookItemsInput: 'json', prebookItemsJson: JSON.stringify(lines) },
			baseUrl: simulator.url,
		});
		expect(result.main.map((item) => [item.json.identifier, item.json.status, item.json.customerCode, item.pairedItem])).toEqual([
			['ok-1', 1, 'ANG', { item: 0 }],
			['bad-box', 0, 'ANG', { item: 0 }],
		]);
		expect(result.main[1].json.message).toBe('The box type ZZ does not exist.');
		expect(result.main[0].json).toMatchObject({ prebookId: expect.any(Number), purchaseOrderNumber: expect.any(String) });
	});

	test('lines without an identifier are numbered uniquely, and the answers map back', async () => {
		const { identifier: _omit, ...withoutIdentifier } = samples.prebookLine;
		const result = await runKometNode({
			parameters: {
				...samples.multiplePrebooksCreate.parameters,
				prebookItemsInput: 'json',
				prebookItemsJson: JSON.stringify([withoutIdentifier, { ...withoutIdentifier, identifier: '1-2' }, withoutIdentifier]),
			},
			baseUrl: simulator.url,
		});
		const sent = (simulator.requests[0].body?.prebookItems as Array<{ identifier: string }>).map((line) => line.identifier);
		expect(new Set(sent).size).toBe(3);
		expect(sent[1]).toBe('1-2');
		expect(result.main.map((item) => item.json.identifier)).toEqual(sent);
	});
});

describe('HTTP-level failures', () => {
	const boxes: INodeParameters = {
		resource: 'box',
		operation: 'updateExternalCodes',
		boxes: { box: [{ boxCode: 'KS001001', externalCode: 'PT1' }] },
	};

	test('a 502 with an HTML body gives the status and readable text', async () => {
		simulator.fail({ httpStatus: 502, raw: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
		const result = await runKometNode({ parameters: { ...boxes, options: { retries: 0 } }, baseUrl: simulator.url });
		expect(result.error).toMatchObject({
			name: 'NodeApiError',
			httpCode: '502',
			message: 'Komet Sales answered HTTP 502: 502 Bad Gateway',
		});
	});

	test('a 200 that is not JSON is an error, not an empty success', async () => {
		simulator.fail({ raw: 'maintenance' });
		const result = await runKometNode({ parameters: boxes, baseUrl: simulator.url });
		expect(result.error?.message).toBe('Komet Sales answered box.externalcode.update with something that is not JSON: maintenance');
	});

	test('the v2 method keeps Komet message on an HTTP error status', async () => {
		const result = await runKometNode({
			parameters: { ...samples.standingOrderUpdate.parameters, standingOrderId: 999 },
			baseUrl: simulator.url,
		});
		expect(result.error).toMatchObject({ name: 'NodeApiError', httpCode: '404', message: 'Standing Order does not exist.' });
	});

	test('a token Komet does not know', async () => {
		const result = await runKometNode({ parameters: boxes, baseUrl: simulator.url, token: 'not-a-real-token' });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Invalid authentication token.' });
		expect(JSON.stringify(result.run)).not.toContain('not-a-real-token');
	});

	test('a token of a kind the method does not accept', async () => {
		const result = await runKometNode({ parameters: boxes, baseUrl: simulator.url, token: 'sim-vendor-token' });
		expect(result.error?.message).toBe('The token is not authorized to use this method.');
	});

	test('no answer within the Timeout option', async () => {
		simulator.fail({ hang: true });
		const result = await runKometNode({ parameters: { ...boxes, options: { timeout: 1000, retries: 0 } }, baseUrl: simulator.url });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Komet Sales did not answer in time' });
	});

	test('Komet unreachable', async () => {
		const result = await runKometNode({ parameters: boxes, baseUrl: 'http://127.0.0.1:9/api' });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Could not reach Komet Sales' });
		expect(result.error?.description).toContain('ECONNREFUSED');
	});

	test('a plain-http base URL outside loopback is refused before sending', async () => {
		const result = await runKometNode({ parameters: boxes, baseUrl: 'http://komet.example.com/api' });
		expect(result.error?.message).toContain('The base URL must use https');
		expect(simulator.requests).toHaveLength(0);
	});

	test('a request over 64 KB that the method cannot split is refused before sending', async () => {
		const item = (samples.purchaseOrderMixedCreate.wire.purchaseOrderItems as object[])[0];
		const result = await runKometNode({
			parameters: {
				...samples.purchaseOrderMixedCreate.parameters,
				purchaseOrderItemsInput: 'json',
				purchaseOrderItemsJson: JSON.stringify(Array.from({ length: 1000 }, () => item)),
			},
			baseUrl: simulator.url,
		});
		expect(result.error?.message).toMatch(/is \d+ bytes, over Komet's 64 KB limit/);
		expect(simulator.requests).toHaveLength(0);
	});
});

test('the token appears nowhere in the stored run, whatever failed', async () => {
	simulator.fail({ httpStatus: 500, body: { status: 0, message: `Internal error for token ${TEST_TOKEN}` } });
	const result = await runKometNode({
		parameters: futureItem('={{ $json.prebook }}'),
		items: [{ prebook: 85063 }, { prebook: 1 }],
		baseUrl: simulator.url,
		onError: 'continueRegularOutput',
	});
	expect(result.main[0].json.error).toBe('Internal error for token ***');
	expect(JSON.stringify(result.run)).not.toContain(TEST_TOKEN);
});
