// What n8n prints at every start of the playground that a user can do nothing about: the
// Python runner's missing virtual environment (the playground does not ship Python) and the
// notice that the internal task runner mode is deprecated (the playground is one process on
// purpose). Every other line, other deprecation notices included, passes through unchanged.
import readline from 'node:readline';

const PYTHON_RUNNER = /^Failed to start Python task runner in internal mode/;
const DEPRECATION_HEADER = /^There is a deprecation related to your n8n setup/;
const DEPRECATION_ITEM = /^ - (\w+) ->/;
const EXPECTED_DEPRECATIONS = new Set(['N8N_RUNNERS_MODE']);

/** Copies `from` to `to` line by line without the two notices above and the blank lines around them. */
export function withoutExpectedNotices(from, to) {
	let held; // a deprecation header and the items kept so far, until the block ends
	let blanks = 0; // blank lines not yet written: dropped if a notice comes next
	let afterNotice = false; // blank lines right after a dropped notice are dropped too
	const write = (line) => {
		to.write(`${'\n'.repeat(blanks)}${line}\n`);
		blanks = 0;
		afterNotice = false;
	};
	const dropped = () => {
		blanks = 0;
		afterNotice = true;
	};
	const endBlock = () => {
		if (held?.items.length) write([held.header, ...held.items].join('\n'));
		else if (held) dropped();
		held = undefined;
	};
	const lines = readline.createInterface({ input: from, crlfDelay: Infinity });
	lines.on('line', (line) => {
		if (held) {
			const item = DEPRECATION_ITEM.exec(line);
			if (item) {
				if (!EXPECTED_DEPRECATIONS.has(item[1])) held.items.push(line);
				return;
			}
			endBlock();
		}
		if (line.trim() === '') {
			if (!afterNotice) blanks++;
		} else if (DEPRECATION_HEADER.test(line)) held = { header: line, items: [] };
		else if (PYTHON_RUNNER.test(line)) dropped();
		else write(line);
	});
	lines.on('close', () => {
		endBlock();
		if (blanks > 0) to.write('\n'.repeat(blanks));
	});
}
