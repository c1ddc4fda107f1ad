/**
 * The published package, as n8n receives it: `npm pack`'s tarball has no runtime
 * dependencies, holds only what n8n needs, loads with a plain require (n8n puts its
 * own node_modules on NODE_PATH, which is where zod and n8n-workflow come from), and
 * passes n8n's community-package scanner offline. Needs `npm run build` first
 * (`npm test` does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
let packed: { work: string; dir: string; files: string[]; bytes: number };

beforeAll(() => {
	if (!existsSync(join(root, 'dist/nodes/KometSales/KometSales.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` (npm test does)');
	}
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { packAndUnpack } = require(join(root, 'scripts/pack.js'));
	packed = packAndUnpack(root);
}, 60_000);
afterAll(() => packed && rmSync(packed.work, { recursive: true, force: true }));

test('the tarball declares no runtime dependencies and the n8n block', () => {
	const manifest = JSON.parse(readFileSync(join(packed.dir, 'package.json'), 'utf8'));
	expect(manifest.dependencies ?? {}).toEqual({});
	expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	expect(manifest.keywords).toContain('n8n-community-node-package');
	expect(manifest.n8n).toEqual({
		n8nNodesApiVersion: 1,
		strict: true,
		credentials: ['dist/credentials/KometSalesApi.credentials.js'],
		nodes: ['dist/nodes/KometSales/KometSales.node.js', 'dist/nodes/KometSales/KometSalesTrigger.node.js'],
	});
});

test('the tarball holds the built node, its codex and icons, and nothing from the repository besides', () => {
	expect(packed.files).toEqual(
		expect.arrayContaining([
			'dist/nodes/KometSales/KometSales.node.js',
			'dist/nodes/KometSales/KometSales.node.json',
			'dist/nodes/KometSales/KometSalesTrigger.node.js',
			'dist/nodes/KometSales/KometSalesTrigger.node.json',
			'dist/nodes/KometSales/kometSales.svg',
			'dist/nodes/KometSales/kometSales.dark.svg',
			'dist/credentials/KometSalesApi.credentials.js',
			'package.json',
			'README.md',
			'LICENSE.md',
		]),
	);
	const outside = packed.files.filter((file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE.md'].includes(file));
	expect(outside).toEqual([]);
	expect(packed.files.filter((file) => /(^|\/)(test|simulator|examples|scripts)\//.test(file))).toEqual([]);
});

test("the tarball holds an output schema for every operation of every version, where n8n-core's resolver finds it", () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { loadOutputSchema, resolveOutputSchemaPath } = require('n8n-core') as typeof import('n8n-core');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { NODE_VERSIONS, resourcesFor } = require('../nodes/KometSales/actions/versions') as typeof import('../nodes/KometSales/actions/versions');
	const nodeDir = join(packed.dir, 'dist/nodes/KometSales');
	const shipped = packed.files.filter((file) => file.includes('/__schema__/'));
	const expected = NODE_VERSIONS.flatMap((version) =>
		Object.entries(resourcesFor(version)).flatMap(([resource, operations]) =>
			Object.keys(operations).map((operation) => {
				// Exactly as the editor asks for it (/schemas/<node>/<version>/<resource>/<operation>.json): no fallback to another version.
				const path = resolveOutputSchemaPath({ nodeDir, version, resource, operation });
				expect(path && existsSync(path)).toBe(true);
				const schema = loadOutputSchema({ nodeDir, version, resource, operation }) as { type?: string; properties?: object } | undefined;
				expect(schema?.type).toBe('object');
				expect(schema?.properties).toEqual(JSON.parse(readFileSync(join(root, 'nodes/KometSales/outputSchemas', resource, `${operation}.json`), 'utf8')).properties);
				return `dist/nodes/KometSales/__schema__/v${version}.0.0/${resource}/${operation}.json`;
			}),
		),
	);
	expect(shipped.sort()).toEqual(expected.sort());
});

test('the built nodes and credential load with a plain require, resolving zod and n8n-workflow from n8n', () => {
	const script = `
		const { KometSales } = require(${JSON.stringify(join(packed.dir, 'dist/nodes/KometSales/KometSales.node.js'))});
		const { KometSalesTrigger } = require(${JSON.stringify(join(packed.dir, 'dist/nodes/KometSales/KometSalesTrigger.node.js'))});
		const { KometSalesApi } = require(${JSON.stringify(join(packed.dir, 'dist/credentials/KometSalesApi.credentials.js'))});
		const node = new KometSales();
		const trigger = new KometSalesTrigger().description;
		const latest = node.getNodeType().description;
		console.log(JSON.stringify({ name: node.description.name, versions: Object.keys(node.nodeVersions), tool: latest.usableAsTool, credential: new KometSalesApi().name, trigger: [trigger.name, trigger.polling, trigger.group] }));
	`;
	const output = execFileSync(process.execPath, ['-e', script], {
		env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
		encoding: 'utf8',
	});
	expect(JSON.parse(output)).toEqual({ name: 'kometSales', versions: ['1', '2'], tool: true, credential: 'kometSalesApi', trigger: ['kometSalesTrigger', true, ['trigger']] });
});

test("n8n's community-package scanner passes on the source and the tarball", () => {
	// jest sets NODE_ENV=test, which switches n8n's lint plugin to its own test-fixture file naming.
	const env = { ...process.env, NODE_ENV: 'production' };
	const output = execFileSync(process.execPath, [join(root, 'scripts/scan-package.mjs'), root], { encoding: 'utf8', env });
	expect(output).toContain('[source] passed');
	expect(output).toContain('[tarball] passed');
}, 120_000);
