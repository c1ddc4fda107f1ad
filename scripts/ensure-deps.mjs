#!/usr/bin/env node
// Runs before `npm start` and `npm test` so that each works on a fresh clone by itself:
// installs the dev dependencies exactly as package-lock.json pins them (`npm ci`) when
// node_modules is absent or older than the lock file (a pull that changed it), and does
// nothing otherwise. Uses nothing but Node: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mtime = (file) => {
	try {
		return fs.statSync(file).mtimeMs;
	} catch {
		return undefined;
	}
};

/** Why the dependencies must be installed, or undefined when they are current. */
function installNeeded(dir = root) {
	// A node_modules linked from another checkout (a git worktree sharing its tree) is that
	// checkout's: `npm ci` here would empty it under the other one.
	if (fs.lstatSync(path.join(dir, 'node_modules'), { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
	// npm writes node_modules/.package-lock.json at the end of every install.
	const installed = mtime(path.join(dir, 'node_modules', '.package-lock.json'));
	if (installed === undefined) return 'node_modules is missing';
	if (installed < mtime(path.join(dir, 'package-lock.json'))) return 'package-lock.json changed since the last install';
	return undefined;
}

const why = installNeeded();
if (why) {
	console.log(`[deps] ${why}: npm ci (about a minute) ...`);
	const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
