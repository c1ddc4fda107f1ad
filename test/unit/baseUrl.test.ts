/**
 * The base URL goes to the host a person reading it sees, or it is refused: in the rule
 * itself, in the credential's test (authenticate) and in the node, before anything is sent.
 * `https://evil.test\@api.kometsales.com/api` reads as Komet and reaches evil.test.
 */
import { KometSalesApi } from '../../credentials/KometSalesApi.credentials';
import { checkBaseUrl } from '../../nodes/KometSales/transport/credentials';
import { testCredential } from '../harness/credentialTest';
import { runKometNode } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

/** What each URL parser actually connects to is what the node would: the WHATWG reading n8n's client uses. */
const reachedHost = (url: string) => new URL(url).hostname;

describe('base URLs that do not go where they seem to are refused', () => {
	test.each([
		// reads as api.kometsales.com (user info "evil.test\"), reaches evil.test
		['https://evil.test\\@api.kometsales.com/api', 'backslash'],
		['https://evil.test\\.api.kometsales.com/api', 'backslash'],
		['https://api.kometsales.com\\@evil.test/api', 'backslash'],
		// user info: reads as Komet to many readers, reaches evil.test
		['https://api.kometsales.com@evil.test/api', '"@"'],
		['https://api.kometsales.com:pw@evil.test/api', '"@"'],
		['https://user@api.kometsales.com/api', '"@"'],
		// characters a parser drops or rewrites
		['https://api.kometsales.com\t.evil.test/api', 'control characters'],
		['https://evil.test\n@api.kometsales.com/api', 'control characters'],
		['https://evil.test /api', 'spaces'],
		// a look-alike: Cyrillic "а" in "аpi"
		['https://\u0430pi.kometsales.com/api', 'plain ASCII'],
		// percent-escapes in the host, numbers that parse as another address
		['https://api%2ekometsales.com/api', 'not a valid'],
		['https://evil.test%2f@api.kometsales.com/api', '"@"'],
		['http://127.1:5690/api', 'would reach the host "127.0.0.1"'],
		['http://0x7f.0.0.1:5690/api', 'would reach the host "127.0.0.1"'],
		['http://2130706433:5690/api', 'would reach the host "127.0.0.1"'],
		// a query or fragment would swallow the method name
		['https://api.kometsales.com/api?x=', 'not a valid'],
		['https://api.kometsales.com/api#', 'not a valid'],
		['https:///api', 'not a valid'],
		['https://api.kometsales.com:99999/api', 'not a valid'],
	])('%j is refused (%s)', (input, why) => {
		const result = checkBaseUrl(input);
		expect(result).toEqual({ problem: expect.stringContaining(why) });
	});

	test('the reason it matters: the WHATWG parser reaches evil.test for the URL of the issue', () => {
		expect(reachedHost('https://evil.test\\@api.kometsales.com/api')).toBe('evil.test');
	});

	test.each([
		['https://api.kometsales.com/api', 'https://api.kometsales.com/api'],
		['https://API.KometSales.com/api/', 'https://API.KometSales.com/api'],
		['https://proxy.example.com:8443/komet/api', 'https://proxy.example.com:8443/komet/api'],
		['https://xn--kmet-5qa.example/api', 'https://xn--kmet-5qa.example/api'],
		['http://127.0.0.1:5690/api', 'http://127.0.0.1:5690/api'],
		['http://[::1]:5690/api', 'http://[::1]:5690/api'],
		['  https://api.kometsales.com/api  ', 'https://api.kometsales.com/api'],
	])('%j is accepted and reaches the host it names', (input, url) => {
		expect(checkBaseUrl(input)).toEqual({ url });
		expect(reachedHost(url)).toBe(new URL(url).hostname);
	});
});

describe('applied before anything is sent', () => {
	const disguised = () => `http://127.0.0.1:${simulator.port}\\@api.kometsales.com/api`;

	test("the credential's authenticate rule refuses it", async () => {
		await expect(
			new KometSalesApi().authenticate({ token: 'sim-company-token', baseUrl: 'https://evil.test\\@api.kometsales.com/api' }, { url: '/boxtype.list' }),
		).rejects.toThrow(/backslash.*Nothing was sent/);
	});

	test('the credential test sends nothing (a URL that would reach the simulator)', async () => {
		const result = await testCredential(new KometSalesApi(), { token: 'sim-company-token', baseUrl: disguised() });
		expect(result).toEqual({ status: 'Error', message: expect.stringContaining('backslash') });
		expect(simulator.requests).toEqual([]);
	});

	test('the node refuses it with nothing sent', async () => {
		const result = await runKometNode({
			parameters: { resource: 'prebook', operation: 'delete', prebookId: '85063' },
			baseUrl: disguised(),
		});
		expect(result.error?.message).toContain('backslash');
		expect(result.error?.description).toContain('Nothing was sent');
		expect(simulator.requests).toEqual([]);
		expect(simulator.state.prebooks.has(85063)).toBe(true);
	});
});
