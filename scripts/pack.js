// Packs the package as npm would publish it and unpacks it into a temporary folder.
const { execFileSync } = require('node:child_process');
const { mkdirSync, mkdtempSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

/** Returns { work, tarball, bytes, dir, files } for the packed package in packageDir. */
function packAndUnpack(packageDir) {
	const work = mkdtempSync(join(tmpdir(), 'komet-pack-'));
	const output = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
		cwd: packageDir,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const [packed] = JSON.parse(output);
	const tarball = join(work, packed.filename);
	const dir = join(work, 'package');
	mkdirSync(dir);
	execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
	return { work, tarball, bytes: statSync(tarball).size, dir, files: packed.files.map((file) => file.path) };
}

module.exports = { packAndUnpack };
