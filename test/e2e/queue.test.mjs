// Queue mode end to end (`npm run start:queue`'s setup): PostgreSQL and Redis from Debian's
// packages, the Komet simulator, an n8n main process and two workers, all on loopback, the
// packed package installed in each process's user folder. A published workflow (production
// webhook → Create Multiple prebook → Update External Codes → Respond to Webhook) gets 200
// calls at once: every execution succeeds on a worker, both workers take some, Komet sees
// exactly one create per call, and each caller gets its own Komet result. The editor's
// dropdown and credential test answer from main meanwhile. Then a worker is SIGKILLed while
// Komet holds its create: n8n 2.41.1 declares the job stalled, never runs it again, and main
// marks the execution failed, so Komet sees the create once. Stopping leaves no process and
// no open port behind, and so does Ctrl-C (SIGINT to npm's PID) on `npm run start:queue`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { after, before, test } from 'node:test';

import { CREDENTIAL_ID, REPO_ROOT, setupOwner, SIMULATOR_TOKEN, waitFor } from '../../scripts/n8n-instance.mjs';
import { freePort } from '../../scripts/n8n-runtime.mjs';
import { groupAlive, processesNaming } from '../../scripts/process-groups.mjs';
import { LOCK_SETTINGS, startQueue, WORKFLOW_ID } from '../../scripts/queue.mjs';

const CALLS = 200;
const CREATE = 'multiple.prebooks.create';
const UPDATE = 'box.externalcode.update';

let queue;
let cookie;
const t0 = Date.now();
const log = (message) => console.log(`[queue ${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);

// The first run of the suite may provision n8n (minutes); the rest is bounded per test.
before(async () => {
	queue = await startQueue({ log });
	cookie = await setupOwner(queue.baseUrl);
}, { timeout: 20 * 60_000 });

after(async () => {
	await queue?.stop();
});

const order = (ref, boxCode) =>
	fetch(queue.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ref, boxCode }) });

/** Execution ids in a log, by its "… execution N (job J)" lines. */
const executionsIn = (text, verb) => new Set([...text.matchAll(new RegExp(`${verb} execution (\\d+) \\(job`, 'g'))].map((match) => Number(match[1])));

const rest = async (method, url, body) => {
	const response = await fetch(`${queue.baseUrl}${url}`, {
		method,
		headers: { 'content-type': 'application/json', cookie },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	assert.equal(response.status, 200, `${url}: ${response.status} ${await response.clone().text()}`);
	return (await response.json()).data;
};

/** Whether something accepts connections on a loopback port. */
const open = (port) =>
	new Promise((resolve) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});

test('every process listens on loopback only', () => {
	const sockets = queue.listening();
	const ports = new Set(sockets.map((socket) => socket.port));
	for (const port of [new URL(queue.baseUrl).port, queue.redis.port, queue.postgres.port, ...queue.workers.map((worker) => new URL(worker.healthUrl).port)]) {
		assert.ok(ports.has(Number(port)), `nothing of ours listens on ${port}: ${JSON.stringify(sockets)}`);
	}
	assert.deepEqual(sockets.filter((socket) => socket.address !== '127.0.0.1'), []);
});

test(`${CALLS} webhook calls at once: all succeed on the workers, one create each, each caller gets its own result; dropdown and credential test work meanwhile`, { timeout: 300_000 }, async () => {
	const { simulator } = queue;
	const refs = Array.from({ length: CALLS }, (_, index) => `Q-${String(index + 1).padStart(4, '0')}`);
	const boxOf = (index) => `KS0010${String((index % 20) + 1).padStart(2, '0')}`;
	const firstPrebookId = simulator.state.next.prebookId;
	const firstItemId = simulator.state.next.prebookItemId;
	const createsBefore = simulator.requestsTo(CREATE).length;

	const started = Date.now();
	let answered = 0;
	const calls = refs.map((ref, index) =>
		order(ref, boxOf(index))
			.then(async (response) => ({ ref, status: response.status, body: await response.json() }))
			.finally(() => answered++),
	);

	// The editor's calls to main while the workers are busy with the batch.
	const busyBy = Date.now() + 120_000;
	while (answered < 20 && Date.now() < busyBy) await new Promise((resolve) => setTimeout(resolve, 50));
	const answeredBefore = answered;
	const credentialTest = await rest('POST', '/rest/credentials/test', {
		credentials: { id: '', name: 'test', type: 'kometSalesApi', data: { token: SIMULATOR_TOKEN, baseUrl: simulator.url } },
	});
	const dropdown = await rest('POST', '/rest/dynamic-node-parameters/resource-locator-results', {
		nodeTypeAndVersion: { name: 'n8n-nodes-komet-sales.kometSales', version: 1 },
		path: 'parameters.customerCode',
		methodName: 'searchCustomerCodes',
		currentNodeParameters: { resource: 'prebook', operation: 'createMultiple' },
		credentials: { kometSalesApi: { id: CREDENTIAL_ID, name: 'Komet Sales (simulator)' } },
	});
	const answeredAfter = answered;

	const results = await Promise.all(calls);
	const seconds = (Date.now() - started) / 1000;

	assert.deepEqual(credentialTest, { status: 'OK', message: 'Connection successful!' });
	assert.deepEqual(
		dropdown.results,
		simulator.state.customers.filter((customer) => customer.active).map((customer) => ({ name: `${customer.name} (${customer.code})`, value: customer.code })),
	);
	assert.ok(answeredAfter < CALLS, `the batch was over (${answeredBefore} → ${answeredAfter} answered) before the editor's calls were answered`);

	// Komet: exactly one create per call, carrying its marker; ids given in arrival order.
	const creates = simulator.requestsTo(CREATE).slice(createsBefore);
	assert.equal(creates.length, CALLS);
	assert.deepEqual(creates.map((request) => request.body.prebookItems[0].identifier).sort(), refs);
	assert.ok(creates.every((request) => request.body.customerPO === request.body.prebookItems[0].identifier));
	const expected = new Map(creates.map((request, index) => [request.body.prebookItems[0].identifier, { prebookId: firstPrebookId + index, prebookItemId: firstItemId + index }]));
	const updates = simulator.requestsTo(UPDATE).filter((request) => refs.includes(request.body.boxes[0].externalCode));
	assert.equal(updates.length, CALLS);

	// Each caller: HTTP 200 with its own Komet results.
	for (const [index, { ref, status, body }] of results.entries()) {
		assert.equal(status, 200, `${ref}: ${JSON.stringify(body)}`);
		const { prebookId, prebookItemId } = expected.get(ref);
		assert.deepEqual(body, {
			ref,
			prebook: {
				identifier: ref,
				status: 1,
				message: 'Item successfully added to the order',
				prebookId,
				prebookNumber: String(prebookId).slice(-6),
				prebookItemId,
				customerCode: 'ANG',
			},
			box: { boxCode: boxOf(index), externalCode: ref, status: 1, message: 'success' },
		});
		assert.deepEqual(simulator.state.prebooks.get(prebookId).itemIds, [prebookItemId]);
	}
	// The last update of each box in Komet's order is what the box carries.
	const lastCode = new Map(updates.map((request) => [request.body.boxes[0].boxCode, request.body.boxes[0].externalCode]));
	for (const [boxCode, externalCode] of lastCode) assert.equal(simulator.state.boxes.get(boxCode), externalCode);

	// n8n: 200 succeeded executions, each run by exactly one worker, main ran none. Respond to
	// Webhook answers before the worker has saved the end of its execution, which it saves
	// before it logs "Worker finished": wait for both.
	const unfinished = () => Number(queue.sql(`SELECT count(*) FROM execution_entity WHERE "workflowId" = '${WORKFLOW_ID}' AND status IN ('new', 'running')`)[0][0]);
	const finishedLogged = () => queue.workers.reduce((sum, worker) => sum + executionsIn(worker.log(), 'Worker finished').size, 0);
	const savedBy = Date.now() + 60_000;
	while ((unfinished() > 0 || finishedLogged() < CALLS) && Date.now() < savedBy) await new Promise((resolve) => setTimeout(resolve, 200));
	const rows = queue.sql(`SELECT id, status, finished FROM execution_entity WHERE "workflowId" = '${WORKFLOW_ID}' ORDER BY id`);
	assert.equal(rows.length, CALLS);
	assert.deepEqual(rows.filter(([, status, finished]) => status !== 'success' || finished !== 't'), []);
	const ids = rows.map(([id]) => Number(id));
	const perWorker = queue.workers.map((worker) => {
		const text = worker.log();
		const finished = executionsIn(text, 'Worker finished');
		assert.deepEqual([...executionsIn(text, 'Worker started')].sort(), [...finished].sort(), `${worker.name} started executions it did not finish`);
		return finished;
	});
	for (const [index, finished] of perWorker.entries()) assert.ok(finished.size > 0, `worker${index + 1} ran no execution`);
	assert.equal(perWorker.reduce((sum, finished) => sum + finished.size, 0), CALLS, 'an execution ran on two workers');
	assert.deepEqual([...new Set(perWorker.flatMap((finished) => [...finished]))].sort((a, b) => a - b), ids);
	const mainLog = queue.main.log();
	assert.equal(executionsIn(mainLog, 'Worker (started|finished)').size, 0, 'main ran an execution');
	assert.deepEqual([...executionsIn(mainLog, 'Enqueued')].sort((a, b) => a - b), ids);

	log(`${CALLS} calls in ${seconds.toFixed(1)} s: ${perWorker.map((finished, index) => `worker${index + 1} ${finished.size}`).join(', ')}; ${creates.length} creates, 0 duplicates; editor calls answered while ${answeredBefore} → ${answeredAfter} of ${CALLS} calls were answered`);
});

test('a worker killed inside a create: the job is not run again, the execution fails, Komet saw one create', { timeout: 300_000 }, async () => {
	const { simulator } = queue;
	const ref = 'KILL-0001';
	// Komet creates the prebook, then never answers: the worker is inside the create call.
	simulator.fail({ path: CREATE, afterProcessing: true, hang: true });
	const startedBefore = queue.workers.map((worker) => executionsIn(worker.log(), 'Worker started'));
	const call = order(ref, 'KS001001').then(async (response) => ({ status: response.status, body: await response.text(), at: Date.now() }));

	const createsOf = () => simulator.requestsTo(CREATE).filter((request) => request.body?.prebookItems?.[0]?.identifier === ref);
	const deadline = Date.now() + 60_000;
	while (createsOf().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
	assert.equal(createsOf().length, 1, 'the create never reached Komet');

	// The worker that started an execution since: it is inside the create.
	let victim;
	let executionId;
	for (const [index, worker] of queue.workers.entries()) {
		const fresh = [...executionsIn(worker.log(), 'Worker started')].filter((id) => !startedBefore[index].has(id));
		if (fresh.length > 0) {
			assert.equal(fresh.length, 1);
			[victim, executionId] = [worker, fresh[0]];
		}
	}
	assert.ok(victim, 'no worker logged the start of the execution');
	const survivor = queue.workers.find((worker) => worker !== victim);
	const killedAt = Date.now();
	process.kill(-victim.pid, 'SIGKILL'); // the worker and its task runner, as a lost machine
	while (groupAlive(victim.pid)) await new Promise((resolve) => setTimeout(resolve, 50));
	log(`SIGKILLed ${victim.name} inside the create of execution ${executionId}`);

	const answer = await call;
	const failedAfter = (answer.at - killedAt) / 1000;
	assert.equal(answer.status, 500, answer.body);
	assert.deepEqual(JSON.parse(answer.body), { message: 'Error in workflow' });

	// n8n answers the caller before it saves the failure: wait for the saved status.
	const statusOf = () => queue.sql(`SELECT status, finished FROM execution_entity WHERE id = ${executionId}`)[0];
	for (const until = Date.now() + 30_000; statusOf()[0] !== 'error' && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 200));
	assert.deepEqual(statusOf(), ['error', 'f']);
	const [[data]] = queue.sql(`SELECT data FROM execution_data WHERE "executionId" = ${executionId}`);
	const stalled = 'This execution failed to be processed too many times and will no longer retry.';
	assert.ok(data.includes(stalled), data);
	assert.ok(queue.main.log().includes(`Problem with execution ${executionId}: ${stalled}`), 'main did not log the stalled job');

	// Never run again: one more stalled-job check later, the survivor has not touched it and
	// Komet still has one create; the survivor takes new work.
	await new Promise((resolve) => setTimeout(resolve, LOCK_SETTINGS.QUEUE_WORKER_STALLED_INTERVAL + 1000));
	assert.ok(!executionsIn(survivor.log(), 'Worker started').has(executionId), `${survivor.name} ran execution ${executionId} again`);
	assert.equal(createsOf().length, 1, 'Komet saw the create twice');
	assert.equal(queue.sql(`SELECT status FROM execution_entity WHERE id = ${executionId}`)[0][0], 'error');
	const next = await order('AFTER-KILL', 'KS001002');
	assert.equal(next.status, 200);
	assert.equal((await next.json()).prebook.status, 1);
	log(`killed worker: HTTP ${answer.status} and execution ${executionId} failed ${failedAfter.toFixed(1)} s after the kill; creates seen by Komet: ${createsOf().length}`);
});

test('the token appears in no n8n, Postgres or Redis log', () => {
	for (const handle of [queue.main, ...queue.workers, queue.redis, queue.postgres]) {
		assert.ok(!fs.readFileSync(handle.logFile, 'utf8').includes(SIMULATOR_TOKEN), `${handle.name}'s log has the token`);
	}
});

test('stopping leaves no process and no open port behind', { timeout: 120_000 }, async () => {
	const ports = queue.listening().map((socket) => socket.port);
	ports.push(queue.simulator.port);
	const groups = queue.groups();
	const pids = queue.processes();
	const { dir } = queue;
	const stopping = Date.now();
	await queue.stop();
	log(`stopped ${pids.length} processes in ${((Date.now() - stopping) / 1000).toFixed(1)} s`);
	assert.deepEqual(groups.filter((pgid) => groupAlive(pgid)), [], 'a process group is still alive');
	const alive = (pid) => {
		try {
			return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].startsWith('Z');
		} catch {
			return false;
		}
	};
	assert.deepEqual(pids.filter(alive), [], 'a process started by the queue setup is still alive');
	for (const port of ports) assert.equal(await open(port), false, `port ${port} still accepts connections`);
	assert.equal(fs.existsSync(dir), false, `${dir} is still there`);
});

test('npm run start:queue: Ctrl-C (SIGINT to npm\'s PID) stops every process it started, closes its ports and removes its folder', { timeout: 600_000 }, async () => {
	const [n8nPort, simulatorPort] = [await freePort(), await freePort()];
	const npm = spawn('npm', ['run', 'start:queue'], {
		cwd: REPO_ROOT,
		env: { ...process.env, N8N_PORT: String(n8nPort), KOMET_SIMULATOR_PORT: String(simulatorPort) },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	npm.stdout.on('data', (chunk) => (output += chunk));
	npm.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise((resolve) => npm.on('exit', (code, signal) => resolve({ code, signal })));
	await waitFor('npm run start:queue', () => output.includes('is running'), { child: npm, timeoutMs: 480_000 }).catch((error) => {
		throw new Error(`${error.message}:\n${output.slice(-3000)}`);
	});
	const dir = /and removes (\S+)\.\n/.exec(output)?.[1];
	assert.ok(dir && fs.existsSync(dir), `the folder it names: ${dir}`);
	// The ports it printed (editor, simulator, Redis, PostgreSQL) all answer now.
	const ports = [...new Set([...output.matchAll(/127\.0\.0\.1:(\d+)/g)].map((match) => Number(match[1])))];
	assert.ok(ports.includes(n8nPort) && ports.includes(simulatorPort) && ports.length >= 4, `ports printed: ${ports}`);
	for (const port of ports) assert.equal(await open(port), true, `port ${port} answers while it runs`);
	const started = processesNaming(dir);
	// at least n8n main, two workers, Redis and PostgreSQL
	assert.ok(started.length >= 5, `processes naming ${dir}: ${started.length}`);

	const stopping = Date.now();
	process.kill(npm.pid, 'SIGINT');
	const { code } = await exited;
	log(`start:queue stopped on SIGINT in ${((Date.now() - stopping) / 1000).toFixed(1)} s`);
	assert.equal(code, 0, output.slice(-2000));
	assert.deepEqual(processesNaming(dir), [], 'processes of the queue setup still alive');
	for (const port of ports) assert.equal(await open(port), false, `port ${port} still accepts connections`);
	assert.equal(fs.existsSync(dir), false, `${dir} is still there`);
});
