import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { prebookDelete } from '../../komet/prebookDelete';
import { NodeOperation, requestAndAnswer, type WholeCallOperation } from '../common/operation';
import { prebookIdField } from './prebookIdField';

type Endpoint = typeof prebookDelete;

class DeletePrebook extends NodeOperation<Endpoint> implements WholeCallOperation<Endpoint> {
	readonly kind = 'wholeCall';
	readonly endpoint = prebookDelete;

	readonly properties: INodeProperties[] = [
		{
			displayName: 'Deletes the whole prebook with all its lines. Komet accepts Company tokens only.',
			name: 'deleteNotice',
			type: 'notice',
			default: '',
		},
		prebookIdField('the prebook to delete', '90356777'),
	];

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return { prebookId: context.getNodeParameter('prebookId', itemIndex) };
	}

	readonly callOutput = requestAndAnswer;
}

export const deletePrebook = new DeletePrebook();
