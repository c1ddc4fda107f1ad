#!/usr/bin/env node
// `npm start`: builds the package and the tools, then runs the playground in this same
// process. package.json starts it with `exec`, so npm's shell is replaced by it: a signal
// sent to npm (a process manager, a closed terminal, a test runner), which npm forwards to
// its script, reaches the playground, which stops n8n and the simulator. A shell left in
// between would wait for its child on SIGINT and pass nothing on.
import { spawnSync } from 'node:child_process';

for (const script of ['build', 'build:tools']) {
	const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
await import('./playground.mjs');
