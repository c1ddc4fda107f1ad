/**
 * The prebook lists: prebook.details.list (prebooks with their lines) and prebook.list
 * (headers), which share most filters (docs/komet-api.md, "prebook.details.list" and
 * prebook.list.md): `prebook`, `customerId`, `carrierId`, `salesPersonId`, `soNumber`,
 * `customerPONumber`, `brandId` exact; `customer` (name or code) and `carrierName` a LIKE;
 * all case-insensitive.
 */
import { MAIN_LOCATION_ID, SALES_PERSON, type Prebook, type SimulatorState } from '../referenceData';
import type { Json, MethodResult } from '../kometStyle';
import { answer, daysBetween, exact, flag, flagMatches, like, likeAny, sameNumber } from './listFilters';

/** Whether a prebook passes the filters both prebook lists document. */
function sharedFiltersKeep(state: SimulatorState, prebook: Prebook, query: Json): boolean {
	const customer = state.customers.find((candidate) => candidate.code === prebook.customerCode);
	const carrier = state.carriers.find((candidate) => candidate.id === prebook.carrierId);
	const standingOrder = prebook.standingOrderId === undefined ? undefined : state.standingOrders.get(prebook.standingOrderId);
	return (
		exact(prebook.number, query.prebook) &&
		exact(customer?.id, query.customerId) &&
		likeAny([customer?.name, prebook.customerCode], query.customer) &&
		exact(prebook.carrierId, query.carrierId) &&
		like(carrier?.name, query.carrierName) &&
		// The customer's salesperson: every known customer has the one.
		exact(customer ? SALES_PERSON.id : undefined, query.salesPersonId) &&
		sameNumber(standingOrder?.number, query.soNumber) &&
		exact(prebook.customerPONumber, query.customerPONumber) &&
		exact(prebook.brand?.id, query.brandId)
	);
}

/** Bought on a purchase order: no longer pending purchase. */
const purchased = (state: SimulatorState, prebook: Prebook) =>
	state.purchaseOrderRecords.some((po) => po.prebookNumber === prebook.number);

/**
 * `unableToSource`: true keeps the prebooks marked unable to source and still pending purchase;
 * false keeps those not marked, purchased or not.
 */
function unableToSourceKeeps(state: SimulatorState, prebook: Prebook, filter: unknown): boolean {
	const wanted = flag(filter);
	if (wanted === undefined) return true;
	return wanted ? prebook.unableToSource === true && !purchased(state, prebook) : !prebook.unableToSource;
}

/**
 * prebook.details.list: a truck `date`, or a vendor ship date window of at most 7 days;
 * `updatedAsOf` (GMT) keeps prebooks changed since; `locationId` and `unableToSource`
 * besides the shared filters. Every documented filter is honoured. Not modelled: what a
 * Vendor token hides (other vendors' lines, prices, customer details), since the simulator's
 * Vendor token belongs to no vendor. The filter notes' `carrier` is not a parameter of the
 * current page (its table has `carrierName`; `carrier` was the old version's): ignored, as an
 * unknown parameter is.
 */
export function prebookDetailsList(state: SimulatorState, query: Json): MethodResult {
	const { date, vendorShipDateFrom: from, vendorShipDateTo: to } = query as Record<string, string | undefined>;
	if (date === undefined && (from === undefined || to === undefined)) {
		return { body: { status: '0', message: 'The field date is required.' } };
	}
	if (from !== undefined && to !== undefined && daysBetween(from, to) > 6) {
		return { body: { status: '0', message: 'The range between vendorShipDateFrom and vendorShipDateTo must not exceed 7 days.' } };
	}
	const records = [...state.prebooks.entries()]
		.filter(([, prebook]) => date === undefined || prebook.truckDate === date)
		.filter(([, prebook]) => from === undefined || linesShippedIn(prebook, from, String(to)).length > 0)
		.filter(([, prebook]) => query.updatedAsOf === undefined || prebook.updatedAt >= String(query.updatedAsOf))
		.filter(([, prebook]) => sharedFiltersKeep(state, prebook, query) && exact(prebook.locationId ?? MAIN_LOCATION_ID, query.locationId))
		.filter(([, prebook]) => unableToSourceKeeps(state, prebook, query.unableToSource))
		.map(([id, prebook]) => {
			const details = lines(prebook);
			const shown = from !== undefined && state.linesOfWindowOnly ? linesShippedIn(prebook, from, String(to)) : prebook.itemIds;
			// By position: a line answered without prebookItemId is still the line of that id.
			return { ...header(state, id, prebook), details: details.filter((_line, index) => shown.includes(prebook.itemIds[index])) };
		});
	return answer('prebooks', records, 'Orders not found.');
}

const shipDateOf = (prebook: Prebook, itemId: number) => prebook.lineShipDates?.[itemId] ?? prebook.vendorShipDate;

/** The prebook's lines whose vendor ship date is in the window. */
const linesShippedIn = (prebook: Prebook, from: string, to: string) =>
	prebook.itemIds.filter((itemId) => shipDateOf(prebook, itemId) >= from && shipDateOf(prebook, itemId) <= to);

/**
 * A prebook's header as the old page and public code show it (docs/komet-api.md,
 * "prebook.details.list"): ids as text here and there, as Komet's lists drift.
 */
function header(state: SimulatorState, id: number, prebook: Prebook) {
	const customer = state.customers.find((candidate) => candidate.code === prebook.customerCode);
	const carrier = state.carriers.find((candidate) => candidate.id === prebook.carrierId);
	const location = state.locations.find((candidate) => candidate.id === (prebook.locationId ?? MAIN_LOCATION_ID));
	const shipTo = state.shipTos.find((candidate) => candidate.customerId === customer?.id);
	return {
		id: String(id),
		number: prebook.number,
		locationId: location?.id,
		locationCode: location?.code,
		locationName: location?.name,
		customerId: customer?.id,
		customerCode: prebook.customerCode,
		customerName: customer?.name,
		type: prebook.standingOrderId === undefined ? 'P' : 'S',
		truckDate: prebook.truckDate,
		customerPONumber: prebook.customerPONumber,
		carrierId: carrier?.id,
		carrierName: carrier?.name,
		shipvia: 0,
		comments: '',
		totalPrice: LINE.totalPrice * prebook.itemIds.length,
		...(shipTo ? { shipName: shipTo.name, shipAddress: '8200 NW 25th St', shipCity: shipTo.city, shipState: shipTo.state, shipZipCode: '33122', shipCountry: 'US' } : {}),
	};
}

/** What every seeded prebook line holds: 5 half boxes of Rose Freedom 50cm from Andes Farms, 10 bunches of 25 stems a box. */
const LINE = { vendorId: 535, vendorName: 'Andes Farms', productId: 217042, productDescription: 'Rose Freedom 50cm', totalBoxes: 5, boxType: 'HB', bunches: 10, stemsBunch: 25, unitPrice: 0.35, units: 250, unitType: 'Stem', totalUnits: 1250, totalPrice: 437.5 };

/**
 * The lines (`details[]`). A prebook with `lineIdsUnsent` answers them without
 * `prebookItemId`, as the vendor's old field list does; its lines then have no breakdown.
 */
function lines(prebook: Prebook) {
	return prebook.itemIds.map((prebookItemId, index) => ({
		...(prebook.lineIdsUnsent ? {} : { prebookItemId }),
		vendorShipDate: shipDateOf(prebook, prebookItemId),
		...LINE,
		// Drift: the first line's product id as text.
		productId: index === 0 ? String(LINE.productId) : LINE.productId,
		markCode: prebook.customerPONumber ?? '',
		...(prebook.brand ? { brandId: prebook.brand.id, brandName: prebook.brand.name } : {}),
		...(prebook.lineIdsUnsent
			? {}
			: { breakdowns: [{ productId: 217042, productDescription: 'Rose Freedom 50cm', stemsBunch: 25, bunches: 10, price: 0.35 }] }),
	}));
}

/**
 * prebook.list: prebook headers for a truck date range of at most six months; the shared
 * filters, `CompanyLocationId` (the page's spelling), `prebookStatus` (a status name the
 * company defined), `isEcommerce` and `checkOutStatus` (1 checked out, 0 pending). Every
 * documented filter is honoured. The filter notes' `locationId` and `carrier` are not
 * parameters of this page (the same notes name `date`, which is not one either): ignored.
 */
export function prebookList(state: SimulatorState, query: Json): MethodResult {
	for (const field of ['dateFrom', 'dateTo']) {
		if (query[field] === undefined) return { body: { status: '0', message: `The field ${field} is required.` } };
	}
	if (daysBetween(query.dateFrom, query.dateTo) > 183) {
		return { body: { status: '0', message: 'The maximum date range for this request is six months.' } };
	}
	const records = [...state.prebooks.entries()]
		.filter(([, prebook]) => prebook.truckDate >= String(query.dateFrom) && prebook.truckDate <= String(query.dateTo))
		.filter(([, prebook]) => sharedFiltersKeep(state, prebook, query) && exact(prebook.locationId ?? MAIN_LOCATION_ID, query.CompanyLocationId))
		.filter(([, prebook]) => exact(prebook.status, query.prebookStatus))
		.filter(([, prebook]) => flagMatches(prebook.ecommerce, query.isEcommerce) && flagMatches(prebook.checkedOut, query.checkOutStatus))
		.map(([id, prebook]) => ({ id: String(id), number: prebook.number, locationId: prebook.locationId ?? MAIN_LOCATION_ID }));
	return answer('prebooks', records, 'Orders not found.');
}
