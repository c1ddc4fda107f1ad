/**
 * `npm start` and `npm test` first run scripts/ensure-deps.mjs: it runs `npm ci` when
 * node_modules is missing or older than package-lock.json, and never through a node_modules
 * linked from another checkout (a git worktree sharing its tree), which `npm ci` would empty.
 * Each case runs a copy of the script in a temp checkout, with an `npm` on PATH that only
 * records how it was called.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'ensure-deps.mjs');

let work: string;
beforeEach(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), 'ensure-deps-'))));
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

/** A checkout with the script and a lock file; `modules` says what its node_modules is. */
function checkout(modules: 'missing' | 'current' | 'stale' | 'linked') {
	const repo = path.join(work, 'repo');
	fs.mkdirSync(path.join(repo, 'scripts'), { recursive: true });
	fs.copyFileSync(SCRIPT, path.join(repo, 'scripts', 'ensure-deps.mjs'));
	const installed = (dir: string, when: Date) => {
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, '.package-lock.json'), '{}');
		fs.utimesSync(path.join(dir, '.package-lock.json'), when, when);
	};
	const lock = path.join(repo, 'package-lock.json');
	fs.writeFileSync(lock, '{}');
	const lockTime = new Date('2026-12-01T00:00:00Z');
	fs.utimesSync(lock, lockTime, lockTime);
	const before = new Date('2026-11-01T00:00:00Z');
	const after = new Date('2026-12-02T00:00:00Z');
	if (modules === 'current') installed(path.join(repo, 'node_modules'), after);
	if (modules === 'stale') installed(path.join(repo, 'node_modules'), before);
	if (modules === 'linked') {
		// The other checkout's tree, older than this checkout's lock file (checked out later).
		installed(path.join(work, 'other', 'node_modules'), before);
		fs.symlinkSync(path.join(work, 'other', 'node_modules'), path.join(repo, 'node_modules'));
	}
	return repo;
}

/** Runs the script; returns the npm calls it made. */
function ensureDeps(repo: string) {
	const bin = path.join(work, 'bin');
	const calls = path.join(work, 'npm-calls');
	fs.mkdirSync(bin, { recursive: true });
	fs.writeFileSync(path.join(bin, 'npm'), `#!/bin/sh\necho "$PWD: $*" >> "${calls}"\n`, { mode: 0o755 });
	const result = spawnSync(process.execPath, [path.join(repo, 'scripts', 'ensure-deps.mjs')], {
		env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
		encoding: 'utf8',
	});
	expect(result.status).toBe(0);
	return fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n') : [];
}

test.each([
	['missing', [': ci --no-audit --no-fund']],
	['stale', [': ci --no-audit --no-fund']],
	['current', []],
	['linked', []],
] as const)('node_modules %s: npm called %j', (modules, expected) => {
	const repo = checkout(modules);
	expect(ensureDeps(repo)).toEqual(expected.map((call) => `${fs.realpathSync(repo)}${call}`));
	if (modules === 'linked') expect(fs.readdirSync(path.join(work, 'other', 'node_modules'))).toEqual(['.package-lock.json']);
});
