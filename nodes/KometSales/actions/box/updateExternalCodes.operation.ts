import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { BOX_TEXT, boxExternalCodeUpdate } from '../../komet/boxExternalCodeUpdate';
import type { BatchPlan, LinePlan } from '../common/batching';
import { NodeOperation, type PerLineOperation } from '../common/operation';
import { textsWithin } from '../common/fields';
import { lineShape, linesProperties, readLines } from '../common/lines';

const boxText = textsWithin(BOX_TEXT);

const properties: INodeProperties[] = linesProperties({
	name: 'boxes',
	displayName: 'Boxes',
	entryKey: 'box',
	entryDisplayName: 'Box',
	required: true,
	description: 'The boxes to give an external code, e.g. the code of a logistics partner',
	jsonExample: [{ boxCode: 'KS001001', externalCode: 'PT991001' }],
	values: [
		boxText('Box Code', 'boxCode', 'Komet box code of the box to update, e.g. one of boxCodes in Purchase Order → Add AWB\'s results', {
			required: true,
			placeholder: 'e.g. KS001001',
		}),
		boxText('External Code', 'externalCode', 'The external code to store on the box', {
			required: true,
			placeholder: 'e.g. PT991001',
		}),
	],
});

/** How `boxes` reads from the editor, derived from its fields. */
export const BOX_LINES = lineShape(properties, 'boxes');

type Endpoint = typeof boxExternalCodeUpdate;

class UpdateExternalCodes extends NodeOperation<Endpoint> implements PerLineOperation<Endpoint> {
	readonly kind = 'perLine';
	readonly endpoint = boxExternalCodeUpdate;

	readonly properties = properties;

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return { boxes: readLines(context, itemIndex, 'boxes', BOX_LINES) };
	}

	// Komet answers per box code.
	readonly lines: LinePlan = {
		of: (request) => request.boxes as IDataObject[],
		key: (line) => String(line.boxCode),
		resultKey: (result) => (result.boxCode === undefined ? undefined : String(result.boxCode)),
	};

	// All boxes of a run share calls: 10,000 boxes cost a handful of requests, not 10,000.
	readonly batching: BatchPlan = { arrayKey: 'boxes', groupKey: () => 'all' };

	// The external code comes from the request line: Komet echoes only the box code.
	lineOutput(result: IDataObject, line: IDataObject) {
		return {
			boxCode: line.boxCode,
			externalCode: line.externalCode,
			status: result.status,
			message: result.message,
		};
	}
}

export const updateExternalCodes = new UpdateExternalCodes();
