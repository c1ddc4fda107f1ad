/**
 * The reference list methods (shared/komet-api/README.md, "Reference lists"): v1 GET,
 * token as a query parameter, id/code filters exact, name/description filters a
 * case-insensitive LIKE. Used by the Get Many operations and the dropdowns; their endpoint
 * descriptors are in transport/endpoints.ts.
 */
import { documented, flag, id, isoDate, lazy, optional, text, type z } from './common';

/** The documented filters of one list: a query object with exactly these parameters. */
const filters = (shape: () => z.ZodRawShape) => lazy(() => documented(shape()));

export const customerListSchema = filters(() => ({
	id: optional(id()),
	name: optional(text(200)),
	code: optional(text(20)),
	salesPersonId: optional(id()),
	includeInactive: optional(flag()),
	locationId: optional(id()),
	updateAsOf: optional(isoDate()),
}));

/**
 * The page asks for at least one of customerId, name or "updatedAsOf"; the node always sends
 * the customer. The filter is sent as `updateAsOf`, as the page's parameter list (and
 * customer.list) spell it; only its rule text writes `updatedAsOf`.
 */
export const customerShiptoListSchema = filters(() => ({
	customerId: id(),
	id: optional(id()),
	name: optional(text(200)),
	updateAsOf: optional(isoDate()),
}));

export const vendorListSchema = filters(() => ({
	id: optional(id()),
	name: optional(text(200)),
	code: optional(text(20)),
	portOrigin: optional(text(20)),
	includeInactive: optional(flag()),
}));

export const carrierListSchema = filters(() => ({
	id: optional(id()),
	name: optional(text(200)),
	code: optional(text(20)),
	active: optional(flag()),
}));

export const productListSchema = filters(() => ({
	id: optional(id()),
	description: optional(text(200)),
	legacyCode: optional(text(20)),
}));

export const boxtypeListSchema = filters(() => ({
	id: optional(id()),
	code: optional(text(3)),
}));

export const locationListSchema = filters(() => ({
	id: optional(id()),
	name: optional(text(200)),
	code: optional(text(20)),
}));

/**
 * future.inventory.openmarket.list (komet-api/facts/future.inventory.openmarket.list.md):
 * open-market inventory available between two dates, Company tokens. The page states no
 * largest range. Its records' `inventoryId` is what prebook.future.item.add takes.
 */
export const futureInventoryOpenmarketListSchema = lazy(() =>
	documented({
		dateFrom: isoDate(),
		dateTo: isoDate(),
		locationId: optional(id()),
		customerId: optional(id()),
	}).superRefine((request, ctx) => {
		if (request.dateTo < request.dateFrom) {
			ctx.addIssue({ code: 'custom', message: 'must not be before dateFrom', path: ['dateTo'], input: request.dateTo });
		}
	}),
);
