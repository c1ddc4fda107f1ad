/** Standing Order → Get Many (standing.order.list): standing orders in a date range, one item each. */
import { STANDING_ORDER_LIST_TEXT, STANDING_ORDER_STATUSES, standingOrderList } from '../../komet/standingOrderList';
import { textsWithin } from '../common/fields';
import { customerFilter, locationFilter } from '../common/listFields';
import { dateRange, getManyOperation } from '../reference/getMany.operation';

const filterText = textsWithin(STANDING_ORDER_LIST_TEXT);

export const getMany = getManyOperation(
	standingOrderList,
	[
		customerFilter('Only standing orders of this customer'),
		filterText('Customer Name or Code', 'customer', 'Only standing orders whose customer name or code contains this text'),
		locationFilter('Only standing orders of this company location'),
		filterText('Number', 'number', 'Only the standing order with this number'),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: STANDING_ORDER_STATUSES.map((status) => ({ name: status, value: status })),
			default: 'Active',
			description: 'Which standing orders to list; without this filter Komet lists the active ones',
		},
	],
	dateRange('Start of the date range (Komet does not document which date of the standing order it filters on)', 'End of the date range'),
	{ paging: true },
);
