// End to end in real n8n: an *active* workflow with the Komet Sales Trigger (every minute,
// the shortest n8n allows) against the simulator. Two prebooks created in Komet produce
// exactly one execution with those two prebooks; later polls emit nothing again; a change
// made while n8n is stopped is emitted once after the restart, and the unchanged prebook
// not again. Takes about five minutes of n8n's own minute ticks. Meanwhile, publishing a
// second workflow whose trigger is over its request budget is refused, with the budget's
// message, and nothing is sent to Komet.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import { freePort } from '../../scripts/n8n-runtime.mjs';
import { CREDENTIAL_ID, executionsOf, prepareUserFolder, REPO_ROOT, runN8n, setupOwner, startN8nServer, waitFor } from '../../scripts/n8n-instance.mjs';
import { signalGroup, stopGroup } from '../../scripts/process-groups.mjs';

const require = createRequire(import.meta.url);
const { startSimulator } = require(path.join(REPO_ROOT, '.build/test/simulator/server.js'));
const { dayFromToday: day, gmtNow } = require(path.join(REPO_ROOT, '.build/test/simulator/referenceData.js'));

const WORKFLOW_ID = 'kometTrigger0001';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const workflow = {
	id: WORKFLOW_ID,
	name: 'Komet prebook changes',
	active: false,
	nodes: [
		{
			id: 'komet-trigger',
			name: 'Komet Sales Trigger',
			type: 'n8n-nodes-komet-sales.kometSalesTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {
				pollTimes: { item: [{ mode: 'everyMinute' }] },
				event: 'prebookChanged',
				prebookChangedFrom: 0,
				prebookChangedTo: 6,
				// One request a minute is 1,440 a day: more than the default share of 1,000,
				// so this test raises what the (simulated) user may spend, as a user would.
				options: { dailyRequests: 100000 },
			},
			credentials: { kometSalesApi: { id: CREDENTIAL_ID, name: 'Komet Sales (simulator)' } },
		},
	],
	connections: {},
	settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all', timezone: 'UTC' },
};

// The same trigger at every minute with the default budget (20% of 1,000 requests a day):
// over it. Its own credential's token tells any request it made from the other workflow's.
const OVER_BUDGET_ID = 'kometOverBudget1';
const OVER_BUDGET_TOKEN = 'sim-vendor-token';
const overBudgetCredential = { id: 'kometOverBudget', name: 'Komet Sales (simulator, over budget)', type: 'kometSalesApi' };
const overBudget = {
	...workflow,
	id: OVER_BUDGET_ID,
	name: 'Komet prebook changes, every minute',
	nodes: [
		{
			...workflow.nodes[0],
			parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'prebookChanged' },
			credentials: { kometSalesApi: { id: overBudgetCredential.id, name: overBudgetCredential.name } },
		},
	],
};

/**
 * Publishes a workflow as the editor does (POST /rest/workflows/:id/activate with its version)
 * and returns how n8n's publication ended: n8n 2.41 answers at once and activates afterwards
 * (its publication outbox), so the outcome is read from /publication-status, as the editor does.
 */
async function publishThroughEditor(base, cookie, id) {
	const { data } = await (await fetch(`${base}/rest/workflows/${id}`, { headers: { cookie } })).json();
	const answer = await fetch(`${base}/rest/workflows/${id}/activate`, {
		method: 'POST',
		headers: { cookie, 'content-type': 'application/json' },
		body: JSON.stringify({ versionId: data.versionId }),
	});
	assert.equal(answer.status, 200, await answer.text());
	return await waitFor(
		`the publication of ${id}`,
		async () => {
			const { data: status } = await (await fetch(`${base}/rest/workflows/${id}/publication-status`, { headers: { cookie } })).json();
			return status.status === 'in_progress' ? undefined : status;
		},
		{ timeoutMs: 120_000 },
	);
}

let simulator;
let n8n;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'komet-trigger-'));
after(async () => {
	if (n8n) signalGroup(n8n.pid, 'SIGKILL');
	await simulator?.close();
	fs.rmSync(folder, { recursive: true, force: true });
});

const startN8n = (runtime, port) => startN8nServer(runtime, folder, port, { onSpawn: (child) => (n8n = child) });

/** Stops n8n and returns once it and its task runner are gone (SIGKILL after 40 s, beyond n8n's own 30 s). */
const stopN8n = (child) => stopGroup(child.pid, { leaderOnly: true, graceMs: 40_000 });

/** The polls the simulator saw: their requests to prebook.details.list (one per poll here). */
const polls = () => simulator.requestsTo('prebook.details.list');

// Polls come once a minute: two of them can take over two minutes on a loaded machine.
const waitForPolls = (what, check) => waitFor(what, check, { timeoutMs: 240_000 });

test('an active trigger: one execution for the created prebooks, none again after later polls; a change made while n8n was down, once after the restart', { timeout: 900_000 }, async () => {
	simulator = await startSimulator();
	const { runtime } = await prepareUserFolder(folder, {
		simulatorUrl: simulator.url,
		workflows: [
			{ id: WORKFLOW_ID, workflow },
			{ id: OVER_BUDGET_ID, workflow: overBudget },
		],
		credentials: [{ ...overBudgetCredential, data: { token: OVER_BUDGET_TOKEN, baseUrl: simulator.url } }],
		log: console.log,
	});
	const published = await runN8n(runtime, folder, ['publish:workflow', `--id=${WORKFLOW_ID}`]);
	assert.equal(published.code, 0, published.stdout + published.stderr);

	const port = await freePort();
	let instance = await startN8n(runtime, port);
	const base = `http://127.0.0.1:${port}`;
	const cookie = await setupOwner(base);
	const executions = () => waitFor('the executions', () => executionsOf(base, cookie, WORKFLOW_ID), { timeoutMs: 60_000 });

	// Over budget: publishing fails with the budget's figures, and the polls n8n makes to check
	// the trigger (its first, and its retries) send nothing. Then unpublished, as a user would, so
	// that the restart below does not try it again.
	const refused = await publishThroughEditor(base, cookie, OVER_BUDGET_ID);
	assert.equal(refused.status, 'failed', JSON.stringify(refused));
	assert.match(
		refused.triggers[0].errorMessage,
		/This trigger would make about 2880 requests a day \(2 per poll\), more than its 20% share of the 1000 requests a Komet user may make per day \(200\)\. Poll at most every 15 minutes/,
	);
	const overBudgetRequests = simulator.requests.filter((request) => [request.query.authenticationToken, request.headerToken].includes(OVER_BUDGET_TOKEN));
	assert.deepEqual(overBudgetRequests, [], 'nothing sent to Komet for the refused trigger');
	const unpublished = await fetch(`${base}/rest/workflows/${OVER_BUDGET_ID}/deactivate`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
	assert.equal(unpublished.status, 200, await unpublished.text());

	// A poll that asks for changes since a watermark proves the first poll's state was committed.
	await waitForPolls('a poll with a watermark', () => polls().some((request) => request.query.updatedAsOf !== undefined));
	assert.equal((await executions()).length, 0, 'the first polls emit nothing old');
	// Today … +6 days (UTC); a poll made before a midnight this test spans asked from yesterday.
	const windows = [[day(0), day(6)], [day(-1), day(5)]];
	for (const request of polls()) {
		const { authenticationToken, vendorShipDateFrom, vendorShipDateTo, ...rest } = request.query;
		assert.deepEqual(Object.keys(rest).filter((key) => key !== 'updatedAsOf'), []);
		assert.equal(authenticationToken, 'sim-company-token');
		assert.ok(windows.some(([from, to]) => from === vendorShipDateFrom && to === vendorShipDateTo), `asked ${vendorShipDateFrom} … ${vendorShipDateTo}`);
	}

	// Two prebooks at once: one poll, one execution, both prebooks its items.
	const [id, other] = [99500, 99501];
	for (const [prebookId, itemId] of [[id, 995001], [other, 995011]]) {
		simulator.state.prebooks.set(prebookId, { number: String(prebookId), customerCode: 'Fresh', itemIds: [itemId], truckDate: day(3), vendorShipDate: day(2), updatedAt: gmtNow() });
	}
	const finished = async (count) => {
		const found = await executions();
		return found.length === count && found.every((execution) => !['new', 'running', 'waiting'].includes(execution.status)) ? found : undefined;
	};
	const { parse } = createRequire(runtime.n8nEntry)('flatted');
	/** The trigger's output items of one execution (n8n stores run data "flatted"). */
	const emitted = async (execution) => {
		assert.equal(execution.status, 'success');
		const detail = await (await fetch(`${base}/rest/executions/${execution.id}`, { headers: { cookie } })).json();
		const runData = parse(detail.data.data).resultData.runData['Komet Sales Trigger'];
		return runData[0].data.main[0].map((item) => item.json);
	};
	// Listed as soon as it starts: wait until it has finished, whichever way.
	const [first] = await waitForPolls('the finished execution of the new prebooks', () => finished(1));
	assert.deepEqual((await emitted(first)).map((item) => [item.id, item.number]), [[id, String(id)], [other, String(other)]]);

	// Two more polls (the overlap returns both again, unchanged: nothing is emitted).
	const seen = polls().length;
	await waitForPolls('two more polls', () => polls().length >= seen + 2);
	await stopN8n(instance.child);
	// While n8n is down, one of them changes in Komet (a new line).
	const changed = simulator.state.prebooks.get(other);
	changed.itemIds.push(995012);
	changed.updatedAt = gmtNow();
	const beforeRestart = polls().length;
	instance = await startN8n(runtime, port);
	// After the restart: the changed prebook alone, once; the unchanged one not again.
	const later = await waitForPolls('the execution of the change made while n8n was down', () => finished(2));
	const second = later.find((execution) => execution.id !== first.id);
	const changedItems = await emitted(second);
	assert.deepEqual(changedItems.map((item) => [item.id, item.details.length]), [[other, 2]]);
	await waitForPolls('two polls after the restart', () => polls().length >= beforeRestart + 2);
	// An execution the last poll started is listed within moments; give it those.
	await sleep(10_000);
	assert.equal((await executions()).length, 2, 'nothing emitted twice, nothing lost across the restart');
	await stopN8n(instance.child);
	assert.ok(!instance.output().includes('sim-company-token'), 'the token is not in n8n\'s log');
});
