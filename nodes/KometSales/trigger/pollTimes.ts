/**
 * The trigger's default Poll Times. n8n's loader adds the Poll Times parameter to every
 * polling node (`properties.unshift(...)`) with "every minute" as its default, which no Komet
 * user's daily requests allow (1,440 polls a day). The trigger's properties are a list that
 * gives that parameter a default its own budget allows: every hour (24 polls a day).
 */
import type { INodeParameters, INodeProperties } from 'n8n-workflow';

export const DEFAULT_POLL_TIMES: INodeParameters = { item: [{ mode: 'everyHour' }] };

/** A property list whose Poll Times, when n8n's loader adds it, defaults to DEFAULT_POLL_TIMES. */
export class TriggerPropertyList extends Array<INodeProperties> {
	// map/filter/slice give plain arrays.
	static get [Symbol.species]() {
		return Array;
	}

	static holding(properties: INodeProperties[]): TriggerPropertyList {
		const list = new TriggerPropertyList();
		list.push(...properties);
		return list;
	}

	unshift(...properties: INodeProperties[]): number {
		return super.unshift(...properties.map((property) => (property.name === 'pollTimes' ? { ...property, default: structuredClone(DEFAULT_POLL_TIMES) } : property)));
	}
}
