import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { AWB_NUMBER, PO_BREAKDOWN_TEXT, PO_ITEM_MIN, PO_ITEM_TEXT, PO_TEXT, purchaseOrderMixedCreate } from '../../komet/purchaseOrderMixedCreate';
import { additionalFields, readAdditionalFields } from '../common/collections';
import { date, decimal, number, text, textsWithin, wholeNumber } from '../common/fields';
import { lineShape, linesProperties, nestedLines, readLines } from '../common/lines';
import { unitType } from '../common/options';
import {
	boxTypeLocator,
	locatedAs,
	locationCodeLocator,
	locator,
	productLocator,
	readLocator,
	whenByCode,
} from '../common/locators';
import type { LinePlan } from '../common/batching';
import { NodeOperation, type PerLineOperation } from '../common/operation';
import type { FieldRefusals } from '../common/refusals';

const itemText = textsWithin(PO_ITEM_TEXT);

const properties: INodeProperties[] = [
	date('Ship Date', 'shipDate', 'Date the grower ships', { required: true }),
	locator({
		name: 'vendor',
		displayName: 'Vendor',
		description:
			'The grower the purchase order goes to (Vendor → Get Many). Required with a Company token; leave empty with a Vendor token (Komet uses the token\'s own vendor).',
		searchListMethod: 'searchVendors',
		listValue: 'id',
		code: true,
		codeLength: PO_TEXT.vendorCode,
	}),
	locator({
		name: 'carrier',
		displayName: 'Carrier',
		description:
			"The carrier bringing the boxes in; Komet takes only carriers of type Inbound, which carrier.list does not show, so the list offers every carrier. May be required by your company settings in Komet.",
		searchListMethod: 'searchCarriers',
		listValue: 'id',
		code: true,
		codeLength: PO_TEXT.carrierCode,
	}),
	...linesProperties({
		name: 'purchaseOrderItems',
		displayName: 'PO Items',
		entryKey: 'item',
		entryDisplayName: 'Item',
		required: true,
		description: 'The boxes of the purchase order; each holds one or more breakdowns (products)',
		jsonExample: [
			{
				productId: 217042,
				boxTypeCode: 'HB',
				boxes: 1,
				unitType: 'Bunch',
				breakdowns: [{ prebookItemId: 928355, bunches: 10, stemsBunch: 15, cost: 1.1 }],
			},
		],
		values: [
			productLocator('The product of the box (required): its ID, or its legacyCode as the code, from Product → Get Many; by code, give its description too', PO_ITEM_TEXT.productCode),
			whenByCode('product', itemText('Product Description', 'productDescription', 'Description of the product, which Komet needs with a code')),
			boxTypeLocator('The box type (required), e.g. HB: its ID or code from Box Type → Get Many', PO_ITEM_TEXT.boxTypeCode),
			number('Boxes', 'boxes', 'Number of boxes', { default: 1, required: true, typeOptions: { minValue: PO_ITEM_MIN.boxes } }),
			unitType(),
			nestedLines(
				'breakdowns',
				'Breakdowns',
				{
					name: 'breakdown',
					displayName: 'Breakdown',
					values: [
						text('Prebook Item ID', 'prebookItemId', 'The prebook line this breakdown fills: prebookItemId in the lines of Prebook → Get Many or in Create Multiple\'s results; leave empty for a standalone PO'),
						productLocator('The product, when no prebook item is given (standalone PO)', PO_BREAKDOWN_TEXT.productCode),
						whenByCode('product', textsWithin(PO_BREAKDOWN_TEXT)('Product Description', 'productDescription', 'Description of the product (standalone PO), which Komet needs with a code')),
						wholeNumber('Bunches per Box', 'bunches', 'Bunches in each box', '10'),
						wholeNumber('Stems per Bunch', 'stemsBunch', 'Stems in each bunch', '25'),
						additionalFields([
							decimal('Cost', 'cost', 'Cost per unit type (per stem or per bunch)'),
						]),
					],
				},
				'Products in this box',
			),
			additionalFields([
				number('AWB Number', 'awbNumber', 'Last four digits of the air waybill; the AWB is then marked as shipped', {
					typeOptions: { minValue: AWB_NUMBER.min, maxValue: AWB_NUMBER.max },
				}),
				itemText('Mark Code', 'markCode', 'Special mark for the line'),
			]),
		],
	}),
	additionalFields([
		locationCodeLocator(PO_TEXT.companyLocationCode),
		textsWithin(PO_TEXT)('Purchase Order Number', 'purchaseOrderNumber', 'An existing PO number to add these items to'),
	]),
];

/** How `purchaseOrderItems` reads from the editor, derived from its fields. */
export const PURCHASE_ORDER_LINES = lineShape(properties, 'purchaseOrderItems');

type Endpoint = typeof purchaseOrderMixedCreate;

class CreateMixed extends NodeOperation<Endpoint> implements PerLineOperation<Endpoint> {
	readonly kind = 'perLine';
	readonly endpoint = purchaseOrderMixedCreate;

	readonly properties = properties;

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return {
			shipDate: context.getNodeParameter('shipDate', itemIndex),
			...locatedAs('vendor', readLocator(context, 'vendor', itemIndex, 'id')),
			...locatedAs('carrier', readLocator(context, 'carrier', itemIndex, 'id')),
			...readAdditionalFields(context, itemIndex),
			purchaseOrderItems: readLines(context, itemIndex, 'purchaseOrderItems', PURCHASE_ORDER_LINES),
		};
	}

	// Komet refuses the whole PO for a carrier not of type Inbound (the method's page), in words naming no field of the panel.
	readonly refusals: FieldRefusals = {
		'The carrier must be type Inbound.': {
			path: ['carrier'],
			advice:
				'Komet takes only carriers of type Inbound. Pick a carrier of type Inbound (the list offers every carrier, as carrier.list does not say which are), or leave Carrier empty.',
		},
	};

	// Komet answers per breakdown (the page's samples), echoing its prebook item id; a
	// standalone breakdown has none, and its result is paired by order within this item.
	readonly lines: LinePlan = {
		of: (request) =>
			((request.purchaseOrderItems as IDataObject[] | undefined) ?? []).flatMap(
				(item) => (item.breakdowns as IDataObject[] | undefined) ?? [],
			),
		key: (line) => (line.prebookItemId === undefined ? undefined : String(line.prebookItemId)),
		resultKey: (result) =>
			result.prebookItemId === undefined || result.prebookItemId === null ? undefined : String(result.prebookItemId),
	};

	lineOutput(result: IDataObject) {
		return result;
	}
}

export const createMixed = new CreateMixed();
