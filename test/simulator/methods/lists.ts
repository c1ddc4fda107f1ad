/**
 * The reference list methods (v1 GET, token as query parameter), with their documented
 * filters: id/code exact, name/description a case-insensitive LIKE. Like Komet, they
 * disagree on types: ids arrive as strings on some lists and integers on others,
 * `active` as 1/0 or true/false; an empty result is a "… not found." message with the
 * array missing.
 */
import type { SimulatorState } from '../referenceData';
import { asInt, type Json, type MethodResult } from '../kometStyle';

const like = (value: string, filter: unknown) =>
	filter === undefined || value.toLowerCase().includes(String(filter).toLowerCase());
const exact = (value: string | number, filter: unknown) => filter === undefined || String(value) === String(filter);
const includeInactive = (query: Json) => ['1', 'true'].includes(String(query.includeInactive ?? '').toLowerCase());

function answer(key: string, records: Json[], notFound: string): MethodResult {
	if (!records.length) return { body: { status: '0', message: notFound } };
	return { body: { status: '1', message: 'success', [key]: records } };
}

export function customerList(state: SimulatorState, query: Json): MethodResult {
	const records = state.customers
		.filter((customer) => exact(customer.id, query.id) && exact(customer.code, query.code) && like(customer.name, query.name))
		.filter((customer) => customer.active || includeInactive(query))
		.map((customer) => ({
			id: String(customer.id),
			accountingCode: `AC-${customer.code}`,
			name: customer.name,
			code: customer.code,
			active: customer.active ? 1 : 0,
			salesPerson: 'Laura Gómez',
			salesPersonId: '12',
			customerType: 'Wholesaler',
			updatedOn: '2026-10-01 08:30:00',
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
				address: '100 Flower Way',
				city: shipTo.city,
				state: shipTo.state,
				zipcode: '32801',
				country: 'USA',
				phone: '(407) 555-0101',
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

/** future.inventory.openmarket.list: items available in the window; the customer decides whether vendors show. */
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

const DAY_MS = 86_400_000;

/**
 * prebook.details.list (komet-api/facts/prebook.details.list.md): a truck date, or a vendor
 * ship date window of at most 7 days; `updatedAsOf` (GMT) keeps prebooks changed since.
 */
export function prebookDetailsList(state: SimulatorState, query: Json): MethodResult {
	const { date, vendorShipDateFrom: from, vendorShipDateTo: to } = query as Record<string, string | undefined>;
	if (date === undefined && (from === undefined || to === undefined)) {
		return { body: { status: '0', message: 'The field date is required.' } };
	}
	if (from !== undefined && to !== undefined && (Date.parse(to) - Date.parse(from)) / DAY_MS > 6) {
		return { body: { status: '0', message: 'The range between vendorShipDateFrom and vendorShipDateTo must not exceed 7 days.' } };
	}
	const records = [...state.prebooks.entries()]
		.filter(([, prebook]) => date === undefined || prebook.truckDate === date)
		.filter(([, prebook]) => from === undefined || (prebook.vendorShipDate >= from && prebook.vendorShipDate <= String(to)))
		.filter(([, prebook]) => query.updatedAsOf === undefined || prebook.updatedAt >= String(query.updatedAsOf))
		.filter(([, prebook]) => exact(prebook.number, query.prebook))
		.map(([id, prebook]) => {
			const customer = state.customers.find((candidate) => candidate.code === prebook.customerCode);
			return {
				id: String(id),
				number: prebook.number,
				customerId: customer?.id,
				customerCode: prebook.customerCode,
				customerName: customer?.name,
				type: 'P',
				truckDate: prebook.truckDate,
				details: prebook.itemIds.map((prebookItemId) => ({ prebookItemId, vendorShipDate: prebook.vendorShipDate, totalBoxes: 5 })),
			};
		})
		.filter((record) => exact(record.customerId ?? '', query.customerId) && like(`${record.customerName} ${record.customerCode}`, query.customer));
	return answer('prebooks', records, 'Orders not found.');
}

/** standing.order.list: standing orders running in the range (the simulator reads the range that way), active by default. */
export function standingOrderList(state: SimulatorState, query: Json): MethodResult {
	for (const field of ['dateFrom', 'dateTo']) {
		if (query[field] === undefined) return { body: { status: '0', message: `The field ${field} is required.` } };
	}
	const status = String(query.status ?? 'Active');
	const records = [...state.standingOrders.entries()]
		.map(([id, order]) => ({ id, ...order }))
		.filter((order) => order.startDate <= String(query.dateTo) && (order.endDate ?? '9999-12-31') >= String(query.dateFrom))
		.filter((order) => status === 'All' || (status === 'Cancelled') === order.cancelled)
		.filter((order) => exact(order.number, query.number) && exact(order.customerId, query.customerId))
		.map((order) => {
			const customer = state.customers.find((candidate) => candidate.id === order.customerId);
			return {
				id: String(order.id),
				number: order.number,
				customerName: customer?.name,
				carrierName: 'Armellini',
				recurrence: 1,
				days: 'Monday, Wednesday, Friday',
				startDate: order.startDate,
				endDate: order.endDate,
			};
		})
		.filter((order) => like(String(order.customerName), query.customer));
	return answer('standingOrders', records, 'Standing orders not found.');
}

/** The invoices of a ship date window of at most `maxDays` days, as the invoice lists answer them. */
function invoicesIn(state: SimulatorState, query: Json, maxDays: number): MethodResult | Json[] {
	const from = query.orderDateFrom ?? query.orderDate;
	const to = query.orderDateTo ?? query.orderDate;
	if (from === undefined || to === undefined) return { body: { status: '0', message: 'The field orderDateFrom is required.' } };
	if ((Date.parse(String(to)) - Date.parse(String(from))) / DAY_MS > maxDays - 1) {
		return { body: { status: '0', message: `The date range must not exceed ${maxDays} days.` } };
	}
	return [...state.invoices.entries()]
		.filter(([, invoice]) => invoice.shipDate >= String(from) && invoice.shipDate <= String(to))
		.filter(([, invoice]) => query.status === undefined || Number(query.status) === Number(invoice.confirmed))
		.map(([id, invoice]) => {
			const customer = state.customers.find((candidate) => candidate.id === invoice.customerId);
			return {
				id: String(id),
				number: invoice.number,
				shipDate: invoice.shipDate,
				locationId: 147,
				customerId: invoice.customerId,
				customerName: customer?.name,
				customerCode: customer?.code,
				subtotal: invoice.subtotal,
				externalSystemSynced: invoice.synced ? 1 : 0,
			};
		});
}

/** invoice.details.list: 4-day windows, with details. */
export function invoiceDetailsList(state: SimulatorState, query: Json): MethodResult {
	const found = invoicesIn(state, query, 4);
	if (!Array.isArray(found)) return found;
	const records = found
		.filter((invoice) => exact(String(invoice.customerId), query.customerId) && exact(String(invoice.id), query.orderId))
		.map((invoice) => ({ ...invoice, details: [{ productDescription: 'Rose Freedom 50cm', totalBoxes: 2 }] }));
	return answer('invoices', records, 'Orders not found.');
}

/** invoice.accounting.details.list: 31-day windows, headers, filtered on the external sync. */
export function invoiceAccountingDetailsList(state: SimulatorState, query: Json): MethodResult {
	const found = invoicesIn(state, query, 31);
	if (!Array.isArray(found)) return found;
	const records = found.filter((invoice) => query.externalSystemSynced === undefined || Number(query.externalSystemSynced) === invoice.externalSystemSynced);
	return answer('invoices', records, 'Orders not found.');
}

/** purchase.order.list: the POs of one vendor ship date (or the given numbers). */
export function purchaseOrderList(state: SimulatorState, query: Json): MethodResult {
	if (query.date === undefined && query.number === undefined) return { body: { status: '0', message: 'The field date is required.' } };
	const numbers = query.number === undefined ? undefined : String(query.number).split(',').map((number) => number.trim());
	const records = state.purchaseOrderRecords
		.filter((po) => query.date === undefined || po.shipDate === query.date)
		.filter((po) => numbers === undefined || numbers.includes(po.number))
		.filter((po) => exact(po.vendorId, query.vendorId) && exact(po.status, query.status))
		.map((po) => ({ id: String(po.id), number: po.number, shipDate: po.shipDate, vendorId: po.vendorId, status: po.status, details: po.itemIds.map((poItemId) => ({ poItemId })) }));
	return answer('purchaseOrders', records, 'Purchase orders not found.');
}

/** prebook.list: prebook headers for a truck date range of at most six months. */
export function prebookList(state: SimulatorState, query: Json): MethodResult {
	for (const field of ['dateFrom', 'dateTo']) {
		if (query[field] === undefined) return { body: { status: '0', message: `The field ${field} is required.` } };
	}
	if ((Date.parse(String(query.dateTo)) - Date.parse(String(query.dateFrom))) / DAY_MS > 183) {
		return { body: { status: '0', message: 'The maximum date range for this request is six months.' } };
	}
	const records = [...state.prebooks.entries()]
		.filter(([, prebook]) => prebook.truckDate >= String(query.dateFrom) && prebook.truckDate <= String(query.dateTo))
		.filter(([, prebook]) => exact(prebook.number, query.prebook))
		.map(([id, prebook]) => ({ id: String(id), number: prebook.number, locationId: 147 }));
	return answer('prebooks', records, 'Orders not found.');
}
