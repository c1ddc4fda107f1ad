import { readLines } from '../../helpers/lines';
import { boxExternalCodeUpdate } from '../../schemas';
import { normaliseStatus } from '../../transport/status';
import { defineOperation } from '../common/operation';
import { linesProperties, text } from '../common/fields';

export const BOX_LINES = { entryKey: 'box' };

export const updateExternalCodes = defineOperation({
	endpoint: boxExternalCodeUpdate,

	properties: linesProperties({
		name: 'boxes',
		displayName: 'Boxes',
		entryKey: 'box',
		entryDisplayName: 'Box',
		required: true,
		description: 'The boxes to give an external code, e.g. the code of a logistics partner',
		jsonExample: [{ boxCode: 'KS001001', externalCode: 'PT991001' }],
		values: [
			text('Box Code', 'boxCode', 'Komet box code of the box to update (up to 20 characters)', {
				required: true,
				placeholder: 'e.g. KS001001',
			}),
			text('External Code', 'externalCode', 'The external code to store on the box (up to 20 characters)', {
				required: true,
				placeholder: 'e.g. PT991001',
			}),
		],
	}),

	readRequest: (context, itemIndex) => ({ boxes: readLines(context, itemIndex, 'boxes', BOX_LINES) }),

	// All boxes of a run share calls: 10,000 boxes cost a handful of requests, not 10,000.
	batching: {
		arrayKey: 'boxes',
		groupKey: () => 'all',
		matches: (result, line) => result.boxCode === line.boxCode,
	},

	toOutput(response, request) {
		const results = response.results ?? [];
		// Komet answers per box code; the external code comes from the request line.
		const pending = [...request.boxes];
		return results.map((result) => {
			const position = pending.findIndex((box) => box.boxCode === result.boxCode);
			const [box] = position >= 0 ? pending.splice(position, 1) : [undefined];
			return {
				boxCode: result.boxCode ?? box?.boxCode,
				externalCode: box?.externalCode,
				status: normaliseStatus(result.status),
				message: result.message,
			};
		});
	},
});
