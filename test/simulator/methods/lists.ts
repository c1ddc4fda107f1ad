/**
 * The reference list methods (v1 GET, token as query parameter), with their documented
 * filters (docs/komet-api.md, the section of each method), every one honoured: id/code exact, name/description
 * a case-insensitive LIKE. Like Komet, they disagree on types: ids arrive as strings on some
 * lists and integers on others, `active` as 1/0 or true/false; an empty result is a
 * "… not found." message with the array missing. boxtype.list is in boxtypeList.ts; the
 * order and invoice lists in their own files.
 */
import { MAIN_LOCATION_ID, SALES_PERSON, type SimulatorState } from '../referenceData';
import { asInt, type Json, type MethodResult } from '../kometStyle';
import { answer, exact, includeInactive, like } from './listFilters';

const CUSTOMER_UPDATED_ON = '2026-10-01 08:30:00';

/**
 * customer.list: id, name, code, salesPersonId, includeInactive, locationId and `updateAsOf`
 * (so spelled, a date: customers updated on or after that day). Every customer has the one
 * salesperson, so salesPersonId keeps all or none.
 */
export function customerList(state: SimulatorState, query: Json): MethodResult {
	const records = state.customers
		.filter((customer) => exact(customer.id, query.id) && exact(customer.code, query.code) && like(customer.name, query.name))
		.filter((customer) => customer.active || includeInactive(query))
		.filter((customer) => exact(SALES_PERSON.id, query.salesPersonId) && exact(customer.locationId ?? MAIN_LOCATION_ID, query.locationId))
		.filter((customer) => query.updateAsOf === undefined || (customer.updatedOn ?? CUSTOMER_UPDATED_ON).slice(0, 10) >= String(query.updateAsOf))
		.map((customer) => ({
			id: String(customer.id),
			accountingCode: `AC-${customer.code}`,
			name: customer.name,
			code: customer.code,
			active: customer.active ? 1 : 0,
			salesPerson: SALES_PERSON.name,
			salesPersonId: String(SALES_PERSON.id),
			customerType: 'Wholesaler',
			updatedOn: customer.updatedOn ?? CUSTOMER_UPDATED_ON,
		}));
	return answer('customers', records, 'Customers not found.');
}

export function customerShiptoList(state: SimulatorState, query: Json): MethodResult {
	// The page spells the date filter updateAsOf in its list and updatedAsOf in its rule: both work here.
	const since = query.updateAsOf ?? query.updatedAsOf;
	if (query.customerId === undefined && query.name === undefined && since === undefined) {
		return { body: { status: '0', message: 'The field customerId is required.' } };
	}
	const records = state.shipTos
		.filter((shipTo) => exact(shipTo.customerId, query.customerId) && exact(shipTo.id, query.id) && like(shipTo.name, query.name))
		.filter((shipTo) => since === undefined || shipTo.updatedAsOf >= String(since))
		.map((shipTo) => {
			const carrier = state.carriers.find((candidate) => candidate.id === shipTo.carrierId);
			return {
				id: shipTo.id,
				shipToCode: shipTo.shipToCode,
				name: shipTo.name,
				address: shipTo.address ?? '100 Flower Way',
				city: shipTo.city,
				state: shipTo.state,
				zipcode: shipTo.zipcode ?? '32801',
				country: 'USA',
				phone: shipTo.phone ?? '(407) 555-0101',
				fax: '',
				carrierId: shipTo.carrierId,
				carrierName: carrier?.name,
				carrierAccount: 'ACC-1',
				carrierCode: carrier?.code,
				updatedAsOf: shipTo.updatedAsOf,
			};
		});
	return answer('shiptos', records, 'Ship-tos not found.');
}

export function vendorList(state: SimulatorState, query: Json): MethodResult {
	const records = state.vendors
		.filter((vendor) => exact(vendor.id, query.id) && exact(vendor.code, query.code) && like(vendor.name, query.name))
		.filter((vendor) => exact(vendor.portOrigin, query.portOrigin))
		.filter((vendor) => vendor.active || includeInactive(query))
		.map((vendor) => ({ id: vendor.id, name: vendor.name, code: vendor.code, portOrigin: vendor.portOrigin, cargoMasterCode: `CM${vendor.id}`, active: vendor.active }));
	return answer('vendors', records, 'Vendors not found.');
}

export function carrierList(state: SimulatorState, query: Json): MethodResult {
	const records = state.carriers
		.filter((carrier) => exact(carrier.id, query.id) && exact(carrier.code, query.code) && like(carrier.name, query.name))
		.map((carrier) => ({
			id: String(carrier.id),
			code: carrier.code,
			name: carrier.name,
			active: true,
			street: '1 Cargo Rd',
			city: 'Miami',
			state: 'FL',
			zipCode: '33122',
			country: 'USA',
			phone: '(305) 555-0199',
			kometNetworkName: carrier.name,
			kometNetworkId: carrier.id + 5000,
		}))
		.filter((carrier) => query.active === undefined || String(Number(carrier.active)) === String(asInt(query.active) ?? query.active));
	return answer('carriers', records, 'Carriers not found.');
}

export function productList(state: SimulatorState, query: Json): MethodResult {
	const records = state.products
		.filter((product) => exact(product.id, query.id) && exact(product.code, query.legacyCode) && like(product.description, query.description))
		.map((product) => ({
			id: product.id,
			description: product.description,
			active: 1,
			category: 'Flowers',
			divisionId: 1,
			divisionDescription: 'Fresh Cut',
			variety: product.description.split(' ')[1] ?? '',
			color: '',
			grade: '',
			legacyCode: product.code,
			tags: [],
		}));
	return answer('products', records, 'Products not found.');
}

export function locationList(state: SimulatorState, query: Json): MethodResult {
	const records = state.locations
		.filter((location) => exact(location.id, query.id) && exact(location.code, query.code) && like(location.name, query.name))
		.map((location) => ({ id: String(location.id), name: location.name, code: location.code }));
	return answer('locations', records, 'Locations not found.');
}

/**
 * future.inventory.openmarket.list: items available in the window, at `locationId`. The
 * `customerId` filters nothing: it sets the FOB price (not modelled) and decides whether
 * vendors show.
 */
export function futureInventoryOpenmarketList(state: SimulatorState, query: Json): MethodResult {
	for (const field of ['dateFrom', 'dateTo']) {
		if (query[field] === undefined) return { body: { status: '0', message: `The field ${field} is required.` } };
	}
	const [from, to] = [String(query.dateFrom), String(query.dateTo)];
	const records = state.futureInventoryItems
		.filter((item) => item.from <= to && item.to >= from && exact(item.locationId, query.locationId))
		.map((item) => {
			const product = state.products.find((candidate) => candidate.id === item.productId);
			const vendor = state.vendors.find((candidate) => candidate.id === item.vendorId);
			const boxType = state.boxTypes.find((candidate) => candidate.id === item.boxTypeId);
			return {
				inventoryId: String(item.inventoryId),
				companyProductId: item.productId,
				productDescription: product?.description,
				productCode: product?.code,
				grade: '50cm',
				category: 'Roses',
				// Only for a customer allowed to see vendors (the simulator: when a customer is given).
				...(query.customerId !== undefined ? { vendor: vendor?.name } : {}),
				portOfOrigin: vendor?.portOrigin,
				quantity: state.futureInventory.get(item.inventoryId) ?? 0,
				totalUnits: (state.futureInventory.get(item.inventoryId) ?? 0) * item.bunches,
				boxTypeId: item.boxTypeId,
				boxTypeCode: boxType?.code,
				unitType: item.unitType,
				bunches: item.bunches,
			};
		});
	return answer('inventoryItems', records, 'Inventory not found.');
}
