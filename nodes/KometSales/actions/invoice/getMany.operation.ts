/**
 * Invoice → Get Many (invoice.details.list, with details, 4-day windows) and Get Many for
 * Accounting (invoice.accounting.details.list, headers, 31-day windows, filtered on the
 * external-system sync): common/windowedGetMany.ts splits a ship date range and merges.
 */
import { ACCOUNTING_WINDOWS, INVOICE_ACCOUNTING_LIST_TEXT, invoiceAccountingDetailsList } from '../../komet/invoiceAccountingDetailsList';
import { INVOICE_DETAILS_WINDOWS, INVOICE_LIST_TEXT, invoiceDetailsList } from '../../komet/invoiceDetailsList';
import { number, textsWithin } from '../common/fields';
import { oneOrZero } from '../common/options';
import { carrierFilter, customerFilter, locationFilter } from '../common/listFields';
import { windowedGetMany } from '../common/windowedGetMany';

const filterText = textsWithin(INVOICE_LIST_TEXT);

const statusFilter = oneOrZero('Status', 'status', 'Confirmed', 'Pending Approval', 'Only invoices of this status; without this filter, all');

export const getMany = windowedGetMany({
	endpoint: invoiceDetailsList,
	kinds: INVOICE_DETAILS_WINDOWS,
	rangeOf: 'ship dates',
	filters: [
		carrierFilter('Only invoices with this carrier'),
		filterText('Carrier Name', 'carrierName', 'Only invoices whose carrier name contains this text'),
		customerFilter('Only invoices of this customer'),
		filterText('Customer Name or Code', 'customer', 'Only invoices whose customer name or code contains this text'),
		{
			displayName: 'Include K2K Mapping',
			name: 'includeMappingK2k',
			type: 'boolean',
			default: true,
			description: "Whether K2K orders include the buyer's company ID and PO item ID",
		},
		number('Invoice ID', 'orderId', 'Only the invoice (order) with this Komet internal ID'),
		number('Invoice Number', 'order', 'Only the invoice (order) with this number'),
		locationFilter('Only invoices of this company location'),
		filterText('Product', 'product', 'Only invoices with a product whose description contains this text'),
		statusFilter,
	],
});

export const getManyForAccounting = windowedGetMany({
	endpoint: invoiceAccountingDetailsList,
	kinds: ACCOUNTING_WINDOWS,
	rangeOf: 'ship dates',
	filters: [
		{
			displayName: 'Exclude Transfers',
			name: 'excludeTransfer',
			type: 'boolean',
			default: true,
			description: 'Whether transfer orders are listed by their header only',
		},
		textsWithin(INVOICE_ACCOUNTING_LIST_TEXT)('Location IDs', 'locationIds', 'Only invoices of these company locations: IDs separated by colons (multi-location companies)'),
		statusFilter,
		oneOrZero(
			'Sync With External System',
			'externalSystemSynced',
			'Synced',
			'Pending Synchronization',
			'Only invoices pending synchronization with your accounting system, or only those already synced',
			0,
		),
	],
});
