import { boxExternalCodeUpdate } from '../../nodes/KometSales/komet/boxExternalCodeUpdate';
import { multiplePrebooksCreate } from '../../nodes/KometSales/komet/multiplePrebooksCreate';
import { standingOrderUpdate } from '../../nodes/KometSales/komet/standingOrderUpdate';
import {
	MAX_RETRY_AFTER_MS,
	parseRetryAfter,
	phaseOf,
	provablyNotSent,
	retryDelay,
	type Failure,
} from '../../nodes/KometSales/transport/retry';

const response = (statusCode: number, headers: Record<string, string> = {}): Failure => ({ kind: 'response', statusCode, headers });
const connection = (code: string | undefined): Failure => ({ kind: 'connection', code, phase: phaseOf(code) });

const UPDATE = true;
const CREATE = false;

describe('which methods and requests are repeatable', () => {
	test('box codes: always; creates: never', () => {
		expect(boxExternalCodeUpdate.repeatable({ boxes: [] })).toBe(true);
		expect(multiplePrebooksCreate.repeatable({ prebookItems: [] })).toBe(false);
	});

	test('a standing-order PUT is repeatable only without items: Komet adds every item as a new line', () => {
		expect(standingOrderUpdate.repeatable({ standingOrderId: 1 })).toBe(true);
		expect(standingOrderUpdate.repeatable({ standingOrderId: 1, items: [{}] })).toBe(false);
	});
});

describe('"provably never sent", judged per exchange (redirects are never followed)', () => {
	test.each([
		['refused before connecting', 'ECONNREFUSED', true],
		['name not resolved', 'ENOTFOUND', true],
		['name server unreachable', 'EAI_AGAIN', true],
		['host unreachable', 'EHOSTUNREACH', true],
		['TLS: certificate expired', 'CERT_HAS_EXPIRED', true],
		['TLS: self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT', true],
		['TLS: wrong host name', 'ERR_TLS_CERT_ALTNAME_INVALID', true],
		['TLS: protocol error (plain http on the port)', 'EPROTO', true],
		['reset after the request was written', 'ECONNRESET', false],
		['socket closed while waiting', 'EPIPE', false],
		['timeout', 'ETIMEDOUT', false],
		['an error without a code', undefined, false],
	])('%s (%s): %s', (_case, code, notSent) => {
		expect(provablyNotSent(connection(code))).toBe(notSent);
	});

	test('any HTTP answer, a redirect included, means the request arrived', () => {
		for (const status of [200, 301, 302, 303, 307, 308, 400, 500]) expect(provablyNotSent(response(status))).toBe(false);
	});
});

describe('which failures may be sent again', () => {
	test.each([429, 500, 502, 503, 504])('an update after HTTP %i: yes, with backoff', (status) => {
		expect(retryDelay(UPDATE, response(status), 0, 2)).toBe(500);
		expect(retryDelay(UPDATE, response(status), 1, 2)).toBe(1000);
		expect(retryDelay(UPDATE, response(status), 2, 2)).toBeUndefined();
	});

	test.each([200, 301, 302, 307, 400, 401, 403, 404, 413])('an update after HTTP %i: no', (status) => {
		expect(retryDelay(UPDATE, response(status), 0, 2)).toBeUndefined();
	});

	test.each([429, 500, 502, 503, 504, 302, 307])('a create after HTTP %i: never', (status) => {
		expect(retryDelay(CREATE, response(status), 0, 5)).toBeUndefined();
	});

	test('a create whose request provably never left: when it may get through now; one that may have arrived: no', () => {
		expect(retryDelay(CREATE, connection('ECONNREFUSED'), 0, 2)).toBe(500);
		expect(retryDelay(CREATE, connection('ENOTFOUND'), 0, 2)).toBe(500);
		// A TLS failure was not sent either, but it will fail again the same way.
		expect(retryDelay(CREATE, connection('CERT_HAS_EXPIRED'), 0, 2)).toBeUndefined();
		for (const code of ['ECONNRESET', 'ETIMEDOUT', undefined]) expect(retryDelay(CREATE, connection(code), 0, 2)).toBeUndefined();
	});

	test('an update after a reset or timeout: yes', () => {
		expect(retryDelay(UPDATE, connection('ECONNRESET'), 0, 2)).toBe(500);
		expect(retryDelay(UPDATE, connection(undefined), 0, 2)).toBe(500);
	});

	test('Retry-After in seconds or as a date is honoured, up to a minute', () => {
		const now = Date.parse('2026-11-23T12:00:00Z');
		expect(retryDelay(UPDATE, response(429, { 'retry-after': '7' }), 0, 2, now)).toBe(7000);
		expect(retryDelay(UPDATE, response(503, { 'retry-after': 'Mon, 23 Nov 2026 12:00:30 GMT' }), 0, 2, now)).toBe(30_000);
		expect(retryDelay(UPDATE, response(429, { 'retry-after': String(MAX_RETRY_AFTER_MS / 1000 + 1) }), 0, 2, now)).toBeUndefined();
		expect(parseRetryAfter('soon')).toBeUndefined();
		expect(parseRetryAfter(undefined)).toBeUndefined();
	});

	test('Retries 0 sends once', () => {
		expect(retryDelay(UPDATE, response(503), 0, 0)).toBeUndefined();
	});
});
