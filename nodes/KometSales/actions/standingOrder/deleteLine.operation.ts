import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { standingOrderItemDelete } from '../../komet/standingOrderItemDelete';
import { wholeNumber } from '../common/fields';
import { NodeOperation, requestAndAnswer, type WholeCallOperation } from '../common/operation';

type Endpoint = typeof standingOrderItemDelete;

class DeleteStandingOrderLine extends NodeOperation<Endpoint> implements WholeCallOperation<Endpoint> {
	readonly kind = 'wholeCall';
	readonly endpoint = standingOrderItemDelete;

	readonly properties: INodeProperties[] = [
		wholeNumber('Standing Order ID', 'standingOrderId', "Komet's internal ID of the standing order: id in Standing Order → Get Many", '3228'),
		wholeNumber(
			'Standing Order Item ID',
			'standingOrderItemId',
			"Komet's internal ID of the line to delete: standingOrderItemId in Standing Order → Update's results",
			'10611',
		),
	];

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return {
			standingOrderId: context.getNodeParameter('standingOrderId', itemIndex),
			standingOrderItemId: context.getNodeParameter('standingOrderItemId', itemIndex),
		};
	}

	readonly callOutput = requestAndAnswer;
}

export const deleteLine = new DeleteStandingOrderLine();
