import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	CUSTOM_FIELD_TEXT,
	ITEM_TYPES,
	RECURRENCE_WEEKS,
	SO_BREAKDOWN_TEXT,
	SO_ITEM_MIN,
	SO_ITEM_TEXT,
	SO_TEXT,
	standingOrderUpdate,
	WEEKDAYS,
} from '../../komet/standingOrderUpdate';
import type { KometResponse } from '../../transport/answer';
import { additionalFields, readAdditionalFields } from '../common/collections';
import { date, decimal, number, text, textsWithin, wholeNumber } from '../common/fields';
import { lineShape, linesProperties, nestedLines, readLines } from '../common/lines';
import { shipVia, unitType } from '../common/options';
import {
	boxTypeLocator,
	locatedAs,
	locationCodeLocator,
	locator,
	productLocator,
	readLocator,
	whenByCode,
} from '../common/locators';
import { fillIdentifiers, identifiedLines } from '../common/identifiers';
import { NodeOperation, type PerLineOperation } from '../common/operation';

/** A customer or carrier: from the list or by ID, or by code plus name (the v2 page's either/or pairs). */
function partyProperties(party: 'customer' | 'carrier', label: string): INodeProperties[] {
	return [
		locator({
			name: party,
			displayName: label,
			description: `The ${party} of the standing order (${label} → Get Many)`,
			searchListMethod: party === 'customer' ? 'searchCustomers' : 'searchCarriers',
			listValue: 'id',
			code: true,
			codeLength: SO_TEXT[`${party}Code`],
			required: true,
		}),
		whenByCode(party, headerText(`${label} Name`, `${party}Description`, `Name of the ${party}, which Komet needs with a code`, { required: true })),
	];
}

function readParty(context: IExecuteFunctions, itemIndex: number, party: 'customer' | 'carrier') {
	const located = readLocator(context, party, itemIndex, 'id');
	if (located?.kind !== 'code') return locatedAs(party, located);
	return {
		...locatedAs(party, located),
		[`${party}Description`]: context.getNodeParameter(`${party}Description`, itemIndex, ''),
	};
}

/** What the v2 page documents for BOX items only: a unit (UN) item has none of it. */
const BOX_ONLY = ['boxTypeId', 'boxTypeCode', 'boxTypeDescription', 'boxes', 'bunches', 'stemsBunch', 'breakdowns'];

/**
 * An item entered in the editor carries every field's default (Boxes 1, Bunches 0), shown
 * or not: a unit item sends none of the box fields, and a mixed box (with breakdowns)
 * leaves stems per bunch empty, as the page says.
 */
export function onlyWhatApplies(line: IDataObject): IDataObject {
	const result = { ...line };
	if (String(result.itemType ?? 'BOX').toUpperCase() === 'UN') {
		for (const field of BOX_ONLY) delete result[field];
	} else if (result.breakdowns !== undefined && result.stemsBunch === 0) {
		delete result.stemsBunch;
	}
	return result;
}

/** Shown for one item type only. */
const forItemType =
	(itemType: (typeof ITEM_TYPES)[number]) =>
	(property: INodeProperties): INodeProperties => ({
		...property,
		displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, itemType: [itemType] } },
	});
const forBoxes = forItemType('BOX');
const forUnits = forItemType('UN');

/** The standing order of one input item: its header, and its items as Komet asks for them. */
function readStandingOrder(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const lines = readLines(context, itemIndex, 'items', STANDING_ORDER_LINES);
	const fromFields = context.getNodeParameter('itemsInput', itemIndex, 'fields') === 'fields';
	const items = fromFields && Array.isArray(lines) ? (lines as IDataObject[]).map(onlyWhatApplies) : lines;
	return {
		standingOrderId: context.getNodeParameter('standingOrderId', itemIndex),
		...readParty(context, itemIndex, 'customer'),
		...readParty(context, itemIndex, 'carrier'),
		...locatedAs('shipTo', readLocator(context, 'shipTo', itemIndex, 'id')),
		startDate: context.getNodeParameter('startDate', itemIndex),
		shipViaId: context.getNodeParameter('shipViaId', itemIndex),
		recurrence: context.getNodeParameter('recurrence', itemIndex),
		truckDays: context.getNodeParameter('truckDays', itemIndex),
		...readAdditionalFields(context, itemIndex),
		// Items are optional: an empty list in the UI means "leave the lines alone".
		...(fromFields && Array.isArray(items) && items.length === 0 ? {} : { items: fillIdentifiers(items, itemIndex) }),
	} as IDataObject;
}

const productFields = (what: string, limits: typeof SO_ITEM_TEXT | typeof SO_BREAKDOWN_TEXT) => [
	productLocator(`The ${what}; by code, give its description too`, limits.productCode),
	whenByCode('product', textsWithin(limits)('Product Description', 'productDescription', `Description of the ${what}, which Komet needs with a code`)),
];

const headerText = textsWithin(SO_TEXT);
const itemText = textsWithin(SO_ITEM_TEXT);

/**
 * The fields of one version. Version 2 shows each item's counts as the page asks for them:
 * Total Units among the item's own fields, required for unit items (version 1 has it under
 * the item's Additional Fields, where workflows saved with it keep it: n8n drops a stored
 * collection value that its fields no longer offer), Bunches per Box required for box items
 * and Stems per Bunch empty by default (mixed boxes leave it empty), where version 1 starts
 * both at 0, which the run refuses.
 */
const propertiesOf = (version: 1 | 2): INodeProperties[] => [
	wholeNumber('Standing Order ID', 'standingOrderId', "Komet's internal ID of the standing order to update: id in Standing Order → Get Many", '3228'),
	...partyProperties('customer', 'Customer'),
	...partyProperties('carrier', 'Carrier'),
	locator({
		name: 'shipTo',
		displayName: 'Ship-To',
		description: "The customer's ship-to address (listed for the chosen customer; Ship-To → Get Many)",
		searchListMethod: 'searchShipTos',
		listValue: 'id',
	}),
	date('Start Date', 'startDate', 'First date of the standing order', { required: true }),
	shipVia(),
	{
		displayName: 'Recurrence',
		name: 'recurrence',
		type: 'options',
		options: Array.from({ length: RECURRENCE_WEEKS.max - RECURRENCE_WEEKS.min + 1 }, (_, index) => RECURRENCE_WEEKS.min + index).map((weeks) => ({
			name: weeks === 1 ? 'Every Week' : `Every ${weeks} Weeks`,
			value: weeks,
		})),
		default: 1,
		description: 'How often, in weeks, Komet generates the purchase orders',
	},
	{
		displayName: 'Truck Days',
		name: 'truckDays',
		type: 'multiOptions',
		options: WEEKDAYS.map((day) => ({ name: day, value: day })),
		default: [],
		required: true,
		description: 'Truck days for the purchase orders',
	},
	...linesProperties({
		name: 'items',
		displayName: 'Items',
		entryKey: 'item',
		entryDisplayName: 'Item',
		description: 'Product lines of the standing order; leave empty to keep the lines as they are',
		jsonExample: [
			{
				identifier: '1123',
				vendorId: 33,
				productId: 21,
				itemType: 'BOX',
				boxTypeCode: 'QB',
				boxTypeDescription: 'Quarter Box',
				boxes: 35,
				unitType: 'Stem',
				bunches: 13,
				stemsBunch: 7,
				price: 1.21,
				cost: 1.01,
			},
		],
		values: [
			itemText('Identifier', 'identifier', 'Your reference for this line, echoed in the result; leave empty to number the lines automatically'),
			locator({
				name: 'vendor',
				displayName: 'Vendor',
				description: 'The grower (Vendor → Get Many); by code, give its name too',
				searchListMethod: 'searchVendors',
				listValue: 'id',
				code: true,
				codeLength: SO_ITEM_TEXT.vendorCode,
			}),
			whenByCode('vendor', itemText('Vendor Name', 'vendorName', 'Name of the grower, which Komet needs with a code')),
			...productFields('product', SO_ITEM_TEXT),
			{
				displayName: 'Item Type',
				name: 'itemType',
				type: 'options',
				options: ITEM_TYPES.map((type) => ({ name: type === 'BOX' ? 'Box' : 'Unit', value: type })),
				default: 'BOX',
				description: 'Whether the line is sold in boxes or in units',
			},
			forBoxes(boxTypeLocator('The box type; by code, give its name too', SO_ITEM_TEXT.boxTypeCode)),
			whenByCode('boxType', forBoxes(itemText('Box Type Name', 'boxTypeDescription', 'Name of the box type, which Komet needs with a code'))),
			forBoxes(number('Boxes', 'boxes', 'Number of boxes', { default: 1, typeOptions: { minValue: SO_ITEM_MIN.boxes } })),
			...(version === 1
				? []
				: [
						forUnits(wholeNumber('Total Units', 'totalUnits', 'Number of units of the line', '777')),
						forBoxes(text('Total Units', 'totalUnits', 'Number of units of the line, if you keep count of them', { placeholder: 'e.g. 777' })),
					]),
			unitType(),
			...(version === 1
				? [
						forBoxes(number('Bunches per Box', 'bunches', 'Bunches in each box')),
						forBoxes(number('Stems per Bunch', 'stemsBunch', 'Stems in each bunch; leave 0 for mixed boxes')),
					]
				: [
						forBoxes(wholeNumber('Bunches per Box', 'bunches', 'Bunches in each box', '13')),
						forBoxes(text('Stems per Bunch', 'stemsBunch', 'Stems in each bunch; leave empty for mixed boxes (with breakdowns)', { placeholder: 'e.g. 7' })),
					]),
			forBoxes(nestedLines(
				'breakdowns',
				'Breakdowns',
				{
					name: 'breakdown',
					displayName: 'Breakdown',
					values: [
						textsWithin(SO_BREAKDOWN_TEXT)('Identifier', 'identifier', 'Your reference for this breakdown'),
						...productFields('breakdown product', SO_BREAKDOWN_TEXT),
						wholeNumber('Bunches per Box', 'bunches', 'Total bunches per box', '10'),
						wholeNumber('Stems per Bunch', 'stemsBunch', 'Stems in each bunch', '25'),
						decimal('Cost', 'cost', 'Cost per unit type', { required: true }),
						additionalFields([decimal('Price', 'price', 'Price per unit type; required for company tokens')]),
					],
				},
				'Products of a mixed box',
			)),
			nestedLines(
				'customFields',
				'Custom Fields',
				{
					name: 'field',
					displayName: 'Custom Field',
					values: [
						textsWithin(CUSTOM_FIELD_TEXT)('Name', 'name', 'Name of the custom field'),
						textsWithin(CUSTOM_FIELD_TEXT)('Value', 'value', 'Value of the custom field'),
					],
				},
				'Custom information fields of the line',
			),
			additionalFields([
				decimal('Cost', 'cost', 'Weighted average unit cost, per unit type'),
				itemText('General Notes', 'generalNotes', 'Additional notes'),
				itemText('Mark Code', 'markCode', 'Mark code of the product'),
				decimal('Price', 'price', 'Weighted average unit price, per unit type'),
				...(version === 1 ? [number('Total Units', 'totalUnits', 'Number of units; required for unit (UN) items, which send no box fields')] : []),
				itemText('Vendor Notes', 'vendorNotes', 'Notes for the grower'),
			]),
		],
	}),
	additionalFields([
		headerText('Comments', 'comments', 'Special instructions or comments'),
		locationCodeLocator(SO_TEXT.companyLocationCode),
		locator({
			name: 'companyLocationId',
			displayName: 'Company Location ID',
			description: 'The location by its ID, for companies with several locations',
			searchListMethod: 'searchLocations',
			listValue: 'id',
		}),
		headerText('Customer PO', 'customerPO', "The customer's purchase order number"),
		date('End Date', 'endDate', 'Last date of the standing order'),
		headerText('Invoice Notes', 'invoiceNotes', 'Additional notes for the standing order'),
		number('Standing Order Item ID', 'standingOrderItemId', "Komet's ID of the standing order item to update: standingOrderItemId in Standing Order → Update's results"),
	]),
];

/** How `items` reads from the editor, derived from its fields (the same shape in both versions). */
export const STANDING_ORDER_LINES = lineShape(propertiesOf(1), 'items');

type Endpoint = typeof standingOrderUpdate;

class UpdateStandingOrder extends NodeOperation<Endpoint> implements PerLineOperation<Endpoint> {
	readonly kind = 'perLine';
	readonly endpoint = standingOrderUpdate;

	constructor(readonly properties: INodeProperties[]) {
		super();
	}

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return readStandingOrder(context, itemIndex);
	}

	// Komet answers per identifier (every item has one: fillIdentifiers).
	readonly lines = identifiedLines('items');

	lineOutput(result: IDataObject, _line: IDataObject, _request: unknown, response: KometResponse) {
		return {
			...result,
			standingOrderId: response.body.standingOrderId,
			standingOrderNumber: response.body.standingOrderNumber,
		};
	}
}

export const update = new UpdateStandingOrder(propertiesOf(1));
export const updateV2 = new UpdateStandingOrder(propertiesOf(2));
