/**
 * What a run already did in Komet, for the error that stops it midway: without it the
 * ids of orders created by earlier calls would be lost to the user, who would then
 * re-run blindly and create them again.
 */
import type { IDataObject } from 'n8n-workflow';

import type { KometEndpoint } from '../../komet/method';

export interface Done {
	/** The input item, counted from 0 as n8n does; shown from 1 as every message does. */
	itemIndex: number;
	json: IDataObject;
}

const MAX_LISTED = 40;

/** Whether an output item records something Komet did (not a read, not a refused line). */
export const accomplished = (endpoint: KometEndpoint, json: IDataObject) => !endpoint.emptyAnswers && json.status === 1;

/** The fields that identify what Komet did: ids, numbers, the line's identifier or box code. */
function identifying(json: IDataObject): string {
	return Object.entries(json)
		.filter(
			([key, value]) =>
				(typeof value === 'string' || typeof value === 'number') &&
				(/(Id|Number)$/.test(key) || key === 'identifier' || key === 'boxCode' || key === 'externalCode'),
		)
		.map(([key, value]) => `${key} ${value}`)
		.join(', ');
}

export function summariseDone(done: Done[]): string | undefined {
	if (done.length === 0) return undefined;
	const listed = done.slice(0, MAX_LISTED).map(({ itemIndex, json }) => `- item ${itemIndex + 1}: ${identifying(json) || 'done'}`);
	const more = done.length > MAX_LISTED ? [`- and ${done.length - MAX_LISTED} more`] : [];
	return [`Already done in Komet by this run, before it stopped (do not send these again):`, ...listed, ...more].join('\n');
}
