/**
 * The read-only resources, one per Komet reference list, each with Get Many.
 * Their filters are the ones the list methods document (docs/komet-api.md, "Filters and dates").
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { BOXTYPE_LIST_TEXT, boxtypeList } from '../../komet/boxtypeList';
import { CARRIER_LIST_TEXT, carrierList } from '../../komet/carrierList';
import { CUSTOMER_LIST_TEXT, customerList } from '../../komet/customerList';
import { SHIPTO_LIST_TEXT, customerShiptoList } from '../../komet/customerShiptoList';
import { futureInventoryOpenmarketList } from '../../komet/futureInventoryOpenmarketList';
import { LOCATION_LIST_TEXT, locationList } from '../../komet/locationList';
import { PRODUCT_LIST_TEXT, productList } from '../../komet/productList';
import { VENDOR_LIST_TEXT, vendorList } from '../../komet/vendorList';
import type { KometEndpoint } from '../../komet/method';
import { date, number, textsWithin } from '../common/fields';
import { customerFilter, locationFilter } from '../common/listFields';
import { locator, readLocator } from '../common/locators';
import type { KometOperation } from '../common/operation';
import { dateRange, getManyOperation, type RequiredFields } from './getMany.operation';

const byId = (noun: string) => number(`${noun} ID`, 'id', `Only the ${noun.toLowerCase()} with this Komet ID`);
type Limits = Readonly<Record<string, number>>;
const byCode = (noun: string, limits: Limits) => textsWithin(limits)('Code', 'code', `Only the ${noun.toLowerCase()} with this code (exact)`);
const byName = (noun: string, limits: Limits, name = 'name') =>
	textsWithin(limits)(name === 'name' ? 'Name' : 'Description', name, `Only ${noun.toLowerCase()}s whose ${name} contains this text (any case)`);
const includeInactive = (noun: string): INodeProperties => ({
	displayName: 'Include Inactive',
	name: 'includeInactive',
	type: 'boolean',
	default: false,
	description: `Whether inactive ${noun.toLowerCase()}s are listed too`,
});

interface ReferenceResource {
	value: string;
	name: string;
	plural: string;
	endpoint: KometEndpoint;
	filters: INodeProperties[];
	required?: RequiredFields;
	/** Return All / Limit (the lists of the read side). */
	paging?: boolean;
	/** Said in the operation's description, after what it lists. */
	hint?: string;
}

const resourcesTable: ReferenceResource[] = [
	{
		value: 'boxType',
		name: 'Box Type',
		plural: 'box types',
		endpoint: boxtypeList,
		filters: [textsWithin(BOXTYPE_LIST_TEXT)('Code', 'code', 'Only the box type with this code, e.g. HB'), byId('Box Type')],
		hint: "Each record's code (e.g. HB) is the box type code that prebook lines take, its id the box type ID.",
	},
	{
		value: 'carrier',
		name: 'Carrier',
		plural: 'carriers',
		endpoint: carrierList,
		filters: [
			{ displayName: 'Active Only', name: 'active', type: 'boolean', default: false, description: 'Whether only active carriers are listed' },
			byId('Carrier'),
			byCode('Carrier', CARRIER_LIST_TEXT),
			byName('Carrier', CARRIER_LIST_TEXT),
		],
		hint: "Each record's code is the carrier code that prebook lines take, its id the carrier ID.",
	},
	{
		value: 'customer',
		name: 'Customer',
		plural: 'customers',
		endpoint: customerList,
		filters: [
			byCode('Customer', CUSTOMER_LIST_TEXT),
			byId('Customer'),
			includeInactive('Customer'),
			number('Location ID', 'locationId', 'Only customers of this company location'),
			byName('Customer', CUSTOMER_LIST_TEXT),
			number('Sales Person ID', 'salesPersonId', 'Only customers of this sales person'),
			date('Updated Since', 'updateAsOf', 'Only customers changed on or after this date'),
		],
		hint: "Each record's code is the customer code Prebook → Create Multiple takes, its id the customer ID of filters and standing orders.",
	},
	{
		value: 'futureInventory',
		name: 'Future Inventory',
		plural: 'future inventory items',
		endpoint: futureInventoryOpenmarketList,
		filters: [
			customerFilter("Prices follow this customer's settings, and vendors show only where the customer may see them"),
			locationFilter('Only inventory of this location, for companies with several locations'),
		],
		required: dateRange('First day of availability', 'Last day of availability', ['Available From', 'Available To']),
		paging: true,
		hint: "Each record's inventoryId is the item Prebook → Add Future Inventory Item takes.",
	},
	{
		value: 'location',
		name: 'Location',
		plural: 'locations',
		endpoint: locationList,
		filters: [byCode('Location', LOCATION_LIST_TEXT), byId('Location'), byName('Location', LOCATION_LIST_TEXT)],
		hint: "Each record's code and id identify a company location (multi-location companies).",
	},
	{
		value: 'product',
		name: 'Product',
		plural: 'products',
		endpoint: productList,
		filters: [
			byName('Product', PRODUCT_LIST_TEXT, 'description'),
			byId('Product'),
			textsWithin(PRODUCT_LIST_TEXT)('Legacy Code', 'legacyCode', 'Only the product with this legacy code (exact)'),
		],
		hint: "Each record's id is the product ID of order lines, its legacyCode the product code.",
	},
	{
		value: 'shipTo',
		name: 'Ship-To',
		plural: 'ship-tos',
		endpoint: customerShiptoList,
		filters: [byId('Ship-To'), byName('Ship-To', SHIPTO_LIST_TEXT), date('Updated Since', 'updateAsOf', 'Only ship-tos changed on or after this date')],
		hint: "Each record's id is the ship-to ID Standing Order → Update takes.",
		required: {
			properties: [
				locator({
					name: 'customer',
					displayName: 'Customer',
					description: 'The customer whose ship-to addresses to list',
					searchListMethod: 'searchCustomers',
					listValue: 'id',
					required: true,
				}),
			],
			read: (context, itemIndex) => ({ customerId: readLocator(context, 'customer', itemIndex, 'id')?.value }),
		},
	},
	{
		value: 'vendor',
		name: 'Vendor',
		plural: 'vendors (growers)',
		endpoint: vendorList,
		filters: [
			byCode('Vendor', VENDOR_LIST_TEXT),
			byId('Vendor'),
			includeInactive('Vendor'),
			byName('Vendor', VENDOR_LIST_TEXT),
			textsWithin(VENDOR_LIST_TEXT)('Port of Origin', 'portOrigin', 'Only vendors shipping from this port, e.g. BOG'),
		],
		hint: "Each record's code and id identify the grower in order lines and purchase orders.",
	},
];

export const resourceOptions: INodePropertyOptions[] = resourcesTable.map(({ name, value }) => ({ name, value }));

export const operations: Record<string, Record<string, KometOperation>> = Object.fromEntries(
	resourcesTable.map((resource) => [
		resource.value,
		{ getMany: getManyOperation(resource.endpoint, resource.filters, resource.required, { paging: resource.paging }) },
	]),
);

/**
 * Version 2: every list has Return All / Limit, as n8n users expect of Get Many (version 1
 * keeps returning whole lists where it always did, so saved workflows get what they got).
 */
export const operationsV2: Record<string, Record<string, KometOperation>> = Object.fromEntries(
	resourcesTable.map((resource) => [resource.value, { getMany: getManyOperation(resource.endpoint, resource.filters, resource.required, { paging: true }) }]),
);

/** The Operation selector of each reference list (actions/versions.ts adds the fields). */
export const operationSelectors: INodeProperties[] = resourcesTable.map(
	(resource): INodeProperties => ({
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: [
			{
				name: 'Get Many',
				value: 'getMany',
				description: `List ${resource.plural} from Komet (${resource.endpoint.path}), one output item per record${resource.hint ? `. ${resource.hint}` : ''}`,
				action: `Get many ${resource.plural}`,
			},
		],
		default: 'getMany',
	}),
);
