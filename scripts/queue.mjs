#!/usr/bin/env node
// `npm run start:queue`: n8n in queue mode on one machine, loopback only. Postgres and Redis
// from Debian's packages (installed when missing and we are root), the Komet simulator, an
// n8n main process and two workers (`n8n worker`), all with EXECUTIONS_MODE=queue, one
// encryption key and one database, each process with its own user folder and ports, and this
// package installed the way a self-hosted team installs it on every process: the packed
// tarball in each user folder's .n8n/nodes/node_modules (N8N_CUSTOM_EXTENSIONS would load the
// node as CUSTOM.kometSales, which workers do not recognise for workflows saved with the
// package's type). A workflow "Komet Sales: webhook → prebook + box code (queue mode)" is
// imported and published. Everything lives in a temporary folder, removed at the end;
// Ctrl-C, SIGTERM or SIGHUP stops every process it started.
//
// Library use (test/e2e/queue.test.mjs):
//   import { startQueue } from './scripts/queue.mjs';
//   const queue = await startQueue({ log: console.log });
//   ... queue.webhookUrl, queue.simulator, queue.workers[i].log(), queue.sql('select ...')
//   await queue.stop();
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureN8n, freePort, isMainModule, n8nEnv } from './n8n-runtime.mjs';
import { processesOf, signalGroup, stopGroup } from './process-groups.mjs';
import { answers, CREDENTIAL_ID, installPackage, OWNER, REPO_ROOT, runN8n, setupOwner, SIMULATOR_TOKEN, waitFor } from './n8n-instance.mjs';

const require = createRequire(import.meta.url);
const SCRIPT_PATH = fileURLToPath(import.meta.url);

export const WORKFLOW_FILE = path.join(REPO_ROOT, 'test/fixtures/queue/webhook-prebook-box.json');
export const WORKFLOW_ID = 'queueWebhookOrdr';
export const WEBHOOK_PATH = 'komet-queue-order';
/** The apt-get lines this needs, for a machine that has neither (Debian 12: Redis 7.0, PostgreSQL 15). */
export const APT_LINES = ['apt-get update', 'apt-get install -y redis-server postgresql'];
/** An apt-get step that has not answered by then is stuck (a mirror that does not answer), not slow. */
const APT_TIMEOUT_MS = 10 * 60_000;
/** How long an apt-get step waits for a package lock another apt-get or dpkg holds. */
const APT_LOCK_WAIT_S = 300;

/**
 * Shorter Bull locks than n8n's defaults (60 s lock, 10 s renewal, 30 s stall check): a job
 * whose worker died is found stalled within ~15 s instead of ~90 s. n8n 2.41.1 fixes Bull's
 * maxStalledCount at 0, so a stalled job is never run again; main marks its execution failed
 * after a 30 s grace. The renewal runs every 2 s, so only an event loop blocked for 10 s
 * loses a live job's lock.
 */
export const LOCK_SETTINGS = {
	QUEUE_WORKER_LOCK_DURATION: 10000,
	QUEUE_WORKER_LOCK_RENEW_TIME: 2000,
	QUEUE_WORKER_STALLED_INTERVAL: 5000,
};

function findOnPath(name) {
	for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
		const candidate = path.join(dir, name);
		try {
			fs.accessSync(candidate, fs.constants.X_OK);
			return candidate;
		} catch {}
	}
	return undefined;
}

/** Debian keeps the server binaries (postgres, initdb, pg_isready, psql) in /usr/lib/postgresql/<major>/bin. */
function findPostgresBin() {
	const root = '/usr/lib/postgresql';
	const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
	for (const major of majors) {
		const dir = path.join(root, major, 'bin');
		if (['postgres', 'initdb', 'pg_isready', 'psql'].every((name) => fs.existsSync(path.join(dir, name)))) return dir;
	}
	const initdb = findOnPath('initdb');
	return initdb && fs.existsSync(path.join(path.dirname(fs.realpathSync(initdb)), 'postgres')) ? path.dirname(fs.realpathSync(initdb)) : undefined;
}

function findServers() {
	return { redisServer: findOnPath('redis-server') ?? (fs.existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : undefined), pgBin: findPostgresBin() };
}

/**
 * Finds redis-server and the PostgreSQL binaries; as root, installs the missing ones from
 * Debian's packages. Debian's maintainer scripts would start their own Redis on 6379 and a
 * cluster on 5432: a policy-rc.d that refuses service starts (Debian's documented switch,
 * put there only for the install when none exists) keeps them down.
 */
export function ensureServers({ log = () => {} } = {}) {
	let found = findServers();
	const missing = [!found.redisServer && 'redis-server', !found.pgBin && 'postgresql'].filter(Boolean);
	if (missing.length === 0) return found;
	if (process.getuid?.() !== 0) {
		throw new Error(`Queue mode needs Redis and PostgreSQL from Debian's packages (missing: ${missing.join(', ')}). Install them once with:\n  ${APT_LINES.map((line) => `sudo ${line}`).join(' && ')}`);
	}
	log(`installing ${missing.join(' and ')} from Debian's packages ...`);
	const policy = '/usr/sbin/policy-rc.d';
	const ownPolicy = !fs.existsSync(policy);
	if (ownPolicy) fs.writeFileSync(policy, '#!/bin/sh\n# written by scripts/queue.mjs for one apt-get install: start no service\nexit 101\n', { mode: 0o755 });
	try {
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		// Another apt-get or dpkg (a browser being installed, unattended upgrades) may hold the
		// package lock: wait for it, bounded, instead of failing at once.
		const aptGet = (...args) =>
			spawnSync('apt-get', ['-o', `DPkg::Lock::Timeout=${APT_LOCK_WAIT_S}`, ...args], { env, encoding: 'utf8', timeout: APT_TIMEOUT_MS });
		const install = () => aptGet('install', '-y', '--no-install-recommends', ...missing);
		let result = install();
		if (result.status !== 0) {
			// a machine whose package lists are old or absent: refresh them once
			aptGet('update');
			result = install();
		}
		if (result.status !== 0) {
			const why = result.error ? `${result.error.message}\n` : '';
			throw new Error(`apt-get install ${missing.join(' ')} failed:\n${why}${result.stdout}\n${result.stderr}`);
		}
	} finally {
		if (ownPolicy) fs.rmSync(policy, { force: true });
	}
	found = findServers();
	if (!found.redisServer || !found.pgBin) throw new Error(`installed ${missing.join(', ')} but cannot find ${!found.redisServer ? 'redis-server' : 'the PostgreSQL binaries'}`);
	return found;
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port. */
function tcpOpen(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

/**
 * Starts everything. Options: `dir` (created when absent; a temporary one by default, removed
 * by stop()), `n8nPort`, `simulatorPort` (free ports by default), `workers` (2), `concurrency`
 * per worker (5), `lockSettings` (LOCK_SETTINGS), `log`; `stopOnSignals` (true): SIGINT,
 * SIGTERM and SIGHUP stop everything, then exit with `signalExitCode` (128 + the signal's number).
 */
export async function startQueue({
	dir,
	n8nPort,
	simulatorPort = 0,
	workers: workerCount = 2,
	concurrency = 5,
	lockSettings = LOCK_SETTINGS,
	log = () => {},
	stopOnSignals = true,
	signalExitCode,
} = {}) {
	const { startSimulator } = require(path.join(REPO_ROOT, '.build/test/simulator/server.js'));
	const started = Date.now();
	const { redisServer, pgBin } = ensureServers({ log });
	const runtime = await ensureN8n({ log });
	const ownDir = !dir;
	dir = dir ? path.resolve(dir) : fs.mkdtempSync(path.join(os.tmpdir(), 'komet-queue-'));
	fs.mkdirSync(dir, { recursive: true });
	const logDir = path.join(dir, 'logs');
	fs.mkdirSync(logDir, { recursive: true });

	const groups = []; // process group ids, in start order
	const groupsFile = path.join(dir, 'groups');
	const remember = (pgid) => {
		groups.push(pgid);
		fs.writeFileSync(groupsFile, groups.join('\n') + '\n');
	};
	// Should this process die without stopping (SIGKILL, a crash), a detached watcher kills
	// every group it started and removes the folder: nothing is left behind either way.
	const reaper = spawn(
		'/bin/sh',
		[
			'-c',
			'while s=$(sed "s/.*) //" "/proc/$1/stat" 2>/dev/null) && [ "${s%% *}" != Z ]; do sleep 1; done; for g in $(cat "$2" 2>/dev/null); do kill -s KILL -- "-$g" 2>/dev/null; done; [ "$4" = yes ] && rm -rf "$3"',
			'reaper',
			String(process.pid),
			groupsFile,
			dir,
			ownDir ? 'yes' : 'no',
		],
		{ detached: true, stdio: 'ignore' },
	);
	reaper.unref();

	const children = [];
	let stopping;
	/** Spawns a process as the leader of its own group, output to logs/<name>.log. */
	const startProcess = (name, command, args, options = {}) => {
		if (stopping) throw new Error(`stopping: ${name} not started`); // stop() only knows the processes started before it
		const logFile = path.join(logDir, `${name}.log`);
		const out = fs.openSync(logFile, 'a');
		const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', out, out] });
		fs.closeSync(out);
		remember(child.pid);
		child.on('error', () => {});
		const handle = {
			name,
			pid: child.pid,
			child,
			logFile,
			log: () => fs.readFileSync(logFile, 'utf8'),
		};
		children.push(handle);
		return handle;
	};

	let simulator;
	const stop = () =>
		(stopping ??= (async () => {
			for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(signal, onSignal);
			process.removeListener('exit', onExit);
			// n8n first (workers wait for running jobs, QUEUE_WORKER_TIMEOUT), then the database and Redis.
			const n8nProcesses = children.filter((handle) => handle.name === 'main' || handle.name.startsWith('worker'));
			await Promise.all(n8nProcesses.map((handle) => stopGroup(handle.pid, { graceMs: 40_000 })));
			for (const handle of children.filter((entry) => !n8nProcesses.includes(entry))) {
				// postgres: SIGINT to the postmaster is its "fast" shutdown; redis: SIGTERM
				await stopGroup(handle.pid, { signal: handle.name === 'postgres' ? 'SIGINT' : 'SIGTERM', leaderOnly: true, graceMs: 15_000 });
			}
			await simulator?.close();
			await stopGroup(reaper.pid, { signal: 'SIGKILL' });
			if (ownDir) fs.rmSync(dir, { recursive: true, force: true });
		})());
	// a synchronous last resort for process.exit() without stop()
	const onExit = () => {
		for (const pgid of groups) signalGroup(pgid, 'SIGKILL');
		signalGroup(reaper.pid, 'SIGKILL');
	};
	const onSignal = (signal) => {
		log(`${signal}: stopping ...`);
		void stop().finally(() => process.exit(signalExitCode ?? (signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143)));
	};
	process.on('exit', onExit);
	if (stopOnSignals) for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);

	try {
		simulator = await startSimulator({ port: simulatorPort, quiet: true });
		log(`Komet Sales simulator on ${simulator.url}`);

		// Redis: loopback only, no persistence (the queue is rebuilt with the folder).
		const redisPort = await freePort();
		const redisDir = path.join(dir, 'redis');
		fs.mkdirSync(redisDir);
		const redis = startProcess('redis', redisServer, [
			'--port', String(redisPort), '--bind', '127.0.0.1', '--protected-mode', 'yes',
			'--save', '', '--appendonly', 'no', '--dir', redisDir, '--daemonize', 'no',
		]);
		await waitFor('redis', () => tcpOpen(redisPort), { child: redis.child, timeoutMs: 30_000 });
		log(`Redis on 127.0.0.1:${redisPort}`);

		// Postgres refuses to run as root: as root, its data belongs to the postgres user.
		const pgPort = await freePort();
		const pgDir = path.join(dir, 'pg');
		fs.mkdirSync(pgDir);
		const asRoot = process.getuid?.() === 0;
		let pgUser = {};
		if (asRoot) {
			const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
			const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
			if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('no postgres user on this machine (Debian\'s postgresql package creates it)');
			pgUser = { uid, gid };
			fs.chmodSync(dir, 0o711); // postgres may pass through, not list
			fs.chownSync(pgDir, uid, gid);
		}
		const pgData = path.join(pgDir, 'data');
		const initdb = spawnSync(path.join(pgBin, 'initdb'), ['-D', pgData, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-locale', '--no-instructions'], {
			...pgUser,
			cwd: pgDir,
			encoding: 'utf8',
		});
		if (initdb.status !== 0) throw new Error(`initdb failed:\n${initdb.stdout}\n${initdb.stderr}`);
		const postgres = startProcess('postgres', path.join(pgBin, 'postgres'), ['-D', pgData, '-k', pgDir, '-h', '127.0.0.1', '-p', String(pgPort)], { ...pgUser, cwd: pgDir });
		await waitFor(
			'postgres',
			() => spawnSync(path.join(pgBin, 'pg_isready'), ['-h', pgDir, '-p', String(pgPort)], { ...pgUser, cwd: pgDir }).status === 0,
			{ child: postgres.child, timeoutMs: 60_000 },
		);
		const dbPassword = randomBytes(12).toString('hex');
		const createDb = spawnSync(
			path.join(pgBin, 'psql'),
			['-h', pgDir, '-p', String(pgPort), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q',
				'-c', `CREATE ROLE n8n LOGIN PASSWORD '${dbPassword}'`, '-c', 'CREATE DATABASE n8n OWNER n8n'],
			{ ...pgUser, cwd: pgDir, encoding: 'utf8' },
		);
		if (createDb.status !== 0) throw new Error(`creating the n8n database failed:\n${createDb.stderr}`);
		log(`PostgreSQL ${path.basename(path.dirname(pgBin))} on 127.0.0.1:${pgPort}, database n8n`);

		/** Runs SQL against n8n's database; returns the rows as arrays of strings. */
		const sql = (query) => {
			const result = spawnSync(path.join(pgBin, 'psql'), ['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'n8n', '-d', 'n8n', '-v', 'ON_ERROR_STOP=1', '-At', '-F', '\t', '-c', query], {
				env: { ...process.env, PGPASSWORD: dbPassword },
				encoding: 'utf8',
			});
			if (result.status !== 0) throw new Error(`psql: ${result.stderr}`);
			return result.stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
		};

		// What every n8n process shares: queue mode, the database, Redis, the encryption key.
		const shared = {
			EXECUTIONS_MODE: 'queue',
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: pgPort,
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'n8n',
			DB_POSTGRESDB_PASSWORD: dbPassword,
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: redisPort,
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			// the editor's "Execute workflow" runs on the workers too, as production executions do
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			N8N_LOG_FORMAT: 'text',
			N8N_LOG_LEVEL: 'info',
			...lockSettings,
		};
		// Every process gets its own user folder with the package in .n8n/nodes/node_modules,
		// as each container or machine of a real deployment has its own.
		const folderOf = (name) => path.join(dir, name);
		const names = ['main', ...Array.from({ length: workerCount }, (_, index) => `worker${index + 1}`)];
		log('Installing the packed n8n-nodes-komet-sales into each process\'s user folder ...');
		installPackage(folderOf('main'));
		for (const name of names.slice(1)) {
			fs.cpSync(path.join(folderOf('main'), '.n8n', 'nodes'), path.join(folderOf(name), '.n8n', 'nodes'), { recursive: true });
		}
		const envFor = async (name, extra = {}) => n8nEnv(folderOf(name), { ...shared, N8N_RUNNERS_BROKER_PORT: await freePort(), ...extra });

		// Credential and workflow into the shared database, then published (activated).
		log('Importing the Komet credential and the queue workflow, publishing it ...');
		const importDir = fs.mkdtempSync(path.join(dir, 'import-'));
		const workflow = { ...JSON.parse(fs.readFileSync(WORKFLOW_FILE, 'utf8')), id: WORKFLOW_ID };
		fs.writeFileSync(
			path.join(importDir, 'credential.json'),
			JSON.stringify([{ id: CREDENTIAL_ID, name: 'Komet Sales (simulator)', type: 'kometSalesApi', data: { token: SIMULATOR_TOKEN, baseUrl: simulator.url } }]),
		);
		fs.writeFileSync(path.join(importDir, 'workflow.json'), JSON.stringify(workflow));
		for (const args of [
			['import:credentials', `--input=${path.join(importDir, 'credential.json')}`],
			['import:workflow', `--input=${path.join(importDir, 'workflow.json')}`],
			['publish:workflow', `--id=${WORKFLOW_ID}`],
		]) {
			const env = await envFor('main');
			const result = await runN8n(runtime, folderOf('main'), args, env);
			if (result.code !== 0) throw new Error(`n8n ${args[0]} failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
		}
		fs.rmSync(importDir, { recursive: true, force: true });

		n8nPort ??= await freePort();
		const main = startProcess('main', runtime.nodeBin, [runtime.n8nEntry, 'start'], {
			cwd: folderOf('main'),
			env: await envFor('main', { N8N_PORT: n8nPort }),
		});
		const workers = [];
		for (const name of names.slice(1)) {
			const healthPort = await freePort();
			const worker = startProcess(name, runtime.nodeBin, [runtime.n8nEntry, 'worker', `--concurrency=${concurrency}`], {
				cwd: folderOf(name),
				env: await envFor(name, {
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: healthPort,
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				}),
			});
			worker.healthUrl = `http://127.0.0.1:${healthPort}/healthz/readiness`;
			workers.push(worker);
		}
		const baseUrl = `http://127.0.0.1:${n8nPort}`;
		// /healthz answers before the editor's REST API is mounted; /rest/settings answers after.
		await Promise.all([
			// Three n8n processes start at once and share the CPU: a longer allowance than one has.
			waitFor('n8n main', () => answers(`${baseUrl}/rest/settings`), { child: main.child, timeoutMs: 300_000 }),
			...workers.map((worker) => waitFor(`n8n ${worker.name}`, () => answers(worker.healthUrl), { child: worker.child, timeoutMs: 300_000 })),
		]);
		// Main answers even when the node failed to load and the workflow could not be activated:
		// its production webhook is registered in the database only once activation worked.
		const registered = () => Number(sql(`SELECT count(*) FROM webhook_entity WHERE "webhookPath" = '${WEBHOOK_PATH}'`)[0][0]) > 0;
		await waitFor('the production webhook', async () => registered(), { child: main.child, timeoutMs: 90_000 }).catch((error) => {
			const problems = main.log().split('\n').filter((line) => /error|cannot|unrecognized/i.test(line)).slice(-10);
			throw new Error(`${error.message}; main's log says:\n${problems.join('\n')}`);
		});
		log(`n8n main and ${workers.length} workers ready, workflow published (${Math.round((Date.now() - started) / 1000)} s)`);

		return {
			dir,
			logDir,
			baseUrl,
			editorUrl: `http://localhost:${n8nPort}`,
			webhookUrl: `${baseUrl}/webhook/${WEBHOOK_PATH}`,
			simulator,
			main,
			workers,
			redis: { port: redisPort, ...redis },
			postgres: { port: pgPort, ...postgres },
			sql,
			/** Every port the processes started here listen on: [{ address, port, pid }]. */
			listening: () => listeningOf(groups),
			/** The process groups started here (the watcher's too). */
			groups: () => [...groups, reaper.pid],
			/** PIDs of every live process started here, descendants included. */
			processes: () => [...processesOf([...groups, reaper.pid])],
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

/** TCP listening sockets of the given process groups, from `ss` (iproute2). */
function listeningOf(groups) {
	const members = processesOf(groups);
	const ss = spawnSync('ss', ['-Hltnp'], { encoding: 'utf8' });
	if (ss.status !== 0) throw new Error(`ss -ltnp failed: ${ss.stderr ?? ss.error}`);
	const sockets = [];
	for (const line of ss.stdout.split('\n')) {
		const columns = line.trim().split(/\s+/);
		if (columns.length < 5) continue;
		const local = columns[3];
		const separator = local.lastIndexOf(':');
		const address = local.slice(0, separator).replace(/^\[|\]$/g, '');
		const port = Number(local.slice(separator + 1));
		for (const match of line.matchAll(/pid=(\d+)/g)) {
			if (members.has(Number(match[1]))) sockets.push({ address, port, pid: Number(match[1]) });
		}
	}
	return sockets;
}

if (isMainModule(SCRIPT_PATH)) {
	// package.json starts this with `exec`: npm's signals reach it directly (see start.mjs).
	for (const script of ['build', 'build:tools']) {
		const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', cwd: REPO_ROOT });
		if (result.status !== 0) process.exit(result.status ?? 1);
	}
	const log = (message) => console.log(`[queue] ${message}`);
	let queue;
	// should npm or its shell die without passing a signal on, this process is re-parented: stop then too
	const parentAtStart = process.ppid;
	setInterval(() => {
		if (process.ppid !== parentAtStart) process.kill(process.pid, 'SIGTERM');
	}, 1000).unref();
	try {
		queue = await startQueue({
			n8nPort: Number(process.env.N8N_PORT ?? 5678),
			simulatorPort: Number(process.env.KOMET_SIMULATOR_PORT ?? 5690),
			log,
			signalExitCode: 0, // a stop asked for is a clean end, as for `npm start`
		});
		await setupOwner(queue.baseUrl);
		console.log(`
  n8n in queue mode (main + ${queue.workers.length} workers, PostgreSQL, Redis) is running: ${queue.editorUrl}

  Log in as ${OWNER.email} / ${OWNER.password}.
  The published workflow "Komet Sales: webhook → prebook + box code (queue mode)" answers
    curl -s -X POST ${queue.webhookUrl} -H 'content-type: application/json' -d '{"ref":"Q-1","boxCode":"KS001001"}'
  Its executions run on the workers; see their logs in ${queue.logDir}
  ("Worker finished execution N"). The credential "Komet Sales (simulator)" points at ${queue.simulator.url}.

  Ctrl-C stops n8n, the workers, PostgreSQL, Redis and the simulator, and removes ${queue.dir}.
`);
		setInterval(() => {}, 1 << 30); // keep running until a signal
	} catch (error) {
		console.error(`[queue] ${error?.stack ?? error}`);
		await queue?.stop();
		process.exit(1);
	}
}
