#!/usr/bin/env node
// `npm start`: a real n8n with this package, against the bundled Komet simulator.
// Starts the simulator on loopback, installs the packed package into n8n's user
// folder (.playground/, kept between runs) when it changed, imports a Komet credential
// pointing at the simulator and the example workflows the folder does not have yet (a
// saved edit to an example stays; `npm start -- --reset-examples` imports them all
// again), starts n8n and prints the editor URL. The AI agent example's OpenAI credential
// uses OPENAI_API_KEY (and OPENAI_BASE_URL for another OpenAI-compatible server) when set,
// or else a scripted chat-model stand-in on loopback (scripts/chat-model-stand-in.mjs). The
// MCP example's bearer token is KOMET_MCP_TOKEN, or else one made on the first start and kept
// in the playground folder (mcp-token); the example is published when imported, so that MCP
// clients can connect at once.
// Ctrl-C, SIGTERM or SIGHUP to it or to `npm start`, or the loss of its parent, stops
// everything it started.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { n8nEnv } from './n8n-runtime.mjs';
import { startChatModelStandIn } from './chat-model-stand-in.mjs';
import { withoutExpectedNotices } from './n8n-notices.mjs';
import { agentExampleCredential, answers, mcpExample, mcpExampleCredential, prepareUserFolder, publishWorkflow, REPO_ROOT, waitFor } from './n8n-instance.mjs';

const require = createRequire(import.meta.url);
const { startSimulator } = require(path.join(REPO_ROOT, '.build/test/simulator/server.js'));
const { TOKENS } = require(path.join(REPO_ROOT, '.build/test/simulator/referenceData.js'));

const N8N_PORT = Number(process.env.N8N_PORT ?? 5678);
const SIMULATOR_PORT = Number(process.env.KOMET_SIMULATOR_PORT ?? 5690);
const userFolder = path.resolve(process.env.KOMET_PLAYGROUND_DIR ?? path.join(REPO_ROOT, '.playground'));
const RESET_EXAMPLES = process.argv.includes('--reset-examples');
const log = (message) => console.log(`[playground] ${message}`);

const simulator = await startSimulator({ port: SIMULATOR_PORT });
log(`Komet Sales simulator on ${simulator.url} (tokens: ${Object.keys(TOKENS).join(', ')})`);
// Without a key, the AI agent example talks to a scripted stand-in, so that it runs as shipped.
const chatModel = process.env.OPENAI_API_KEY ? undefined : await startChatModelStandIn();

/** The agent example's OpenAI credential: the user's key, or the stand-in (labelled as such). */
function agentCredential() {
	if (!chatModel) return agentExampleCredential(process.env.OPENAI_API_KEY, process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1');
	return { ...agentExampleCredential('stand-in-no-key', chatModel.url), name: 'Scripted chat model stand-in (set OPENAI_API_KEY for OpenAI)' };
}

/**
 * The bearer token MCP clients send to the MCP example, and where it comes from: KOMET_MCP_TOKEN,
 * or the one in the playground folder, made on the first start (so configured clients keep working).
 */
function mcpToken() {
	if (process.env.KOMET_MCP_TOKEN) return { token: process.env.KOMET_MCP_TOKEN, source: 'KOMET_MCP_TOKEN' };
	const file = path.join(userFolder, 'mcp-token');
	if (!fs.existsSync(file)) {
		fs.mkdirSync(userFolder, { recursive: true });
		fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
	}
	return { token: fs.readFileSync(file, 'utf8').trim(), source: `the token in ${file}` };
}
const mcp = mcpToken();

let n8n;
let stopping = false;
async function stop(code = 0) {
	if (stopping) return;
	stopping = true;
	log('stopping ...');
	if (n8n && n8n.exitCode === null) {
		n8n.kill('SIGTERM');
		// SIGKILL if n8n is not done shutting down in time; either way, wait for it to be gone.
		await new Promise((resolve) => {
			const timer = setTimeout(() => n8n.kill('SIGKILL'), 15_000);
			n8n.once('exit', () => {
				clearTimeout(timer);
				resolve();
			});
		});
	}
	await simulator.close();
	await chatModel?.close();
	log('stopped: n8n and the simulator are down.');
	process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
// npm forwards SIGINT/SIGTERM to its script's shell; should that shell die without passing
// them on (or npm itself be killed), this process is handed to another parent: stop then too.
const parentAtStart = process.ppid;
setInterval(() => {
	if (process.ppid !== parentAtStart) void stop(0);
}, 1000).unref();

try {
	const credentials = [agentCredential(), mcpExampleCredential(mcp.token)];
	const { runtime, workflows, kept } = await prepareUserFolder(userFolder, { simulatorUrl: simulator.url, credentials, resetExamples: RESET_EXAMPLES, log });
	log(`imported ${workflows.length} example workflows and the credential "Komet Sales (simulator)"`);
	if (kept.length > 0) log(`kept ${kept.length} example workflows as saved in n8n (npm start -- --reset-examples imports them again)`);
	if (chatModel) log(`the AI agent example's model is a scripted stand-in on ${chatModel.url}: set OPENAI_API_KEY for a real model`);
	else log('the AI agent example uses OpenAI with the key in OPENAI_API_KEY');
	// Published when imported; a kept one stays as the user left it (published or not).
	if (workflows.some(({ id }) => id === mcpExample().id)) {
		log(`publishing "${mcpExample().workflow.name}" for MCP clients ...`);
		await publishWorkflow(runtime, userFolder, mcpExample().id);
	}
	n8n = spawn(runtime.nodeBin, [runtime.n8nEntry, 'start'], {
		cwd: userFolder,
		env: n8nEnv(userFolder, {
			N8N_PORT,
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			N8N_LOG_FORMAT: 'text',
			N8N_LOG_LEVEL: 'warn',
			// Set explicitly so that n8n does not print a page of deprecation notices at every start.
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			N8N_RUNNERS_TASK_TIMEOUT: 300,
			// Publish answers with the outcome, as before n8n 2.41's publication queue: a trigger n8n
			// cannot activate (the Komet Sales Trigger over its request budget) is refused at once,
			// instead of after n8n's five background tries, 15 s later (README, "Komet Sales Trigger").
			N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'false',
			N8N_COMPRESSION_NODE_MAX_DECOMPRESSED_SIZE_BYTES: 256 * 1024 * 1024,
			N8N_COMPRESSION_NODE_MAX_ZIP_ENTRIES: 1000,
		}),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	withoutExpectedNotices(n8n.stdout, process.stdout);
	withoutExpectedNotices(n8n.stderr, process.stderr);
	n8n.on('exit', (code) => {
		if (!stopping) {
			log(`n8n exited (${code})`);
			void stop(code ?? 1);
		}
	});
	// /healthz answers before the editor's REST API is mounted; /rest/settings answers after.
	await waitFor('n8n', () => answers(`http://127.0.0.1:${N8N_PORT}/rest/settings`), { child: n8n });
	const firstVisit = await ownerMissing();
	console.log(`
  n8n with the Komet Sales node is running: http://localhost:${N8N_PORT}
${firstVisit ? '\n  1. Create the owner account (any e-mail and password; it stays in .playground/).' : '\n  1. Sign in with the owner account you created (it is kept in .playground/).'}
  2. Open one of the "Komet Sales: ..." workflows and click "Execute workflow".
     They use the credential "Komet Sales (simulator)", which points at ${simulator.url}.
  3. Each Komet result line is its own output item; the simulator answers as Komet does,
     including per-line failures (e.g. box KS009999 does not exist).
${mcpLines()}
  Ctrl-C stops n8n and the simulator.
`);
} catch (error) {
	console.error(`[playground] ${error?.stack ?? error}`);
	await stop(1);
}

/** Where MCP clients connect to the MCP example, and with which token (named, never printed). */
function mcpLines() {
	return `
  Komet over MCP: an MCP client connects to http://localhost:${N8N_PORT}${mcpExample().urlPath}
  with the header "Authorization: Bearer <${mcp.source}>" (README, "Komet over MCP").
`;
}

/**
 * Whether n8n still asks for its owner account (a first start, or one never finished). Asked
 * until n8n gives a yes or no (a busy machine can answer the first call before the editor's
 * settings are whole); no answer within a few seconds counts as a first visit.
 */
async function ownerMissing() {
	for (let attempt = 0; attempt < 10; attempt++) {
		try {
			const { data } = await (await fetch(`http://127.0.0.1:${N8N_PORT}/rest/settings`)).json();
			const setup = data?.userManagement?.showSetupOnFirstLoad;
			if (typeof setup === 'boolean') return setup;
		} catch {
			// n8n is still starting: ask again.
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return true;
}
