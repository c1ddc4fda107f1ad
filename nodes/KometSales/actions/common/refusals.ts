/**
 * Komet refuses some calls as a whole for the value of one field (a carrier that is not of
 * type Inbound). Its message names no field of the editor, so each operation declares which
 * of Komet's refusal messages concern which of its fields, and the error of such a refusal
 * keeps Komet's message and names the field as the panel labels it in its description.
 */
import type { INodeProperties } from 'n8n-workflow';

import { KometCallError } from '../../transport/errors';
import { describeProblem } from './validation';

/** The field a refusal concerns (its path, as for input errors) and what to do about it. */
export interface FieldRefusal {
	path: readonly PropertyKey[];
	advice: string;
}

/** Komet's refusal message (case, spacing and a final full stop aside) → the field it concerns. */
export type FieldRefusals = Readonly<Record<string, FieldRefusal>>;

/** Komet's words without the case, spacing and final full stop, which its pages and answers vary. */
const wording = (message: string) => message.trim().replace(/\.$/, '').replace(/\s+/g, ' ').toLowerCase();

/** The error of a whole-call refusal, its description naming the field when the operation maps Komet's message to one. */
export function pointAtField(operation: { properties: INodeProperties[]; refusals?: FieldRefusals }, error: unknown): unknown {
	if (!(error instanceof KometCallError) || !operation.refusals) return error;
	const said = wording(error.message);
	const refusal = Object.entries(operation.refusals).find(([message]) => wording(message) === said)?.[1];
	if (!refusal) return error;
	const field = describeProblem(operation.properties, refusal.path, refusal.advice);
	return new KometCallError(error.message, {
		...error.details,
		description: [field, error.details.description].filter(Boolean).join('\n\n'),
	});
}
