import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { AWB_TEXT, purchaseOrderItemAwbAdd } from '../../komet/purchaseOrderItemAwbAdd';
import { additionalFields, readAdditionalFields } from '../common/collections';
import { date, textsWithin, wholeNumber } from '../common/fields';
import { NodeOperation, requestAndAnswer, type WholeCallOperation } from '../common/operation';

const awbText = textsWithin(AWB_TEXT);

/** Box codes as a list, or as text separated by commas or new lines (a spreadsheet cell). */
function boxCodes(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const codes = value.split(/[\n,]/).map((code) => code.trim()).filter(Boolean);
	return codes.length ? codes : undefined;
}

type Endpoint = typeof purchaseOrderItemAwbAdd;

class AddAwb extends NodeOperation<Endpoint> implements WholeCallOperation<Endpoint> {
	readonly kind = 'wholeCall';
	readonly endpoint = purchaseOrderItemAwbAdd;

	readonly properties: INodeProperties[] = [
		wholeNumber(
			'PO Item ID',
			'poItemId',
			"Komet's ID of the purchase order item to ship: purchaseOrderItemId in Purchase Order → Create Mixed's results, or a line of Purchase Order → Get Many",
			'7828',
		),
		awbText('AWB', 'awb', 'The air waybill number', { required: true, placeholder: 'e.g. 08472-4772-0048' }),
		date('Ship Date', 'shipDate', 'The vendor ship date', { required: true }),
		additionalFields([
			{
				displayName: 'Box Codes',
				name: 'boxCodes',
				type: 'string',
				default: '',
				placeholder: 'e.g. 73992893, 73992894',
				description: `The codes of the boxes shipped, separated by commas (up to ${AWB_TEXT.boxCode} characters each), or an expression returning a list. Leave empty to let Komet assign codes; fewer boxes than purchased split the item.`,
			},
			awbText('Lot Number', 'lotNumber', "The lot number; Komet reserves its own range (normally 1000–99999) unless agreed with Komet support"),
		]),
	];

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		const extra = readAdditionalFields(context, itemIndex);
		return {
			poItemId: context.getNodeParameter('poItemId', itemIndex),
			awb: context.getNodeParameter('awb', itemIndex),
			shipDate: context.getNodeParameter('shipDate', itemIndex),
			...extra,
			...(extra.boxCodes === undefined ? {} : { boxCodes: boxCodes(extra.boxCodes) }),
		};
	}

	readonly callOutput = requestAndAnswer;
}

export const addAwb = new AddAwb();
