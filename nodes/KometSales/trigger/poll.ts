/**
 * One poll of the Komet Sales Trigger: the date window of the day → the method's allowed
 * windows → one request each → records merged by id (with every line any window sent) →
 * what was not emitted before.
 *
 * The state lives only in the node's static data, read once at the start of poll() and
 * written once at its end (n8n's durable poller saves it with the execution the poll
 * produced; a poll that fails writes nothing, so the next one repeats its work):
 * - `watermark`: Komet's own time (its answers' `Date` header) when the last complete pass
 *   over the windows started; prebooks are asked for changes since it, less an overlap for
 *   Komet's whole seconds. n8n's clock is used only when Komet sends no `Date`.
 * - `pass`: a pass over the windows that n8n's poll budget cut short: the next poll goes on
 *   from the next window, with the same `since`, instead of starting again.
 * - `seen`: every record met, by key, with its fingerprint and the day its window ends
 *   (trigger/seen.ts): forgotten when that day leaves the window, never on one absence.
 */
import { NodeApiError, NodeOperationError, type IDataObject, type INodeExecutionData, type IPollFunctions, type JsonObject } from 'n8n-workflow';

import { RecordMerger } from '../komet/records';
import { checkRequest } from '../actions/common/validation';
import { dayIn, plusDays } from '../komet/days';
import { gmtDateTime } from '../komet/common';
import { KometCallError, toNodeError } from '../transport/errors';
import { openSession, type KometResponse } from '../transport/request';
import { requestsPerPoll, type TriggerEvent } from './events';
import { windowDays, windows } from './kometLists';
import { readPollParameters, triggerProperties } from './properties';
import { guarded } from './pollGuard';
import { quotaSpent } from './quota';
import { fingerprint } from './recordKey';
import { DEFAULT_SHARE_PERCENT, KOMET_DAILY_REQUESTS, overBudget, pollsPerDay, requestBudget } from './requestBudget';
import { SeenRecords, type SavedSeen } from './seen';

/** How far before the watermark the next pass asks Komet for changes (whole seconds, a record written while it answered). */
export const OVERLAP_MS = 5 * 60_000;
/** n8n's poll budget when it gives none (n8n before the durable poller): its own default. */
const DEFAULT_POLL_BUDGET_MS = 5 * 60_000;
/** Of n8n's poll budget, the part spent asking; the rest is left for emitting and saving. */
const BUDGET_SHARE = 0.8;

interface PassState {
	/** The day (workflow's time zone) the pass's windows are counted from. */
	day: string;
	/** The index of the next window to ask. */
	next: number;
	/** GMT `YYYY-MM-DD hh:mm:ss`: changes since when (prebooks); none on the first pass. */
	since?: string;
	/** Komet's time (epoch ms) when the pass's first answer came, for the next watermark. */
	started?: number;
}

interface PollState {
	/** GMT `YYYY-MM-DD hh:mm:ss`, by Komet's clock: the start of the last complete pass. */
	watermark?: string;
	pass?: PassState;
	seen?: SavedSeen;
	/** The event and window the state belongs to: another configuration starts afresh. */
	config?: string;
	/** A random name given when the state starts, and a count of the polls that wrote it (trigger/pollGuard.ts). */
	lineage?: string;
	version?: number;
}

/** GMT `YYYY-MM-DD hh:mm:ss`, as Komet's schema writes a moment (`updatedAsOf`). */
const gmt = (time: number) => gmtDateTime().parse(new Date(time));
const fromGmt = (text: string) => Date.parse(`${text.replace(' ', 'T')}Z`);

/** One request of a pass, and the last day its window asks for (a record it lists is remembered until that day leaves the window). */
interface PlannedRequest {
	fields: IDataObject;
	lastDay: string;
}

interface PollPlan {
	event: TriggerEvent;
	/** The first day of the window, this poll's day. */
	firstDay: string;
	requestsFor(day: string): PlannedRequest[];
	requests: PlannedRequest[];
	config: string;
	emitExisting: boolean;
	/** Why the configuration spends more than its share of the day, if it does. */
	refusal?: string;
	/** At most this many requests in one poll, resends included: the poll's share of the day. */
	maxRequests: number;
}

/** The requests of this poll, from the node's parameters and the day, and what they may cost. */
export function planPoll(context: IPollFunctions, now: number): PollPlan {
	const { event, kind, from, to, fixed, filters, options, pollTimes } = readPollParameters(context);
	const today = dayIn(context.getTimezone(), now);
	const requestsFor = (day: string) => {
		const [first, last] = [plusDays(day, from), plusDays(day, to)];
		return windows(kind, first, last).map((window, index) => ({
			fields: { ...window, ...fixed, ...filters },
			lastDay: windowDays(kind, first, last, index).end,
		}));
	};
	const budget = requestBudget(
		requestsPerPoll(kind, from, to),
		pollTimes,
		Number(options.dailyRequests ?? KOMET_DAILY_REQUESTS),
		Number(options.sharePercent ?? DEFAULT_SHARE_PERCENT),
	);

	return {
		event,
		firstDay: plusDays(today, from),
		requestsFor,
		requests: requestsFor(today),
		config: JSON.stringify([event.value, kind.value, from, to, fixed, filters]),
		emitExisting: options.emitExisting === true,
		refusal: overBudget(budget),
		maxRequests: Math.max(budget.perPoll, Math.floor(budget.allowed / Math.max(1e-9, pollsPerDay(pollTimes)))),
	};
}

/** The most recent record (highest id) for a manual test, so fields can be mapped. */
function mostRecent(records: Iterable<IDataObject>): IDataObject | undefined {
	let best: IDataObject | undefined;
	for (const record of records) {
		if (!best || Number(record.id) > Number(best.id) || Number.isNaN(Number(best.id))) best = record;
	}
	return best;
}

/** A poll's failure as n8n shows it; a spent Komet quota as HTTP 429, so that n8n backs off. */
function pollError(context: IPollFunctions, error: unknown): Error {
	const quota = quotaSpent(error);
	if (quota) {
		const { message, details } = quota;
		const response = details.response;
		return new NodeApiError(context.getNode(), { message, ...(response ? { response: response as JsonObject } : {}) }, {
			message: `Komet's request quota is spent: ${message}`,
			description: "Komet refused the request as over the user's daily allowance (about 1,000 requests a day). n8n waits before polling again; the next poll goes on where this one stopped.",
			httpCode: '429',
			failure: { cause: 'quota-exhausted' },
		});
	}
	return toNodeError(context, error);
}

export async function poll(context: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const started = Date.now();
	const plan = planPoll(context, started);
	// Refused before anything else happens (no credential read, nothing sent), test runs included.
	if (plan.refusal) throw new NodeOperationError(context.getNode(), plan.refusal);
	const manual = context.getMode() === 'manual';

	// A manual test run neither reads nor changes what the active trigger remembers.
	const saved = manual ? {} : (context.getWorkflowStaticData('node') as PollState);
	if (manual) return (await pollOnce(context, plan, saved, started)).result;
	const trigger = `${context.getWorkflow().id ?? ''}:${context.getNode().id}`;
	return (await guarded(trigger, saved.lineage, saved.version ?? 0, async () => await pollOnce(context, plan, saved, started))) ?? null;
}

/** The poll itself; returns what it emits and the lineage and version of the state it wrote, if it wrote one. */
async function pollOnce(
	context: IPollFunctions,
	plan: PollPlan,
	saved: PollState,
	started: number,
): Promise<{ result: INodeExecutionData[][] | null; lineage?: string; version?: number }> {
	const manual = context.getMode() === 'manual';
	const budgetMs = typeof context.getPollBudgetMs === 'function' ? context.getPollBudgetMs() : DEFAULT_POLL_BUDGET_MS;
	const deadline = started + budgetMs * BUDGET_SHARE;
	// A copy (n8n's static data is an observed object): the saved state changes only at the end.
	const state: PollState =
		saved.config === plan.config ? (JSON.parse(JSON.stringify({ watermark: saved.watermark, pass: saved.pass, seen: saved.seen })) as PollState) : {};
	const firstPass = state.watermark === undefined;
	const changes = plan.event.emits === 'changes';
	const pass: PassState = (!manual && state.pass) || {
		day: dayIn(context.getTimezone(), started),
		next: 0,
		since: changes && state.watermark !== undefined ? gmt(fromGmt(state.watermark) - OVERLAP_MS) : undefined,
	};
	const requests = pass.day === dayIn(context.getTimezone(), started) ? plan.requests : plan.requestsFor(pass.day);

	const firstWindow = pass.next;
	const merger = new RecordMerger(plan.event.endpoint.recordLines);
	/** Record key → the last day of the windows that listed it in this poll. */
	const daysOf = new Map<string, string>();
	try {
		const session = await openSession(context, { maxRequests: plan.maxRequests });
		/** The slowest answer of this poll so far: the next one may take as long. */
		let slowest = 0;
		for (; pass.next < requests.length; pass.next++) {
			// Stop while there is time and budget for one more answer; the next poll goes on from here.
			if (Date.now() + slowest >= deadline || session.sent >= plan.maxRequests) break;
			const request = requests[pass.next];
			const payload = pass.since === undefined ? request.fields : { ...request.fields, updatedAsOf: pass.since };
			const parsed = checkRequest({ endpoint: plan.event.endpoint, properties: triggerProperties }, payload);
			if ('problems' in parsed) throw new NodeOperationError(context.getNode(), parsed.problems.join('; '));
			const asked = Date.now();
			let answer: KometResponse;
			try {
				answer = await session.call(plan.event.endpoint, parsed.request as IDataObject, { deadline });
			} catch (error) {
				// Cut off by the poll's time after some windows: keep those, the next poll asks this one again.
				if (error instanceof KometCallError && Date.now() >= deadline - 20 && pass.next > firstWindow) break;
				throw pollError(context, error);
			}
			slowest = Math.max(slowest, Date.now() - asked);
			// Komet's clock: when it answered; n8n's when Komet sends no Date (README states the limit).
			pass.started ??= answer.serverTime ?? asked;
			const windowEnd = request.lastDay;
			for (const record of answer.results ?? []) {
				merger.add(record);
				const key = plan.event.key(record);
				const before = daysOf.get(key);
				if (!before || before < windowEnd) daysOf.set(key, windowEnd);
			}
		}
	} catch (error) {
		throw pollError(context, error);
	}

	if (manual) {
		const record = mostRecent(merger.values());
		return { result: record ? [[{ json: record }]] : null };
	}

	// No time for even one request: nothing learnt, nothing to save.
	if (pass.next === firstWindow) return { result: null };

	// State saved by the version before `version` existed: its ids, until the window's last day.
	const seen =
		saved.config === plan.config && saved.version === undefined
			? SeenRecords.fromPrevious(state.seen, requests[requests.length - 1].lastDay)
			: SeenRecords.load(state.seen);
	const fresh: INodeExecutionData[] = [];
	for (const record of merger.values()) {
		const key = plan.event.key(record);
		const print = changes ? fingerprint(record) : '';
		const known = seen.get(key);
		if (!known || (changes && known.print !== print)) fresh.push({ json: record });
		seen.set(key, print, daysOf.get(key) ?? pass.day);
	}
	const complete = pass.next >= requests.length;
	if (complete) {
		state.watermark = gmt(pass.started ?? started);
		delete state.pass;
		seen.forgetBefore(plan.firstDay);
	} else {
		state.pass = pass;
	}
	state.seen = seen.save();

	// Written once, here: what n8n saves with the execution this poll produces.
	const version = (saved.config === plan.config ? (saved.version ?? 0) : 0) + 1;
	const lineage = (saved.config === plan.config && saved.lineage) || Math.random().toString(36).slice(2, 10);
	for (const key of Object.keys(saved)) delete (saved as IDataObject)[key];
	Object.assign(saved, { ...state, config: plan.config, lineage, version });
	if (firstPass && !plan.emitExisting) return { result: null, lineage, version };
	return { result: fresh.length ? [fresh] : null, lineage, version };
}
