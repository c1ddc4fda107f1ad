/**
 * Every operation, driven by its Komet reference page's sample: entered as node
 * parameters (and, for arrays, given as JSON from upstream data), the request that
 * reaches the simulator is the documented one: method, path, token placement,
 * field names and types.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import * as samples from '../fixtures/samples';
import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

interface Case {
	sample: { wire: IDataObject; parameters: INodeParameters };
	path: string;
	httpMethod: string;
	token: 'body' | 'header';
	/** The array parameter that has a JSON mode. */
	array?: string;
}

const cases: Record<string, Case> = {
	'Box → Update External Codes': {
		sample: {
			wire: { boxes: [{ boxCode: 'KS001001', externalCode: 'PT991001' }] },
			parameters: {
				resource: 'box',
				operation: 'updateExternalCodes',
				boxes: { box: [{ boxCode: 'KS001001', externalCode: 'PT991001' }] },
			},
		},
		path: 'box.externalcode.update',
		httpMethod: 'POST',
		token: 'body',
		array: 'boxes',
	},
	'Prebook → Create Multiple': {
		sample: samples.multiplePrebooksCreate,
		path: 'multiple.prebooks.create',
		httpMethod: 'POST',
		token: 'body',
		array: 'prebookItems',
	},
	'Prebook → Add Future Inventory Item': {
		sample: samples.prebookFutureItemAdd,
		path: 'prebook.future.item.add',
		httpMethod: 'POST',
		token: 'body',
	},
	'Purchase Order → Create Mixed': {
		sample: samples.purchaseOrderMixedCreate,
		path: 'purchase.order.mixed.create',
		httpMethod: 'POST',
		token: 'body',
		array: 'purchaseOrderItems',
	},
	'Standing Order → Update': {
		sample: samples.standingOrderUpdate,
		path: 'v2/standing-order',
		httpMethod: 'PUT',
		token: 'header',
		array: 'items',
	},
};

describe.each(Object.entries(cases))('%s', (_name, { sample, path, httpMethod, token, array }) => {
	const expectDocumentedRequest = () => {
		expect(simulator.requests).toHaveLength(1);
		const [request] = simulator.requests;
		expect(request.httpMethod).toBe(httpMethod);
		expect(request.path).toBe(path);
		expect(request.query).toEqual({});
		expect(request.contentType).toMatch(/^application\/json/);
		if (token === 'body') {
			expect(request.headerToken).toBeUndefined();
			expect(request.body).toEqual({ authenticationToken: TEST_TOKEN, ...sample.wire });
		} else {
			expect(request.headerToken).toBe(TEST_TOKEN);
			expect(request.body).toEqual(sample.wire);
		}
	};

	test('the sample entered as fields arrives as the documented request and succeeds', async () => {
		const result = await runKometNode({ parameters: sample.parameters, baseUrl: simulator.url });
		expect(result.error).toBeUndefined();
		expectDocumentedRequest();
		// Each sample has one line (one box, prebook line, PO breakdown or standing-order item):
		// one output item, answering it.
		expect(result.main).toHaveLength(1);
		for (const item of result.main) {
			expect(item.json.status).toBe(1);
			expect(item.pairedItem).toEqual({ item: 0 });
		}
	});

	if (array) {
		test(`the ${array} array given as an expression over upstream data arrives the same`, async () => {
			const result = await runKometNode({
				parameters: { ...sample.parameters, [`${array}Input`]: 'json', [`${array}Json`]: `={{ $json.upstream }}` },
				items: [{ upstream: sample.wire[array] }],
				baseUrl: simulator.url,
			});
			expect(result.error).toBeUndefined();
			expectDocumentedRequest();
		});

		test(`the ${array} array given as JSON text with numbers as strings arrives with numbers`, async () => {
			const looseJson = JSON.stringify(sample.wire[array], (_key, value) =>
				typeof value === 'number' ? String(value) : value,
			);
			const result = await runKometNode({
				parameters: { ...sample.parameters, [`${array}Input`]: 'json', [`${array}Json`]: looseJson },
				baseUrl: simulator.url,
			});
			expect(result.error).toBeUndefined();
			expectDocumentedRequest();
		});
	}
});
