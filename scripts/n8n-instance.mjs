// Prepares an n8n user folder with this package installed the way users install it
// (the packed tarball in <user folder>/.n8n/nodes, loaded as the community package
// n8n-nodes-komet-sales), a Komet credential pointing at the simulator, and the
// example workflows. Shared by the playground (npm start) and the e2e tests.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { ensureN8n, n8nEnv } from './n8n-runtime.mjs';

const require = createRequire(import.meta.url);
const { packAndUnpack } = require('./pack.js');

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
export const CREDENTIAL_ID = 'kometSimulator';
export const SIMULATOR_TOKEN = 'sim-company-token';

/** Every example workflow, with the id it is imported under (file name, as n8n wants 16 characters). */
export function exampleWorkflows() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
			const id = file.replace(/\.json$/, '').replace(/[^a-zA-Z0-9]/g, '').slice(0, 16).padEnd(16, '0');
			return { file, id, workflow: { ...workflow, id } };
		});
}

/** Runs `n8n <args>` with the pinned runtime; resolves with { code, stdout, stderr }. */
export function runN8n(runtime, userFolder, args, extraEnv = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(runtime.nodeBin, [runtime.n8nEntry, ...args], {
			cwd: userFolder,
			env: n8nEnv(userFolder, { N8N_COMMUNITY_PACKAGES_ENABLED: 'true', ...extraEnv }),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

async function mustRun(runtime, userFolder, args) {
	const result = await runN8n(runtime, userFolder, args);
	if (result.code !== 0) throw new Error(`n8n ${args.join(' ')} failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
	return result;
}

/** A hash of what the packed package is made of (dist/ and package.json). */
function builtPackageHash() {
	const hash = crypto.createHash('sha256');
	const walk = (dir) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(file);
			else hash.update(`${path.relative(REPO_ROOT, file)}\0`).update(fs.readFileSync(file));
		}
	};
	walk(path.join(REPO_ROOT, 'dist'));
	hash.update(fs.readFileSync(path.join(REPO_ROOT, 'package.json')));
	return hash.digest('hex');
}

/**
 * Installs the packed package into the user folder, replacing an older copy; does nothing
 * when the copy there was made from the same build. Returns whether it installed.
 */
export function installPackage(userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', 'n8n-nodes-komet-sales');
	const stamp = path.join(nodesDir, '.komet-sales-build');
	const built = builtPackageHash();
	if (fs.existsSync(target) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === built) return false;
	const packed = packAndUnpack(REPO_ROOT);
	try {
		fs.rmSync(target, { recursive: true, force: true });
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.cpSync(packed.dir, target, { recursive: true });
		const version = JSON.parse(fs.readFileSync(path.join(target, 'package.json'), 'utf8')).version;
		fs.writeFileSync(
			path.join(nodesDir, 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { 'n8n-nodes-komet-sales': version } }, null, 2),
		);
		fs.writeFileSync(stamp, built);
	} finally {
		fs.rmSync(packed.work, { recursive: true, force: true });
	}
	return true;
}

/** The ids of the workflows the user folder's n8n has (none when it has no database yet). */
async function savedWorkflowIds(runtime, userFolder) {
	if (!fs.existsSync(path.join(userFolder, '.n8n', 'database.sqlite'))) return new Set();
	const { stdout } = await mustRun(runtime, userFolder, ['list:workflow', '--onlyId']);
	// One id a line, as a log message ({"message": id} with n8nEnv's JSON log format) or bare.
	const idOf = (line) => {
		try {
			return JSON.parse(line).message;
		} catch {
			return line.trim();
		}
	};
	return new Set(stdout.split(/\r?\n/).map(idOf).filter((id) => typeof id === 'string' && /^[A-Za-z0-9]{16}$/.test(id)));
}

/**
 * Makes the user folder ready: package installed, credential and examples imported (and any
 * other credentials given, e.g. a chat model's). An example the folder's n8n already has is
 * left as the user saved it, unless `resetExamples`.
 * Returns the runtime ({ nodeBin, n8nEntry }), the workflows imported now and those kept.
 */
export async function prepareUserFolder(
	userFolder,
	{ simulatorUrl, workflows = exampleWorkflows(), credentials = [], resetExamples = false, log = () => {} },
) {
	const runtime = await ensureN8n({ log });
	fs.mkdirSync(userFolder, { recursive: true });
	if (installPackage(userFolder)) log('installed the packed n8n-nodes-komet-sales into n8n');
	const saved = resetExamples ? new Set() : await savedWorkflowIds(runtime, userFolder);
	const kept = workflows.filter(({ id }) => saved.has(id));
	const toImport = workflows.filter(({ id }) => !saved.has(id));

	const importDir = fs.mkdtempSync(path.join(userFolder, 'import-'));
	try {
		const credentialFile = path.join(importDir, 'credential.json');
		fs.writeFileSync(
			credentialFile,
			JSON.stringify([
				{
					id: CREDENTIAL_ID,
					name: 'Komet Sales (simulator)',
					type: 'kometSalesApi',
					data: { token: SIMULATOR_TOKEN, baseUrl: simulatorUrl },
				},
				...credentials,
			]),
		);
		await mustRun(runtime, userFolder, ['import:credentials', `--input=${credentialFile}`]);
		if (toImport.length > 0) {
			const workflowDir = path.join(importDir, 'workflows');
			fs.mkdirSync(workflowDir);
			for (const { id, workflow } of toImport) fs.writeFileSync(path.join(workflowDir, `${id}.json`), JSON.stringify(workflow));
			await mustRun(runtime, userFolder, ['import:workflow', '--separate', `--input=${workflowDir}`]);
		}
	} finally {
		fs.rmSync(importDir, { recursive: true, force: true });
	}
	return { runtime, workflows: toImport, kept };
}

/**
 * The OpenAI credential the agent example's chat model names, with this key and base URL
 * (the playground's from OPENAI_API_KEY, the agent test's pointing at its stand-in).
 */
export function agentExampleCredential(apiKey, url) {
	const chatModel = exampleWorkflows()
		.flatMap(({ workflow }) => workflow.nodes)
		.find((node) => node.credentials?.openAiApi);
	const { id, name } = chatModel.credentials.openAiApi;
	return { id, name, type: 'openAiApi', data: { apiKey, url } };
}

/**
 * The MCP example: its entry in exampleWorkflows(), its MCP Server Trigger, and the URL path
 * MCP clients connect to once it is published (`/mcp/<the trigger's path>`).
 */
export function mcpExample() {
	const example = exampleWorkflows().find(({ workflow }) => workflow.nodes.some((node) => node.type === '@n8n/n8n-nodes-langchain.mcpTrigger'));
	const trigger = example.workflow.nodes.find((node) => node.type === '@n8n/n8n-nodes-langchain.mcpTrigger');
	return { ...example, trigger, urlPath: `/mcp/${trigger.parameters.path}` };
}

/**
 * The bearer-token credential the MCP example's server trigger names, with this token (the
 * playground's from KOMET_MCP_TOKEN, the MCP test's its own): MCP clients send the token as
 * `Authorization: Bearer <token>`.
 */
export function mcpExampleCredential(token) {
	const { id, name } = mcpExample().trigger.credentials.httpBearerAuth;
	return { id, name, type: 'httpBearerAuth', data: { token } };
}

/** Publishes a workflow (n8n 2.x's activation) with the CLI; n8n must not be running on this folder. */
export async function publishWorkflow(runtime, userFolder, id) {
	await mustRun(runtime, userFolder, ['publish:workflow', `--id=${id}`]);
}

/**
 * Starts `n8n start` on a prepared user folder, in its own process group (so that it can be
 * stopped with its task runner), and waits until its REST API answers. `onSpawn(child)` is
 * called at once, for a test's after hook to kill it should the start fail. Returns the child
 * and `output()`, what it printed so far.
 */
export async function startN8nServer(runtime, userFolder, port, { env = {}, onSpawn = () => {} } = {}) {
	const child = spawn(runtime.nodeBin, [runtime.n8nEntry, 'start'], {
		cwd: userFolder,
		env: n8nEnv(userFolder, { N8N_PORT: port, N8N_COMMUNITY_PACKAGES_ENABLED: 'true', ...env }),
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	onSpawn(child);
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	await waitFor('n8n', () => answers(`http://127.0.0.1:${port}/rest/settings`), { child }).catch((error) => {
		throw new Error(`${error.message}:\n${output.slice(-3000)}`);
	});
	return { child, output: () => output };
}

/**
 * The executions n8n lists for a workflow (newest first), or undefined while it cannot say yet:
 * just after a (re)start n8n answers /rest/settings a moment before it mounts this route (404),
 * or says its database is not ready (503), or, on a loaded machine, ends an answer early (a body
 * that is not JSON). For `waitFor`; any other answer fails with what n8n said.
 */
export async function executionsOf(base, cookie, workflowId) {
	const response = await fetch(`${base}/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`, { headers: { cookie } });
	const text = await response.text();
	if (response.status === 404 || response.status === 503) return undefined;
	if (response.status !== 200) throw new Error(`GET /rest/executions: ${response.status} ${text.slice(0, 500)}`);
	try {
		return JSON.parse(text).data.results;
	} catch {
		return undefined;
	}
}

/**
 * The node or credential types the editor reads (`kind`: 'nodes' or 'credentials'), once they
 * name `name`. n8n writes `/types/<kind>.json` in the background at start-up and again when it
 * has loaded community packages, truncating the file each time, so a read just after start can
 * find no file yet (404) or a half-written one (clean-clone CI runs met both): it is read again
 * until it parses and names `name`.
 */
export async function editorTypes(base, cookie, kind, name, timeoutMs = 60_000) {
	return await waitFor(
		`/types/${kind}.json naming ${name}`,
		async () => {
			const response = await fetch(`${base}/types/${kind}.json`, { headers: { cookie } });
			const text = await response.text();
			if (response.status === 404) return undefined;
			if (response.status !== 200) throw new Error(`GET /types/${kind}.json: ${response.status} ${text.slice(0, 500)}`);
			try {
				const types = JSON.parse(text);
				return types.some((type) => type.name === name) ? types : undefined;
			} catch {
				return undefined;
			}
		},
		{ timeoutMs },
	);
}

/** The owner account the tests and scripts create in a fresh n8n (the editor's first screen). */
export const OWNER = { email: 'owner@example.com', firstName: 'Flor', lastName: 'Ista', password: 'Komet-Sales-2026' };

/**
 * Creates n8n's owner account and returns a logged-in cookie. The route is mounted a little
 * after /rest/settings answers when workflows activate at start: a 404 is waited out, and so
 * is a 503 (n8n answers "Database is not ready!" while a database ping times out, as it does
 * on a loaded machine).
 */
export async function setupOwner(baseUrl, owner = OWNER, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const response = await fetch(`${baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(owner),
		});
		if (response.status === 200) return response.headers.getSetCookie().map((entry) => entry.split(';')[0]).join('; ');
		if (![404, 503].includes(response.status) || Date.now() > deadline) throw new Error(`owner setup: ${response.status} ${await response.text()}`);
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

/**
 * Waits until `check()` gives a truthy value, and returns it; every 300 ms for `timeoutMs`.
 * With `child`, fails as soon as that process exits (n8n that could not start, say).
 */
export async function waitFor(what, check, { child, timeoutMs = 180_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child && child.exitCode !== null) throw new Error(`${what}: the process exited (${child.exitCode})`);
		const value = await check();
		if (value) return value;
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	throw new Error(`${what}: not ready within ${timeoutMs / 1000} s`);
}

/** Whether something answers `url` with a 2xx (false while nothing listens). */
export async function answers(url) {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}
