/**
 * The action texts are what an AI agent's model reads of the tool variant: n8n 2.41.1 describes
 * a tool node as "<action> in Komet Sales" (n8n-workflow's NodeHelpers.makeDescription) and the
 * editor names a new tool node the same way, which becomes the tool's name (at most 64
 * characters, nodeNameToToolName). They also fill the editor's action list, so they stay short,
 * distinct and in n8n's sentence case.
 */
import type { INodePropertyOptions } from 'n8n-workflow';

import { kometDescription } from '../harness/nodeTypes';

const description = kometDescription();

const actions = description.properties
	.filter((property) => property.name === 'operation')
	.flatMap((property) =>
		((property.options ?? []) as INodePropertyOptions[]).map((option) => ({
			operation: `${String(property.displayOptions?.show?.resource?.[0])} → ${String(option.value)}`,
			action: option.action ?? '',
		})),
	);

test('every operation has an action', () => {
	expect(actions.filter(({ action }) => !action).map(({ operation }) => operation)).toEqual([]);
});

test('"<action> in Komet Sales" fits n8n\'s 64-character tool name', () => {
	expect(actions.filter(({ action }) => `${action} in ${description.defaults.name}`.length > 64)).toEqual([]);
});

test('actions are distinct', () => {
	const seen = actions.map(({ action }) => action);
	expect(seen.filter((action, index) => seen.indexOf(action) !== index)).toEqual([]);
});

test('actions are in sentence case (capitals only for abbreviations such as AWB or ID)', () => {
	const miscased = actions.filter(({ action }) => {
		const [first, ...rest] = action.split(' ');
		const word = (text: string) => text.replace(/[^A-Za-z-]/g, '');
		return first[0] !== first[0].toUpperCase() || rest.some((text) => word(text) !== word(text).toLowerCase() && word(text) !== word(text).toUpperCase());
	});
	expect(miscased).toEqual([]);
});
