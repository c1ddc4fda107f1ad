/** Turns a schema's verdict on one input item into the request or a NodeOperationError. */
import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';
import type { z } from 'zod/v4';

import type { KometEndpoint, KometRequest } from '../transport/endpoint';

/** `['prebookItems', 2, 'boxes']` → `prebookItems[2].boxes`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	return path
		.map((key, position) => (typeof key === 'number' ? `[${key}]` : `${position ? '.' : ''}${String(key)}`))
		.join('');
}

export function describeIssue(issue: z.core.$ZodIssue): string {
	const path = formatPath(issue.path);
	return path ? `${path}: ${issue.message}` : issue.message;
}

export function parseRequest<Endpoint extends KometEndpoint>(
	context: IExecuteFunctions,
	endpoint: Endpoint,
	raw: unknown,
	itemIndex: number,
): KometRequest<Endpoint> {
	const result = endpoint.schema().safeParse(raw);
	if (result.success) return result.data as KometRequest<Endpoint>;
	const issues = result.error.issues.map(describeIssue);
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${issues[0]}`, {
		itemIndex,
		description:
			issues.length > 1
				? `All problems with this item (nothing was sent to Komet):\n${issues.join('\n')}`
				: 'Nothing was sent to Komet.',
	});
}
