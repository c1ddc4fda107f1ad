/**
 * Invoice → Get PDF through the engine: the wire (POST invoice.pdf.get, token and id in the
 * body), the file decoded from Komet's signed bytes into binary data identical to the
 * original (SHA-256), and every damaged answer an error of its item, never a corrupt file.
 */
import { createHash } from 'node:crypto';

import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runKometNode, TEST_TOKEN } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';
import { invoicePdf, kometBytes } from '../simulator/methods/invoicePdf';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const parameters = { resource: 'invoice', operation: 'getPdf', invoiceId: '240989' };
const run = (extra: IDataObject = {}, options: { items?: IDataObject[]; onError?: 'continueRegularOutput' } = {}) =>
	runKometNode({ parameters: { ...parameters, ...extra }, baseUrl: simulator.url, typeVersion: 2, ...options });

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const fileOf = (item: INodeExecutionData, property = 'data') => Buffer.from(item.binary![property].data, 'base64');

describe('Invoice → Get PDF', () => {
	test('POST invoice.pdf.get with the id as a number; the PDF leaves as binary data, byte for byte', async () => {
		const result = await run();
		expect(result.status).toBe('success');
		expect(simulator.requests).toEqual([
			expect.objectContaining({ httpMethod: 'POST', path: 'invoice.pdf.get', query: {}, body: { authenticationToken: TEST_TOKEN, invoiceId: 240989 } }),
		]);
		const original = invoicePdf(10045);
		expect(original.some((byte) => byte >= 128)).toBe(true);
		const [item] = result.main;
		expect(item.json).toEqual({ invoiceId: 240989, fileName: 'Invoice #010045.pdf', status: 1, message: 'OK', fileSize: original.length });
		expect(item.binary?.data).toMatchObject({ mimeType: 'application/pdf', fileName: 'Invoice #010045.pdf', fileExtension: 'pdf' });
		expect(sha256(fileOf(item))).toBe(sha256(original));
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('the binary field is the one the user names; one item per invoice, each paired', async () => {
		const result = await run({ invoiceId: '={{ $json.id }}', binaryPropertyName: 'invoicePdf' }, { items: [{ id: 240989 }, { id: 240990 }] });
		expect(result.main.map((item) => [item.json.invoiceId, item.json.fileName, item.pairedItem])).toEqual([
			[240989, 'Invoice #010045.pdf', { item: 0 }],
			[240990, 'Invoice #010046.pdf', { item: 1 }],
		]);
		expect(sha256(fileOf(result.main[1], 'invoicePdf'))).toBe(sha256(invoicePdf(10046)));
	});

	test.each([
		['a value outside -128..127', (file: string) => file.replace(/^37/, '165'), 'value 1 is 165, outside -128..127'],
		['a value that is not a number', (file: string) => file.replace(/^37, 80/, '37, x80'), 'value 2 is "x80'],
		['an empty value', (file: string) => `${file},`, 'not a number'],
		['a file that is not a PDF', (file: string) => file.replace(/^37, 80, 68, 70/, '60, 104, 116, 109'), 'does not start with %PDF'],
		['no file at all', () => '', 'the answer has no file'],
	])('%s is an error of its item, never a file', async (_, damage, words) => {
		simulator.fail({ path: 'invoice.pdf.get', body: { status: '1', message: 'OK', suggestedFileName: 'x.pdf', file: damage(kometBytes(invoicePdf(10045))) } });
		const result = await run({}, { onError: 'continueRegularOutput', items: [{}, {}] });
		expect(result.main).toHaveLength(2);
		expect(result.main[0].binary).toBeUndefined();
		expect(String(result.main[0].json.error)).toContain('Komet Sales sent an invoice PDF that cannot be read');
		expect(String(result.main[0].json.error)).toContain(words);
		// The second item's answer was whole: one damaged answer spoils only its own item.
		expect(sha256(fileOf(result.main[1]))).toBe(sha256(invoicePdf(10045)));
	});

	test("an unknown invoice is Komet's refusal, with its message", async () => {
		const result = await run({ invoiceId: '1' });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'The invoice does not exist.' });
	});

	test('an answer over the size the node reads is refused, saying what that means for a PDF', async () => {
		simulator.fail({ path: 'invoice.pdf.get', hugeAnswerBytes: 17 * 1024 * 1024, times: 3 });
		const result = await run();
		expect(result.error).toMatchObject({ message: 'Komet Sales sent an answer larger than 16 MB' });
		expect(String(result.error?.description)).toContain('an invoice PDF over 4 MB');
	});

	test('a read: resent after a 503', async () => {
		simulator.fail({ path: 'invoice.pdf.get', httpStatus: 503, body: { status: 0, message: 'Busy' } });
		const result = await run();
		expect(result.status).toBe('success');
		expect(simulator.requests).toHaveLength(2);
	});
});
