import type { SimulatorState } from '../referenceData';
import { asInt, type Json, type MethodResult } from '../kometStyle';

/** boxtype.list: the cheap GET the credential test calls; ids as strings, like some Komet lists. */
export function boxtypeList(state: SimulatorState, query: Json): MethodResult {
	const found = state.boxTypes.filter(
		(boxType) =>
			(query.id === undefined || boxType.id === asInt(query.id)) && (query.code === undefined || boxType.code === query.code),
	);
	if (!found.length) return { body: { status: '0', message: 'Box types not found.' } };
	return {
		body: {
			status: '1',
			message: 'success',
			boxtypes: found.map((boxType) => ({
				id: String(boxType.id),
				code: boxType.code,
				kometNetworkName: boxType.name,
				fbe: boxType.fbe,
				kometNetworkId: boxType.id + 1000,
			})),
		},
	};
}
