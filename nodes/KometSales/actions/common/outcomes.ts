/**
 * Komet's answer to one call, as what leaves the node for each input item it carried: one
 * output item per answered line, or an error of the line Komet did not answer or answered
 * with a status that is neither 1 nor 0. Results that match no line go to no item; they
 * are reported in the run's hints.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { KometResponse } from '../../transport/answer';
import { KometCallError } from '../../transport/errors';
import { mayHaveBeenDone } from '../../transport/request';
import { echoForms } from '../../komet/echoes';
import { splitAnswer, type Call } from './batching';
import type { PerLineOperation, WholeCallOperation } from './operation';

/** One line's outcome inside an item's output: an output item, or an error of that line. */
export type Entry = { json: IDataObject } | { error: KometCallError; extra: IDataObject };

/** Komet's answer to one call as entries per input item, each line paired by what Komet echoes. */
export function report(context: IExecuteFunctions, operation: WholeCallOperation | PerLineOperation, call: Call, response: KometResponse) {
	/** Komet's answer itself, with `status` as 1 or 0 (unless the operation makes its own output of it). */
	const answer = (): IDataObject => ({ ...response.body, status: response.status });
	if (operation.kind === 'wholeCall') {
		return call.parts.map(({ itemIndex, request }) => ({
			itemIndex,
			entries: (operation.callOutput?.(response, request) ?? [answer()]).map((json): Entry => ({ json })),
		}));
	}
	const plan = operation.lines;
	const repeatable = operation.endpoint.repeatable(call.request);
	const split = splitAnswer(call, response, plan);
	if (split.unmatched.length) {
		const keys = split.unmatched.map((result) => JSON.stringify(plan.resultKey(result) ?? null)).slice(0, 10);
		const text = `Komet Sales answered ${split.unmatched.length} result(s) that match no line of the request (${keys.join(', ')}); they were not given to any item. Check in Komet what they refer to.`;
		context.logger.warn(text);
		context.addExecutionHints({ message: text, type: 'warning', location: 'outputPane' });
	}
	// Echoes that answered no line, to tell a line that may be among them (a drifted echo).
	const strayEchoes = new Set(split.unmatched.map((result) => plan.resultKey(result)).filter((key) => key !== undefined));
	const strayEchoOf = (key: string | undefined) =>
		key === undefined || strayEchoes.size === 0 ? undefined : echoForms(key, plan.echoLength).find((form) => strayEchoes.has(form));
	return split.items.map(({ itemIndex, request, answers }) => {
		// A request without lines: the call's answer as a whole.
		if (answers.length === 0) return { itemIndex, entries: [{ json: answer() }] };
		const entries = answers.map(({ line, result }, position): Entry => {
			const key = plan.key(line);
			const which = `line ${position + 1} of this item${key === undefined ? '' : ` (${key})`}`;
			if (result === undefined) {
				const stray = strayEchoOf(key);
				const drifted =
					stray === undefined
						? ''
						: ` Komet echoed "${stray}", which may be this line's "${key}" as Komet drifted it (read as a number, trimmed or cut); an echo is given only to the line it equals.`;
				return {
					error: new KometCallError(`Komet Sales did not answer for ${which}`, {
						description: `The request was accepted, but Komet's answer has no result for this line.${drifted} ${repeatable ? 'Send it again to be sure it is applied.' : mayHaveBeenDone(operation.endpoint)}`,
					}),
					extra: { line: position + 1, ...(key === undefined ? {} : { key }) },
				};
			}
			if (result.status !== 0 && result.status !== 1) {
				return {
					error: new KometCallError(`Komet Sales answered status ${JSON.stringify(result.status) ?? 'undefined'} for ${which}`, {
						description: `That is neither 1 (done) nor 0 (refused), so the line is not counted as done. ${repeatable ? '' : mayHaveBeenDone(operation.endpoint)}`.trim(),
						response: result,
					}),
					extra: { line: position + 1, result },
				};
			}
			return { json: operation.lineOutput(result, line, request, response) };
		});
		return { itemIndex, entries };
	});
}
