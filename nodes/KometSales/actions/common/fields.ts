/**
 * Builders for single-value fields: text, numbers, dates. They have no reader of their own:
 * n8n gives their values back as they are (getNodeParameter), and the method's schema reads
 * and checks them.
 */
import type { INodeProperties } from 'n8n-workflow';

import { DECIMAL } from '../../komet/common';

export const text = (
	displayName: string,
	name: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({ displayName, name, type: 'string', default: '', description, ...extra });

/** The "(up to N characters)" a field's description ends with, from the schema's limit. */
export const withLimit = (description: string, maxLength: number | undefined) =>
	maxLength === undefined ? description : `${description} (up to ${maxLength} characters)`;

/**
 * Text fields of one documented object: each states the limit its schema enforces,
 * read from the schema's table of text limits (`PREBOOK_LINE_TEXT`), so the editor and
 * the validation cannot disagree.
 */
export const textsWithin =
	(limits: Readonly<Record<string, number>>) =>
	(displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties =>
		text(displayName, name, withLimit(description, limits[name]), extra);

export const number = (
	displayName: string,
	name: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({ displayName, name, type: 'number', default: 0, description, ...extra });

export const decimal = (
	displayName: string,
	name: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => number(displayName, name, description, { typeOptions: { numberPrecision: DECIMAL.places, minValue: DECIMAL.min }, ...extra });

/**
 * A whole number the user must give (an id, a count with no sensible default). A text
 * field, because n8n's editor flags an empty required text but not a number left at 0;
 * the schema reads "12" as 12 and refuses anything that is not a whole number.
 */
export const wholeNumber = (displayName: string, name: string, description: string, example: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	required: true,
	placeholder: `e.g. ${example}`,
	description,
});

/**
 * Komet wants a calendar date. A text field rather than n8n's date-and-time picker, which
 * would suggest a time is sent; expressions (`{{ $today }}`) and ISO dates with a time
 * are read as their date.
 */
export const date = (displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}) =>
	({
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: 'e.g. 2024-05-01',
		description: `${description}: a date as YYYY-MM-DD, or an expression such as {{ $today.plus({ days: 2 }) }}`,
		...extra,
	}) as INodeProperties;
