// A scripted stand-in for an OpenAI-compatible chat model, on loopback: the AI agent example
// runs offline with it (the playground, when no OPENAI_API_KEY is set) and the agent test
// drives it. It is not a model. Its first answer calls the agent's first tool with the
// arguments it was told to use (`willCall`), or else with those it reads from a sentence
// shaped like the example's ("Add 5 boxes of item 9999999 to prebook 85063 at 2.50 a stem");
// once the tool has answered, it quotes that answer. Anything else gets a sentence saying
// what it is. Chat completions only (the example's model has the Responses API off), plain
// or streamed.
import { createServer } from 'node:http';

/** What the stand-in says to anything it was not scripted for. */
export const STAND_IN_NOTICE =
	'I am the playground\'s scripted stand-in for a chat model, not a real one: I understand only sentences like "Add 5 boxes of item 9999999 to prebook 85063 at 2.50 a stem". Set OPENAI_API_KEY before npm start for a real model.';

/** The example sentence's numbers as the tool's arguments, or undefined. */
function argumentsFromSentence(text) {
	const match = /(\d+)\s+box(?:es)?\s+of\s+item\s+(\d+)\s+to\s+prebook\s+(\d+)\s+at\s+(\d+(?:\.\d+)?)/i.exec(String(text ?? ''));
	if (!match) return undefined;
	const [, boxes, inventoryId, prebookId, price] = match;
	return { prebookId: Number(prebookId), inventoryId: Number(inventoryId), boxes: Number(boxes), price: Number(price) };
}

const textOf = (content) => (typeof content === 'string' ? content : JSON.stringify(content ?? null));

/** The assistant message answering this chat completion request. */
function answer(body, fixedArguments) {
	const messages = body.messages ?? [];
	const toolMessage = messages.find((message) => message.role === 'tool');
	if (toolMessage) return { role: 'assistant', content: `Done. Komet answered: ${textOf(toolMessage.content)}` };
	const userText = [...messages].reverse().find((message) => message.role === 'user')?.content;
	const args = fixedArguments ?? argumentsFromSentence(typeof userText === 'string' ? userText : textOf(userText));
	const tool = body.tools?.[0]?.function?.name;
	if (!args || !tool) return { role: 'assistant', content: STAND_IN_NOTICE };
	return { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: tool, arguments: JSON.stringify(args) } }] };
}

function reply(response, body, message) {
	const finish = message.tool_calls ? 'tool_calls' : 'stop';
	if (body.stream) {
		response.writeHead(200, { 'content-type': 'text/event-stream' });
		const delta = message.tool_calls
			? { role: 'assistant', tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })) }
			: { role: 'assistant', content: message.content };
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
}

/**
 * Starts the stand-in on 127.0.0.1 (`port` 0: any free one). Returns its base URL (for an
 * OpenAI credential's Base URL), the requests it received, `willCall(args)` to fix the next
 * tool call's arguments (and forget earlier requests), and `close()`.
 */
export async function startChatModelStandIn({ port = 0 } = {}) {
	const requests = [];
	let fixedArguments;
	const server = createServer((request, response) => {
		let raw = '';
		request.on('data', (chunk) => (raw += chunk));
		request.on('end', () => {
			let body;
			try {
				body = raw ? JSON.parse(raw) : {};
			} catch {
				response.writeHead(400, { 'content-type': 'application/json' });
				response.end(JSON.stringify({ error: { message: 'The body is not JSON' } }));
				return;
			}
			requests.push({ url: request.url, body });
			reply(response, body, answer(body, fixedArguments));
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	return {
		url: `http://127.0.0.1:${server.address().port}/v1`,
		requests,
		willCall: (args) => {
			fixedArguments = args;
			requests.length = 0;
		},
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}
