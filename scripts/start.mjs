#!/usr/bin/env node
// `npm start`: builds the package and the tools (when a source changed since the last
// start), then runs the playground in this same process. package.json starts it with
// `exec`, so npm's shell is replaced by it: a signal sent to npm (a process manager, a
// closed terminal, a test runner), which npm forwards to its script, reaches the
// playground, which stops n8n and the simulator. A shell left in between would wait for
// its child on SIGINT and pass nothing on.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildIfChanged } from './build-if-changed.mjs';

buildIfChanged(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), (message) => console.log(`[playground] ${message}`));
await import('./playground.mjs');
