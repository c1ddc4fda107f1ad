import { KometSalesApi } from '../credentials/KometSalesApi.credentials';
import { checkBaseUrl } from '../nodes/KometSales/transport/credentials';
import { testCredential } from './harness/credentialTest';
import { startSimulator, type Simulator } from './simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

describe('credential test (boxtype.list, token as query parameter)', () => {
	test('a valid token passes with one GET', async () => {
		await expect(testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: simulator.url })).resolves.toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(simulator.requests).toEqual([
			expect.objectContaining({ httpMethod: 'GET', path: 'boxtype.list', query: { authenticationToken: 'sim-company-token' } }),
		]);
	});

	test('a base URL with a trailing slash works too', async () => {
		const result = await testCredential(new KometSalesApi(), { token: 'sim-vendor-token', baseUrl: `${simulator.url}/` });
		expect(result.status).toBe('OK');
	});

	test('a token Komet rejects (status "0") fails the test', async () => {
		const result = await testCredential(new KometSalesApi(), { token: 'wrong', baseUrl: simulator.url });
		expect(result).toEqual({ status: 'Error', message: expect.stringContaining('Komet Sales rejected the token') });
	});

	test('a Customer token fails it (boxtype.list takes Company and Vendor tokens), and the message says why', async () => {
		const result = await testCredential(new KometSalesApi(), { token: 'sim-customer-token', baseUrl: simulator.url });
		expect(result).toEqual({ status: 'Error', message: expect.stringContaining('or it is a Customer token, which Komet does not let list box types') });
	});

	test('a rejection with status as the integer 0 fails it too', async () => {
		simulator.fail({ body: { status: 0, message: 'Invalid authentication token.' } });
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: simulator.url });
		expect(result.status).toBe('Error');
	});

	test('a plain-http base URL off loopback fails the test before the token is sent anywhere', async () => {
		// 0.0.0.0 reaches this machine's simulator: had the request gone out, the simulator would have it.
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: `http://0.0.0.0:${simulator.port}/api` });
		expect(result).toEqual({ status: 'Error', message: expect.stringContaining('must use https') });
		expect(result.message).toContain('Nothing was sent');
		expect(simulator.requests).toEqual([]);
	});

	test('a redirect is not followed: the token never reaches the other host', async () => {
		const elsewhere = await startSimulator();
		try {
			simulator.fail({ redirect: { status: 307, location: `${elsewhere.url}/boxtype.list` } });
			const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: simulator.url });
			expect(result.status).toBe('Error');
			expect(elsewhere.requests).toEqual([]);
		} finally {
			await elsewhere.close();
		}
	});

	test('a wrong base URL fails with the HTTP status', async () => {
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: `${simulator.url}/nope` });
		expect(result.status).toBe('Error');
	});
});

describe('base URL rule', () => {
	test.each([
		['https://api.kometsales.com/api', 'https://api.kometsales.com/api'],
		['https://proxy.example.com/komet/api/', 'https://proxy.example.com/komet/api'],
		['http://127.0.0.1:8080/api', 'http://127.0.0.1:8080/api'],
		['http://localhost:3000/api', 'http://localhost:3000/api'],
		['http://[::1]:3000/api', 'http://[::1]:3000/api'],
		['', 'https://api.kometsales.com/api'],
	])('%s is accepted', (input, url) => expect(checkBaseUrl(input)).toEqual({ url }));

	test.each(['http://api.kometsales.com/api', 'http://10.0.0.5/api', 'ftp://x/api', 'api.kometsales.com', 'http://localhost.evil.com/api'])(
		'%s is refused',
		(input) => expect(checkBaseUrl(input)).toHaveProperty('problem'),
	);
});
