import { gmtNow, type SimulatorState } from '../referenceData';
import { asInt, equalsIgnoreCase, failure, missingField, type Json, type MethodResult } from '../kometStyle';

const HEADER = [
	'customerCode',
	'customerName',
	'customerBillingStreet',
	'customerBillingCity',
	'customerBillingState',
	'customerBillingZipcode',
	'customerBillingCountry',
	'customerShippingStreet',
	'customerShippingCity',
	'customerShippingState',
	'customerShippingZipcode',
	'customerShippingCountry',
	'customerPhone',
];
const LINE = [
	'carrierCode',
	'carrierName',
	'shipDate',
	'identifier',
	'productCode',
	'productDescription',
	'boxTypeCode',
	'boxes',
	'unitType',
	'bunches',
	'stemsBunch',
	'price',
];

/** multiple.prebooks.create: one prebook per ship date and carrier; lines fail one by one. */
export function multiplePrebooksCreate(state: SimulatorState, body: Json): MethodResult {
	const headerProblem = missingField(body, HEADER);
	if (headerProblem) return failure(headerProblem);
	const lines = body.prebookItems;
	if (!Array.isArray(lines) || lines.length === 0) return failure('The field prebookItems is required.');
	const autoPO = asInt(body.autoGeneratePOsfromPrebooks) === 1;
	const prebookByGroup = new Map<string, { id: number; number: string }>();

	const items = lines.map((line: Json) => {
		const identifier = line?.identifier ?? '';
		const fail = (message: string) => ({ identifier, status: 0, message });
		const problem = missingField(line, autoPO ? [...LINE, 'vendorCode', 'vendorName', 'cost'] : LINE);
		if (problem) return fail(problem);
		if (!['stem', 'bunch'].some((unit) => equalsIgnoreCase(line.unitType, unit))) {
			return fail('The unitType must be Stem or Bunch.');
		}
		if (!state.boxTypes.some((boxType) => boxType.code === line.boxTypeCode)) {
			return fail(`The box type ${String(line.boxTypeCode)} does not exist.`);
		}
		if (!state.carriers.some((carrier) => carrier.code === line.carrierCode)) {
			return fail(`The carrier ${String(line.carrierCode)} does not exist.`);
		}
		if (autoPO && !state.vendors.some((vendor) => vendor.code === line.vendorCode)) {
			return fail(`The vendor ${String(line.vendorCode)} does not exist.`);
		}
		const group = `${String(line.shipDate)}|${String(line.carrierCode)}`;
		let prebook = prebookByGroup.get(group);
		if (!prebook) {
			const id = state.next.prebookId++;
			prebook = { id, number: String(id).slice(-6) };
			prebookByGroup.set(group, prebook);
			state.prebooks.set(id, {
				number: prebook.number,
				customerCode: String(body.customerCode),
				itemIds: [],
				truckDate: String(line.shipDate),
				vendorShipDate: String(line.shipDate),
				updatedAt: gmtNow(),
				// What the prebook lists filter on: the line's carrier, the header's customer PO and location.
				carrierId: state.carriers.find((carrier) => carrier.code === line.carrierCode)?.id,
				customerPONumber: body.customerPO === undefined ? undefined : String(body.customerPO),
				locationId: state.locations.find((location) => location.code === body.companyLocationCode)?.id,
			});
		}
		const prebookItemId = state.next.prebookItemId++;
		state.prebooks.get(prebook.id)?.itemIds.push(prebookItemId);
		return {
			identifier,
			status: 1,
			message: 'Item successfully added to the order',
			prebookId: prebook.id,
			prebookNumber: prebook.number,
			...(autoPO ? { purchaseOrderNumber: `P${String(state.next.purchaseOrderId++).padStart(6, '0')}` } : {}),
			prebookItemId,
		};
	});
	const created = items.some((item) => item.status === 1);
	return {
		body: {
			status: created ? '1' : '0',
			message: created ? 'Prebooks ware successfully created.' : 'No prebook could be created.',
			items,
		},
	};
}
