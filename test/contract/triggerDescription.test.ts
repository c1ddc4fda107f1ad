/**
 * The trigger's description is a public contract (parameter names, option values, defaults,
 * the canvas subtitle): saved workflows and the editor rely on it. It is held here byte for
 * byte, as the JSON n8n hands the editor, with Poll Times as n8n's loader adds it; and the
 * Dates selectors and cost notices of the Get Many operations the trigger shares them with,
 * in every node version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeProperties } from 'n8n-workflow';

import { NODE_VERSIONS } from '../../nodes/KometSales/actions/versions';
import { loadedTrigger } from '../harness/runPoll';
import { kometDescription } from '../harness/nodeTypes';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

/** The Dates selector and the cost notice of every windowed Get Many, by version. */
function getManyDates() {
	return Object.fromEntries(
		NODE_VERSIONS.map((version) => [
			version,
			kometDescription(version).properties.filter((property: INodeProperties) => property.name === 'dateKind' || property.name === 'costNotice'),
		]),
	);
}

test("the trigger's description is unchanged, byte for byte", () => {
	expect(`${JSON.stringify(loadedTrigger().description, null, '\t')}\n`).toBe(fixture('triggerDescription.json'));
});

test("Get Many's Dates selectors and cost notices are unchanged, in every version", () => {
	expect(`${JSON.stringify(getManyDates(), null, '\t')}\n`).toBe(fixture('getManyDates.json'));
});
