// End-to-end: the Komet Sales node as a tool of n8n's AI Agent in a real n8n. A small
// loopback stand-in for an OpenAI-compatible chat API answers first with a call of the
// Komet Sales tool (arguments shaped from the tool's schema), then with a final answer
// that quotes what the tool returned. Asserts what the simulator received, that the
// model's second turn saw Komet's result, and that a bad argument comes back to the model
// as a readable error instead of failing the workflow.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { parseExecuteOutput } from '../../scripts/n8n-runtime.mjs';
import { CREDENTIAL_ID, prepareUserFolder, REPO_ROOT, runN8n, SIMULATOR_TOKEN } from '../../scripts/n8n-instance.mjs';

const require = createRequire(import.meta.url);
const { startSimulator } = require(path.join(REPO_ROOT, '.build/test/simulator/server.js'));

/** The OpenAI-compatible stand-in: tool call first, final answer once the tool has answered. */
async function startChatModel() {
	const requests = [];
	let toolArguments = {};
	const server = createServer((request, response) => {
		let raw = '';
		request.on('data', (chunk) => (raw += chunk));
		request.on('end', () => {
			const body = raw ? JSON.parse(raw) : {};
			requests.push({ url: request.url, body });
			const messages = body.messages ?? [];
			const toolMessage = messages.find((message) => message.role === 'tool');
			const tool = body.tools?.[0]?.function?.name ?? 'Komet_Sales_Tool';
			const message = toolMessage
				? { role: 'assistant', content: `Done. Komet answered: ${typeof toolMessage.content === 'string' ? toolMessage.content : JSON.stringify(toolMessage.content)}` }
				: {
						role: 'assistant',
						content: null,
						tool_calls: [{ id: 'call_1', type: 'function', function: { name: tool, arguments: JSON.stringify(toolArguments) } }],
					};
			const finish = toolMessage ? 'stop' : 'tool_calls';
			if (body.stream) {
				response.writeHead(200, { 'content-type': 'text/event-stream' });
				const delta = toolMessage
					? { role: 'assistant', content: message.content }
					: { role: 'assistant', tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })) };
				const chunk = (choice) => `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'stand-in', choices: [choice] })}\n\n`;
				response.write(chunk({ index: 0, delta, finish_reason: null }));
				response.write(chunk({ index: 0, delta: {}, finish_reason: finish }));
				response.end('data: [DONE]\n\n');
				return;
			}
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end(
				JSON.stringify({
					id: 'chatcmpl-1',
					object: 'chat.completion',
					created: 1,
					model: 'stand-in',
					choices: [{ index: 0, message, finish_reason: finish }],
					usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
				}),
			);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}/v1`,
		requests,
		willCall: (args) => {
			toolArguments = args;
			requests.length = 0;
		},
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}

const fromAI = (name, description, type) => `={{ $fromAI('${name}', '${description}', '${type}') }}`;

function agentWorkflow(id) {
	return {
		id,
		name: 'Komet Sales: an AI agent adds future inventory to a prebook',
		nodes: [
			{ id: 'a1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'a2',
				name: 'AI Agent',
				type: '@n8n/n8n-nodes-langchain.agent',
				typeVersion: 3.1,
				position: [260, 0],
				parameters: { promptType: 'define', text: 'Add 5 boxes of future inventory item 9999999 to prebook 85063 at 2.50 a unit.', options: {} },
			},
			{
				id: 'a3',
				name: 'Chat Model',
				type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
				typeVersion: 1.3,
				position: [200, 220],
				parameters: { model: { __rl: true, mode: 'id', value: 'stand-in' }, responsesApiEnabled: false, options: {} },
				credentials: { openAiApi: { id: 'chatStandIn00001', name: 'Chat stand-in' } },
			},
			{
				id: 'a4',
				name: 'Komet Sales Tool',
				type: 'n8n-nodes-komet-sales.kometSalesTool',
				typeVersion: 1,
				position: [420, 220],
				parameters: {
					resource: 'prebook',
					operation: 'addFutureItem',
					prebookId: fromAI('prebookId', 'Komet ID of the prebook to add to', 'number'),
					inventoryId: fromAI('inventoryId', 'Komet ID of the future inventory item', 'number'),
					boxes: fromAI('boxes', 'Number of boxes', 'number'),
					price: fromAI('price', 'Unit price', 'number'),
				},
				credentials: { kometSalesApi: { id: CREDENTIAL_ID, name: 'Komet Sales (simulator)' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'Chat Model': { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
			'Komet Sales Tool': { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

const WORKFLOW_ID = 'agentfutureitem0';
let simulator;
let model;
let userFolder;
let runtime;

before(async () => {
	simulator = await startSimulator();
	model = await startChatModel();
	userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'komet-agent-'));
	({ runtime } = await prepareUserFolder(userFolder, {
		simulatorUrl: simulator.url,
		workflows: [{ id: WORKFLOW_ID, workflow: agentWorkflow(WORKFLOW_ID) }],
		credentials: [{ id: 'chatStandIn00001', name: 'Chat stand-in', type: 'openAiApi', data: { apiKey: 'sk-stand-in', url: model.url } }],
		log: console.log,
	}));
});

after(async () => {
	await simulator?.close();
	await model?.close();
	if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
});

async function runAgent() {
	simulator.reset();
	const result = await runN8n(runtime, userFolder, ['execute', `--id=${WORKFLOW_ID}`, '--rawOutput']);
	const execution = parseExecuteOutput(result.stdout);
	assert.ok(execution, `no execution printed (exit ${result.code}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
	return { code: result.code, execution };
}

/** What the model's second turn was given as the tool's answer. */
const toolAnswer = () => {
	const second = model.requests.find((request) => (request.body.messages ?? []).some((message) => message.role === 'tool'));
	const message = second?.body.messages.find((entry) => entry.role === 'tool');
	return typeof message?.content === 'string' ? message.content : JSON.stringify(message?.content ?? null);
};

test('the agent calls the Komet Sales tool; Komet gets the documented request; the model sees the result', async () => {
	model.willCall({ prebookId: 85063, inventoryId: 9999999, boxes: 5, price: 2.5 });
	const { code, execution } = await runAgent();
	assert.equal(code, 0, JSON.stringify(execution.data.resultData.error ?? {}));
	assert.deepEqual(
		simulator.requests.map((request) => [request.path, request.body]),
		[['prebook.future.item.add', { authenticationToken: SIMULATOR_TOKEN, prebookId: 85063, inventoryId: 9999999, boxes: 5, price: 2.5 }]],
	);
	assert.ok(model.requests[0].body.tools?.some((tool) => tool.function.name === 'Komet_Sales_Tool'), JSON.stringify(model.requests[0].body.tools));
	assert.match(toolAnswer(), /"status":\s*1/);
	const output = execution.data.resultData.runData['AI Agent'][0].data.main[0][0].json.output;
	assert.match(output, /^Done\. Komet answered:/);
});

test('a bad argument comes back to the model as a readable error, and the workflow goes on', async () => {
	model.willCall({ prebookId: 85063, inventoryId: 9999999, boxes: 0, price: 2.5 });
	const { code, execution } = await runAgent();
	assert.equal(code, 0, JSON.stringify(execution.data.resultData.error ?? {}));
	assert.deepEqual(simulator.requests, []);
	assert.match(toolAnswer(), /Item 1, Boxes \(boxes\): must be at least 1/);
});
