import type { SimulatorState } from '../referenceData';
import { asInt, failure, missingField, type Json, type MethodResult } from '../kometStyle';

/**
 * purchase.order.mixed.create: one PO for the vendor; one result per breakdown,
 * failing per line when a prebook item does not exist.
 */
export function purchaseOrderMixedCreate(state: SimulatorState, body: Json, tokenKind: string): MethodResult {
	const problem = missingField(body, ['shipDate']);
	if (problem) return failure(problem);
	if (tokenKind !== 'Vendor') {
		const vendor = state.vendors.find(
			(candidate) => candidate.id === asInt(body.vendorId) || (body.vendorId === undefined && candidate.code === body.vendorCode),
		);
		if (!vendor) return failure(body.vendorId === undefined && body.vendorCode === undefined ? 'The field vendorCode is required.' : 'Vendor does not exist.');
	}
	if (body.carrierId !== undefined || body.carrierCode !== undefined) {
		const carrier = state.carriers.find((candidate) => candidate.id === asInt(body.carrierId) || candidate.code === body.carrierCode);
		if (!carrier) return failure('Carrier does not exist.');
		if (!carrier.inbound) return failure('The carrier must be type Inbound.');
	}
	const poItems = body.purchaseOrderItems;
	if (!Array.isArray(poItems) || poItems.length === 0) return failure('The field purchaseOrderItems is required.');

	const poNumber = typeof body.purchaseOrderNumber === 'string' ? body.purchaseOrderNumber : `P${String(state.next.purchaseOrderId).padStart(6, '0')}`;
	let purchaseOrderId = state.purchaseOrders.get(poNumber);
	if (purchaseOrderId === undefined) {
		purchaseOrderId = state.next.purchaseOrderId++;
		state.purchaseOrders.set(poNumber, purchaseOrderId);
	}
	const prebookItemIds = new Set([...state.prebooks.values()].flatMap((prebook) => prebook.itemIds));

	const items = poItems.flatMap((item: Json) => {
		const breakdowns = Array.isArray(item?.breakdowns) ? (item.breakdowns as Json[]) : [];
		if (breakdowns.length === 0) return [{ status: 0, message: 'The field breakdowns is required.' }];
		if (item.boxTypeCode === undefined && item.boxTypeId === undefined) {
			return [{ status: 0, message: 'The field boxTypeCode is required.' }];
		}
		return breakdowns.map((breakdown) => {
			const prebookItemId = asInt(breakdown.prebookItemId);
			if (breakdown.prebookItemId !== undefined && (prebookItemId === undefined || !prebookItemIds.has(prebookItemId))) {
				return { prebookItemId: breakdown.prebookItemId, status: 0, message: 'The Prebook Item does not exist.' };
			}
			return {
				...(prebookItemId !== undefined ? { prebookItemId } : {}),
				status: 1,
				message: 'The Assorted PO Item was successfully created.',
				purchaseOrderId,
				purchaseOrderNumber: poNumber,
				purchaseOrderItemId: addItem(state),
			};
		});
	});
	return { body: { status: 1, items } };
}

function addItem(state: SimulatorState) {
	const id = state.next.purchaseOrderItemId++;
	state.purchaseOrderItemIds.add(id);
	return id;
}
