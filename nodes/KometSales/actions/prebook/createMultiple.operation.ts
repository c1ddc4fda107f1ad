import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { KometRequest } from '../../komet/method';
import { multiplePrebooksCreate, PREBOOK_ANSWER_TEXT, PREBOOK_LINE_MIN, PREBOOK_LINE_TEXT, PREBOOK_TEXT } from '../../komet/multiplePrebooksCreate';
import type { KometSession } from '../../transport/request';
import { additionalFields, readAdditionalFields } from '../common/collections';
import { date, decimal, number, textsWithin, wholeNumber } from '../common/fields';
import { lineShape, linesProperties, readLines } from '../common/lines';
import { shipVia, unitType } from '../common/options';
import { locationCodeLocator, locator, readLocator } from '../common/locators';
import { fillIdentifiers, identifiedLines } from '../common/identifiers';
import type { BatchPlan, LinePlan } from '../common/batching';
import { NodeOperation, type PerLineOperation, type RequestCompleter } from '../common/operation';
import { ADDRESS_GROUPS, ADDRESS_PARTS, customerFiller, FILL_CUSTOMER_DETAILS, fillProperties } from './customerFill';

const CUSTOMER_FIELDS = [
	['customerName', 'Customer Name', 'Name of the customer'],
	...ADDRESS_PARTS.map((part) => [`customerBilling${part}`, `Billing ${part}`, `Billing address: ${part.toLowerCase()}`]),
	...ADDRESS_PARTS.map((part) => [`customerShipping${part}`, `Shipping ${part}`, `Shipping address: ${part.toLowerCase()}`]),
	['customerPhone', 'Customer Phone', 'Phone number of the customer'],
] as const;

const headerText = textsWithin(PREBOOK_TEXT);
const lineText = textsWithin(PREBOOK_LINE_TEXT);

const properties: INodeProperties[] = [
	locator({
		name: 'customerCode',
		displayName: 'Customer',
		description: 'The customer the prebooks are for, sent as its Komet code (code in Customer → Get Many)',
		searchListMethod: 'searchCustomerCodes',
		listValue: 'code',
		code: true,
		codeLength: PREBOOK_TEXT.customerCode,
		required: true,
	}),
	{
		displayName:
			"Komet's multiple.prebooks.create requires the customer's name, billing and shipping address and phone in every request, even for a customer picked from the list",
		name: 'customerDetailsNotice',
		type: 'notice',
		default: '',
	},
	...CUSTOMER_FIELDS.map(([name, displayName, description]) =>
		headerText(displayName, name, description, { required: true }),
	),
	shipVia(),
	...linesProperties({
		name: 'prebookItems',
		displayName: 'Prebook Lines',
		entryKey: 'line',
		entryDisplayName: 'Line',
		required: true,
		description: 'The products ordered; each line becomes a prebook line in Komet',
		jsonExample: [
			{
				identifier: '2926-1',
				carrierCode: 'FX',
				carrierName: 'Fedex',
				shipDate: '2015-09-11',
				productCode: 'Rs55B',
				productDescription: 'Roses 55cm Blue',
				boxTypeCode: 'HB',
				unitType: 'Stem',
				boxes: 5,
				bunches: 10,
				stemsBunch: 2,
				price: 2.5,
			},
		],
		values: [
			lineText('Identifier', 'identifier', 'Your reference for this line, echoed in the result; leave empty to number the lines automatically'),
			locator({
				name: 'carrierCode',
				displayName: 'Carrier',
				description: 'The carrier, sent as its Komet code (code in Carrier → Get Many)',
				searchListMethod: 'searchCarrierCodes',
				listValue: 'code',
				code: true,
				codeLength: PREBOOK_LINE_TEXT.carrierCode,
				required: true,
			}),
			lineText('Carrier Name', 'carrierName', 'Name of the carrier', { required: true }),
			date('Ship Date', 'shipDate', 'Date the product ships', { required: true }),
			locator({
				name: 'productCode',
				displayName: 'Product',
				description: 'The product, sent as its Komet code (legacyCode in Product → Get Many)',
				searchListMethod: 'searchProductCodes',
				listValue: 'code',
				code: true,
				codeLength: PREBOOK_LINE_TEXT.productCode,
				required: true,
			}),
			lineText('Product Description', 'productDescription', 'Description of the product', { required: true }),
			locator({
				name: 'boxTypeCode',
				displayName: 'Box Type',
				description: 'The box type, sent as its Komet code, e.g. HB (code in Box Type → Get Many)',
				searchListMethod: 'searchBoxTypeCodes',
				listValue: 'code',
				code: true,
				codeLength: PREBOOK_LINE_TEXT.boxTypeCode,
				required: true,
			}),
			number('Boxes', 'boxes', 'Number of boxes', { default: 1, required: true, typeOptions: { minValue: PREBOOK_LINE_MIN.boxes } }),
			unitType(),
			wholeNumber('Bunches per Box', 'bunches', 'Bunches in each box', '10'),
			wholeNumber('Stems per Bunch', 'stemsBunch', 'Stems in each bunch', '25'),
			decimal('Price', 'price', 'Price per unit type (per stem or per bunch)', { required: true }),
			additionalFields([
				decimal('Box Height', 'boxHeight', 'Height of one box in inches'),
				decimal('Box Length', 'boxLength', 'Length of one box in inches'),
				decimal('Box Weight', 'boxWeight', 'Weight of one box in kilograms'),
				decimal('Box Width', 'boxWidth', 'Width of one box in inches'),
				decimal('Cost', 'cost', 'Cost per unit type; required when purchase orders are generated from the prebooks'),
				lineText('Mark Code', 'markCode', 'Mark code of the line'),
				lineText('Notes', 'notes', 'Notes for the line'),
				locator({
					name: 'vendorCode',
					displayName: 'Vendor',
					description: 'The grower, sent as its Komet code (code in Vendor → Get Many); required when purchase orders are generated',
					searchListMethod: 'searchVendorCodes',
					listValue: 'code',
					code: true,
					codeLength: PREBOOK_LINE_TEXT.vendorCode,
				}),
				lineText('Vendor Name', 'vendorName', 'Name of the grower; required when purchase orders are generated'),
			]),
		],
	}),
	additionalFields([
		{
			displayName: 'Auto-Generate POs From Prebooks',
			name: 'autoGeneratePOsfromPrebooks',
			type: 'boolean',
			default: false,
			description:
				'Whether Komet creates the purchase orders to the growers right away (left as Approved); every line then needs vendor code, vendor name and cost',
		},
		locationCodeLocator(PREBOOK_TEXT.companyLocationCode),
		headerText('Customer PO', 'customerPO', "The customer's purchase order number"),
	]),
];

/** How `prebookItems` reads from the editor, derived from its fields. */
export const PREBOOK_LINES = lineShape(properties, 'prebookItems');

type CustomerDetails = (context: IExecuteFunctions, itemIndex: number) => IDataObject;

/** Version 1: the twelve customer fields, each a top-level parameter. */
const flatCustomerDetails: CustomerDetails = (context, itemIndex) =>
	Object.fromEntries(CUSTOMER_FIELDS.map(([name]) => [name, context.getNodeParameter(name, itemIndex, '')]));

type Endpoint = typeof multiplePrebooksCreate;

/** Version 1 reads the customer's twelve fields one by one, version 2 from its address groups. */
class CreateMultiple extends NodeOperation<Endpoint> implements PerLineOperation<Endpoint> {
	readonly kind = 'perLine';
	readonly endpoint = multiplePrebooksCreate;

	constructor(
		readonly properties: INodeProperties[],
		private readonly customerDetails: CustomerDetails,
	) {
		super();
	}

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return {
			customerCode: readLocator(context, 'customerCode', itemIndex, 'code')?.value,
			...this.customerDetails(context, itemIndex),
			shipViaId: context.getNodeParameter('shipViaId', itemIndex),
			...readAdditionalFields(context, itemIndex),
			prebookItems: fillIdentifiers(readLines(context, itemIndex, 'prebookItems', PREBOOK_LINES), itemIndex),
		} as IDataObject;
	}

	// Komet answers per identifier (every line has one: fillIdentifiers), echoed as string:20.
	readonly lines: LinePlan = identifiedLines('prebookItems', PREBOOK_ANSWER_TEXT.identifier);

	// Lines of every input item with the same customer and order header go in one call;
	// no call carries two identifiers that could come back alike (a number, cut to 20).
	readonly batching: BatchPlan = {
		arrayKey: 'prebookItems',
		groupKey: (request) => JSON.stringify({ ...request, prebookItems: undefined }),
	};

	lineOutput(result: IDataObject, line: IDataObject, request: KometRequest<Endpoint>) {
		return { ...result, identifier: line.identifier, customerCode: request.customerCode };
	}

	// Only where the option is on (version 2): fills the customer fields left empty from Komet's lists.
	completer(context: IExecuteFunctions, session: () => Promise<KometSession>): RequestCompleter {
		return customerFiller(this.endpoint, this.properties, context, session);
	}
}

export const createMultiple = new CreateMultiple(properties, flatCustomerDetails);

/**
 * Version 2 groups the customer's addresses: name and phone at the top, then Customer
 * Addresses, where the Billing Address and the Shipping Address are added (Komet needs both;
 * the notice says so and a missing field is named by its group before anything is sent).
 * The groups cannot start open: n8n 2.41 fails to add a node whose single-value fixed
 * collection has a non-empty default (it reads the node's absent value for each group).
 */
const customerAddresses: INodeProperties = {
	displayName: 'Customer Addresses',
	name: 'customerAddresses',
	type: 'fixedCollection',
	typeOptions: { multipleValues: false },
	placeholder: 'Add Address',
	default: {},
	description: 'Add both the billing and the shipping address: Komet requires them in every request',
	options: ADDRESS_GROUPS.map((group) => ({
		name: group.name,
		displayName: group.displayName,
		values: ADDRESS_PARTS.map((part) =>
			headerText(part === 'Zipcode' ? 'Zip Code' : part, `${group.prefix}${part}`, `${group.displayName}: ${part.toLowerCase()}`, { required: true }),
		),
	})),
};

/**
 * A field required unless Fill Customer Details From Komet is on: two fields of one name, one
 * shown with the option off (required), one with it on (may stay empty: n8n would not run a
 * workflow with a required field empty).
 */
const requiredUnlessFilled = (property: INodeProperties): INodeProperties[] => [
	{ ...property, displayOptions: { show: { [FILL_CUSTOMER_DETAILS]: [false] } } },
	{ ...property, required: false, displayOptions: { show: { [FILL_CUSTOMER_DETAILS]: [true] } } },
];

const groupedProperties = properties.flatMap((property): INodeProperties[] => {
	if (property.name === 'customerCode') return [property, ...fillProperties];
	if (property.name === 'customerDetailsNotice') {
		return [{ ...property, displayName: "Komet's multiple.prebooks.create requires the customer's name, phone, billing address and shipping address in every request, even for a customer picked from the list: add both addresses under Customer Addresses, or turn on Fill Customer Details From Komet for the name, phone and shipping address" }];
	}
	if (property.name === 'customerName') {
		const phone = properties.find((candidate) => candidate.name === 'customerPhone') as INodeProperties;
		return [...requiredUnlessFilled(property), ...requiredUnlessFilled(phone), customerAddresses];
	}
	return CUSTOMER_FIELDS.some(([name]) => name === property.name) ? [] : [property];
});

const groupedCustomerDetails: CustomerDetails = (context, itemIndex) => {
	const groups = context.getNodeParameter('customerAddresses', itemIndex, {}) as Record<string, IDataObject | undefined>;
	return {
		customerName: context.getNodeParameter('customerName', itemIndex, ''),
		customerPhone: context.getNodeParameter('customerPhone', itemIndex, ''),
		...Object.fromEntries(
			ADDRESS_GROUPS.flatMap((group) => ADDRESS_PARTS.map((part) => [`${group.prefix}${part}`, groups[group.name]?.[`${group.prefix}${part}`] ?? ''])),
		),
	};
};

export const createMultipleV2 = new CreateMultiple(groupedProperties, groupedCustomerDetails);
