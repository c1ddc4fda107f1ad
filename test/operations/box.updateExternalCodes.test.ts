import { startSimulator, type Simulator } from '../simulator/server';
import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const SAMPLE_BOXES = [
	{ boxCode: 'KS001001', externalCode: 'PT991001' },
	{ boxCode: 'KS001002', externalCode: 'PT991002' },
	{ boxCode: 'KS009999', externalCode: 'PT991003' },
];

const fields = (boxes = SAMPLE_BOXES) => ({
	resource: 'box',
	operation: 'updateExternalCodes',
	boxesInput: 'fields',
	boxes: { box: boxes },
});

describe('Box → Update External Codes', () => {
	test("the reference page's sample, entered as fields, arrives as the documented body", async () => {
		const result = await runKometNode({ parameters: fields(), baseUrl: simulator.url });

		expect(result.status).toBe('success');
		expect(simulator.requests).toHaveLength(1);
		const [request] = simulator.requests;
		expect(request.httpMethod).toBe('POST');
		expect(request.path).toBe('box.externalcode.update');
		expect(request.contentType).toMatch(/^application\/json/);
		expect(request.headerToken).toBeUndefined();
		expect(request.query).toEqual({});
		expect(request.body).toEqual({ authenticationToken: TEST_TOKEN, boxes: SAMPLE_BOXES });
	});

	test('each box leaves as its own output item, paired, with partial failure as status 0', async () => {
		const result = await runKometNode({ parameters: fields(), baseUrl: simulator.url });

		expect(result.main.map((item) => item.json)).toEqual([
			{ boxCode: 'KS001001', externalCode: 'PT991001', status: 1, message: 'success' },
			{ boxCode: 'KS001002', externalCode: 'PT991002', status: 1, message: 'success' },
			{ boxCode: 'KS009999', externalCode: 'PT991003', status: 0, message: 'Box code does not exist' },
		]);
		expect(result.main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
		expect(simulator.state.boxes.get('KS001001')).toBe('PT991001');
		// The run is green: the hint on the output pane says that Komet refused a line.
		expect(result.hints).toEqual(['Komet rejected 1 of 3 lines: see the items with status 0 and their message.']);
	});

	test('with On Error → Continue (using error output), a rejected line takes the error branch with Komet\'s message, paired', async () => {
		const result = await runKometNode({ parameters: fields(), baseUrl: simulator.url, onError: 'continueErrorOutput' });

		expect(result.status).toBe('success');
		expect(result.main.map((item) => item.json.boxCode)).toEqual(['KS001001', 'KS001002']);
		expect(result.errorOutput.map((item) => item.json)).toEqual([
			{
				error: 'Box code does not exist',
				details: { boxCode: 'KS009999', externalCode: 'PT991003', status: 0, message: 'Box code does not exist' },
			},
		]);
		expect(result.errorOutput.map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
		// The error branch shows it: no hint on top.
		expect(result.hints).toEqual([]);
	});

	test('with On Error → Continue (regular output), a rejected line stays a status 0 item', async () => {
		const result = await runKometNode({ parameters: fields(), baseUrl: simulator.url, onError: 'continueRegularOutput' });
		expect(result.main.map((item) => item.json.status)).toEqual([1, 1, 0]);
		expect(result.errorOutput).toEqual([]);
	});

	test('a run whose every line Komet accepted carries no hint', async () => {
		const result = await runKometNode({ parameters: fields(SAMPLE_BOXES.slice(0, 2)), baseUrl: simulator.url });
		expect(result.main.map((item) => item.json.status)).toEqual([1, 1]);
		expect(result.hints).toEqual([]);
	});

	test('JSON mode: the array from an upstream item via expression', async () => {
		const result = await runKometNode({
			parameters: {
				resource: 'box',
				operation: 'updateExternalCodes',
				boxesInput: 'json',
				boxesJson: '={{ $json.boxes }}',
			},
			items: [{ boxes: SAMPLE_BOXES.slice(0, 1) }, { boxes: SAMPLE_BOXES.slice(1) }],
			baseUrl: simulator.url,
		});

		expect(result.status).toBe('success');
		// Both items' boxes travel in one call (Batch Requests is on by default).
		expect(simulator.requests.map((request) => request.body)).toEqual([
			{ authenticationToken: TEST_TOKEN, boxes: SAMPLE_BOXES },
		]);
		expect(result.main.map((item) => [item.json.boxCode, item.pairedItem])).toEqual([
			['KS001001', { item: 0 }],
			['KS001002', { item: 1 }],
			['KS009999', { item: 1 }],
		]);
	});

	test('with Batch Requests off, one call per input item', async () => {
		const result = await runKometNode({
			parameters: {
				resource: 'box',
				operation: 'updateExternalCodes',
				boxesInput: 'json',
				boxesJson: '={{ $json.boxes }}',
				options: { batching: false },
			},
			items: [{ boxes: SAMPLE_BOXES.slice(0, 1) }, { boxes: SAMPLE_BOXES.slice(1) }],
			baseUrl: simulator.url,
		});
		expect(simulator.requests.map((request) => request.body)).toEqual([
			{ authenticationToken: TEST_TOKEN, boxes: SAMPLE_BOXES.slice(0, 1) },
			{ authenticationToken: TEST_TOKEN, boxes: SAMPLE_BOXES.slice(1) },
		]);
		expect(result.main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 1 }]);
	});
});
