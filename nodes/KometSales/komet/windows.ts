/**
 * A list's date range cut into the windows Komet takes per call (one truck date, 4, 7 or 31
 * days: the method's WindowKind), counted before any is built. Get Many over a range
 * (actions/common/windowedGetMany.ts) and the trigger's polls (trigger/poll.ts) cut ranges here.
 */
import type { IDataObject } from 'n8n-workflow';

import { DAY_MS, plusDays } from './days';
import type { WindowKind } from './method';

/**
 * The days a range may cover: Komet's dates are this century's. A date outside cannot be
 * meant (9999-12-31 is the usual "no end"), and a range to it would be millions of windows.
 */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2099-12-31';

/** How many windows of `kind` a range needs, counted without building them. */
export const countWindows = (kind: WindowKind, from: string, to: string) =>
	Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS / kind.days) + 1;

/** The first and last day of window `index` (from 0) of a range. */
export function windowDays(kind: WindowKind, from: string, to: string, index: number) {
	const start = plusDays(from, index * kind.days);
	const last = plusDays(start, kind.days - 1);
	return { start, end: last < to ? last : to };
}

/** The windows of a range, `days` long (both ends included), the last one shorter. */
export function windows(kind: WindowKind, from: string, to: string): IDataObject[] {
	return Array.from({ length: countWindows(kind, from, to) }, (_, index) => {
		const { start, end } = windowDays(kind, from, to, index);
		return kind.fields(start, end);
	});
}
