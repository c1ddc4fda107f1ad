/**
 * The canvas subtitle of the trigger: what it costs, then the event ("≈ 48 requests/day ·
 * 2 per poll · Prebook Created or Updated"; the canvas cuts long subtitles, so the cost comes
 * first). The editor evaluates it from the parameters as they are set, so the cost is seen
 * before activation. Its figures come from the events and the budget's table of polls per day;
 * the expression sums them as requestsPerPoll (events.ts) and pollsPerDay (requestBudget.ts)
 * do (test/unit/triggerSubtitle.test.ts holds the three equal).
 */
import { TRIGGER_EVENTS } from './events';
import { POLLS_PER_DAY } from './requestBudget';

export function triggerSubtitle(): string {
	const windowDays: Record<string, number> = {};
	const days: Record<string, [string, string, number, number]> = {};
	const names: Record<string, string> = {};
	for (const event of TRIGGER_EVENTS) {
		const { kinds, from, to } = event.dates;
		windowDays[event.value] = kinds[0].days;
		for (const kind of kinds) windowDays[`${event.value}/${kind.value}`] = kind.days;
		days[event.value] = [from.parameter, to.parameter, from.days, to.days];
		names[event.value] = event.name;
	}
	const script = [
		'const p = $parameter;',
		`const e = p.event || ${JSON.stringify(TRIGGER_EVENTS[0].value)};`,
		`const d = ${JSON.stringify(days)}[e];`,
		`const w = ${JSON.stringify(windowDays)};`,
		'const start = (p[d[0]] === undefined ? d[2] : p[d[0]]);',
		'const end = (p[d[1]] === undefined ? d[3] : p[d[1]]);',
		"const perPoll = Math.max(0, Math.ceil((end - start + 1) / (w[e + '/' + p.dateKind] || w[e])));",
		`const r = ${JSON.stringify(POLLS_PER_DAY)};`,
		'const items = (p.pollTimes && p.pollTimes.item) || [];',
		"const polls = items.reduce((sum, t) => sum + (t.mode === 'everyX' ? (t.unit === 'hours' ? r.everyHour : r.everyMinute) / Math.max(1, t.value || 1) : t.mode === 'custom' ? NaN : (r[t.mode] || r.everyMinute)), 0);",
		"const cost = Number.isFinite(polls) ? '≈ ' + Math.ceil(perPoll * polls) + ' requests/day · ' + perPoll + ' per poll' : perPoll + ' requests per poll';",
		`return cost + ' · ' + ${JSON.stringify(names)}[e];`,
	].join(' ');
	return `={{ (() => { ${script} })() }}`;
}
