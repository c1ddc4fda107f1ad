import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { prebookItemDelete } from '../../komet/prebookItemDelete';
import { wholeNumber } from '../common/fields';
import { NodeOperation, requestAndAnswer, type WholeCallOperation } from '../common/operation';
import { prebookIdField } from './prebookIdField';

type Endpoint = typeof prebookItemDelete;

class DeletePrebookLine extends NodeOperation<Endpoint> implements WholeCallOperation<Endpoint> {
	readonly kind = 'wholeCall';
	readonly endpoint = prebookItemDelete;

	readonly properties: INodeProperties[] = [
		{
			displayName: "With a Vendor token Komet does not delete the line: it sets the line's quantity to zero",
			name: 'deleteLineNotice',
			type: 'notice',
			default: '',
		},
		prebookIdField('the prebook the line belongs to', '85063'),
		wholeNumber(
			'Prebook Line ID',
			'prebookItemId',
			"Komet's internal ID of the line to delete: prebookItemId in Prebook → Create Multiple's results or in the lines of Prebook → Get Many",
			'928356',
		),
	];

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return {
			prebookId: context.getNodeParameter('prebookId', itemIndex),
			prebookItemId: context.getNodeParameter('prebookItemId', itemIndex),
		};
	}

	readonly callOutput = requestAndAnswer;
}

export const deleteLine = new DeletePrebookLine();
