// Copies the node's and credential's static files (icons, codex) next to the compiled code, and
// the output schemas where n8n looks for them.
const { cpSync } = require('node:fs');
const { src, dest, task } = require('gulp');

task('build:icons', () =>
	src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist')),
);

/**
 * n8n 2.41 reads a node's output schemas from `__schema__/v<x.y.z>/<resource>/<operation>.json`
 * beside the node file (n8n-core's output-schema-resolver; version 2 is `v2.0.0`). Every version
 * of Komet Sales outputs the same fields, so one schema per operation
 * (nodes/KometSales/outputSchemas) is copied for each version the compiled node declares.
 */
task('build:schemas', async () => {
	const { NODE_VERSIONS } = require('./dist/nodes/KometSales/actions/versions.js');
	for (const version of NODE_VERSIONS) {
		const versionDir = `v${String(version).split('.').concat(['0', '0']).slice(0, 3).join('.')}`;
		cpSync('nodes/KometSales/outputSchemas', `dist/nodes/KometSales/__schema__/${versionDir}`, { recursive: true });
	}
});
