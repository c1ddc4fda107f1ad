// End-to-end: the example workflow examples/agent-add-boxes-to-prebook.json (n8n's AI Agent
// with the Komet Sales tool) in a real n8n, started headless from its manual trigger. The
// example's OpenAI credential points at the playground's scripted chat-model stand-in
// (scripts/chat-model-stand-in.mjs), which answers first with a call of the Komet Sales tool
// (with the arguments each test gives it), then with a final answer that quotes what the tool
// returned. Asserts what
// the model is shown (one tool, its description, the $fromAI() parameters), what the simulator
// received, that the model's second turn saw Komet's result (a refusal included), and that a
// bad argument comes back to the model as a readable error instead of failing the workflow.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { STAND_IN_NOTICE, startChatModelStandIn } from '../../scripts/chat-model-stand-in.mjs';
import { parseExecuteOutput } from '../../scripts/n8n-runtime.mjs';
import { agentExampleCredential, exampleWorkflows, prepareUserFolder, REPO_ROOT, runN8n, SIMULATOR_TOKEN } from '../../scripts/n8n-instance.mjs';

const require = createRequire(import.meta.url);
const { startSimulator } = require(path.join(REPO_ROOT, '.build/test/simulator/server.js'));

const EXAMPLE = 'agent-add-boxes-to-prebook.json';

/** The example as the playground imports it, and a copy whose example message is another sentence. */
function workflows() {
	const example = exampleWorkflows().find(({ file }) => file === EXAMPLE);
	const variant = (id, sentence) => {
		const nodes = example.workflow.nodes.map((node) =>
			node.name === 'Example message'
				? { ...node, parameters: { ...node.parameters, assignments: { assignments: [{ ...node.parameters.assignments.assignments[0], value: sentence }] } } }
				: node,
		);
		return { file: `${id}.json`, id, workflow: { ...example.workflow, id, name: `${example.workflow.name} (${sentence})`, nodes } };
	};
	return { example, issueSentence: variant('agentissuesente0', ISSUE_SENTENCE), otherSentence: variant('agentothersenten', 'What is the weather like?') };
}

/** The sentence of issue #13, with the price Komet requires. */
const ISSUE_SENTENCE = 'add 5 boxes of item 123 to prebook 456 at 2.50 a stem';

let simulator;
let model;
let userFolder;
let runtime;
let example;
let issueSentence;
let otherSentence;
/** What the example's tool node asks the model for: its $fromAI() calls, as { key: { description, type } }. */
let fromAICalls;

before(async () => {
	simulator = await startSimulator();
	model = await startChatModelStandIn();
	userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'komet-agent-'));
	({ example, issueSentence, otherSentence } = workflows());
	const tool = example.workflow.nodes.find((node) => node.type === 'n8n-nodes-komet-sales.kometSalesTool');
	// Every text of the parameters, those inside resource locators (Inventory Item) included.
	const texts = (value) => (value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [String(value)]);
	fromAICalls = Object.fromEntries(
		texts(tool.parameters)
			.map((value) => /\$fromAI\('(\w+)', `([^`]*)`, '(\w+)'\)/.exec(value))
			.filter(Boolean)
			.map(([, key, description, type]) => [key, { description, type }]),
	);
	// The example's OpenAI credential, pointed at the stand-in (the playground's comes from OPENAI_API_KEY).
	({ runtime } = await prepareUserFolder(userFolder, {
		simulatorUrl: simulator.url,
		workflows: [example, issueSentence, otherSentence],
		credentials: [agentExampleCredential('sk-stand-in', model.url)],
		log: console.log,
	}));
});

after(async () => {
	await simulator?.close();
	await model?.close();
	if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
});

async function runAgent({ id }) {
	simulator.reset();
	const result = await runN8n(runtime, userFolder, ['execute', `--id=${id}`, '--rawOutput']);
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

const TOOL_NAME = 'Add boxes of a future inventory item to a prebook in Komet Sales';
const finalAnswer = (execution) => execution.data.resultData.runData['AI Agent'][0].data.main[0][0].json.output;
const userMessage = (request) => request.body.messages.find((message) => message.role === 'user')?.content;

test('the example: the model sees one tool, described by the action, with the $fromAI() parameters', async () => {
	model.willCall({ prebookId: 85063, inventoryId: 9999999, boxes: 5, price: 2.5 });
	const { code, execution } = await runAgent(example);
	assert.equal(code, 0, JSON.stringify(execution.data.resultData.error ?? {}));
	const [first] = model.requests;
	assert.equal(userMessage(first), 'Add 5 boxes of item 9999999 to prebook 85063 at 2.50 a stem');
	assert.match(first.body.messages.find((message) => message.role === 'system').content, /ask for it instead of guessing/);
	assert.deepEqual(
		first.body.tools.map(({ function: tool }) => [tool.name, tool.description]),
		[[TOOL_NAME.replace(/ /g, '_'), TOOL_NAME]],
	);
	const { properties, required } = first.body.tools[0].function.parameters;
	assert.deepEqual(
		Object.fromEntries(Object.entries(properties).map(([key, schema]) => [key, { description: schema.description, type: schema.type }])),
		fromAICalls,
	);
	assert.deepEqual([...required].sort(), ['boxes', 'inventoryId', 'prebookId', 'price']);
	assert.deepEqual(
		simulator.requests.map((request) => [request.path, request.body]),
		[['prebook.future.item.add', { authenticationToken: SIMULATOR_TOKEN, prebookId: 85063, inventoryId: 9999999, boxes: 5, price: 2.5 }]],
	);
	assert.match(toolAnswer(), /"status":\s*1/);
	assert.match(finalAnswer(execution), /^Done\. Komet answered: .*"status":\s*1/);
});

test(`"${ISSUE_SENTENCE}": Komet gets those values, and its refusal reaches the model's final answer`, async () => {
	model.willCall({ prebookId: 456, inventoryId: 123, boxes: 5, price: 2.5 });
	const { code, execution } = await runAgent(issueSentence);
	assert.equal(code, 0, JSON.stringify(execution.data.resultData.error ?? {}));
	assert.equal(userMessage(model.requests[0]), ISSUE_SENTENCE);
	assert.deepEqual(
		simulator.requests.map((request) => [request.path, request.body]),
		[['prebook.future.item.add', { authenticationToken: SIMULATOR_TOKEN, prebookId: 456, inventoryId: 123, boxes: 5, price: 2.5 }]],
	);
	// The simulator knows prebook 85063 only: Komet's own message is what the model reads.
	assert.match(toolAnswer(), /The Prebook does not exist\./);
	assert.match(finalAnswer(execution), /The Prebook does not exist\./);
});

test('a bad argument comes back to the model as a readable error, and the workflow goes on', async () => {
	model.willCall({ prebookId: 85063, inventoryId: 9999999, boxes: 0, price: 2.5 });
	const { code, execution } = await runAgent(example);
	assert.equal(code, 0, JSON.stringify(execution.data.resultData.error ?? {}));
	assert.deepEqual(simulator.requests, []);
	assert.match(toolAnswer(), /Item 1, Boxes \(boxes\): must be at least 1/);
});

test("the playground's stand-in (no OPENAI_API_KEY) reads the example sentence itself, and says what it is to anything else", async () => {
	model.willCall(undefined);
	const { code, execution } = await runAgent(example);
	assert.equal(code, 0, JSON.stringify(execution.data.resultData.error ?? {}));
	assert.deepEqual(
		simulator.requests.map((request) => [request.path, request.body]),
		[['prebook.future.item.add', { authenticationToken: SIMULATOR_TOKEN, prebookId: 85063, inventoryId: 9999999, boxes: 5, price: 2.5 }]],
	);
	assert.match(finalAnswer(execution), /^Done\. Komet answered: .*"status":\s*1/);

	const other = await runAgent(otherSentence);
	assert.equal(other.code, 0, JSON.stringify(other.execution.data.resultData.error ?? {}));
	assert.deepEqual(simulator.requests, []);
	assert.equal(finalAnswer(other.execution), STAND_IN_NOTICE);
});
