/**
 * Purchase Order → Get Many (purchase.order.list): purchase orders with their lines for a
 * range of vendor ship dates, one request per date (the method takes a single date).
 */
import { PO_AVAILABILITY_DAYS, PO_LIST_TEXT, PO_STATUSES, PO_WINDOWS, purchaseOrderList } from '../../komet/purchaseOrderList';
import { date, textsWithin } from '../common/fields';
import { customerFilter, locationFilter, vendorFilter } from '../common/listFields';
import { windowedGetMany } from '../common/windowedGetMany';

const filterText = textsWithin(PO_LIST_TEXT);

export const getMany = windowedGetMany({
	endpoint: purchaseOrderList,
	kinds: PO_WINDOWS,
	rangeOf: 'vendor ship dates',
	rangeOptionalWith: { name: 'number', displayName: 'Filters → Numbers' },
	filters: [
		customerFilter('Only purchase orders for this customer'),
		date(
			'Future Inventory Available From',
			'futureInventoryAvailableFrom',
			`Only purchase orders of future inventory available in a window from this date (with Available To; at most ${PO_AVAILABILITY_DAYS} days)`,
		),
		date('Future Inventory Available To', 'futureInventoryAvailableTo', 'Last day of the future inventory availability window'),
		filterText('Customer PO Number', 'customerPONumber', "Only purchase orders with this customer's PO number"),
		locationFilter('Only purchase orders of this company location'),
		{
			displayName: 'Numbers',
			name: 'number',
			type: 'string',
			default: '',
			placeholder: 'e.g. P02323, P02324',
			description: `Only these purchase orders: PO numbers (up to ${PO_LIST_TEXT.number} characters each) separated by commas`,
		},
		filterText('Origin', 'origin', 'Only purchase orders from this origin, e.g. BOG, MDE'),
		filterText('PO Item IDs', 'purchaseOrderItemIds', 'Only these PO lines: PO item IDs separated by commas'),
		filterText('Prebook Number', 'prebook', 'Only purchase orders of this prebook'),
		filterText('Product', 'product', 'Only purchase orders with a product whose description contains this text'),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: PO_STATUSES.map((status) => ({ name: status, value: status })),
			default: 'Approved',
			description: 'Only purchase orders of this status; without this filter, all (Pending Approval included)',
		},
		{
			displayName: 'Line Status',
			name: 'statusLine',
			type: 'string',
			default: '',
			placeholder: 'e.g. Confirmed',
			description: 'Only lines of this status: Pending, Confirmed, Cancelled, …',
		},
		vendorFilter('Only purchase orders to this grower'),
		filterText('Vendor Name or Code', 'vendor', 'Only purchase orders to growers whose name or code contains this text'),
	],
});
