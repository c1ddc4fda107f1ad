import type { ICredentialType } from 'n8n-workflow';

import { KometSalesApi } from '../credentials/KometSalesApi.credentials';
import { KometSales } from '../nodes/KometSales/KometSales.node';
import { KometSalesTrigger } from '../nodes/KometSales/KometSalesTrigger.node';
import { CREDENTIAL_TEST_TIMEOUT_MS, REFUSAL_HINT } from '../nodes/KometSales/methods/credentialTest';
import { checkBaseUrl } from '../nodes/KometSales/transport/credentials';
import { secretSpellings } from '../nodes/KometSales/transport/errors';
import { testCredential } from './harness/credentialTest';
import { startSimulator, type Fault, type Simulator } from './simulator/server';

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

	test('a token Komet rejects (status "0") fails the test, quoting Komet\'s answer first, then the hint', async () => {
		const result = await testCredential(new KometSalesApi(), { token: 'wrong', baseUrl: simulator.url });
		expect(result).toEqual({ status: 'Error', message: `Komet Sales answered: "Invalid authentication token." ${REFUSAL_HINT}` });
	});

	test('a Customer token fails it (boxtype.list takes Company and Vendor tokens), and the message says why', async () => {
		const result = await testCredential(new KometSalesApi(), { token: 'sim-customer-token', baseUrl: simulator.url });
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/^Komet Sales answered: "The token is not authorized to use this method\." /) });
		expect(result.message).toContain('A Customer token cannot list box types');
		expect(result.message).toContain('boxtype.list: it must be ticked for the token');
	});

	test('a rejection with status as the integer 0 fails it too, quoting whatever Komet said verbatim', async () => {
		simulator.fail({ body: { status: 0, message: 'Token "Éxport" disabled by the administrator (2026-11-30).' } });
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: simulator.url });
		expect(result).toEqual({ status: 'Error', message: `Komet Sales answered: "Token "Éxport" disabled by the administrator (2026-11-30)." ${REFUSAL_HINT}` });
	});

	test.each([['an empty message', ''], ['no message', undefined]])('a rejection with %s says so, then the hint', async (_, message) => {
		simulator.fail({ body: { status: '0', message } });
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: simulator.url });
		expect(result).toEqual({ status: 'Error', message: `Komet Sales refused the token without saying why (its message is empty). ${REFUSAL_HINT}` });
	});

	test.each<Fault['echoToken']>(['plain', 'key', 'percent', 'html', 'json-in-text'])(
		'the token never appears in the message, even when Komet echoes it (%s)',
		async (spelling) => {
			const token = 'sim-company-token';
			simulator.fail({ echoToken: spelling });
			const result = await testCredential(new KometSalesApi(), { token, baseUrl: simulator.url });
			expect(result.status).toBe('Error');
			for (const echoed of secretSpellings(token)) expect(result.message).not.toContain(echoed);
			if (spelling === 'plain') expect(result.message).toMatch(/^Komet Sales answered: "Token \*\*\* is not valid\." /);
		},
	);

	test('an HTTP error names the status first, then what Komet said', async () => {
		simulator.quota = { remaining: 0, answer: 'http429' };
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: simulator.url });
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/^Komet Sales answered HTTP 429 Too Many Requests: "Too many requests\."\. Komet is limiting requests/) });
	});

	test('an answer that is not JSON names the HTTP status', async () => {
		simulator.fail({ raw: '<html><body>Maintenance</body></html>' });
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: simulator.url });
		expect(result).toEqual({ status: 'Error', message: expect.stringContaining('something that is not JSON: Maintenance (HTTP 200 OK)') });
	});

	test('a JSON answer without a status (not Komet at that address) names the HTTP status and quotes it', async () => {
		simulator.fail({ body: { message: 'Welcome to the proxy' } });
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: simulator.url });
		expect(result).toEqual({ status: 'Error', message: 'Komet Sales answered HTTP 200 OK without a status: "Welcome to the proxy". Check the base URL.' });
	});

	test('an answer larger than the node accepts is abandoned at the same cap', async () => {
		simulator.fail({ hugeAnswerBytes: 20 * 1024 * 1024 });
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: simulator.url });
		expect(result).toEqual({ status: 'Error', message: 'Komet Sales sent an answer larger than 16 MB: check the base URL.' });
	});

	test('no answer, or an answer still coming after 30 s: the test ends at its deadline and says so', async () => {
		// Both at once (30 s each): one address never answers, the other answers a character a second.
		const trickling = await startSimulator();
		try {
			simulator.fail({ hang: true });
			trickling.fail({ trickle: { intervalMs: 1000, characters: 60 } });
			const started = Date.now();
			const results = await Promise.all(
				[simulator, trickling].map(async ({ url }) => await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: url })),
			);
			expect(results).toEqual([
				{ status: 'Error', message: `Komet Sales did not answer within ${CREDENTIAL_TEST_TIMEOUT_MS / 1000} s.` },
				{ status: 'Error', message: `Komet Sales did not answer within ${CREDENTIAL_TEST_TIMEOUT_MS / 1000} s.` },
			]);
			expect(Date.now() - started).toBeLessThan(CREDENTIAL_TEST_TIMEOUT_MS + 10_000);
		} finally {
			await trickling.close();
		}
	}, 60_000);

	test('nothing listening at the base URL: the network error, nothing more', async () => {
		const closed = await startSimulator();
		await closed.close();
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: closed.url });
		expect(result).toEqual({ status: 'Error', message: 'Komet Sales could not be reached: ECONNREFUSED. Check the base URL.' });
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
			expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/^Komet Sales answered HTTP 307 Temporary Redirect, a redirect, which the test does not follow/) });
			expect(simulator.requests).toHaveLength(1);
			expect(elsewhere.requests).toEqual([]);
		} finally {
			await elsewhere.close();
		}
	});

	test('a wrong base URL fails with the HTTP status', async () => {
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: `${simulator.url}/nope` });
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/^Komet Sales answered HTTP 404 Not Found: .*Check the base URL/) });
	});
});

describe('where n8n finds the test', () => {
	test('the credential has no declarative test: n8n would run it instead of the nodes\' function', () => {
		expect((new KometSalesApi() as ICredentialType).test).toBeUndefined();
	});

	test.each([
		['the trigger alone', () => [new KometSalesTrigger()]],
		['Komet Sales alone', () => [new KometSales()]],
	])('%s offers it (n8n looks through whichever nodes are installed)', async (_, nodes) => {
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: simulator.url }, nodes());
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	test('every version of Komet Sales and the trigger name it by testedBy and carry it', () => {
		const node = new KometSales();
		const types = [...Object.values(node.nodeVersions), new KometSalesTrigger()];
		for (const type of types) {
			expect(type.description.credentials).toEqual([{ name: 'kometSalesApi', required: true, testedBy: 'kometSalesApiTest' }]);
			expect(typeof type.methods?.credentialTest?.kometSalesApiTest).toBe('function');
		}
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
