/**
 * A trigger event is one object (trigger/events.ts): the parameters it names are the fields
 * shown with it, and the cost it states per poll is what the poll plan sends and what the
 * canvas subtitle shows, for every event, kind of date and window.
 */
import { NodeHelpers, Workflow, type INode, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { windows } from '../../nodes/KometSales/trigger/kometLists';
import { requestsPerPoll, TRIGGER_EVENTS, type TriggerEvent } from '../../nodes/KometSales/trigger/events';
import { triggerProperties } from '../../nodes/KometSales/trigger/properties';
import { plusDays } from '../../nodes/KometSales/komet/days';
import { KOMET_TRIGGER, loadedTrigger } from '../harness/runPoll';
import { TestNodeTypes } from '../harness/nodeTypes';

/** The parameters an event names itself: its window's ends, its Filters, its own fields, and Dates when it has a choice. */
const namedBy = (event: TriggerEvent) => [
	...(event.dates.kinds.length > 1 ? ['dateKind'] : []),
	event.dates.from.parameter,
	event.dates.to.parameter,
	...(event.own?.fields ?? []).map((field) => field.name),
	...(event.filters ? [event.filters.parameter] : []),
];

const shownOnlyWith = (property: INodeProperties) => property.displayOptions?.show?.event ?? [];

test.each(TRIGGER_EVENTS.map((event) => [event.value, event] as const))('%s: the fields shown with it are those it names, and only with it', (value, event) => {
	const shown = triggerProperties.filter((property) => shownOnlyWith(property).includes(value));
	expect(shown.map((property) => property.name)).toEqual(namedBy(event));
	for (const property of shown) expect(shownOnlyWith(property)).toEqual([value]);
});

test('every field of the trigger belongs to one event, or to all (Event, the budget notice, Options)', () => {
	const shared = triggerProperties.filter((property) => shownOnlyWith(property).length === 0).map((property) => property.name);
	expect(shared).toEqual(['event', 'budgetNotice', 'options']);
	const perEvent = TRIGGER_EVENTS.flatMap(namedBy);
	expect(triggerProperties.length).toBe(shared.length + perEvent.length);
});

const trigger = loadedTrigger();
const nodeTypes = new TestNodeTypes({ [KOMET_TRIGGER]: trigger });

/** The subtitle as the editor evaluates it for these parameters (defaults filled in). */
function subtitleFor(parameters: INodeParameters): string {
	const resolved = NodeHelpers.getNodeParameters(trigger.description.properties, parameters, true, false, null, trigger.description) ?? {};
	const node: INode = { id: 'trigger', name: 'Komet Sales Trigger', type: KOMET_TRIGGER, typeVersion: 1, position: [0, 0], parameters: resolved };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return String(workflow.expression.getSimpleParameterValue(node, trigger.description.subtitle, 'manual', {}));
}

const WINDOWS: Array<[number, number]> = [[0, 0], [0, 6], [0, 7], [0, 13], [-30, 0], [-1, 29], [-366, 366]];

describe.each(TRIGGER_EVENTS.flatMap((event) => event.dates.kinds.map((kind) => [event.value, kind.value, event, kind] as const)))('%s by %s', (_value, _kind, event, kind) => {
	test.each(WINDOWS)('from %i to %i: the cost per poll is the windows planned, and the subtitle says it', (from, to) => {
		const perPoll = requestsPerPoll(kind, from, to);
		expect(perPoll).toBe(windows(kind, plusDays('2026-12-06', from), plusDays('2026-12-06', to)).length);
		const parameters = { event: event.value, dateKind: kind.value, [event.dates.from.parameter]: from, [event.dates.to.parameter]: to };
		expect(subtitleFor(parameters)).toBe(`≈ ${perPoll * 24} requests/day · ${perPoll} per poll · ${event.name}`);
	});
});
