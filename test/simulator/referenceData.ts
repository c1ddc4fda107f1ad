/**
 * The company the simulator pretends to be: a Miami flower importer with a few
 * customers, growers, carriers, products and boxes. Tests and the playground rely
 * on these ids and codes; the codes of the Komet reference pages' samples exist,
 * so the samples succeed as they are written.
 */
/** A Company token with every character that URL, HTML and JSON escaping change. */
export const HOSTILE_TOKEN = 'sim hostile/token+é&<"quoted">\'%';

export const TOKENS: Record<string, 'Company' | 'Customer' | 'Vendor'> = {
	'sim-company-token': 'Company',
	'sim-customer-token': 'Customer',
	'sim-vendor-token': 'Vendor',
	[HOSTILE_TOKEN]: 'Company',
};

export interface Customer {
	id: number;
	code: string;
	name: string;
	active: boolean;
	/** Its company location; the main one (MIA, 147) when absent. */
	locationId?: number;
	/** Last update, `YYYY-MM-DD hh:mm:ss`; 2026-10-01 08:30:00 when absent. */
	updatedOn?: string;
}
export interface Vendor {
	id: number;
	code: string;
	name: string;
	portOrigin: string;
	active: boolean;
}
export interface Carrier {
	id: number;
	code: string;
	name: string;
	inbound: boolean;
}
export interface Product {
	id: number;
	code: string;
	description: string;
}
export interface BoxType {
	id: number;
	code: string;
	name: string;
	fbe: number;
}

export interface Location {
	id: number;
	code: string;
	name: string;
}
export interface ShipTo {
	id: number;
	customerId: number;
	shipToCode: string;
	name: string;
	city: string;
	state: string;
	carrierId: number;
	/** YYYY-MM-DD */
	updatedAsOf: string;
	/** Street, zip code and phone; 100 Flower Way, 32801, (407) 555-0101 when absent. */
	address?: string;
	zipcode?: string;
	phone?: string;
}

export interface Prebook {
	number: string;
	customerCode: string;
	itemIds: number[];
	/** YYYY-MM-DD */
	truckDate: string;
	vendorShipDate: string;
	/** A line's own vendor ship date where it differs from the prebook's (prebookItemId → YYYY-MM-DD). */
	lineShipDates?: Record<number, string>;
	/** YYYY-MM-DD hh:mm:ss, GMT */
	updatedAt: string;
	// Besides dates, what the prebook lists filter on: a prebook without one is dropped by that filter.
	carrierId?: number;
	customerPONumber?: string;
	/** The main location (MIA, 147) when absent. */
	locationId?: number;
	/** The standing order that generated it (type `S`); a standalone prebook (type `P`) has none. */
	standingOrderId?: number;
	/** The vendor brand of its lines. */
	brand?: { id: number; name: string };
	unableToSource?: boolean;
	/** Its lines are answered without `prebookItemId`, as the vendor's old field list has them. */
	lineIdsUnsent?: boolean;
	/** One of the company's own prebook statuses. */
	status?: string;
	ecommerce?: boolean;
	checkedOut?: boolean;
}

export interface Invoice {
	number: number;
	/** YYYY-MM-DD */
	shipDate: string;
	customerId: number;
	subtotal: number;
	confirmed: boolean;
	synced: boolean;
	syncError?: string;
	carrierId?: number;
	/** The product of its details; Rose Freedom 50cm (217042) when absent. */
	productId?: number;
	/** The main location (MIA, 147) when absent. */
	locationId?: number;
	/** invoice.details.list writes its line's amount as a JSON number, not as text. */
	amountAsNumber?: boolean;
}

/** What purchase.order.list tells of a purchase order. Each seeded one has a single line. */
export interface PurchaseOrderRecord {
	id: number;
	number: string;
	/** Vendor ship date, YYYY-MM-DD */
	shipDate: string;
	vendorId: number;
	status: string;
	itemIds: number[];
	/** The prebook it buys for, and that prebook's customer and customer PO. */
	prebookNumber?: string;
	customerId?: number;
	customerPONumber?: string;
	/** The product and status of its lines. */
	productId?: number;
	lineStatus?: string;
	/** The main location (MIA, 147) when absent. */
	locationId?: number;
	/** When its lines are offered as future inventory (future inventory items are PO items). */
	available?: { from: string; to: string };
}

/** The one salesperson of every customer (customer.list has always answered Laura Gómez, 12). */
export const SALES_PERSON = { id: 12, name: 'Laura Gómez' };
/** The location of records that do not name one. */
export const MAIN_LOCATION_ID = 147;

/** Now as Komet writes GMT times: `YYYY-MM-DD hh:mm:ss`. */
export const gmtNow = () => new Date().toISOString().slice(0, 19).replace('T', ' ');
/** The UTC calendar day `offset` days from today, as Komet writes dates. */
export const dayFromToday = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export function seed() {
	return {
		customers: [
			{ id: 131313, code: 'Fresh', name: 'Mr. Fresh', active: true },
			{ id: 2001, code: 'ANG', name: 'Ang Flowers', active: true, updatedOn: '2026-11-15 14:00:00' },
			{ id: 2002, code: 'BLOOM', name: 'Bloom & Co', active: true, locationId: 28 },
			{ id: 2003, code: 'OLD', name: 'Old Petals', active: false },
		] as Customer[],
		vendors: [
			{ id: 33, code: '333', name: '33 Flowers', portOrigin: 'BOG', active: true },
			{ id: 535, code: 'A535', name: 'Andes Farms', portOrigin: 'UIO', active: true },
			{ id: 77, code: 'ABC', name: 'Flores ABC', portOrigin: 'BOG', active: true },
			// Inactive: vendor.list leaves it out unless includeInactive is sent.
			{ id: 90, code: 'RDS', name: 'Rosas del Sur', portOrigin: 'MDE', active: false },
		] as Vendor[],
		carriers: [
			{ id: 1360, code: 'ARM', name: 'Armellini', inbound: false },
			{ id: 1361, code: 'FX', name: 'Fedex', inbound: false },
			{ id: 1362, code: '35LS', name: 'LatAm Cargo', inbound: true },
		] as Carrier[],
		products: [
			{ id: 217042, code: 'RSFR50', description: 'Rose Freedom 50cm' },
			{ id: 21, code: 'Lucky', description: 'Black Monstera' },
			{ id: 3, code: 'BK', description: 'Black King Rose' },
			{ id: 4401, code: 'Rs55B', description: 'Roses 55cm Blue' },
		] as Product[],
		boxTypes: [
			{ id: 1, code: 'HB', name: 'Half Box', fbe: 0.5 },
			{ id: 2, code: 'QB', name: 'Quarter Box', fbe: 0.25 },
			{ id: 3, code: 'EB', name: 'Eighth Box', fbe: 0.125 },
		] as BoxType[],
		locations: [
			{ id: 147, code: 'MIA', name: 'Miami' },
			{ id: 28, code: '28', name: 'Doral Warehouse' },
			{ id: 150, code: 'BOG', name: 'Bogota Farm Office' },
		] as Location[],
		shipTos: [
			{ id: 1313, customerId: 131313, shipToCode: 'FRESH-ORL', name: 'Mr. Fresh Orlando', city: 'Orlando', state: 'FL', carrierId: 1360, updatedAsOf: '2026-10-01' },
			{ id: 1314, customerId: 131313, shipToCode: 'FRESH-TPA', name: 'Mr. Fresh Tampa', city: 'Tampa', state: 'FL', carrierId: 1361, updatedAsOf: '2026-11-20' },
			{
				id: 2101, customerId: 2001, shipToCode: 'ANG-MIA', name: 'Ang Flowers Miami', city: 'Miami', state: 'FL', carrierId: 1361, updatedAsOf: '2026-09-01',
				address: '8200 NW 25th St', zipcode: '33122', phone: '(305) 555-0142',
			},
		] as ShipTo[],
		/** box code → external code */
		boxes: new Map<string, string>(
			Array.from({ length: 20 }, (_, index) => [`KS0010${String(index + 1).padStart(2, '0')}`, '']),
		),
		/**
		 * Prebooks with their line ids; the PO sample's prebookItemId 928355 is one of them. The
		 * truck date, the lines' vendor ship date and the last update (GMT) serve prebook.details.list;
		 * the other fields its filters and prebook.list's. 85063 is the multiple.prebooks.create
		 * sample's order (Fedex, customer PO 2926), bought on P02323; 85070 comes from Mr. Fresh's
		 * standing order S03228, a web order no grower could supply yet.
		 */
		prebooks: new Map<number, Prebook>([
			[
				85063,
				{
					number: '85063', customerCode: 'ANG', itemIds: [928355, 928356], truckDate: '2026-12-05', vendorShipDate: '2026-12-03', updatedAt: '2026-11-20 10:00:00',
					carrierId: 1361, customerPONumber: '2926', brand: { id: 4, name: 'Andes Select' }, status: 'Confirmed', checkedOut: true,
				},
			],
			[
				85070,
				{
					number: '85070', customerCode: 'Fresh', itemIds: [928400], truckDate: '2026-12-12', vendorShipDate: '2026-12-10', updatedAt: '2026-11-24 08:30:00',
					carrierId: 1360, customerPONumber: 'FR-1120', locationId: 28, standingOrderId: 3228, unableToSource: true, ecommerce: true,
					lineIdsUnsent: true,
				},
			],
		]),
		/** future inventory id → boxes available */
		futureInventory: new Map<number, number>([
			[9999999, 100],
			[9999998, 2],
		]),
		/**
		 * What future.inventory.openmarket.list tells of each future inventory item. Future
		 * inventory is about the coming days, and the node's picker lists the next 30: the
		 * availability is dated from the day the simulator starts, so it never runs out.
		 */
		futureInventoryItems: [
			{ inventoryId: 9999999, productId: 217042, vendorId: 535, boxTypeId: 1, unitType: 'Stem', bunches: 10, from: dayFromToday(-1), to: dayFromToday(18), locationId: 147 },
			{ inventoryId: 9999998, productId: 3, vendorId: 33, boxTypeId: 2, unitType: 'Bunch', bunches: 8, from: dayFromToday(8), to: dayFromToday(10), locationId: 28 },
		],
		/** standing order id → its number, item ids, customer and dates */
		standingOrders: new Map<
			number,
			// locationId: the main location (147) when absent.
			{ number: string; itemIds: number[]; customerId: number; startDate: string; endDate?: string; cancelled: boolean; locationId?: number }
		>([
			[3228, { number: 'S03228', itemIds: [10611], customerId: 131313, startDate: '2022-04-13', endDate: '2027-12-31', cancelled: false }],
			[3301, { number: 'S03301', itemIds: [], customerId: 2001, startDate: '2026-01-05', endDate: '2026-06-30', cancelled: true, locationId: 28 }],
		]),
		next: {
			prebookId: 2543545,
			prebookItemId: 3427612,
			purchaseOrderId: 87820,
			purchaseOrderItemId: 282719,
			standingOrderItemId: 10612,
			boxCode: 73992893,
		},
		purchaseOrders: new Map<string, number>([['P02323', 87000]]),
		/** What purchase.order.list tells of the purchase orders. */
		purchaseOrderRecords: [
			{
				id: 87000, number: 'P02323', shipDate: '2026-12-03', vendorId: 535, status: 'Approved', itemIds: [7828],
				prebookNumber: '85063', customerId: 2001, customerPONumber: '2926', productId: 217042, lineStatus: 'Confirmed',
				available: { from: '2026-12-04', to: '2026-12-08' },
			},
			// For stock, no prebook behind it.
			{ id: 87001, number: 'P02324', shipDate: '2026-12-04', vendorId: 33, status: 'Confirmed by Farm', itemIds: [7829], productId: 3, lineStatus: 'Pending', locationId: 28 },
		] as PurchaseOrderRecord[],
		/** PO items that can be shipped on an AWB: the AWB page's sample 7828, and those created. */
		purchaseOrderItemIds: new Set<number>([7828]),
		shipments: [] as Array<{ poItemId: number; awb: string; boxCodes: string[] }>,
		/** Prebook lines a Vendor token "deleted": Komet sets their quantity to zero. */
		zeroedPrebookItems: new Set<number>(),
		/**
		 * How prebook.details.list answers a vendor ship window for a prebook whose lines fall in
		 * several windows, which Komet's pages leave open: whole (false), or with that window's
		 * lines only (true: a reader that keeps one window's version loses lines).
		 */
		linesOfWindowOnly: false,
		/** Invoices by id: the sync pages' sample 240989, confirmed and not yet synced. */
		invoices: new Map<number, Invoice>([
			[240989, { number: 10045, shipDate: '2026-12-02', customerId: 131313, subtotal: 1250.5, confirmed: true, synced: false, carrierId: 1360 }],
			[240990, { number: 10046, shipDate: '2026-12-09', customerId: 2001, subtotal: 310, confirmed: true, synced: true, carrierId: 1361, productId: 4401, locationId: 28, amountAsNumber: true }],
			[240991, { number: 10047, shipDate: '2026-12-20', customerId: 2002, subtotal: 99.9, confirmed: false, synced: false }],
		]),
	};
}

export type SimulatorState = ReturnType<typeof seed>;
