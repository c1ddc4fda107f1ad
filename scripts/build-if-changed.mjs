// The builds `npm start` needs (the package into dist/, the simulator and tools into .build/),
// skipped when no file they are made from changed since the last build that succeeded: a
// fingerprint (path, size and modification time of every input) is kept in .build/.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUT_DIRS = ['nodes', 'credentials', 'test/simulator', 'test/harness', 'test/fixtures', 'scripts'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.tools.json', 'gulpfile.js'];

function* filesUnder(dir) {
	if (!fs.existsSync(dir)) return;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* filesUnder(file);
		else yield file;
	}
}

/** One hash over every input's path, size and modification time. */
function fingerprint(root) {
	const hash = crypto.createHash('sha256');
	const files = [...INPUT_DIRS.flatMap((dir) => [...filesUnder(path.join(root, dir))]), ...INPUT_FILES.map((file) => path.join(root, file))];
	for (const file of files.sort()) {
		const stat = fs.statSync(file, { throwIfNoEntry: false });
		hash.update(`${path.relative(root, file)}\0${stat?.size}\0${stat?.mtimeMs}\n`);
	}
	return hash.digest('hex');
}

/** Builds what changed; returns false when nothing had to be built. Exits on a failed build. */
export function buildIfChanged(root, log) {
	const stamp = path.join(root, '.build', '.start-fingerprint');
	const now = fingerprint(root);
	const built = fs.existsSync(path.join(root, 'dist')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === now;
	if (built) {
		log('the package is built already (no source changed since)');
		return false;
	}
	for (const script of ['build', 'build:tools']) {
		const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
		if (result.status !== 0) process.exit(result.status ?? 1);
	}
	fs.writeFileSync(stamp, now);
	return true;
}
