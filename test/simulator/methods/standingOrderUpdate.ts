import type { SimulatorState } from '../referenceData';
import { asInt, failure, missingField, type Json, type MethodResult } from '../kometStyle';

/** PUT v2/standing-order: updates the header and upserts the lines of an existing standing order. */
export function standingOrderUpdate(state: SimulatorState, body: Json): MethodResult {
	// The page spells it both ways; Komet is taken to accept either.
	const standingOrderId = asInt(body.standingOrderId ?? body.standingOrderID);
	if (standingOrderId === undefined) return failure('The field standingOrderId is required.');
	const standingOrder = state.standingOrders.get(standingOrderId);
	if (!standingOrder) return failure('Standing Order does not exist.', 404);
	const problem = missingField(body, ['startDate', 'recurrence', 'truckDays']);
	if (problem) return failure(problem);
	if (body.customerId === undefined && (body.customerCode === undefined || body.customerDescription === undefined)) {
		return failure('The field customerId is required.');
	}
	if (body.carrierId === undefined && (body.carrierCode === undefined || body.carrierDescription === undefined)) {
		return failure('The field carrierId is required.');
	}
	const recurrence = asInt(body.recurrence);
	if (recurrence === undefined || recurrence < 1 || recurrence > 4) return failure('The recurrence must be between 1 and 4.');

	const lines = Array.isArray(body.items) ? (body.items as Json[]) : [];
	const items = lines.map((line) => {
		const identifier = line.identifier ?? '';
		if (line.vendorId !== undefined && !state.vendors.some((vendor) => vendor.id === asInt(line.vendorId))) {
			return { identifier, status: 0, message: 'Vendor does not exist.' };
		}
		if (line.productId !== undefined && !state.products.some((product) => product.id === asInt(line.productId))) {
			return { identifier, status: 0, message: 'Product does not exist.' };
		}
		const standingOrderItemId = state.next.standingOrderItemId++;
		standingOrder.itemIds.push(standingOrderItemId);
		return { identifier, status: 1, message: 'Item was successfully added.', standingOrderItemId };
	});
	return {
		body: {
			standingOrderId,
			standingOrderNumber: standingOrder.number,
			message: 'Item was successfully updated.',
			...(lines.length ? { items } : {}),
			status: 1,
		},
	};
}
