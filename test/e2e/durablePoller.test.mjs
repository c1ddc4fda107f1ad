// End to end in real n8n with its durable poller on (N8N_SCHEDULER_ENABLED,
// N8N_SCHEDULER_POLL_TRIGGERS_ENABLED, N8N_POLLER_DURABLE_CURSORS_ENABLED, and
// N8N_USE_WORKFLOW_PUBLICATION_SERVICE, without which n8n 2.41 keeps durable cursors off):
// each poll is a leased scheduler task and the trigger's static data is a cursor saved with
// the execution the poll produced. A prebook created while the workflow is active is emitted
// once; n8n killed (SIGKILL) in the middle of a poll and started again neither skips nor
// repeats the prebook that poll was reading. About two minutes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import { freePort } from '../../scripts/n8n-runtime.mjs';
import { CREDENTIAL_ID, editorTypes, executionsOf, prepareUserFolder, REPO_ROOT, runN8n, setupOwner, startN8nServer, waitFor } from '../../scripts/n8n-instance.mjs';
import { signalGroup, stopGroup } from '../../scripts/process-groups.mjs';

const require = createRequire(import.meta.url);
const { startSimulator } = require(path.join(REPO_ROOT, '.build/test/simulator/server.js'));
const { dayFromToday: day } = require(path.join(REPO_ROOT, '.build/test/simulator/referenceData.js'));

const WORKFLOW_ID = 'kometDurable0001';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// n8n refuses a poll time under a minute, but each Poll Times entry is checked alone: six
// entries a minute apart from each other by 10 s make a poll every 10 seconds.
const pollTimes = { item: [0, 10, 20, 30, 40, 50].map((second) => ({ mode: 'custom', cronExpression: `${second} * * * * *` })) };

const workflow = {
	id: WORKFLOW_ID,
	name: 'Komet prebook changes (durable poller)',
	active: false,
	nodes: [
		{
			id: 'komet-trigger',
			name: 'Komet Sales Trigger',
			type: 'n8n-nodes-komet-sales.kometSalesTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {
				pollTimes,
				event: 'prebookChanged',
				prebookChangedFrom: 0,
				prebookChangedTo: 6,
				// 8,640 polls a day: the (simulated) user may spend that much here.
				options: { dailyRequests: 100000 },
			},
			credentials: { kometSalesApi: { id: CREDENTIAL_ID, name: 'Komet Sales (simulator)' } },
		},
	],
	connections: {},
	settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all', timezone: 'UTC' },
};

/**
 * The durable poller, as n8n 2.41 reads it (@n8n/config scheduler.config, durable-poller-chain):
 * poll tasks every second; a poll may take N8N_SCHEDULER_POLL_TIMEOUT (10 s; getPollBudgetMs is
 * that less its margin, 5 s) under a lease of 15 s, reaped every 5 s once expired.
 */
const DURABLE = {
	N8N_SCHEDULER_ENABLED: 'true',
	N8N_SCHEDULER_POLL_TRIGGERS_ENABLED: 'true',
	N8N_POLLER_DURABLE_CURSORS_ENABLED: 'true',
	N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'true',
	N8N_SCHEDULER_EXECUTOR_INTERVAL: '1',
	N8N_SCHEDULER_MATERIALIZATION_INTERVAL: '5',
	N8N_SCHEDULER_POLL_TIMEOUT: '10',
	N8N_SCHEDULER_LEASE_DURATION: '15',
	N8N_SCHEDULER_REAPER_INTERVAL: '5',
};

let simulator;
let n8n;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'komet-durable-'));
after(async () => {
	if (n8n) signalGroup(n8n.pid, 'SIGKILL');
	await simulator?.close();
	fs.rmSync(folder, { recursive: true, force: true });
});

const startN8n = (runtime, port) => startN8nServer(runtime, folder, port, { env: DURABLE, onSpawn: (child) => (n8n = child) });

const stage = (what) => console.log(`${new Date().toISOString()} ${what}`);
const polls = () => simulator.requestsTo('prebook.details.list');
const waitForPolls = (what, check) => waitFor(what, check, { timeoutMs: 60_000 });

test('durable poller: a prebook created while active is emitted once; n8n killed in the middle of a poll and restarted neither skips nor repeats one', { timeout: 300_000 }, async () => {
	simulator = await startSimulator();
	simulator.state.prebooks.clear();
	const { runtime } = await prepareUserFolder(folder, { simulatorUrl: simulator.url, workflows: [{ id: WORKFLOW_ID, workflow }], log: console.log });
	const published = await runN8n(runtime, folder, ['publish:workflow', `--id=${WORKFLOW_ID}`], DURABLE);
	assert.equal(published.code, 0, published.stdout + published.stderr);

	const port = await freePort();
	let instance = await startN8n(runtime, port);
	const base = `http://127.0.0.1:${port}`;
	const cookie = await setupOwner(base);
	// The editor's node types: the trigger's Poll Times start at every hour (n8n's default is every minute).
	const types = await editorTypes(base, cookie, 'nodes', 'n8n-nodes-komet-sales.kometSalesTrigger');
	const triggerType = types.find((type) => type.name === 'n8n-nodes-komet-sales.kometSalesTrigger');
	assert.deepEqual(triggerType.properties.find((property) => property.name === 'pollTimes').default, { item: [{ mode: 'everyHour' }] });
	const executions = () => waitFor('the executions', () => executionsOf(base, cookie, WORKFLOW_ID), { timeoutMs: 60_000 });
	const finished = async (count) => {
		const found = await executions();
		return found && found.length === count && found.every((execution) => !['new', 'running', 'waiting'].includes(execution.status)) ? found : undefined;
	};
	const { parse } = createRequire(runtime.n8nEntry)('flatted');
	const emitted = async (execution) => {
		assert.equal(execution.status, 'success');
		const detail = await (await fetch(`${base}/rest/executions/${execution.id}`, { headers: { cookie } })).json();
		const runData = parse(detail.data.data).resultData.runData['Komet Sales Trigger'];
		return runData[0].data.main[0].map((item) => item.json.id);
	};
	const addPrebook = (id) =>
		simulator.state.prebooks.set(id, { number: String(id), customerCode: 'Fresh', itemIds: [id * 10], truckDate: day(3), vendorShipDate: day(2), updatedAt: simulator.gmtNow() });

	// A poll that asks for changes since a watermark: the baseline was committed as a cursor.
	await waitForPolls('a poll with a watermark', () => polls().some((request) => request.query.updatedAsOf !== undefined));
	assert.equal((await executions()).length, 0, 'the first polls emit nothing old');

	stage('baseline committed');
	addPrebook(99600);
	const [first] = await waitForPolls('the execution of the new prebook', () => finished(1));
	assert.deepEqual(await emitted(first), [99600]);
	let seen = polls().length;
	await waitForPolls('two more polls', () => polls().length >= seen + 2);
	assert.equal((await executions()).length, 1, 'emitted once, not again by later polls');

	stage('first prebook emitted once');
	// Slow answers: the next poll is in the middle of its request when n8n is killed.
	simulator.latencyMs = 3000;
	addPrebook(99601);
	const arrived = simulator.arrived;
	await waitForPolls('a poll in flight', () => simulator.arrived > arrived);
	await sleep(1000);
	signalGroup(instance.child.pid, 'SIGKILL');
	await waitFor('n8n killed', () => instance.child.exitCode !== null || instance.child.signalCode !== null, { timeoutMs: 10_000 });
	simulator.latencyMs = 0;

	stage('killed');
	instance = await startN8n(runtime, port);
	// The session cookie outlives the restart (same user folder, same secret).
	stage('restarted');
	const later = await waitForPolls('the execution of the prebook the killed poll was reading', () => finished(2)).catch(async (error) => {
		const found = (await executions()) ?? [];
		const details = [];
		for (const execution of found) details.push([execution.id, execution.status, execution.startedAt, execution.mode, await emitted(execution).catch((caught) => caught.message)]);
		const log = instance.output().split('\n').filter((line) => !line.includes('QuickJs')).join('\n');
		throw new Error(`${error.message}; executions ${JSON.stringify(details)}; polls ${JSON.stringify(polls().map((request) => [request.query.updatedAsOf]))}:\n${log.slice(-6000)}`);
	});
	const second = later.find((execution) => execution.id !== first.id);
	assert.deepEqual(await emitted(second), [99601]);
	seen = polls().length;
	await waitForPolls('three polls after the restart', () => polls().length >= seen + 3);
	await sleep(3000);
	const all = await executions();
	assert.deepEqual(all.map((execution) => execution.status), ['success', 'success'], 'nothing emitted twice, nothing lost, no failed poll');
	await stopGroup(instance.child.pid, { leaderOnly: true, graceMs: 40_000 });
	assert.ok(!instance.output().includes('sim-company-token'), "the token is not in n8n's log");
});
