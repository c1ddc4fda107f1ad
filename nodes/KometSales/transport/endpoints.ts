/**
 * Every Komet method the node calls, as the wire sees it: path, HTTP method, where the
 * token goes, whether a request may be sent twice (transport/retry.ts), where the
 * per-line results are, and the schema of its request. One place for these facts; the
 * schemas are pure zod and the operations refer to these descriptors.
 */
import type { IDataObject } from 'n8n-workflow';

import * as schemas from '../schemas';
import { readInvoice, readPrebook, readPurchaseOrder } from '../schemas/answers';
import * as lists from '../schemas/lists';
import { always, never, type DoneByEarlierAttempt, type KometEndpoint, type RecordLines } from './endpoint';

export const boxExternalCodeUpdate: KometEndpoint<ReturnType<typeof schemas.boxExternalCodeUpdateSchema>> = {
	path: 'box.externalcode.update',
	httpMethod: 'POST',
	token: 'body',
	schema: schemas.boxExternalCodeUpdateSchema,
	// Setting a box's external code twice leaves the same code.
	repeatable: always,
	resultsKey: 'boxes',
};

export const multiplePrebooksCreate: KometEndpoint<ReturnType<typeof schemas.multiplePrebooksCreateSchema>> = {
	path: 'multiple.prebooks.create',
	httpMethod: 'POST',
	token: 'body',
	schema: schemas.multiplePrebooksCreateSchema,
	repeatable: never,
	resultsKey: 'items',
	checkInstead: "look for the prebook with Prebook → Get Many (its customer's truck date, filtered by its Customer PO)",
};

export const prebookFutureItemAdd: KometEndpoint<ReturnType<typeof schemas.prebookFutureItemAddSchema>> = {
	path: 'prebook.future.item.add',
	httpMethod: 'POST',
	token: 'body',
	schema: schemas.prebookFutureItemAddSchema,
	repeatable: never,
	checkInstead: "look at the prebook's lines with Prebook → Get Many for its truck date",
};

export const purchaseOrderMixedCreate: KometEndpoint<ReturnType<typeof schemas.purchaseOrderMixedCreateSchema>> = {
	path: 'purchase.order.mixed.create',
	httpMethod: 'POST',
	token: 'body',
	schema: schemas.purchaseOrderMixedCreateSchema,
	repeatable: never,
	resultsKey: 'items',
	checkInstead: "look for the purchase order with Purchase Order → Get Many for its vendor ship date",
};

export const standingOrderUpdate: KometEndpoint<ReturnType<typeof schemas.standingOrderUpdateSchema>> = {
	path: 'v2/standing-order',
	httpMethod: 'PUT',
	token: 'header',
	schema: schemas.standingOrderUpdateSchema,
	// Komet adds every item of a PUT as a new line ("Item was successfully added"): only a
	// header-only update may be sent twice.
	repeatable: (request: IDataObject) => request.items === undefined,
	resultsKey: 'items',
	checkInstead: "look at the standing order's items with Standing Order → Get Many",
};

/**
 * A list: v1 GET, token as a query parameter, a read (repeatable); `empty` is what it answers
 * when nothing matches (docs/komet-api.md, "Empty lists").
 */
const list = <Schema extends KometEndpoint['schema']>(
	path: string,
	resultsKey: string,
	empty: string,
	schema: Schema,
	recordLines?: RecordLines,
	readRecord?: KometEndpoint['readRecord'],
) => ({
	path,
	httpMethod: 'GET' as const,
	token: 'query' as const,
	schema,
	repeatable: always,
	resultsKey,
	emptyAnswers: [empty],
	recordLines,
	readRecord,
});

/** What the order lists (prebooks, purchase orders, invoices, standing orders) answer when nothing matches. */
const NO_ORDERS = 'Orders not found.';

/** Lines of the order lists: `details[]`, each keyed by its own id where Komet sends it. */
const details = (key: string): RecordLines => ({ array: 'details', key });

export const customerList = list('customer.list', 'customers', 'Customers not found.', lists.customerListSchema);
export const customerShiptoList = list('customer.shipto.list', 'shiptos', 'Ship-tos not found.', lists.customerShiptoListSchema);
export const vendorList = list('vendor.list', 'vendors', 'Vendors not found.', lists.vendorListSchema);
export const carrierList = list('carrier.list', 'carriers', 'Carriers not found.', lists.carrierListSchema);
export const productList = list('product.list', 'products', 'Products not found.', lists.productListSchema);
export const boxtypeList = list('boxtype.list', 'boxtypes', 'Box types not found.', lists.boxtypeListSchema);
export const locationList = list('location.list', 'locations', 'Locations not found.', lists.locationListSchema);
export const futureInventoryOpenmarketList = list(
	'future.inventory.openmarket.list',
	'inventoryItems',
	'Inventory not found.',
	lists.futureInventoryOpenmarketListSchema,
);

/**
 * Deleting twice leaves the record deleted; the second call is refused as unknown, in words
 * that name the record. Only the record's own "does not exist" counts: a line's delete refused
 * because its prebook or standing order does not exist means a wrong parent id
 * (docs/komet-api.md, "Retry classes").
 */
const deleted = (record: RegExp): DoneByEarlierAttempt => ({ refusal: record, flag: 'deletedByEarlierAttempt', done: 'Deleted' });

export const prebookDelete: KometEndpoint<ReturnType<typeof schemas.prebookDeleteSchema>> = {
	path: 'prebook.delete',
	httpMethod: 'POST',
	token: 'body',
	schema: schemas.prebookDeleteSchema,
	repeatable: always,
	doneByEarlierAttempt: deleted(/^\s*the prebook does not exist\.?\s*$/i),
};

export const prebookItemDelete: KometEndpoint<ReturnType<typeof schemas.prebookItemDeleteSchema>> = {
	path: 'prebook.item.delete',
	httpMethod: 'POST',
	token: 'body',
	schema: schemas.prebookItemDeleteSchema,
	repeatable: always,
	doneByEarlierAttempt: deleted(/\bprebook item does not exist\b/i),
};

export const standingOrderItemDelete: KometEndpoint<ReturnType<typeof schemas.standingOrderItemDeleteSchema>> = {
	path: 'v2/standing-order/item',
	httpMethod: 'DELETE',
	token: 'header',
	fields: 'query',
	schema: schemas.standingOrderItemDeleteSchema,
	repeatable: always,
	doneByEarlierAttempt: deleted(/\bstanding order item does not exist\b/i),
};

/** Ships boxes and may split the PO item (`newPOItemId`): sent twice, it would ship twice. */
export const purchaseOrderItemAwbAdd: KometEndpoint<ReturnType<typeof schemas.purchaseOrderItemAwbAddSchema>> = {
	path: 'purchase.order.item.awb.add',
	httpMethod: 'POST',
	token: 'body',
	schema: schemas.purchaseOrderItemAwbAddSchema,
	repeatable: never,
	checkInstead: 'look at the PO item with Purchase Order → Get Many for its vendor ship date (its AWB and box codes)',
	mayHaveDone: 'shipped the boxes on the AWB',
};

/**
 * Marking synced sets a flag and locks the order: twice leaves the same (docs/komet-api.md,
 * "invoice.mark.sync.status.ok"). A resend refused as already synchronized after a lost answer
 * was marked by the earlier attempt.
 */
export const invoiceMarkSynced: KometEndpoint<ReturnType<typeof schemas.invoiceMarkSyncedSchema>> = {
	path: 'invoice.mark.sync.status.ok',
	httpMethod: 'POST',
	token: 'body',
	schema: schemas.invoiceMarkSyncedSchema,
	repeatable: always,
	doneByEarlierAttempt: { refusal: /\balready (been )?(marked (as )?)?synchroni[sz]ed\b/i, flag: 'markedByEarlierAttempt', done: 'Marked synced' },
};

/**
 * Marking not synchronized clears the flag and, with `unconfirm` 1 (Komet's default), also
 * returns the invoice to its status before synchronization: a second call could move an
 * invoice confirmed again in between. Only `unconfirm: 0`, which only clears the flag, is
 * repeatable (docs/komet-api.md, "invoice.mark.sync.status.error").
 */
export const invoiceMarkSyncFailed: KometEndpoint<ReturnType<typeof schemas.invoiceMarkSyncFailedSchema>> = {
	path: 'invoice.mark.sync.status.error',
	httpMethod: 'POST',
	token: 'body',
	schema: schemas.invoiceMarkSyncFailedSchema,
	repeatable: (request: IDataObject) => request.unconfirm === 0,
	doneByEarlierAttempt: { refusal: /\b(is )?not (yet )?(marked (as )?)?synchroni[sz]ed\b/i, flag: 'markedByEarlierAttempt', done: 'Marked not synchronized' },
	checkInstead: "look at the invoice's status and sync flag with Invoice → Get Many for Accounting",
	mayHaveDone: 'marked the invoice not synchronized (and, with Unconfirm on, unconfirmed it)',
};

export const prebookDetailsList = list('prebook.details.list', 'prebooks', NO_ORDERS, lists.prebookDetailsListSchema, details('prebookItemId'), readPrebook);
export const standingOrderList = list('standing.order.list', 'standingOrders', NO_ORDERS, lists.standingOrderListSchema);
export const invoiceDetailsList = list('invoice.details.list', 'invoices', NO_ORDERS, lists.invoiceDetailsListSchema, details('detailId'), readInvoice);
export const invoiceAccountingDetailsList = list(
	'invoice.accounting.details.list',
	'invoices',
	NO_ORDERS,
	lists.invoiceAccountingDetailsListSchema,
	undefined,
	readInvoice,
);
export const purchaseOrderList = list('purchase.order.list', 'purchaseOrders', NO_ORDERS, lists.purchaseOrderListSchema, details('poItemId'), readPurchaseOrder);
export const prebookList = list('prebook.list', 'prebooks', NO_ORDERS, lists.prebookListSchema);

/** A read: asking for the same invoice's PDF twice changes nothing. */
export const invoicePdfGet: KometEndpoint<ReturnType<typeof schemas.invoicePdfGetSchema>> = {
	path: 'invoice.pdf.get',
	httpMethod: 'POST',
	token: 'body',
	schema: schemas.invoicePdfGetSchema,
	repeatable: always,
	tooLargeMeans: 'an invoice PDF over 4 MB (Komet writes about four characters per byte of the file)',
};
