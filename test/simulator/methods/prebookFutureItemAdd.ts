import { gmtNow, type SimulatorState } from '../referenceData';
import { asInt, failure, missingField, type Json, type MethodResult } from '../kometStyle';

/** prebook.future.item.add: takes boxes from a future inventory item into a prebook, as a new line. */
export function prebookFutureItemAdd(state: SimulatorState, body: Json): MethodResult {
	const problem = missingField(body, ['prebookId', 'inventoryId', 'boxes', 'price']);
	if (problem) return failure(problem);
	const prebookId = asInt(body.prebookId);
	const inventoryId = asInt(body.inventoryId);
	const boxes = asInt(body.boxes);
	if (prebookId === undefined || !state.prebooks.has(prebookId)) return failure('The Prebook does not exist.');
	if (inventoryId === undefined || !state.futureInventory.has(inventoryId)) {
		return failure('The inventory item does not exist.');
	}
	const available = state.futureInventory.get(inventoryId) ?? 0;
	if (boxes === undefined || boxes < 1) return failure('The field boxes must be a positive integer.');
	if (boxes > available) return failure(`Only ${available} boxes are available for this inventory item.`);
	state.futureInventory.set(inventoryId, available - boxes);
	// A new line of the prebook: the prebook counts as changed for updatedAsOf.
	const prebook = state.prebooks.get(prebookId);
	prebook?.itemIds.push(state.next.prebookItemId++);
	if (prebook) prebook.updatedAt = gmtNow();
	return { body: { status: '1', message: 'success' } };
}
