#!/usr/bin/env node
// Provisions a real n8n (pinned version) for local use and e2e tests.
//
//   node scripts/n8n-runtime.mjs            provision (if needed) and print the paths
//   node scripts/n8n-runtime.mjs --force    wipe the cache and provision from scratch
//
// Everything is cached under <repo>/.n8n-runtime/ (git-ignored; override with
// N8N_RUNTIME_DIR). n8n 2.x needs Node >= 24, so a Node 24 binary is installed
// from the npm registry (package node-<platform>-<arch>); its headers are used to
// build the native modules from source, because their install scripts would try
// to download prebuilt binaries from the internet.
//
// Layout:
//   .n8n-runtime/node/   npm prefix holding the Node 24 package      (step marker .done)
//   .n8n-runtime/n8n/    npm prefix holding n8n + its dependencies   (step markers .installed, .built)
//   .n8n-runtime/ready.json   written last; if present and matching, a run takes ~0.1 s
//   .n8n-runtime/logs/   full npm / node-gyp output of each step
//   .n8n-runtime/.lock/  held while provisioning (concurrent callers wait for it)
//
// Library use:
//   import { ensureN8n, n8nEnv, parseExecuteOutput } from './scripts/n8n-runtime.mjs';
//   const { nodeBin, n8nEntry } = await ensureN8n({ log: console.log });
//   spawn(nodeBin, [n8nEntry, 'execute', '--id=ID', '--rawOutput'],
//         { cwd: userFolder, env: n8nEnv(userFolder, { N8N_CUSTOM_EXTENSIONS: dir }) });
//
// Plain Node ESM, stdlib only, runs under Node >= 20.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const N8N_VERSION = '2.41.1';
export const NODE_VERSION = '24.21.0';

const SCRIPT_PATH = fileURLToPath(import.meta.url);
const REPO_ROOT = path.resolve(path.dirname(SCRIPT_PATH), '..');
export const RUNTIME_DIR = process.env.N8N_RUNTIME_DIR
	? path.resolve(process.env.N8N_RUNTIME_DIR)
	: path.join(REPO_ROOT, '.n8n-runtime');

const PLATFORM = process.platform === 'win32' ? 'win' : process.platform;
const NODE_PKG = `node-${PLATFORM}-${process.arch}`;
const LOCK_STALE_MS = 2 * 60 * 1000; // a live holder refreshes the lock every 20 s
const HEARTBEAT_MS = 20 * 1000;

function paths(runtimeDir = RUNTIME_DIR) {
	const nodeDir = path.join(runtimeDir, 'node');
	const nodePkgDir = path.join(nodeDir, 'node_modules', NODE_PKG);
	const n8nDir = path.join(runtimeDir, 'n8n');
	const n8nModules = path.join(n8nDir, 'node_modules');
	return {
		runtimeDir,
		nodeDir,
		nodePkgDir,
		nodeBin: path.join(nodePkgDir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node'),
		n8nDir,
		n8nModules,
		n8nEntry: path.join(n8nModules, 'n8n', 'bin', 'n8n'),
		sqliteBinding: path.join(n8nModules, 'sqlite3', 'build', 'Release', 'node_sqlite3.node'),
		ready: path.join(runtimeDir, 'ready.json'),
		logs: path.join(runtimeDir, 'logs'),
		lock: path.join(runtimeDir, '.lock'),
	};
}

function expectedMarker() {
	return { n8n: N8N_VERSION, node: NODE_VERSION, platform: process.platform, arch: process.arch };
}

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

function sameMarker(found, want) {
	return !!found && Object.keys(want).every((k) => found[k] === want[k]);
}

function writeFileAtomic(file, content) {
	const tmp = `${file}.${process.pid}.tmp`;
	fs.writeFileSync(tmp, content);
	fs.renameSync(tmp, file);
}

function isReady(p) {
	return (
		sameMarker(readJson(p.ready), expectedMarker()) &&
		fs.existsSync(p.nodeBin) &&
		fs.existsSync(p.n8nEntry) &&
		fs.existsSync(p.sqliteBinding)
	);
}

function result(p) {
	return {
		nodeBin: p.nodeBin,
		n8nEntry: p.n8nEntry,
		runtimeDir: p.runtimeDir,
		n8nDir: p.n8nDir,
		nodeDir: p.nodePkgDir,
		n8nVersion: N8N_VERSION,
		nodeVersion: NODE_VERSION,
	};
}

const activeChildren = new Set();

/** SIGTERM a child and its descendants (npm does not stop node-gyp/make/cc itself). */
function killTree(rootPid) {
	const pids = [rootPid];
	if (process.platform === 'linux') {
		const parentOf = new Map();
		for (const d of fs.readdirSync('/proc')) {
			if (!/^\d+$/.test(d)) continue;
			try {
				const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
				parentOf.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
			} catch {}
		}
		for (let i = 0; i < pids.length; i++) {
			for (const [pid, ppid] of parentOf) if (ppid === pids[i]) pids.push(pid);
		}
	}
	for (const pid of pids.reverse()) {
		try {
			process.kill(pid, 'SIGTERM');
		} catch {}
	}
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function pidAlive(pid) {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

/** mkdir-based lock so parallel callers (e.g. several test files) don't install twice. */
async function acquireLock(p, log) {
	fs.mkdirSync(p.runtimeDir, { recursive: true });
	const owner = path.join(p.lock, 'owner.json');
	let lastNotice = 0;
	for (;;) {
		try {
			fs.mkdirSync(p.lock);
			fs.writeFileSync(owner, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			const info = readJson(owner);
			let mtime = 0;
			try {
				mtime = fs.statSync(fs.existsSync(owner) ? owner : p.lock).mtimeMs;
			} catch {}
			const stale = (info && !pidAlive(info.pid)) || Date.now() - mtime > LOCK_STALE_MS;
			if (stale) {
				log(`[n8n-runtime] removing stale lock ${p.lock}${info ? ` (pid ${info.pid})` : ''}`);
				fs.rmSync(p.lock, { recursive: true, force: true });
				continue;
			}
			if (Date.now() - lastNotice > 30000) {
				log(`[n8n-runtime] another process${info ? ` (pid ${info.pid})` : ''} is provisioning n8n; waiting...`);
				lastNotice = Date.now();
			}
			await sleep(1000);
		}
	}
	const touch = setInterval(() => {
		try {
			const now = new Date();
			fs.utimesSync(owner, now, now);
		} catch {}
	}, HEARTBEAT_MS);
	touch.unref();
	const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
	const onSignal = (sig) => {
		for (const c of activeChildren) killTree(c.pid);
		release();
		process.kill(process.pid, sig); // re-raise with the default handler
	};
	const release = () => {
		clearInterval(touch);
		const info = readJson(owner);
		if (info && info.pid === process.pid) fs.rmSync(p.lock, { recursive: true, force: true });
		process.removeListener('exit', release);
		for (const s of signals) process.removeListener(s, onSignal);
	};
	process.on('exit', release);
	for (const s of signals) process.on(s, onSignal);
	return release;
}

/** Environment for npm child processes: drop npm_* leaked from a parent `npm run`. */
function npmEnv(extra = {}) {
	const keep =
		/^npm_config_(registry|cache|userconfig|globalconfig|cafile|ca|proxy|https_proxy|http_proxy|noproxy|strict_ssl|fetch_.+|maxsockets|loglevel)$/i;
	const env = {};
	for (const [k, v] of Object.entries(process.env)) {
		if (/^npm_/i.test(k) && !keep.test(k)) continue;
		if (/^(NODE_OPTIONS|NODE_ENV)$/.test(k)) continue;
		env[k] = v;
	}
	env.npm_config_update_notifier = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_audit = 'false';
	env.npm_config_yes = 'true';
	return { ...env, ...extra };
}

function fmtSecs(ms) {
	return `${Math.round(ms / 1000)}s`;
}

/** Runs a command, output appended to a log file, with a progress heartbeat. */
function run(cmd, args, { cwd, env, logFile, log, label }) {
	return new Promise((resolve, reject) => {
		fs.mkdirSync(path.dirname(logFile), { recursive: true });
		const out = fs.openSync(logFile, 'a');
		fs.writeSync(out, `\n$ (cd ${cwd} && ${cmd} ${args.join(' ')})\n`);
		const started = Date.now();
		const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', out, out] });
		activeChildren.add(child);
		const beat = setInterval(
			() => log(`[n8n-runtime]   ... ${label} still running (${fmtSecs(Date.now() - started)})`),
			HEARTBEAT_MS,
		);
		const done = (err) => {
			activeChildren.delete(child);
			clearInterval(beat);
			fs.closeSync(out);
			if (!err) return resolve(Date.now() - started);
			let tail = '';
			try {
				tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
			} catch {}
			err.message += `\n--- last lines of ${logFile} ---\n${tail}`;
			reject(err);
		};
		child.on('error', (e) => done(new Error(`${label}: could not start ${cmd}: ${e.message}`)));
		child.on('exit', (code, signal) =>
			done(code === 0 ? null : new Error(`${label} failed (${signal ?? `exit code ${code}`})`)),
		);
	});
}

function writePackageJson(dir, name, deps) {
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify({ name, version: '0.0.0', private: true, description: 'generated by scripts/n8n-runtime.mjs', dependencies: deps }, null, 2) + '\n',
	);
}

function checkWith(nodeBin, cwd, code) {
	const r = spawnSync(nodeBin, ['-e', code], { cwd, encoding: 'utf8', timeout: 60000, env: npmEnv() });
	return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}`.trim() };
}

const SQLITE_CHECK = `
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database(':memory:');
db.get('select sqlite_version() as v', (err, row) => {
  if (err) { console.error(err); process.exit(1); }
  console.log('sqlite ' + row.v); db.close();
});`;

const IVM_CHECK = `
const ivm = require('isolated-vm');
const isolate = new ivm.Isolate({ memoryLimit: 16 });
const ctx = isolate.createContextSync();
const v = ctx.evalSync('1 + 2');
if (v !== 3) { console.error('bad result ' + v); process.exit(1); }
isolate.dispose();
console.log('isolated-vm ok');`;

/**
 * Makes sure the pinned n8n is installed and usable. Idempotent: after the first
 * successful run it only reads a marker file.
 * @returns {Promise<{nodeBin: string, n8nEntry: string, runtimeDir: string, n8nDir: string, nodeDir: string, n8nVersion: string, nodeVersion: string}>}
 */
export async function ensureN8n({ log = console.log, force = false, runtimeDir = RUNTIME_DIR } = {}) {
	const p = paths(runtimeDir);
	if (!force && isReady(p)) return result(p);

	const release = await acquireLock(p, log);
	try {
		if (force) {
			log(`[n8n-runtime] --force: wiping ${p.runtimeDir}`);
			for (const entry of fs.readdirSync(p.runtimeDir)) {
				if (entry !== '.lock') fs.rmSync(path.join(p.runtimeDir, entry), { recursive: true, force: true });
			}
		} else if (isReady(p)) {
			return result(p); // another process finished while we waited for the lock
		}
		fs.rmSync(p.ready, { force: true });
		const t0 = Date.now();
		log(`[n8n-runtime] provisioning n8n ${N8N_VERSION} (Node ${NODE_VERSION}) in ${p.runtimeDir}`);
		log('[n8n-runtime] a fresh install takes several minutes; full output goes to ' + p.logs);

		// Step 1: Node 24 binary + headers from the npm registry.
		const nodeMarker = path.join(p.nodeDir, '.done');
		if (readJson(nodeMarker)?.node !== NODE_VERSION || !fs.existsSync(p.nodeBin)) {
			log(`[n8n-runtime] [1/3] installing ${NODE_PKG}@${NODE_VERSION}`);
			fs.rmSync(p.nodeDir, { recursive: true, force: true });
			writePackageJson(p.nodeDir, 'n8n-runtime-node', { [NODE_PKG]: NODE_VERSION });
			const ms = await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], {
				cwd: p.nodeDir,
				env: npmEnv(),
				logFile: path.join(p.logs, 'node-install.log'),
				log,
				label: `npm install ${NODE_PKG}`,
			});
			const v = spawnSync(p.nodeBin, ['-v'], { encoding: 'utf8' });
			if (v.status !== 0 || v.stdout.trim() !== `v${NODE_VERSION}`) {
				throw new Error(`Node binary ${p.nodeBin} does not work: ${v.stdout}${v.stderr}${v.error ?? ''}`);
			}
			if (!fs.existsSync(path.join(p.nodePkgDir, 'include', 'node', 'node.h'))) {
				throw new Error(`${NODE_PKG} has no headers (include/node/node.h); cannot build native modules`);
			}
			fs.writeFileSync(nodeMarker, JSON.stringify({ node: NODE_VERSION }) + '\n');
			log(`[n8n-runtime]       done in ${fmtSecs(ms)}`);
		} else {
			log(`[n8n-runtime] [1/3] ${NODE_PKG}@${NODE_VERSION} already installed`);
		}

		// Env that makes npm / node-gyp target the Node 24 ABI with its headers.
		const buildEnv = npmEnv({
			PATH: `${path.dirname(p.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
			npm_config_nodedir: p.nodePkgDir,
			npm_config_build_from_source: 'true',
			JOBS: 'max',
		});

		// Step 2: n8n and its dependency tree, without install scripts (they download binaries).
		const installedMarker = path.join(p.n8nDir, '.installed');
		const builtMarker = path.join(p.n8nDir, '.built');
		if (readJson(installedMarker)?.n8n !== N8N_VERSION || !fs.existsSync(p.n8nEntry)) {
			log(`[n8n-runtime] [2/3] npm install --ignore-scripts n8n@${N8N_VERSION} (~5 min, ~2.8 GB)`);
			fs.rmSync(p.n8nDir, { recursive: true, force: true });
			writePackageJson(p.n8nDir, 'n8n-runtime', { n8n: N8N_VERSION });
			const ms = await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=warn'], {
				cwd: p.n8nDir,
				env: npmEnv({ npm_config_nodedir: p.nodePkgDir }),
				logFile: path.join(p.logs, 'n8n-install.log'),
				log,
				label: 'npm install n8n',
			});
			if (!fs.existsSync(p.n8nEntry)) throw new Error(`npm install finished but ${p.n8nEntry} is missing`);
			fs.writeFileSync(installedMarker, JSON.stringify({ n8n: N8N_VERSION }) + '\n');
			log(`[n8n-runtime]       done in ${fmtSecs(ms)}`);
		} else {
			log(`[n8n-runtime] [2/3] n8n@${N8N_VERSION} already installed`);
		}

		// Step 3: native modules n8n needs at runtime, built against Node 24.
		if (!sameMarker(readJson(builtMarker), expectedMarker()) || !fs.existsSync(p.sqliteBinding)) {
			fs.rmSync(builtMarker, { force: true });
			log('[n8n-runtime] [3/3] building sqlite3 from source for Node 24 (~1.5-4 min)');
			const ms = await run('npm', ['rebuild', 'sqlite3', '--build-from-source', '--foreground-scripts'], {
				cwd: p.n8nDir,
				env: buildEnv,
				logFile: path.join(p.logs, 'build-sqlite3.log'),
				log,
				label: 'build sqlite3',
			});
			const sq = checkWith(p.nodeBin, p.n8nDir, SQLITE_CHECK);
			if (!sq.ok) throw new Error(`sqlite3 does not load under Node ${NODE_VERSION}:\n${sq.output}`);
			log(`[n8n-runtime]       done in ${fmtSecs(ms)} (${sq.output})`);

			// isolated-vm (expression engine "vm") ships a prebuild for Node 24; build only if it fails.
			let ivm = checkWith(p.nodeBin, p.n8nDir, IVM_CHECK);
			if (!ivm.ok) {
				log('[n8n-runtime]       isolated-vm prebuild unusable; building it from source (several minutes)');
				await run('npm', ['rebuild', 'isolated-vm', '--build-from-source', '--foreground-scripts'], {
					cwd: p.n8nDir,
					env: buildEnv,
					logFile: path.join(p.logs, 'build-isolated-vm.log'),
					log,
					label: 'build isolated-vm',
				});
				ivm = checkWith(p.nodeBin, p.n8nDir, IVM_CHECK);
				if (!ivm.ok) throw new Error(`isolated-vm does not load under Node ${NODE_VERSION}:\n${ivm.output}`);
			}
			log(`[n8n-runtime]       ${ivm.output}`);
			fs.writeFileSync(builtMarker, JSON.stringify(expectedMarker()) + '\n');
		} else {
			log('[n8n-runtime] [3/3] native modules already built');
		}

		const ver = spawnSync(p.nodeBin, [p.n8nEntry, '--version'], { cwd: p.n8nDir, encoding: 'utf8', env: npmEnv() });
		if (ver.status !== 0 || ver.stdout.trim() !== N8N_VERSION) {
			throw new Error(`n8n --version failed: ${ver.stdout}${ver.stderr}${ver.error ?? ''}`);
		}
		writeFileAtomic(p.ready, JSON.stringify({ ...expectedMarker(), provisionedAt: new Date().toISOString() }, null, 2) + '\n');
		log(`[n8n-runtime] n8n ${N8N_VERSION} ready (${fmtSecs(Date.now() - t0)})`);
		return result(p);
	} finally {
		release();
	}
}

/**
 * Environment for headless n8n runs (`nodeBin n8nEntry <command>`), based on
 * process.env minus inherited N8N_* / DB_* / EXECUTIONS_* / NODE_OPTIONS / NODE_ENV.
 * `extra` wins over everything (values are stringified; null/undefined deletes a key).
 *
 * - N8N_RUNNERS_BROKER_PORT: `start`, `execute` and `execute-batch` each start a task
 *   broker (default port 5679; a second one fails with "port 5679 is already in use"),
 *   so a random port in 20000-31999 is picked unless `extra` gives one.
 * - N8N_LOG_LEVEL must stay 'info' (or 'debug'): `execute` prints its result via
 *   the logger at info level. N8N_LOG_FORMAT=json makes every line one JSON object,
 *   so the result can be found reliably (see parseExecuteOutput).
 * - N8N_EXPRESSION_ENGINE=quickjs: with the default 'vm' engine (isolated-vm) CLI
 *   commands sometimes segfault at exit (exit 139 after printing the result: an isolate
 *   is still being created when process.exit runs). 'quickjs' is sandboxed too, pure
 *   WASM, and gives the same results. Pass { N8N_EXPRESSION_ENGINE: 'vm' } to test vm.
 * - NODE_ENV is dropped: under NODE_ENV=test (Jest sets it) `n8n execute` prints nothing.
 * - Run n8n with cwd outside the repo (e.g. the user folder): bin/n8n loads ./.env.
 */
export function n8nEnv(userFolder, extra = {}) {
	if (!userFolder) throw new TypeError('n8nEnv(userFolder): userFolder is required');
	const env = {};
	for (const [k, v] of Object.entries(process.env)) {
		if (/^(N8N_|DB_|EXECUTIONS_|QUEUE_|WEBHOOK_URL$|GENERIC_TIMEZONE$|NODE_OPTIONS$|NODE_ENV$|E2E_TESTS$|NODE_TEST_CONTEXT$|npm_)/i.test(k)) continue;
		env[k] = v;
	}
	Object.assign(env, {
		N8N_USER_FOLDER: path.resolve(userFolder),
		// no outbound calls (telemetry, version checks, templates, banners)
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'false', // N8N_CUSTOM_EXTENSIONS still load
		N8N_DISABLED_MODULES: 'mcp-registry', // `start` otherwise fetches api.n8n.io/api/mcp-servers
		// local, headless
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_RUNNERS_BROKER_PORT: String(20000 + Math.floor(Math.random() * 12000)),
		N8N_EXPRESSION_ENGINE: 'quickjs',
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_FORMAT: 'json',
		GENERIC_TIMEZONE: 'UTC',
		DB_TYPE: 'sqlite',
	});
	for (const [k, v] of Object.entries(extra ?? {})) {
		if (v === undefined || v === null) delete env[k];
		else env[k] = String(v);
	}
	return env;
}

/**
 * Extracts the execution object printed by `n8n execute --id=ID [--rawOutput]`
 * (works for N8N_LOG_FORMAT=json and text). On failure `execute` exits 1 and the
 * object is still printed, with data.resultData.error set. Returns undefined if
 * no execution object is found.
 */
export function parseExecuteOutput(stdout) {
	const isExecution = (o) => o && typeof o === 'object' && o.data && o.data.resultData;
	let found;
	const lines = String(stdout).split(/\r?\n/);
	for (const line of lines) {
		if (!line.startsWith('{"')) continue;
		try {
			const entry = JSON.parse(line);
			if (typeof entry.message === 'string' && entry.message.startsWith('{')) {
				const o = JSON.parse(entry.message);
				if (isExecution(o)) found = o;
			}
		} catch {}
	}
	if (found) return found;
	// text log format: pretty-printed JSON block from a line "{" to a line "}"
	for (let i = lines.length - 1; i >= 0; i--) {
		if (lines[i] !== '}') continue;
		for (let j = i; j >= 0; j--) {
			if (lines[j] !== '{') continue;
			try {
				const o = JSON.parse(lines.slice(j, i + 1).join('\n'));
				if (isExecution(o)) return o;
			} catch {}
		}
	}
	return undefined;
}

/** Ports freePort() has handed out: free when asked, but bound only later, by another process. */
const handedOut = new Set();

/** A free TCP port on 127.0.0.1 (e.g. for N8N_PORT / N8N_RUNNERS_BROKER_PORT), never one it gave before. */
export async function freePort() {
	for (;;) {
		const port = await new Promise((resolve, reject) => {
			const srv = net.createServer();
			srv.unref();
			srv.on('error', reject);
			srv.listen(0, '127.0.0.1', () => {
				const { port: bound } = srv.address();
				srv.close(() => resolve(bound));
			});
		});
		if (!handedOut.has(port)) {
			handedOut.add(port);
			return port;
		}
	}
}

/** Whether the script at `scriptPath` is the one node was started with (not imported). */
export function isMainModule(scriptPath) {
	if (!process.argv[1]) return false;
	try {
		return fs.realpathSync(process.argv[1]) === fs.realpathSync(scriptPath);
	} catch {
		return false;
	}
}

if (isMainModule(SCRIPT_PATH)) {
	const force = process.argv.includes('--force');
	const started = Date.now();
	ensureN8n({ log: (m) => console.log(m), force })
		.then((r) => {
			console.log(`n8n ${r.n8nVersion} on Node ${r.nodeVersion} (${Date.now() - started} ms)`);
			console.log(`runtimeDir: ${r.runtimeDir}`);
			console.log(`nodeBin:    ${r.nodeBin}`);
			console.log(`n8nEntry:   ${r.n8nEntry}`);
			console.log(`run:        "${r.nodeBin}" "${r.n8nEntry}" --help`);
		})
		.catch((err) => {
			console.error(`[n8n-runtime] FAILED: ${err?.stack ?? err}`);
			process.exitCode = 1;
		});
}
