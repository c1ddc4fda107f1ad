#!/usr/bin/env node
// Runs n8n's community-package scanner offline, as n8n's verification does: the
// source files, then the packed tarball's JavaScript. Exits 1 on any violation.
// Usage: node scripts/scan-package.mjs [packageDir]
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import packing from './pack.js';

const { packAndUnpack } = packing;

const packageDir = resolve(process.argv[2] ?? '.');
const scannerPath = createRequire(join(packageDir, 'package.json')).resolve(
	'@n8n/scan-community-package/scanner/scanner.mjs',
);
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerPath).href);

const packed = packAndUnpack(packageDir);
let failed = false;
try {
	for (const [leg, dir, patterns] of [
		['source', packageDir, SOURCE_FILE_PATTERNS],
		['tarball', packed.dir, ['**/*.js', 'package.json']],
	]) {
		const { passed, message, details } = await analyzePackage(dir, patterns);
		console.log(`[${leg}] ${passed ? 'passed' : `FAILED: ${message}`}`);
		if (details) console.log(details);
		if (!passed) failed = true;
	}
} finally {
	rmSync(packed.work, { recursive: true, force: true });
}
console.log(failed ? 'n8n community-package scan: FAILED' : 'n8n community-package scan: passed');
process.exit(failed ? 1 : 0);
