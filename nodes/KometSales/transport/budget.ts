/**
 * Max Requests per Run: one counter for the whole run, every request, first or resent, taking
 * one before it leaves. n8n's own Retry On Fail runs the node again within the same run (same
 * execution, node and run index), so the tries of one run share their budget: a cap of 3 is
 * 3 requests whatever Retries and Retry On Fail say. Another run of the node (a loop, an AI
 * agent's next tool call) has its own.
 */
import type { IExecuteFunctions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';

/** Komet allows about 1,000 requests per user per day: a run spends at most this many unless told otherwise. */
export const DEFAULT_MAX_REQUESTS = 250;

/** The session's request budget. */
export class RequestBudget {
	sent = 0;
	constructor(readonly max = Number.POSITIVE_INFINITY) {}
	get spent() {
		return this.sent >= this.max;
	}
}

/** Runs remembered at once (a few bytes each); the oldest is forgotten first. */
const MAX_RUNS = 1_000;
const budgets = new Map<string, RequestBudget>();

/** Execution, node and run index of a node run; undefined outside a node's execution (editor lists, polls). */
function runOf(context: IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions): string | undefined {
	if (!('getInputData' in context)) return undefined;
	try {
		const execution = context.getExecutionId();
		if (!execution) return undefined;
		const runIndex = context.getWorkflowDataProxy(0).$runIndex as number;
		return JSON.stringify([execution, context.getNode().name, runIndex]);
	} catch {
		return undefined;
	}
}

export function budgetOfRun(context: IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions, max?: number): RequestBudget {
	const run = max === undefined ? undefined : runOf(context);
	if (run === undefined) return new RequestBudget(max);
	const kept = budgets.get(run);
	if (kept && kept.max === max) return kept;
	const budget = new RequestBudget(max);
	budgets.set(run, budget);
	while (budgets.size > MAX_RUNS) budgets.delete(budgets.keys().next().value as string);
	return budget;
}
