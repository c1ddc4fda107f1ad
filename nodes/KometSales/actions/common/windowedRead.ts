/**
 * Runs the Get Many operations that read a date range in Komet's windows (common/
 * windowedGetMany.ts) for every input item, so that what leaves is complete or says what
 * is missing (docs/komet-api.md, "Filters and dates"):
 * - each window is built and sent only when it is needed: an item stops asking once its
 *   Limit is reached, and Return All ranges were counted against Max Requests per Run before
 *   anything was sent; an item with a Limit is held by the run's budget call by call;
 * - a record met in several windows leaves once, with every line any window sent (RecordMerger);
 * - a window that failed is an error naming its dates; with Continue On Fail the item's other
 *   records still leave, and the run's hints say the result is incomplete;
 * - the records a run holds are bounded (MAX_RECORDS_PER_RUN), whatever Komet answers.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { KometCallError } from '../../transport/errors';
import { budgetSpentText, type CallOptions, type KometSession } from '../../transport/request';
import type { ItemWindows, WindowedReadOperation } from './operation';
import { RecordMerger } from '../../komet/records';
import { parseRequest } from './validation';

/** At most this many records are held by one run: 100,000 prebooks with their lines are a few hundred MB. */
export const MAX_RECORDS_PER_RUN = 100_000;

export interface WindowedItem {
	itemIndex: number;
	windows: ItemWindows;
	/** Undefined: Return All. */
	limit?: number;
}

export interface WindowedOutcome {
	/** The records of an item, in the order Komet first sent them. */
	emit(itemIndex: number, records: IDataObject[]): void;
	/** An error of the item (throws without Continue On Fail); `extra` goes into the error item's details. */
	fail(error: unknown, itemIndex: number, extra?: IDataObject): void;
}

/** A window's failure, named by its dates, Komet's words kept. */
function windowFailure(error: unknown, windows: ItemWindows, first: number, last = first): KometCallError {
	const label = windows.label(first, last);
	const missing = `The ${label} were not read: their records are missing from this result.`;
	if (error instanceof KometCallError) {
		return new KometCallError(`${error.message} (${label})`, {
			...error.details,
			description: [missing, error.details.description].filter(Boolean).join(' '),
		});
	}
	return new KometCallError(`${(error as Error).message} (${label})`, { description: missing });
}

export async function readWindowed(
	context: IExecuteFunctions,
	operation: WindowedReadOperation,
	items: WindowedItem[],
	session: KometSession,
	options: CallOptions & { maxRequests: number },
	outcome: WindowedOutcome,
): Promise<void> {
	const { endpoint } = operation;
	let heldByRun = 0;
	let incomplete = 0;
	for (const { itemIndex, windows, limit } of items) {
		const records = new RecordMerger(endpoint.recordLines);
		const failWindow = (error: unknown, first: number, last = first) => {
			incomplete++;
			outcome.fail(windowFailure(error, windows, first, last), itemIndex, windows.dates(first, last));
		};
		let whole = true;
		for (let index = 0; index < windows.count; index++) {
			if (limit !== undefined && records.size >= limit) break;
			if (session.sent >= options.maxRequests) {
				failWindow(
					new KometCallError(budgetSpentText(options.maxRequests), {
						description: 'Raise Max Requests per Run in Options if that is intended, or narrow the dates or the filters.',
						sent: 'no',
					}),
					index,
					windows.count - 1,
				);
				break;
			}
			let answer;
			try {
				const request = parseRequest(context, operation, windows.request(index), itemIndex) as IDataObject;
				answer = await session.call(endpoint, request, options);
			} catch (error) {
				failWindow(error, index);
				continue;
			}
			for (const record of answer.results ?? []) records.add(record);
			if (heldByRun + records.size > MAX_RECORDS_PER_RUN) {
				whole = false;
				incomplete++;
				outcome.fail(
					new KometCallError(`More than ${MAX_RECORDS_PER_RUN.toLocaleString('en-US')} records in one run (up to the ${windows.label(index)})`, {
						description: `Return All keeps at most ${MAX_RECORDS_PER_RUN.toLocaleString('en-US')} records per run, so that one run cannot exhaust n8n's memory. Narrow the dates (several runs of shorter ranges), add filters, or set a Limit. None of this item's records were kept.`,
						sent: 'no',
					}),
					itemIndex,
					windows.dates(0, windows.count - 1),
				);
				break;
			}
		}
		if (!whole) continue;
		const kept = [...records.values()].slice(0, limit);
		heldByRun += kept.length;
		outcome.emit(itemIndex, kept);
	}
	if (incomplete > 0) {
		context.addExecutionHints({
			message: `The result is incomplete: ${incomplete} date window(s) could not be read. See the error items: each names its dates.`,
			type: 'warning',
			location: 'outputPane',
		});
	}
}
