#!/usr/bin/env node
// `npm test`: the whole suite, one stage after another, each timed, and a table of the
// times at the end (pass or fail), so that a suite growing towards CI's 90 minutes shows
// where. The package and the tools are built once for all stages. A failing stage ends
// the run (later stages would only fail with it); the table says which.
import { spawnSync } from 'node:child_process';

const STAGES = [
	['build', ['npm', 'run', '--silent', 'build']],
	['build:tools', ['npm', 'run', '--silent', 'build:tools']],
	['typecheck', ['npm', 'run', '--silent', 'typecheck']],
	['lint', ['npm', 'run', '--silent', 'lint']],
	['jest (engine, unit, simulator)', ['npx', 'jest']],
	['e2e (real n8n)', ['node', '--test', '--test-concurrency=1', 'test/e2e/']],
];

const times = [];
let failed;
for (const [name, [command, ...args]] of STAGES) {
	console.log(`\n[test] ${name} ...`);
	const started = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit' });
	times.push([name, (Date.now() - started) / 1000, result.status === 0 ? 'ok' : 'FAILED']);
	if (result.status !== 0) {
		failed = name;
		break;
	}
}

const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log('\n[test] stage                           seconds');
for (const [name, seconds, outcome] of times) console.log(`[test] ${name.padEnd(32)}${seconds.toFixed(0).padStart(7)}  ${outcome}`);
console.log(`[test] ${'total'.padEnd(32)}${total.toFixed(0).padStart(7)}${failed ? `  (stopped at ${failed})` : ''}`);
process.exit(failed ? 1 : 0);
