/**
 * One poll of the Komet Sales Trigger: the date window of the day → the method's allowed
 * windows → one request each → records merged by id → what was not emitted before.
 *
 * Never twice: the node's static data (n8n stores it with the execution the poll starts, or
 * on its own when a poll emits nothing) keeps what the last complete poll returned, by id and
 * content. Never lost: for prebooks the watermark (`updatedAsOf`, GMT) is the start of the
 * last complete poll less an overlap for clocks and Komet's whole seconds; what the overlap
 * returns again is recognised by its content. A poll cut short (errors, n8n's poll budget)
 * keeps the old watermark and adds to what it remembers, so the next poll repeats the windows.
 */
import { NodeOperationError, type IDataObject, type INodeExecutionData, type IPollFunctions } from 'n8n-workflow';

import { toNodeError } from '../actions/common/errorItems';
import { windows } from '../actions/common/windowedGetMany';
import { dayIn, plusDays } from '../helpers/days';
import { compact } from '../helpers/lines';
import { describeIssue } from '../helpers/validation';
import { openSession } from '../transport/request';
import { eventNamed, type TriggerEvent } from './events';
import { dayParameters, FILTERS, triggerProperties } from './properties';
import { DEFAULT_SHARE_PERCENT, KOMET_DAILY_REQUESTS, overBudget, requestBudget } from './requestBudget';

/** How far before the last poll's start the next one asks Komet for changes. */
export const OVERLAP_MS = 5 * 60_000;
/** Fraction of n8n's poll budget spent fetching before the rest is left to the next poll. */
const BUDGET_SHARE = 0.8;

interface PollState {
	/** GMT `YYYY-MM-DD hh:mm:ss`: the start of the last complete poll (none before the first). */
	watermark?: string;
	/** Record id → content fingerprint of what the last polls returned. */
	seen?: Record<string, string>;
	/** The event and window the state belongs to: another configuration starts afresh. */
	config?: string;
}

const gmt = (time: number) => new Date(time).toISOString().slice(0, 19).replace('T', ' ');

/** The same text for the same content, whatever the order of its keys. */
function stableText(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableText).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as IDataObject).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableText(inner)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** A short content fingerprint (two 32-bit FNV-1a hashes): static data stays small. */
export function fingerprint(record: IDataObject): string {
	const text = stableText(record);
	let first = 0x811c9dc5;
	let second = 0x01000193;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		first = Math.imul(first ^ code, 0x01000193) >>> 0;
		second = Math.imul(second ^ code, 0x811c9dc5) >>> 0;
	}
	return first.toString(36) + second.toString(36);
}

interface PollPlan {
	event: TriggerEvent;
	requests: IDataObject[];
	config: string;
	emitExisting: boolean;
}

/** The requests of this poll, from the node's parameters and the day; refuses what overspends. */
export function planPoll(context: IPollFunctions, now: number): PollPlan {
	const event = eventNamed(context.getNodeParameter('event'));
	const days = dayParameters(event);
	const from = Number(context.getNodeParameter(days.from, event.defaultDays.from));
	const to = Number(context.getNodeParameter(days.to, event.defaultDays.to));
	if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) {
		throw new NodeOperationError(context.getNode(), `The window's To (${to}) must be a whole number of days, not before From (${from})`);
	}
	const kindValue = event.windows.length > 1 ? context.getNodeParameter('dateKind', event.windows[0].value) : event.windows[0].value;
	const kind = event.windows.find((candidate) => candidate.value === kindValue) ?? event.windows[0];
	const today = dayIn(context.getTimezone(), now);
	const filterName = FILTERS[event.value];
	const filters = filterName ? compact(context.getNodeParameter(filterName, {}) as IDataObject) : {};
	// Each event's fixed() reads only its own parameters (Confirmed Only: invoices).
	const fixed = event.fixed({ confirmedOnly: context.getNodeParameter('confirmedOnly', true) });
	const requests = windows(kind, plusDays(today, from), plusDays(today, to)).map((window) => ({ ...window, ...fixed, ...filters }));

	const options = context.getNodeParameter('options', {}) as IDataObject;
	const budget = requestBudget(
		requests.length,
		context.getNodeParameter('pollTimes', {}) as IDataObject,
		Number(options.dailyRequests ?? KOMET_DAILY_REQUESTS),
		Number(options.sharePercent ?? DEFAULT_SHARE_PERCENT),
	);
	const refusal = overBudget(budget);
	if (refusal && context.getMode() !== 'manual') throw new NodeOperationError(context.getNode(), refusal);

	return {
		event,
		requests,
		config: JSON.stringify([event.value, kind.value, from, to, fixed, filters]),
		emitExisting: options.emitExisting === true,
	};
}

/** Each request's records, merged by id; `complete` is false when a request failed or time ran out. */
async function fetchRecords(context: IPollFunctions, plan: PollPlan, since: string | undefined, deadline: number) {
	const session = await openSession(context);
	const records = new Map<string, IDataObject>();
	for (const request of plan.requests) {
		if (Date.now() >= deadline) return { records, complete: false };
		const payload = since === undefined ? request : { ...request, updatedAsOf: since };
		const parsed = plan.event.endpoint.schema().safeParse(payload);
		if (!parsed.success) {
			const problems = parsed.error.issues.map((issue) => describeIssue(triggerProperties, issue));
			throw new NodeOperationError(context.getNode(), problems.join('; '));
		}
		const answer = await session.call(plan.event.endpoint, parsed.data as IDataObject);
		for (const record of answer.results ?? []) {
			const key = record.id === undefined ? fingerprint(record) : String(record.id);
			records.set(key, record);
		}
	}
	return { records, complete: true };
}

/** The most recent record (highest id) for a manual test, so fields can be mapped. */
function mostRecent(records: Map<string, IDataObject>): IDataObject | undefined {
	let best: [string, IDataObject] | undefined;
	for (const entry of records) {
		if (!best || Number(entry[0]) > Number(best[0]) || Number.isNaN(Number(best[0]))) best = entry;
	}
	return best?.[1];
}

export async function poll(context: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const started = Date.now();
	const plan = planPoll(context, started);
	const manual = context.getMode() === 'manual';
	// A manual test run neither reads nor changes what the active trigger remembers.
	const state = manual ? ({} as PollState) : (context.getWorkflowStaticData('node') as PollState);
	if (state.config !== plan.config) {
		delete state.watermark;
		delete state.seen;
	}
	// Until a poll completes, nothing is known to be old: emitting would send the backlog.
	const firstPoll = state.watermark === undefined;
	const since =
		plan.event.emits === 'changes' && state.watermark !== undefined
			? gmt(Date.parse(`${state.watermark.replace(' ', 'T')}Z`) - OVERLAP_MS)
			: undefined;
	const budgetMs = typeof context.getPollBudgetMs === 'function' ? context.getPollBudgetMs() : 5 * 60_000;

	let fetched: Awaited<ReturnType<typeof fetchRecords>>;
	try {
		fetched = await fetchRecords(context, plan, since, started + budgetMs * BUDGET_SHARE);
	} catch (error) {
		throw toNodeError(context, error);
	}

	if (manual) {
		const record = mostRecent(fetched.records);
		return record ? [[{ json: record }]] : null;
	}

	const seen = state.seen ?? {};
	const fresh: INodeExecutionData[] = [];
	const nowSeen: Record<string, string> = fetched.complete ? {} : { ...seen };
	for (const [id, record] of fetched.records) {
		const print = fingerprint(record);
		const known = plan.event.emits === 'new' ? seen[id] !== undefined : seen[id] === print;
		if (!known) fresh.push({ json: record });
		nowSeen[id] = print;
	}
	state.seen = nowSeen;
	state.config = plan.config;
	if (fetched.complete) state.watermark = gmt(started);
	if (firstPoll && !plan.emitExisting) return null;
	return fresh.length ? [fresh] : null;
}
