/**
 * What a trigger's polling costs of the ~1,000 requests a Komet user may make per day
 * (docs/komet-api.md, "Size and daily budget"): requests per poll × polls per day, from n8n's Poll Times.
 */
import type { IDataObject } from 'n8n-workflow';

export const KOMET_DAILY_REQUESTS = 1000;
export const DEFAULT_SHARE_PERCENT = 20;

const MINUTES_PER_DAY = 1440;

/** Polls per day of n8n's fixed Poll Times modes, and of "every X" with X = 1 (the canvas subtitle reads this table too). */
export const POLLS_PER_DAY: Record<string, number> = {
	everyMinute: MINUTES_PER_DAY,
	everyHour: 24,
	everyDay: 1,
	everyWeek: 1 / 7,
	everyMonth: 1 / 28,
};

/** How many values one cron field takes in its range: `*`, steps, ranges, lists. */
function cronFieldCount(field: string, size: number): number {
	let count = 0;
	for (const part of field.split(',')) {
		const [range, stepText] = part.split('/');
		const step = Math.max(1, Number(stepText ?? 1) || 1);
		let span = 1;
		if (range === '*' || range === '?') span = size;
		else if (range.includes('-')) {
			const [low, high] = range.split('-').map(Number);
			span = Number.isFinite(low) && Number.isFinite(high) && high >= low ? high - low + 1 : 1;
		} else if (stepText !== undefined) span = size - Number(range);
		count += Math.ceil(span / step);
	}
	return Math.max(1, count);
}

/**
 * Polls per day of a cron expression, at most (day-of-month/month/weekday fields are taken as
 * every day): seconds (6 fields) × minutes × hours.
 */
function cronPollsPerDay(expression: string): number {
	const fields = expression.trim().split(/\s+/);
	const [seconds, minutes, hours] = fields.length >= 6 ? fields : ['0', ...fields];
	return cronFieldCount(seconds ?? '0', 60) * cronFieldCount(minutes ?? '*', 60) * cronFieldCount(hours ?? '*', 24);
}

/** Polls per day of n8n's Poll Times parameter (`{ item: [{ mode, value, unit, cronExpression }] }`). */
export function pollsPerDay(pollTimes: IDataObject | undefined): number {
	const items = (pollTimes?.item as IDataObject[] | undefined) ?? [];
	let total = 0;
	for (const item of items) {
		const value = Math.max(1, Number(item.value) || 1);
		// "Every X": X hours or minutes apart, so the polls of every hour or every minute divided by X.
		if (item.mode === 'everyX') total += (item.unit === 'hours' ? POLLS_PER_DAY.everyHour : POLLS_PER_DAY.everyMinute) / value;
		else if (item.mode === 'custom') total += cronPollsPerDay(String(item.cronExpression ?? ''));
		else total += POLLS_PER_DAY[String(item.mode)] ?? MINUTES_PER_DAY;
	}
	return total;
}

export interface RequestBudget {
	perPoll: number;
	perDay: number;
	dailyRequests: number;
	sharePercent: number;
	allowed: number;
}

export function requestBudget(perPoll: number, pollTimes: IDataObject | undefined, dailyRequests: number, sharePercent: number): RequestBudget {
	return {
		perPoll,
		perDay: Math.ceil(perPoll * pollsPerDay(pollTimes)),
		dailyRequests,
		sharePercent,
		allowed: Math.floor((dailyRequests * sharePercent) / 100),
	};
}

/** Why a configuration is refused, or undefined when it fits its share of the day. */
export function overBudget(budget: RequestBudget): string | undefined {
	if (budget.perDay <= budget.allowed) return undefined;
	const interval = Math.ceil((MINUTES_PER_DAY * budget.perPoll) / Math.max(1, budget.allowed));
	return (
		`This trigger would make about ${budget.perDay} requests a day (${budget.perPoll} per poll), more than its ` +
		`${budget.sharePercent}% share of the ${budget.dailyRequests} requests a Komet user may make per day (${budget.allowed}). ` +
		`Poll at most every ${interval} minutes, shorten the date window, or raise the share in Options.`
	);
}
