/**
 * Turns what is wrong with one input item into a NodeOperationError that speaks the
 * editor's language: the field as the panel labels it, the line by its number, and the
 * JSON path for JSON mode and for the record. Every problem of the item is in the
 * message, which is all an AI agent sees of a tool error.
 */
import { NodeOperationError, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';
import type { z } from 'zod/v4';

import type { KometEndpoint, KometRequest } from '../../komet/method';

/** A problem found while reading an item's parameters, before the schema sees them. */
export class InputProblem extends Error {
	constructor(
		readonly path: ReadonlyArray<PropertyKey>,
		message: string,
		readonly hint?: string,
	) {
		super(message);
		this.name = 'InputProblem';
	}
}

/** `['prebookItems', 2, 'boxes']` → `prebookItems[2].boxes`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	return path
		.map((key, position) => (typeof key === 'number' ? `[${key}]` : `${position ? '.' : ''}${String(key)}`))
		.join('');
}

/**
 * The properties of one level, those inside collections (Additional Fields, Filters) and
 * single-value groups (Billing Address) included; a group's fields are labelled with it.
 */
function levelOf(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		if (property.type === 'collection') return levelOf((property.options ?? []) as INodeProperties[]);
		if (property.type === 'fixedCollection' && property.typeOptions?.multipleValues === false) {
			return ((property.options ?? []) as Array<{ displayName: string; values: INodeProperties[] }>).flatMap((group) =>
				levelOf(group.values).map((field) => ({ ...field, displayName: `${group.displayName} › ${field.displayName}` })),
			);
		}
		return [property];
	});
}

/** The field that fills a documented key: same name, or a locator filling `<name>Id` / `<name>Code`. */
function fieldFor(level: INodeProperties[], key: string): INodeProperties | undefined {
	return (
		level.find((property) => property.name === key) ??
		level.find((property) => property.type === 'resourceLocator' && (key === `${property.name}Id` || key === `${property.name}Code`))
	);
}

/** `Prebook Lines line 3, Boxes` for `['prebookItems', 2, 'boxes']`; unknown steps are left out. */
export function labelOf(properties: INodeProperties[], path: ReadonlyArray<PropertyKey>): string {
	const labels: string[] = [];
	let level = levelOf(properties);
	let lines = false;
	for (const step of path) {
		if (typeof step === 'number') {
			labels.push(`${lines ? 'line' : 'entry'} ${step + 1}`);
			continue;
		}
		const field = fieldFor(level, String(step));
		lines = field?.type === 'fixedCollection';
		level = lines ? levelOf(((field?.options?.[0] as { values?: INodeProperties[] }) ?? {}).values ?? []) : [];
		labels.push(field ? field.displayName : String(step));
	}
	return labels.join(', ').replace(/, (line|entry) /g, ' $1 ');
}

/** `Prebook Lines line 3, Boxes (prebookItems[2].boxes): must be at least 1`. */
export function describeProblem(properties: INodeProperties[], path: ReadonlyArray<PropertyKey>, message: string): string {
	if (path.length === 0) return message;
	return `${labelOf(properties, path)} (${formatPath(path)}): ${message}`;
}

export function describeIssue(properties: INodeProperties[], issue: z.core.$ZodIssue): string {
	return describeProblem(properties, issue.path, issue.message);
}

/**
 * `Item 2, Prebook Lines line 3, Boxes (prebookItems[2].boxes): must be at least 1; …`
 * Each fact once in what the user reads: the problems in the message (which every view shows),
 * the hint and that nothing was sent in the description. Items are counted from 1, as the
 * editor counts them; n8n may add its own zero-based "[item 0]" beside the message.
 */
export function inputError(context: IExecuteFunctions, itemIndex: number, problems: string[], hint?: string) {
	return new NodeOperationError(context.getNode(), `Item ${itemIndex + 1}, ${problems.join('; ')}`, {
		itemIndex,
		description: [hint, 'Nothing was sent to Komet.'].filter(Boolean).join(' '),
	});
}

/** The request the method's schema reads from `raw`, or every problem of it in the editor's words. */
export function checkRequest<Endpoint extends KometEndpoint>(
	operation: { endpoint: Endpoint; properties: INodeProperties[] },
	raw: unknown,
): { request: KometRequest<Endpoint> } | { problems: string[] } {
	const result = operation.endpoint.schema().safeParse(raw);
	if (result.success) return { request: result.data as KometRequest<Endpoint> };
	return { problems: result.error.issues.map((issue) => describeIssue(operation.properties, issue)) };
}

export function parseRequest<Endpoint extends KometEndpoint>(
	context: IExecuteFunctions,
	operation: { endpoint: Endpoint; properties: INodeProperties[] },
	raw: unknown,
	itemIndex: number,
): KometRequest<Endpoint> {
	const checked = checkRequest(operation, raw);
	if ('request' in checked) return checked.request;
	throw inputError(context, itemIndex, checked.problems);
}
