/**
 * The reference list methods (shared/komet-api/README.md, "Reference lists"): v1 GET,
 * token as a query parameter, id/code filters exact, name/description filters a
 * case-insensitive LIKE. Used by the Get Many operations and the dropdowns.
 */
import { always } from '../transport/endpoint';
import { documented, flag, id, isoDate, lazy, optional, text, type z } from './common';

type Shape = z.ZodRawShape;

const listEndpoint = (path: string, resultsKey: string, shape: () => Shape) => ({
	path,
	httpMethod: 'GET' as const,
	token: 'query' as const,
	repeatable: always,
	schema: lazy(() => documented(shape())),
	resultsKey,
	list: true,
});

export const customerList = listEndpoint('customer.list', 'customers', () => ({
	id: optional(id()),
	name: optional(text(200)),
	code: optional(text(20)),
	salesPersonId: optional(id()),
	includeInactive: optional(flag()),
	locationId: optional(id()),
	updateAsOf: optional(isoDate()),
}));

export const customerShiptoList = listEndpoint('customer.shipto.list', 'shiptos', () => ({
	customerId: id(),
	id: optional(id()),
	name: optional(text(200)),
}));

export const vendorList = listEndpoint('vendor.list', 'vendors', () => ({
	id: optional(id()),
	name: optional(text(200)),
	code: optional(text(20)),
	portOrigin: optional(text(20)),
	includeInactive: optional(flag()),
}));

export const carrierList = listEndpoint('carrier.list', 'carriers', () => ({
	id: optional(id()),
	name: optional(text(200)),
	code: optional(text(20)),
	active: optional(flag()),
}));

export const productList = listEndpoint('product.list', 'products', () => ({
	id: optional(id()),
	description: optional(text(200)),
	legacyCode: optional(text(20)),
}));

export const boxtypeList = listEndpoint('boxtype.list', 'boxtypes', () => ({
	id: optional(id()),
	code: optional(text(3)),
}));

export const locationList = listEndpoint('location.list', 'locations', () => ({
	id: optional(id()),
	name: optional(text(200)),
	code: optional(text(20)),
}));
