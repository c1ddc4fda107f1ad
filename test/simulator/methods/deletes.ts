import { gmtNow, type SimulatorState } from '../referenceData';
import { asInt, failure, missingField, type Json, type MethodResult } from '../kometStyle';

/** prebook.delete: the whole prebook and its lines. */
export function prebookDelete(state: SimulatorState, body: Json): MethodResult {
	const problem = missingField(body, ['prebookId']);
	if (problem) return failure(problem);
	const prebookId = asInt(body.prebookId);
	if (prebookId === undefined || !state.prebooks.delete(prebookId)) return failure('The Prebook does not exist.');
	return { body: { message: 'The prebook was successfully deleted ', status: 1 } };
}

/** prebook.item.delete: one line; a Vendor token zeroes its quantity instead. */
export function prebookItemDelete(state: SimulatorState, body: Json, tokenKind: string): MethodResult {
	const problem = missingField(body, ['prebookId', 'prebookItemId']);
	if (problem) return failure(problem);
	const prebook = state.prebooks.get(asInt(body.prebookId) ?? -1);
	if (!prebook) return failure('The Prebook does not exist.');
	const itemId = asInt(body.prebookItemId);
	const position = prebook.itemIds.findIndex((candidate) => candidate === itemId);
	if (position < 0) return failure('The Prebook Item does not exist.');
	if (tokenKind === 'Vendor') state.zeroedPrebookItems.add(itemId as number);
	else prebook.itemIds.splice(position, 1);
	prebook.updatedAt = gmtNow();
	return { body: { status: '1', message: 'success' } };
}

/** DELETE v2/standing-order/item?standingOrderId=&standingOrderItemId= */
export function standingOrderItemDelete(state: SimulatorState, query: Json): MethodResult {
	const problem = missingField(query, ['standingOrderId', 'standingOrderItemId']);
	if (problem) return failure(problem, 400);
	const standingOrder = state.standingOrders.get(asInt(query.standingOrderId) ?? -1);
	if (!standingOrder) return failure('Standing Order does not exist.', 404);
	const position = standingOrder.itemIds.indexOf(asInt(query.standingOrderItemId) ?? -1);
	if (position < 0) return failure('Standing Order Item does not exist.', 404);
	standingOrder.itemIds.splice(position, 1);
	return { body: { message: 'Standing Order Item was deleted successfully.', status: 1 } };
}
