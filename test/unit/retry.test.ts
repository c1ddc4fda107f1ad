import { boxExternalCodeUpdate, multiplePrebooksCreate } from '../../nodes/KometSales/schemas';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelay } from '../../nodes/KometSales/transport/retry';

const response = (statusCode: number, headers: Record<string, string> = {}) => ({
	kind: 'response' as const,
	response: { statusCode, headers, body: '' },
});

describe('which failures may be sent again', () => {
	test.each([429, 500, 502, 503, 504])('an update after HTTP %i: yes, with backoff', (status) => {
		expect(retryDelay(boxExternalCodeUpdate, response(status), 0, 2)).toBe(500);
		expect(retryDelay(boxExternalCodeUpdate, response(status), 1, 2)).toBe(1000);
		expect(retryDelay(boxExternalCodeUpdate, response(status), 2, 2)).toBeUndefined();
	});

	test.each([200, 400, 401, 404, 413])('an update after HTTP %i: no', (status) => {
		expect(retryDelay(boxExternalCodeUpdate, response(status), 0, 2)).toBeUndefined();
	});

	test.each([429, 500, 503])('a create after HTTP %i: never', (status) => {
		expect(retryDelay(multiplePrebooksCreate, response(status), 0, 5)).toBeUndefined();
	});

	test('a create whose request provably never left: yes; one that may have arrived: no', () => {
		expect(retryDelay(multiplePrebooksCreate, { kind: 'connection', notSent: true }, 0, 2)).toBe(500);
		expect(retryDelay(multiplePrebooksCreate, { kind: 'connection', notSent: false }, 0, 2)).toBeUndefined();
		expect(retryDelay(boxExternalCodeUpdate, { kind: 'connection', notSent: false }, 0, 2)).toBe(500);
	});

	test('Retry-After in seconds or as a date is honoured, up to a minute', () => {
		const now = Date.parse('2026-11-23T12:00:00Z');
		expect(retryDelay(boxExternalCodeUpdate, response(429, { 'retry-after': '7' }), 0, 2, now)).toBe(7000);
		expect(retryDelay(boxExternalCodeUpdate, response(503, { 'retry-after': 'Mon, 23 Nov 2026 12:00:30 GMT' }), 0, 2, now)).toBe(30_000);
		expect(retryDelay(boxExternalCodeUpdate, response(429, { 'retry-after': String(MAX_RETRY_AFTER_MS / 1000 + 1) }), 0, 2, now)).toBeUndefined();
		expect(parseRetryAfter('soon')).toBeUndefined();
		expect(parseRetryAfter(undefined)).toBeUndefined();
	});

	test('zero retries means one attempt', () => {
		expect(retryDelay(boxExternalCodeUpdate, response(503), 0, 0)).toBeUndefined();
	});
});
