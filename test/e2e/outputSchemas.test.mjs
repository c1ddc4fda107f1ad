// End to end in real n8n: the installed package's output schemas are loaded by n8n. The editor
// asks `GET /schemas/<node type>/<x.y.z>/<resource>/<operation>.json` (no cookie) for the
// schema preview of a node that has not run yet; n8n answers it from the package's
// `__schema__/v<x.y.z>/...` through n8n-core's resolver. Every operation of both node versions
// answers its schema; an operation the node does not have, or a version it does not have, 404.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import { freePort } from '../../scripts/n8n-runtime.mjs';
import { editorTypes, prepareUserFolder, REPO_ROOT, setupOwner, startN8nServer } from '../../scripts/n8n-instance.mjs';
import { signalGroup, stopGroup } from '../../scripts/process-groups.mjs';

const NODE_TYPE = 'n8n-nodes-komet-sales.kometSales';
const SCHEMAS = path.join(REPO_ROOT, 'nodes/KometSales/outputSchemas');

const workflow = {
	id: 'kometSchemas0001',
	name: 'Komet Sales: output schemas',
	active: false,
	nodes: [{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }],
	connections: {},
	settings: { executionOrder: 'v1' },
};

let n8n;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'komet-schemas-'));
after(async () => {
	if (n8n) signalGroup(n8n.pid, 'SIGKILL');
	fs.rmSync(folder, { recursive: true, force: true });
});

/** resource/operation → the schema file in the repository (the build copies it for every version). */
function schemaFiles() {
	return fs.readdirSync(SCHEMAS).flatMap((resource) =>
		fs.readdirSync(path.join(SCHEMAS, resource)).map((file) => ({
			resource,
			operation: file.replace(/\.json$/, ''),
			schema: JSON.parse(fs.readFileSync(path.join(SCHEMAS, resource, file), 'utf8')),
		})),
	);
}

test('n8n serves the output schema of every operation of both node versions, as the editor asks for it', { timeout: 600_000 }, async () => {
	const { runtime } = await prepareUserFolder(folder, { simulatorUrl: 'http://127.0.0.1:9', workflows: [{ id: workflow.id, workflow }], log: console.log });
	const port = await freePort();
	const { child } = await startN8nServer(runtime, folder, port, { onSpawn: (spawned) => (n8n = spawned) });
	const base = `http://127.0.0.1:${port}`;
	const cookie = await setupOwner(base);

	// The versions n8n knows the node in are those the editor asks schemas for.
	const types = await editorTypes(base, cookie, 'nodes', NODE_TYPE);
	const versions = types
		.filter((type) => type.name === NODE_TYPE)
		.flatMap((type) => [].concat(type.version))
		.sort();
	assert.deepEqual(versions, [1, 2]);

	const files = schemaFiles();
	assert.equal(files.length, 26);
	for (const version of versions) {
		for (const { resource, operation, schema } of files) {
			// The editor's request: the version padded to x.y.z, no credentials.
			const response = await fetch(`${base}/schemas/${NODE_TYPE}/${version}.0.0/${resource}/${operation}.json`);
			assert.equal(response.status, 200, `v${version} ${resource}/${operation}: ${response.status}`);
			const served = await response.json();
			assert.deepEqual(served, schema, `v${version} ${resource}/${operation}`);
			// What the editor accepts as a schema preview: an object schema with properties.
			assert.equal(served.type, 'object');
			assert.ok(Object.keys(served.properties).length > 0);
		}
	}
	// The editor asks for the exact version: no fallback to another one. (The trigger's file sits in
	// the same folder, so n8n would answer it the same files; the editor asks none for triggers.)
	for (const missing of [`${NODE_TYPE}/2.0.0/prebook/explode.json`, `${NODE_TYPE}/3.0.0/prebook/getMany.json`, `${NODE_TYPE}/2.1.0/prebook/getMany.json`]) {
		assert.equal((await fetch(`${base}/schemas/${missing}`)).status, 404, missing);
	}

	await stopGroup(child.pid, { leaderOnly: true, graceMs: 40_000 });
	n8n = undefined;
});
