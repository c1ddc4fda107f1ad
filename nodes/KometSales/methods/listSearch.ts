/**
 * Dropdowns ("From list" of the resource locators), filled from Komet's reference lists,
 * kept a few minutes per credential and filtered here (methods/referenceLists.ts).
 */
import {
	NodeOperationError,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodeListSearchItems,
	type INodeListSearchResult,
} from 'n8n-workflow';

import type { KometEndpoint } from '../komet/method';
import { DAY_MS, dayIn } from '../komet/days';
import { boxtypeList } from '../komet/boxtypeList';
import { carrierList } from '../komet/carrierList';
import { customerList, hasCustomerCode } from '../komet/customerList';
import { customerShiptoList } from '../komet/customerShiptoList';
import { futureInventoryOpenmarketList } from '../komet/futureInventoryOpenmarketList';
import { locationList } from '../komet/locationList';
import { productList } from '../komet/productList';
import { vendorList } from '../komet/vendorList';
import { referenceList, searchReferenceList } from './referenceLists';

const labelled = (label: string, code: unknown) => (code ? `${label} (${String(code)})` : label);
const toItems = (list: IDataObject[], label: (record: IDataObject) => string, value: (record: IDataObject) => unknown) =>
	list.map((record): INodeListSearchItems => ({ name: label(record), value: String(value(record)) }));

/**
 * The customer chosen on the node, as an id (a code is looked up): `customer`, or Create
 * Multiple's `customerCode`, whose list yields codes.
 */
async function currentCustomerId(context: ILoadOptionsFunctions): Promise<number | undefined> {
	type Chosen = { mode?: string; value?: unknown } | undefined;
	const byId = context.getCurrentNodeParameter('customer') as Chosen;
	const locator = byId ?? (context.getCurrentNodeParameter('customerCode') as Chosen);
	const value = locator?.value;
	if (value === undefined || value === '') return undefined;
	if (byId && locator?.mode !== 'code') return Number(value);
	const { records } = await referenceList(context, customerList);
	return records.find(hasCustomerCode(value))?.id as number | undefined;
}

type Pick = (record: IDataObject) => unknown;

/** A dropdown over one reference list, filtered by `filterKey` (the field Komet's own filter matches) as the user types. */
function search(endpoint: KometEndpoint, filterKey: string, label: (record: IDataObject) => string, value: Pick) {
	return async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const list = await searchReferenceList(this, endpoint, (record) => String(record[filterKey] ?? ''), filter);
		return { results: toItems(list, label, value) };
	};
}

const nameAndCode = (record: IDataObject) => labelled(String(record.name), record.code);
const id: Pick = (record) => record.id;
const code: Pick = (record) => record.code;
const descriptionAndCode = (record: IDataObject) => labelled(String(record.description), record.legacyCode);

/** Box types by code or name (boxtype.list itself has no name filter). */
function searchBoxTypesBy(value: Pick) {
	return async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const list = await searchReferenceList(this, boxtypeList, (record) => `${String(record.code)} ${String(record.kometNetworkName ?? '')}`, filter);
		return { results: toItems(list, (record) => labelled(String(record.kometNetworkName ?? record.code), record.code), value) };
	};
}

/** How many days ahead the future inventory dropdown looks, from today. */
export const FUTURE_INVENTORY_DAYS = 30;

export const listSearch = {
	searchCustomers: search(customerList, 'name', nameAndCode, id),
	searchCustomerCodes: search(customerList, 'name', nameAndCode, code),
	searchVendors: search(vendorList, 'name', nameAndCode, id),
	searchVendorCodes: search(vendorList, 'name', nameAndCode, code),
	searchCarriers: search(carrierList, 'name', nameAndCode, id),
	searchCarrierCodes: search(carrierList, 'name', nameAndCode, code),
	searchProducts: search(productList, 'description', descriptionAndCode, id),
	searchProductCodes: search(productList, 'description', descriptionAndCode, (record) => record.legacyCode),
	searchLocations: search(locationList, 'name', nameAndCode, id),
	searchLocationCodes: search(locationList, 'name', nameAndCode, code),

	searchBoxTypes: searchBoxTypesBy(id),
	searchBoxTypeCodes: searchBoxTypesBy(code),

	/**
	 * Open-market future inventory available from today for FUTURE_INVENTORY_DAYS days (the list takes a
	 * date range and has no text filter: the typed text filters here).
	 */
	async searchFutureInventory(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const now = Date.now();
		const zone = this.getTimezone();
		const range = { dateFrom: dayIn(zone, now), dateTo: dayIn(zone, now + FUTURE_INVENTORY_DAYS * DAY_MS) };
		const label = (record: IDataObject) =>
			`${labelled(String(record.productDescription), record.productCode)}${record.boxTypeCode ? `, ${String(record.boxTypeCode)}` : ''} #${String(record.inventoryId)}`;
		const list = await searchReferenceList(this, futureInventoryOpenmarketList, label, filter, range);
		return { results: toItems(list, label, (record) => record.inventoryId) };
	},

	/** Ship-tos of the customer chosen on the node. */
	async searchShipTos(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const customerId = await currentCustomerId(this);
		if (customerId === undefined) {
			// The dropdown shows this instead of an unexplained "No results".
			throw new NodeOperationError(this.getNode(), 'Choose the customer first: Komet lists ship-to addresses per customer');
		}
		const list = await searchReferenceList(this, customerShiptoList, (record) => String(record.name ?? ''), filter, { customerId });
		return { results: toItems(list, (record) => labelled(String(record.name), record.shipToCode), id) };
	},
};
