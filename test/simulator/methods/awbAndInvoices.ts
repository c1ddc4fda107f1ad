import type { SimulatorState } from '../referenceData';
import { asInt, failure, missingField, type Json, type MethodResult } from '../kometStyle';

/** purchase.order.item.awb.add: ships a PO item; Komet assigns box codes when none are given. */
export function purchaseOrderItemAwbAdd(state: SimulatorState, body: Json): MethodResult {
	const problem = missingField(body, ['poItemId', 'awb', 'shipDate']);
	if (problem) return failure(problem);
	const poItemId = asInt(body.poItemId);
	if (poItemId === undefined || !state.purchaseOrderItemIds.has(poItemId)) return failure('The PO Item does not exist.');
	if (body.boxCodes !== undefined && !Array.isArray(body.boxCodes)) return failure('The field boxCodes must be a list.');
	const boxCodes = (body.boxCodes as string[] | undefined) ?? [String(state.next.boxCode++), String(state.next.boxCode++)];
	state.shipments.push({ poItemId, awb: String(body.awb), boxCodes });
	return { body: { status: 1, message: 'OK', boxCodes } };
}

function invoiceOf(state: SimulatorState, body: Json) {
	return state.invoices.get(asInt(body.invoiceId) ?? -1);
}

/**
 * invoice.mark.sync.status.ok: synced, and the order locked. Marking an invoice already synced
 * is refused as such: the pages leave it open, and this is the answer the node must read as
 * "done by an earlier attempt" when it comes to a resend after a lost answer.
 */
export function invoiceMarkSynced(state: SimulatorState, body: Json): MethodResult {
	const problem = missingField(body, ['invoiceId']);
	if (problem) return failure(problem);
	const invoice = invoiceOf(state, body);
	if (!invoice) return failure('The invoice does not exist.');
	if (invoice.synced) return failure('The invoice is already synchronized.');
	invoice.synced = true;
	return { body: { status: '1', message: 'OK' } };
}

/**
 * invoice.mark.sync.status.error: not synced; unconfirmed unless `unconfirm` is 0. An invoice
 * already marked not synchronized (with a reason) is refused as "not synchronized" (assumed,
 * as for the ok mark); one never marked either way is accepted, as a first sync failure is.
 */
export function invoiceMarkSyncFailed(state: SimulatorState, body: Json): MethodResult {
	const problem = missingField(body, ['invoiceId', 'message']);
	if (problem) return failure(problem);
	const invoice = invoiceOf(state, body);
	if (!invoice) return failure('The invoice does not exist.');
	if (!invoice.synced && invoice.syncError !== undefined) return failure('The invoice is not synchronized.');
	invoice.synced = false;
	invoice.syncError = String(body.message);
	if (asInt(body.unconfirm) !== 0) invoice.confirmed = false;
	return { body: { status: '1', message: 'OK' } };
}
