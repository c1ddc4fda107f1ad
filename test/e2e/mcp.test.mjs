// End-to-end: Komet over MCP. The example examples/mcp-server-komet-tools.json (n8n's MCP
// Server Trigger with five Komet Sales tools), imported as the playground imports it with its
// bearer-token credential, published and served by a real n8n; the official MCP TypeScript
// SDK's client connects to its production URL as Claude Desktop or an IDE would. Asserts what
// the client is offered (tool names, descriptions, input schemas from the nodes' $fromAI()
// calls), what the simulator receives for a read and a create and what the client gets back,
// that refusals (a bad argument, Komet's own) are readable tool errors, that the endpoint wants
// the token, and that the Komet token appears nowhere in what n8n sent the client.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

import { freePort, n8nEnv } from '../../scripts/n8n-runtime.mjs';
import { mcpExample, mcpExampleCredential, prepareUserFolder, publishWorkflow, REPO_ROOT, SIMULATOR_TOKEN, waitFor } from '../../scripts/n8n-instance.mjs';
import { signalGroup, stopGroup } from '../../scripts/process-groups.mjs';

const require = createRequire(import.meta.url);
const { startSimulator } = require(path.join(REPO_ROOT, '.build/test/simulator/server.js'));

/** What this test's MCP client sends as `Authorization: Bearer …` (the credential's token). */
const BEARER = 'mcp-client-bearer-7f3a9c2e5b';

const example = mcpExample();
const { trigger } = example;
const toolNodes = example.workflow.nodes.filter((node) => node.type === 'n8n-nodes-komet-sales.kometSalesTool');

/** A tool node's $fromAI() calls as { key: { description, type, optional } }, read from the example file. */
function fromAICalls(node) {
	const texts = (value) => (value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [String(value)]);
	return Object.fromEntries(
		texts(node.parameters)
			.map((value) => /\$fromAI\('(\w+)', `([^`]*)`, '(\w+)'(, '')?\)/.exec(value))
			.filter(Boolean)
			.map(([, key, description, type, withDefault]) => [key, { description, type, optional: withDefault !== undefined }]),
	);
}

let simulator;
let n8n;
let n8nLog = '';
let endpoint;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'komet-mcp-'));

/** Everything n8n sent to the MCP clients: status lines, headers and bodies (SSE streams included). */
const received = [];
const pendingBodies = [];
/** fetch for the SDK's transports, keeping a copy of every answer. */
async function recordingFetch(url, init) {
	const response = await fetch(url, init);
	received.push(`${response.status} ${JSON.stringify([...response.headers])}`);
	if (response.body) pendingBodies.push(response.clone().text().then((text) => received.push(text), () => {}));
	return response;
}

before(async () => {
	simulator = await startSimulator();
	// Every example and the bearer credential, as `KOMET_MCP_TOKEN=… npm start` imports them.
	const { runtime } = await prepareUserFolder(folder, {
		simulatorUrl: simulator.url,
		credentials: [mcpExampleCredential(BEARER)],
		log: console.log,
	});
	// Production URLs answer for published workflows: published as the playground does it.
	await publishWorkflow(runtime, folder, example.id);
	const port = await freePort();
	n8n = spawn(runtime.nodeBin, [runtime.n8nEntry, 'start'], {
		cwd: folder,
		env: n8nEnv(folder, { N8N_PORT: port, N8N_COMMUNITY_PACKAGES_ENABLED: 'true' }),
		stdio: ['ignore', 'pipe', 'pipe'],
		// Its own process group: the after hook stops it with its task runner.
		detached: true,
	});
	n8n.stdout.on('data', (chunk) => (n8nLog += chunk));
	n8n.stderr.on('data', (chunk) => (n8nLog += chunk));
	endpoint = `http://127.0.0.1:${port}${example.urlPath}`;
	assert.equal(example.file, 'mcp-server-komet-tools.json');
	assert.equal(example.urlPath, '/mcp/komet-sales', 'the URL the README gives');
	// The endpoint is registered once the workflow is active: until then n8n answers 404.
	await waitFor('the MCP endpoint', async () => (await fetch(endpoint, { method: 'POST' }).catch(() => undefined))?.status === 403, { child: n8n }).catch(
		(error) => {
			throw new Error(`${error.message}:\n${n8nLog.slice(-3000)}`);
		},
	);
});

after(async () => {
	if (n8n && n8n.exitCode === null) await stopGroup(n8n.pid, { leaderOnly: true, graceMs: 40_000 }).catch(() => signalGroup(n8n.pid, 'SIGKILL'));
	await simulator?.close();
	fs.rmSync(folder, { recursive: true, force: true });
});

/** A client of the official SDK connected over Streamable HTTP (or SSE) with the bearer token. */
async function connect(transportKind = 'streamable', token = BEARER) {
	const headers = { authorization: `Bearer ${token}` };
	const url = new URL(endpoint);
	const transport =
		transportKind === 'sse'
			? new SSEClientTransport(url, { requestInit: { headers }, eventSourceInit: { fetch: (input, init) => recordingFetch(input, { ...init, headers: { ...init?.headers, ...headers } }) }, fetch: recordingFetch })
			: new StreamableHTTPClientTransport(url, { requestInit: { headers }, fetch: recordingFetch });
	const client = new Client({ name: 'komet-mcp-e2e', version: '1.0.0' });
	await client.connect(transport);
	return client;
}

/** A tool call's text content, parsed when it is JSON. */
const textOf = (result) => result.content.map((part) => part.text).join('\n');
const jsonOf = (result) => JSON.parse(textOf(result));

let client;

test('without the bearer token, or with another, the endpoint refuses and offers nothing', async () => {
	const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } } });
	// No header, another token, and the right token without the Bearer scheme.
	for (const authorization of [undefined, 'Bearer wrong-token', BEARER]) {
		const response = await fetch(endpoint, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...(authorization ? { authorization } : {}) },
			body: initialize,
		});
		const text = await response.text();
		assert.equal(response.status, 403, `${authorization}: ${response.status} ${text}`);
		assert.doesNotMatch(text, /find_customers|serverInfo/);
	}
	await assert.rejects(connect('streamable', 'wrong-token'), /403|Authorization/i);
});

test('the client is offered the five Komet tools, described, with the $fromAI() arguments as input schemas', async () => {
	simulator.reset();
	client = await connect();
	assert.equal(client.getServerVersion().name, 'Komet_Sales_MCP_Server');
	assert.equal(client.getInstructions(), trigger.parameters.instructions);
	const { tools } = await client.listTools();
	assert.deepEqual(tools.map((tool) => tool.name).sort(), ['add_future_item_to_prebook', 'find_customers', 'find_future_inventory', 'find_prebooks', 'find_products']);
	for (const tool of tools) {
		const node = toolNodes.find((candidate) => candidate.name === tool.name);
		assert.equal(tool.description, node.parameters.toolDescription);
		const calls = fromAICalls(node);
		const { properties, required = [] } = tool.inputSchema;
		assert.equal(tool.inputSchema.type, 'object');
		assert.deepEqual(
			Object.fromEntries(Object.entries(properties).map(([key, schema]) => [key, { description: schema.description, type: schema.type, optional: !required.includes(key) }])),
			calls,
			tool.name,
		);
	}
	const add = tools.find((tool) => tool.name === 'add_future_item_to_prebook');
	assert.deepEqual([...add.inputSchema.required].sort(), ['boxes', 'inventoryId', 'prebookId', 'price']);
	// Connecting and listing cost no Komet request.
	assert.deepEqual(simulator.requests, []);
});

test('a read: find_customers sends one customer.list with the name, and the client gets the customers', async () => {
	simulator.reset();
	const result = await client.callTool({ name: 'find_customers', arguments: { name: 'fresh' } });
	assert.ok(!result.isError, textOf(result));
	assert.deepEqual(simulator.requests.map((request) => [request.path, request.query]), [['customer.list', { authenticationToken: SIMULATOR_TOKEN, name: 'fresh' }]]);
	const customers = jsonOf(result);
	assert.deepEqual(customers.map((customer) => [customer.id, customer.code, customer.name]), [[131313, 'Fresh', 'Mr. Fresh']]);
});

test('find_prebooks: one prebook.details.list per truck date of the range, the prebook with its lines', async () => {
	simulator.reset();
	const result = await client.callTool({ name: 'find_prebooks', arguments: { truckDateFrom: '2026-12-04', truckDateTo: '2026-12-06', prebookNumber: '85063' } });
	assert.ok(!result.isError, textOf(result));
	assert.deepEqual(
		simulator.requests.map((request) => [request.path, request.query.date, request.query.prebook]),
		[['prebook.details.list', '2026-12-04', '85063'], ['prebook.details.list', '2026-12-05', '85063'], ['prebook.details.list', '2026-12-06', '85063']],
	);
	const [prebook, ...others] = jsonOf(result);
	assert.deepEqual(others, []);
	assert.equal(prebook.id, 85063);
	assert.ok(prebook.details.length > 0);
});

test('a create: add_future_item_to_prebook sends prebook.future.item.add once, and the client gets Komet\'s answer', async () => {
	simulator.reset();
	const result = await client.callTool({ name: 'add_future_item_to_prebook', arguments: { prebookId: 85063, inventoryId: 9999999, boxes: 2, price: 2.5 } });
	assert.ok(!result.isError, textOf(result));
	assert.deepEqual(simulator.requests.map((request) => [request.path, request.body]), [
		['prebook.future.item.add', { authenticationToken: SIMULATOR_TOKEN, prebookId: 85063, inventoryId: 9999999, boxes: 2, price: 2.5 }],
	]);
	assert.deepEqual(jsonOf(result), [{ status: 1, message: 'success', prebookId: 85063, inventoryId: 9999999 }]);
	// The execution n8n records for the call does not run the tool again.
	await new Promise((resolve) => setTimeout(resolve, 3000));
	assert.equal(simulator.requests.length, 1);
});

test('bad arguments are readable tool errors (the node\'s check, the schema\'s), and nothing reaches Komet', async () => {
	simulator.reset();
	const result = await client.callTool({ name: 'add_future_item_to_prebook', arguments: { prebookId: 85063, inventoryId: 9999999, boxes: 0, price: 2.5 } });
	assert.equal(result.isError, true, textOf(result));
	assert.match(textOf(result), /Boxes \(boxes\): must be at least 1/);
	// Arguments that do not fit the input schema are refused by n8n before the node runs, by name.
	const wrongType = await client.callTool({ name: 'add_future_item_to_prebook', arguments: { prebookId: 85063, inventoryId: 9999999, boxes: 'five', price: 2.5 } });
	assert.equal(wrongType.isError, true);
	assert.match(textOf(wrongType), /Expected number, received string\s+→ at boxes/);
	const missing = await client.callTool({ name: 'add_future_item_to_prebook', arguments: { prebookId: 85063, inventoryId: 9999999, boxes: 2 } });
	assert.equal(missing.isError, true);
	assert.match(textOf(missing), /Required\s+→ at price/);
	assert.deepEqual(simulator.requests, []);
});

test('Komet\'s refusal reaches the client as a tool error with Komet\'s message', async () => {
	simulator.reset();
	const result = await client.callTool({ name: 'add_future_item_to_prebook', arguments: { prebookId: 456, inventoryId: 123, boxes: 5, price: 2.5 } });
	assert.equal(result.isError, true, textOf(result));
	assert.match(textOf(result), /The Prebook does not exist\./);
	assert.equal(simulator.requests.length, 1);
});

test('a Komet answer that echoes the token reaches the client redacted', async () => {
	simulator.reset();
	simulator.fail({ path: 'customer.list', echoToken: 'plain' });
	const result = await client.callTool({ name: 'find_customers', arguments: { name: 'ang' } });
	assert.equal(result.isError, true, textOf(result));
	assert.match(textOf(result), /Token \*\*\* is not valid\./);
});

test('over SSE too: the same tools, and a read', async () => {
	const sseClient = await connect('sse');
	try {
		const { tools } = await sseClient.listTools();
		assert.equal(tools.length, 5);
		simulator.reset();
		const result = await sseClient.callTool({ name: 'find_products', arguments: { description: 'rose' } });
		assert.ok(!result.isError, textOf(result));
		assert.deepEqual(simulator.requests.map((request) => [request.path, request.query.description]), [['product.list', 'rose']]);
		assert.deepEqual(jsonOf(result).map((product) => product.id).sort(), [217042, 3, 4401].sort());
	} finally {
		await sseClient.close();
	}
});

// Last: everything the clients received above, every header and body.
test('the Komet token appears nowhere in what n8n sent the clients', async () => {
	await client.close();
	await Promise.race([Promise.all(pendingBodies), new Promise((resolve) => setTimeout(resolve, 5000))]);
	const everything = received.join('\n');
	assert.ok(everything.includes('Mr. Fresh') && everything.includes('The Prebook does not exist.'), 'the recording holds the answers');
	assert.ok(!everything.includes(SIMULATOR_TOKEN), 'the Komet token reached an MCP client');
	assert.ok(!n8nLog.includes(SIMULATOR_TOKEN), 'the Komet token is in n8n\'s log');
});
