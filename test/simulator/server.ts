/**
 * A local Komet Sales: the five documented methods plus the list methods, with Komet's
 * token placement rules, Komet-style `status: 0` answers, seeded reference data so
 * partial failures are real, a log of every request, and faults on demand.
 * It listens on loopback only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type Json, type MethodResult } from './kometStyle';
import { boxExternalCodeUpdate } from './methods/boxExternalCodeUpdate';
import { invoiceMarkSynced, invoiceMarkSyncFailed, purchaseOrderItemAwbAdd } from './methods/awbAndInvoices';
import { boxtypeList } from './methods/boxtypeList';
import { prebookDelete, prebookItemDelete, standingOrderItemDelete } from './methods/deletes';
import { invoiceAccountingDetailsList, invoiceDetailsList } from './methods/invoiceLists';
import { invoicePdfGet } from './methods/invoicePdf';
import { carrierList, customerList, customerShiptoList, futureInventoryOpenmarketList, locationList, productList, vendorList } from './methods/lists';
import { purchaseOrderList, standingOrderList } from './methods/orderLists';
import { prebookDetailsList, prebookList } from './methods/prebookLists';
import { multiplePrebooksCreate } from './methods/multiplePrebooksCreate';
import { prebookFutureItemAdd } from './methods/prebookFutureItemAdd';
import { purchaseOrderMixedCreate } from './methods/purchaseOrderMixedCreate';
import { standingOrderUpdate } from './methods/standingOrderUpdate';
import { seed, TOKENS, type SimulatorState } from './referenceData';

type TokenKind = (typeof TOKENS)[string];
type Handler = (state: SimulatorState, input: Json, tokenKind: TokenKind) => MethodResult;

interface Route {
	httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE';
	token: 'body' | 'query' | 'header';
	allowed: TokenKind[];
	handle: Handler;
}

const ALL_KINDS: TokenKind[] = ['Company', 'Customer', 'Vendor'];

const ROUTES: Record<string, Route> = {
	'box.externalcode.update': { httpMethod: 'POST', token: 'body', allowed: ['Company'], handle: boxExternalCodeUpdate },
	'multiple.prebooks.create': { httpMethod: 'POST', token: 'body', allowed: ['Company'], handle: multiplePrebooksCreate },
	'prebook.future.item.add': { httpMethod: 'POST', token: 'body', allowed: ['Company', 'Customer'], handle: prebookFutureItemAdd },
	'purchase.order.mixed.create': { httpMethod: 'POST', token: 'body', allowed: ['Company', 'Vendor'], handle: purchaseOrderMixedCreate },
	'v2/standing-order': { httpMethod: 'PUT', token: 'header', allowed: ['Company', 'Customer'], handle: standingOrderUpdate },
	'v2/standing-order/item': { httpMethod: 'DELETE', token: 'header', allowed: ['Company', 'Customer'], handle: standingOrderItemDelete },
	'prebook.delete': { httpMethod: 'POST', token: 'body', allowed: ['Company'], handle: prebookDelete },
	'prebook.item.delete': { httpMethod: 'POST', token: 'body', allowed: ['Company', 'Vendor'], handle: prebookItemDelete },
	'purchase.order.item.awb.add': { httpMethod: 'POST', token: 'body', allowed: ['Company', 'Vendor'], handle: purchaseOrderItemAwbAdd },
	'invoice.mark.sync.status.ok': { httpMethod: 'POST', token: 'body', allowed: ['Company'], handle: invoiceMarkSynced },
	'invoice.mark.sync.status.error': { httpMethod: 'POST', token: 'body', allowed: ['Company'], handle: invoiceMarkSyncFailed },
	// Its page does not say which tokens it takes: Company, as the other invoice methods.
	'invoice.pdf.get': { httpMethod: 'POST', token: 'body', allowed: ['Company'], handle: invoicePdfGet },
	// Valid tokens as the fact sheets give them (docs/komet-api.md, the list sections).
	'boxtype.list': { httpMethod: 'GET', token: 'query', allowed: ['Company', 'Vendor'], handle: boxtypeList },
	'customer.list': { httpMethod: 'GET', token: 'query', allowed: ['Company', 'Vendor'], handle: customerList },
	'customer.shipto.list': { httpMethod: 'GET', token: 'query', allowed: ['Company', 'Vendor'], handle: customerShiptoList },
	'vendor.list': { httpMethod: 'GET', token: 'query', allowed: ['Company'], handle: vendorList },
	'carrier.list': { httpMethod: 'GET', token: 'query', allowed: ['Company', 'Vendor'], handle: carrierList },
	'product.list': { httpMethod: 'GET', token: 'query', allowed: ['Company', 'Vendor'], handle: productList },
	// Its pages do not say which tokens it takes: every kind, until a live call says otherwise.
	'location.list': { httpMethod: 'GET', token: 'query', allowed: ALL_KINDS, handle: locationList },
	'future.inventory.openmarket.list': { httpMethod: 'GET', token: 'query', allowed: ['Company'], handle: futureInventoryOpenmarketList },
	'invoice.details.list': { httpMethod: 'GET', token: 'query', allowed: ['Company', 'Customer'], handle: invoiceDetailsList },
	'invoice.accounting.details.list': { httpMethod: 'GET', token: 'query', allowed: ['Company'], handle: invoiceAccountingDetailsList },
	'prebook.list': { httpMethod: 'GET', token: 'query', allowed: ['Company'], handle: prebookList },
	'purchase.order.list': { httpMethod: 'GET', token: 'query', allowed: ['Company', 'Vendor'], handle: purchaseOrderList },
	'standing.order.list': { httpMethod: 'GET', token: 'query', allowed: ['Company'], handle: standingOrderList },
	'prebook.details.list': { httpMethod: 'GET', token: 'query', allowed: ['Company', 'Vendor'], handle: prebookDetailsList },
};

export const MAX_BODY_BYTES = 64 * 1024;

export interface RecordedRequest {
	httpMethod: string;
	/** The Komet method: the path after /api/, e.g. `box.externalcode.update`. */
	path: string;
	query: Record<string, string>;
	/** The `authenticationToken` request header, when sent. */
	headerToken?: string;
	contentType?: string;
	/** The parsed JSON body (undefined when there was none or it was not JSON). */
	body?: Json;
	bytes: number;
}

/** A scripted misbehaviour for the next matching request(s). */
export interface Fault {
	/** Komet method it applies to; all methods when absent. */
	path?: string;
	/** Apply to the Nth matching request from now (1 = the next one). */
	nth?: number;
	/** How many matching requests it affects, from the Nth on. */
	times?: number;
	httpStatus?: number;
	headers?: Record<string, string>;
	/** A JSON body to answer instead of the method's own. */
	body?: Json;
	/** A raw (non-JSON) body to answer. */
	raw?: string;
	/** Never answer. */
	hang?: boolean;
	/** Close the connection after sending part of the answer. */
	reset?: boolean;
	/** Process the request (the state changes) before misbehaving. */
	afterProcessing?: boolean;
	/** Answer a redirect with this status to `location` (Komet itself never redirects). */
	redirect?: { status: number; location: string };
	/**
	 * Process the request, then answer with the per-line result array (`boxes`, `items`)
	 * replaced by what this returns: short, long, mismatched or malformed arrays.
	 */
	results?: (results: Json[]) => unknown[];
	/**
	 * Process the request, then echo each result's key as Komet's answers may drift: `numeric`,
	 * an `identifier` or `boxCode` that reads as a number comes back as a JSON number (`"01"` → 1);
	 * `cut`, an `identifier` comes back cut to 20 characters (the answer's documented `string:20`).
	 */
	echoDrift?: 'numeric' | 'cut';
	/** Answer with a JSON text of about this many bytes, streamed as fast as the client reads. */
	hugeAnswerBytes?: number;
	/** Answer one character every `intervalMs`, `characters` times, then close. */
	trickle?: { intervalMs: number; characters: number };
	/** Answer a failure that echoes the request's token in this spelling. */
	echoToken?: 'plain' | 'key' | 'percent' | 'html' | 'json-in-text';
}

export interface Simulator {
	url: string;
	port: number;
	requests: RecordedRequest[];
	state: SimulatorState;
	/** Requests to one Komet method. */
	requestsTo(path: string): RecordedRequest[];
	/**
	 * Komet's clock: milliseconds ahead of this machine's (negative: behind). Every answer's
	 * `Date` header, and `gmtNow()`, read this clock, as Komet stamps its records by its own.
	 */
	clockOffsetMs: number;
	/** Now by Komet's clock, as Komet writes GMT times: `YYYY-MM-DD hh:mm:ss`. */
	gmtNow(): string;
	/**
	 * The daily quota: how many more requests Komet answers; past it, each request is refused
	 * as a spent quota would be (`http429`: HTTP 429; `status0`: an ordinary answer with
	 * status 0 and a message about the limit). Unlimited when undefined.
	 */
	quota?: { remaining: number; answer: 'http429' | 'status0'; retryAfterSeconds?: number };
	/** Milliseconds every answer waits, changeable between requests (slow answers). */
	latencyMs: number;
	/** Whether answers carry a `Date` header (true; an edge could strip it). */
	sendsDate: boolean;
	/** Requests received so far, answered or not yet (`requests` logs them when they are answered). */
	readonly arrived: number;
	fail(fault: Fault): void;
	reset(): void;
	close(): Promise<void>;
}

function send(response: ServerResponse, httpStatus: number, body: string, headers: Record<string, string> = {}) {
	response.writeHead(httpStatus, { 'content-type': 'application/json; charset=utf-8', ...headers });
	response.end(body);
}

export async function startSimulator(
	options: {
		port?: number;
		quiet?: boolean;
		/** Milliseconds every answer waits, as a network round trip to Komet would (the benchmark's). */
		latencyMs?: number;
	} = {},
): Promise<Simulator> {
	let state = seed();
	const requests: RecordedRequest[] = [];
	const clock = { offsetMs: 0 };
	let quota: Simulator['quota'];
	let latencyMs = options.latencyMs ?? 0;
	let sendsDate = true;
	let arrived = 0;
	let faults: Array<Fault & { seen: number }> = [];

	const takeFault = (path: string) => {
		for (const fault of faults) {
			if (fault.path !== undefined && fault.path !== path) continue;
			fault.seen++;
			const first = fault.nth ?? 1;
			if (fault.seen >= first && fault.seen < first + (fault.times ?? 1)) return fault;
		}
		return undefined;
	};

	const handle = (request: IncomingMessage, response: ServerResponse, raw: string, bytes: number) => {
		const url = new URL(request.url ?? '/', 'http://simulator');
		const path = url.pathname.replace(/^\/api\//, '');
		const query = Object.fromEntries(url.searchParams);
		let body: Json | undefined;
		try {
			body = raw ? (JSON.parse(raw) as Json) : undefined;
		} catch {
			body = undefined;
		}
		const headerToken = request.headers.authenticationtoken as string | undefined;
		requests.push({
			httpMethod: request.method ?? '',
			path,
			query,
			headerToken,
			contentType: request.headers['content-type'],
			body,
			bytes,
		});

		// Komet's own clock on every answer (Node's server would write this machine's).
		if (sendsDate) response.setHeader('date', new Date(Date.now() + clock.offsetMs).toUTCString());
		else response.sendDate = false;
		if (quota) {
			if (quota.remaining <= 0) {
				const retryAfter: Record<string, string> = quota.retryAfterSeconds === undefined ? {} : { 'retry-after': String(quota.retryAfterSeconds) };
				if (quota.answer === 'http429') send(response, 429, JSON.stringify({ status: '0', message: 'Too many requests.' }), retryAfter);
				else send(response, 200, JSON.stringify({ status: '0', message: 'The daily request limit was exceeded.' }));
				return;
			}
			quota.remaining--;
		}
		if (bytes > MAX_BODY_BYTES) {
			response.writeHead(413, { 'content-type': 'text/html' });
			response.end('<html><body><h1>413 Request Entity Too Large</h1></body></html>');
			return;
		}
		const fault = takeFault(path);
		if (fault?.echoToken) {
			echoToken(response, fault.echoToken, body?.authenticationToken ?? query.authenticationToken ?? headerToken);
			return;
		}
		if (fault && !fault.afterProcessing && !fault.results && !fault.echoDrift && misbehave(response, fault)) return;

		const route = ROUTES[path];
		if (!route || route.httpMethod !== request.method) {
			send(response, 404, JSON.stringify({ status: '0', message: `Method ${request.method} ${path} not found.` }));
			return;
		}
		if (raw && body === undefined) {
			send(response, 400, JSON.stringify({ status: '0', message: 'The request body is not valid JSON.' }));
			return;
		}
		const token =
			route.token === 'body' ? body?.authenticationToken : route.token === 'query' ? query.authenticationToken : headerToken;
		const tokenKind = typeof token === 'string' ? TOKENS[token] : undefined;
		if (!tokenKind) {
			send(response, route.token === 'header' ? 401 : 200, JSON.stringify({ status: '0', message: 'Invalid authentication token.' }));
			return;
		}
		if (!route.allowed.includes(tokenKind)) {
			send(response, 200, JSON.stringify({ status: '0', message: 'The token is not authorized to use this method.' }));
			return;
		}
		const input = route.httpMethod === 'GET' || route.httpMethod === 'DELETE' ? { ...query } : { ...body };
		delete input.authenticationToken;
		const result = route.handle(state, input, tokenKind);
		if (fault?.afterProcessing && misbehave(response, fault)) return;
		if (fault?.results) {
			const key = Object.keys(result.body).find((name) => Array.isArray(result.body[name])) ?? 'items';
			result.body[key] = fault.results((result.body[key] as Json[] | undefined) ?? []);
		}
		if (fault?.echoDrift) driftEchoes(result.body, fault.echoDrift);
		send(response, result.httpStatus ?? 200, JSON.stringify(result.body));
	};

	const server: Server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			arrived++;
			const buffer = Buffer.concat(chunks);
			const answer = () => {
				try {
					handle(request, response, buffer.toString('utf8'), buffer.length);
				} catch (error) {
					send(response, 500, JSON.stringify({ status: '0', message: `Simulator error: ${(error as Error).message}` }));
				}
			};
			if (latencyMs) setTimeout(answer, latencyMs);
			else answer();
		});
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', resolve);
	});
	const port = (server.address() as AddressInfo).port;

	return {
		url: `http://127.0.0.1:${port}/api`,
		port,
		requests,
		get state() {
			return state;
		},
		requestsTo: (path) => requests.filter((request) => request.path === path),
		get clockOffsetMs() {
			return clock.offsetMs;
		},
		set clockOffsetMs(offset: number) {
			clock.offsetMs = offset;
		},
		gmtNow: () => new Date(Date.now() + clock.offsetMs).toISOString().slice(0, 19).replace('T', ' '),
		get quota() {
			return quota;
		},
		set quota(value) {
			quota = value;
		},
		get arrived() {
			return arrived;
		},
		get sendsDate() {
			return sendsDate;
		},
		set sendsDate(value: boolean) {
			sendsDate = value;
		},
		get latencyMs() {
			return latencyMs;
		},
		set latencyMs(value: number) {
			latencyMs = value;
		},
		fail: (fault) => void faults.push({ ...fault, seen: 0 }),
		reset() {
			state = seed();
			requests.length = 0;
			faults = [];
			clock.offsetMs = 0;
			quota = undefined;
			latencyMs = options.latencyMs ?? 0;
			sendsDate = true;
		},
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** Answers a request the way a failing Komet or its edge would. Returns false to answer normally. */
const NUMBER_LIKE = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** Each per-line result's echoed key, drifted as `drift` says (see Fault.echoDrift). */
function driftEchoes(body: Json, drift: NonNullable<Fault['echoDrift']>) {
	for (const results of Object.values(body)) {
		if (!Array.isArray(results)) continue;
		for (const result of results as Json[]) {
			if (!result || typeof result !== 'object') continue;
			for (const key of drift === 'cut' ? ['identifier'] : ['identifier', 'boxCode']) {
				const echo = result[key];
				if (typeof echo !== 'string') continue;
				if (drift === 'cut') result[key] = echo.slice(0, 20);
				else if (NUMBER_LIKE.test(echo)) result[key] = Number(echo);
			}
		}
	}
}

function misbehave(response: ServerResponse, fault: Fault): boolean {
	if (fault.hang) return true;
	if (fault.redirect) {
		response.writeHead(fault.redirect.status, { location: fault.redirect.location, 'content-type': 'text/html' });
		response.end(`<html><body>Moved to <a href="${fault.redirect.location}">here</a></body></html>`);
		return true;
	}
	if (fault.hugeAnswerBytes !== undefined) {
		streamHugeAnswer(response, fault.hugeAnswerBytes);
		return true;
	}
	if (fault.trickle) {
		trickle(response, fault.trickle.intervalMs, fault.trickle.characters);
		return true;
	}
	if (fault.reset) {
		response.writeHead(200, { 'content-type': 'application/json' });
		response.write('{"status":"1","mess');
		response.socket?.destroy();
		return true;
	}
	if (fault.raw !== undefined) {
		response.writeHead(fault.httpStatus ?? 200, { 'content-type': 'text/html', ...fault.headers });
		response.end(fault.raw);
		return true;
	}
	if (fault.body !== undefined || fault.httpStatus !== undefined) {
		send(response, fault.httpStatus ?? 200, JSON.stringify(fault.body ?? {}), fault.headers);
		return true;
	}
	return false;
}

/** `{"status":"1","padding":"xxxx…"}` of about `bytes` bytes, written as fast as the client reads it. */
function streamHugeAnswer(response: ServerResponse, bytes: number) {
	response.writeHead(200, { 'content-type': 'application/json' });
	const chunk = 'x'.repeat(64 * 1024);
	let written = 0;
	let stopped = false;
	response.on('close', () => (stopped = true));
	const write = () => {
		while (!stopped && written < bytes) {
			written += chunk.length;
			if (!response.write(written === chunk.length ? `{"status":"1","padding":"${chunk}` : chunk)) {
				response.once('drain', write);
				return;
			}
		}
		if (!stopped) response.end('"}');
	};
	write();
}

/** A valid JSON answer, one character every `intervalMs`: it never goes idle long enough for an idle timer. */
function trickle(response: ServerResponse, intervalMs: number, characters: number) {
	response.writeHead(200, { 'content-type': 'application/json' });
	const text = `{"status":"1","message":"${'.'.repeat(Math.max(0, characters - 27))}"}`;
	let position = 0;
	const timer = setInterval(() => {
		if (position >= text.length) {
			clearInterval(timer);
			response.end();
			return;
		}
		response.write(text[position++]);
	}, intervalMs);
	response.on('close', () => clearInterval(timer));
}

const htmlEscape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A failure answer that carries the token it received, the way careless edges and error pages do. */
function echoToken(response: ServerResponse, spelling: NonNullable<Fault['echoToken']>, token: unknown) {
	const value = String(token ?? '');
	switch (spelling) {
		case 'plain':
			return send(response, 200, JSON.stringify({ status: 0, message: `Token ${value} is not valid.` }));
		case 'key':
			return send(response, 200, JSON.stringify({ status: 0, message: 'Invalid token.', tokens: { [value]: 'invalid' } }));
		case 'percent':
			return send(
				response,
				200,
				JSON.stringify({ status: 0, message: `Bad request: /api/boxtype.list?authenticationToken=${encodeURIComponent(value)}` }),
			);
		case 'html':
			response.writeHead(500, { 'content-type': 'text/html' });
			return response.end(`<html><body><h1>Error</h1><p>Token: ${htmlEscape(value)}</p></body></html>`);
		case 'json-in-text':
			response.writeHead(502, { 'content-type': 'text/plain' });
			return response.end(`upstream said: {"authenticationToken":${JSON.stringify(value)}}`);
	}
}
