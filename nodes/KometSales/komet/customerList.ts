/**
 * `GET customer.list`: customers (docs/komet-api.md, "customer.list"). Like every reference list
 * ("Lists"), id and code filters are exact, name and description filters a case-insensitive LIKE.
 * `includeInactive` is sent as 1/0, as the newest page has it (an older one writes true/false).
 */
import type { IDataObject } from 'n8n-workflow';

import { documented, flag, id, isoDate, lazy, optional, text } from './common';
import { list } from './method';

/** Documented text limits (characters) of the filters, shared with the editor. */
export const CUSTOMER_LIST_TEXT = { name: 200, code: 10 } as const;

export const customerListSchema = lazy(() =>
	documented({
		id: optional(id()),
		name: optional(text(CUSTOMER_LIST_TEXT.name)),
		code: optional(text(CUSTOMER_LIST_TEXT.code)),
		salesPersonId: optional(id()),
		includeInactive: optional(flag()),
		locationId: optional(id()),
		updateAsOf: optional(isoDate()),
	}),
);

export const customerList = list({ path: 'customer.list', resultsKey: 'customers', empty: 'Customers not found.', schema: customerListSchema });

/** Whether a listed customer has this code: Komet's code filter is exact and, like all its filters, takes any case. */
export const hasCustomerCode = (code: unknown) => {
	const wanted = String(code).trim().toLowerCase();
	return (customer: IDataObject) => String(customer.code ?? '').trim().toLowerCase() === wanted;
};
