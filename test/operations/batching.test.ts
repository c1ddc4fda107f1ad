/**
 * Request economy: lines of many input items share calls, split only at Komet's
 * 64 KB limit, and every result returns to the input item its line came from.
 * These assert request counts and pairing, which do not depend on the machine.
 */
import type { IDataObject } from 'n8n-workflow';

import * as samples from '../fixtures/samples';
import { runKometNode } from '../harness/runWorkflow';
import { MAX_BODY_BYTES, startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const boxParameters = {
	resource: 'box',
	operation: 'updateExternalCodes',
	boxes: { box: [{ boxCode: '={{ $json.boxCode }}', externalCode: '={{ $json.externalCode }}' }] },
};

const boxItems = (count: number) =>
	Array.from({ length: count }, (_, index) => ({
		boxCode: index < 20 ? `KS0010${String(index + 1).padStart(2, '0')}` : `BX${String(index).padStart(8, '0')}`,
		externalCode: `EXT${String(index).padStart(10, '0')}`,
	}));

describe('Update External Codes', () => {
	test('3,000 input items go out in the fewest calls under 64 KB, each result paired to its item', async () => {
		const items = boxItems(3000);
		const result = await runKometNode({ parameters: boxParameters, items, baseUrl: simulator.url });

		expect(result.status).toBe('success');
		const requests = simulator.requestsTo('box.externalcode.update');
		const totalBytes = requests.reduce((sum, request) => sum + request.bytes, 0);
		expect(requests.length).toBeLessThanOrEqual(Math.ceil(totalBytes / MAX_BODY_BYTES) + 1);
		expect(requests.length).toBeGreaterThan(1);
		for (const request of requests) expect(request.bytes).toBeLessThanOrEqual(MAX_BODY_BYTES);
		expect(requests.flatMap((request) => request.body?.boxes)).toEqual(items);

		expect(result.main).toHaveLength(3000);
		result.main.forEach((output, index) => {
			expect(output.pairedItem).toEqual({ item: index });
			expect(output.json).toMatchObject({ boxCode: items[index].boxCode, externalCode: items[index].externalCode });
		});
		expect(result.main.filter((output) => output.json.status === 1)).toHaveLength(20);
	});

	test('one input item with more boxes than 64 KB holds is split, never refused', async () => {
		const boxes = boxItems(2500);
		const result = await runKometNode({
			parameters: { resource: 'box', operation: 'updateExternalCodes', boxesInput: 'json', boxesJson: JSON.stringify(boxes) },
			baseUrl: simulator.url,
		});
		expect(result.status).toBe('success');
		expect(simulator.requests.length).toBeGreaterThan(1);
		expect(result.main).toHaveLength(2500);
		expect(result.main.every((output) => JSON.stringify(output.pairedItem) === '{"item":0}')).toBe(true);
	});

	test('a failed call reports on every item it carried; the accepted calls are not resent', async () => {
		// The second call keeps failing through its retries (an update may be retried; see reliability tests).
		simulator.fail({ path: 'box.externalcode.update', nth: 2, times: 3, httpStatus: 503, body: { status: 0, message: 'Service busy' } });
		const items = boxItems(3000);
		const result = await runKometNode({ parameters: boxParameters, items, baseUrl: simulator.url, onError: 'continueRegularOutput' });

		const requests = simulator.requestsTo('box.externalcode.update');
		const failedCodes = new Set((requests[1].body?.boxes as IDataObject[]).map((box) => box.boxCode));
		expect(result.main).toHaveLength(3000);
		result.main.forEach((output, index) => {
			expect(output.pairedItem).toEqual({ item: index });
			if (failedCodes.has(items[index].boxCode)) expect(output.json.error).toBe('Service busy');
			else expect(output.json.boxCode).toBe(items[index].boxCode);
		});
		expect(new Set(requests.flatMap((request) => (request.body?.boxes as IDataObject[]).map((box) => box.boxCode))).size).toBe(3000);
		// Only the failed call was sent again (twice); the accepted ones were not.
		expect(requests[2].body).toEqual(requests[1].body);
		expect(requests[3].body).toEqual(requests[1].body);
		expect(requests.flatMap((request) => request.body?.boxes)).toHaveLength(3000 + 2 * failedCodes.size);
	});

	test('without Continue On Fail the run stops at the failed call and says what was accepted', async () => {
		simulator.fail({ path: 'box.externalcode.update', nth: 2, httpStatus: 500, body: { status: 0, message: 'Boom' } });
		const result = await runKometNode({
			parameters: { ...boxParameters, options: { retries: 0 } },
			items: boxItems(3000),
			baseUrl: simulator.url,
		});
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Boom', httpCode: '500' });
		// The boxes the first call updated are listed as done, so nobody resends them blindly;
		// the ones Komet refused there (unknown BX… codes, status 0) are not.
		expect(result.error?.description).toContain('Already done in Komet by this run');
		expect(result.error?.description).toContain('- item 1: boxCode KS001001, externalCode EXT0000000000');
		expect(result.error?.description).toContain('- item 20: boxCode KS001020');
		expect(result.error?.description).not.toContain('BX');
		expect(simulator.requests).toHaveLength(2);
	});
});

describe('Create Multiple Prebooks', () => {
	const customers = ['ANG', 'BLOOM', 'Fresh', 'OLD', 'NEW'];
	const rows = Array.from({ length: 200 }, (_, index) => ({
		customer: customers[index % customers.length],
		product: `P${index}`,
	}));
	const parameters = {
		...samples.multiplePrebooksCreate.parameters,
		customerCode: '={{ $json.customer }}',
		customerName: '={{ $json.customer }} Flowers',
		prebookItems: {
			line: [{ ...(samples.multiplePrebooksCreate.parameters.prebookItems as { line: IDataObject[] }).line[0], identifier: '', productCode: '={{ $json.product }}' }],
		},
	};

	test('rows of 5 customers become one call per customer; results return to their rows', async () => {
		const result = await runKometNode({ parameters, items: rows, baseUrl: simulator.url });

		expect(result.status).toBe('success');
		const requests = simulator.requestsTo('multiple.prebooks.create');
		expect(requests.map((request) => request.body?.customerCode).sort()).toEqual([...customers].sort());
		for (const request of requests) {
			const identifiers = (request.body?.prebookItems as IDataObject[]).map((line) => line.identifier);
			expect(new Set(identifiers).size).toBe(identifiers.length);
		}
		expect(result.main).toHaveLength(200);
		result.main.forEach((output, index) => {
			expect(output.pairedItem).toEqual({ item: index });
			expect(output.json).toMatchObject({ status: 1, customerCode: rows[index].customer, identifier: `${index + 1}-1` });
		});
	});

	test('the same identifier given on two rows of one customer never shares a call', async () => {
		const result = await runKometNode({
			parameters: { ...parameters, prebookItems: { line: [{ ...parameters.prebookItems.line[0], identifier: 'SAME' }] } },
			items: [{ customer: 'ANG', product: 'A' }, { customer: 'ANG', product: 'B' }, { customer: 'BLOOM', product: 'C' }],
			baseUrl: simulator.url,
		});
		expect(simulator.requests).toHaveLength(3);
		expect(result.main.map((output) => [output.pairedItem, output.json.identifier, output.json.status])).toEqual([
			[{ item: 0 }, 'SAME', 1],
			[{ item: 1 }, 'SAME', 1],
			[{ item: 2 }, 'SAME', 1],
		]);
	});

	test('one customer with more lines than 64 KB holds is split into calls under the limit', async () => {
		const longNotes = 'n'.repeat(200);
		const lines = Array.from({ length: 400 }, (_, index) => ({ ...samples.prebookLine, identifier: `L${index}`, notes: longNotes }));
		const result = await runKometNode({
			parameters: { ...samples.multiplePrebooksCreate.parameters, prebookItemsInput: 'json', prebookItemsJson: JSON.stringify(lines) },
			baseUrl: simulator.url,
		});
		expect(result.status).toBe('success');
		const requests = simulator.requests;
		expect(requests.length).toBeGreaterThan(1);
		for (const request of requests) expect(request.bytes).toBeLessThanOrEqual(MAX_BODY_BYTES);
		expect(result.main.map((output) => output.json.identifier)).toEqual(lines.map((line) => line.identifier));
	});
});
