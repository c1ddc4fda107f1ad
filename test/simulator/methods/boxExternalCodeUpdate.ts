import type { SimulatorState } from '../referenceData';
import { failure, missingField, type Json, type MethodResult } from '../kometStyle';

/** box.externalcode.update: sets external codes; unknown box codes fail per box. */
export function boxExternalCodeUpdate(state: SimulatorState, body: Json): MethodResult {
	const boxes = body.boxes;
	if (!Array.isArray(boxes) || boxes.length === 0) return failure('The field boxes is required.');
	const results = boxes.map((box: Json) => {
		const problem = missingField(box, ['boxCode', 'externalCode']);
		if (problem) return { boxCode: box?.boxCode ?? '', status: '0', message: problem };
		const code = String(box.boxCode);
		if (!state.boxes.has(code)) return { boxCode: code, status: '0', message: 'Box code does not exist' };
		if (String(box.externalCode).length > 20) {
			return { boxCode: code, status: '0', message: 'The external code must be at most 20 characters.' };
		}
		state.boxes.set(code, String(box.externalCode));
		return { boxCode: code, status: '1', message: 'success' };
	});
	const updated = results.filter((result) => result.status === '1').length;
	return {
		body: {
			status: updated > 0 ? '1' : '0',
			message: `${updated} boxes were successfully updated. ${results.length - updated} boxes could not be updated`,
			boxes: results,
		},
	};
}
