/**
 * Invoice → Get Many (invoice.details.list, with details, 4-day windows) and Get Many for
 * Accounting (invoice.accounting.details.list, headers, 31-day windows, filtered on the
 * external-system sync): common/windowedGetMany.ts splits a ship date range and merges.
 */
import type { INodeProperties } from 'n8n-workflow';

import { INVOICE_ACCOUNTING_WINDOW_DAYS, INVOICE_DETAILS_WINDOW_DAYS, INVOICE_LIST_TEXT } from '../../schemas';
import { invoiceAccountingDetailsList, invoiceDetailsList } from '../../transport/endpoints';
import { number, textsWithin } from '../common/fields';
import { locator } from '../common/locators';
import { windowedGetMany, type WindowKind } from '../common/windowedGetMany';

const filterText = textsWithin(INVOICE_LIST_TEXT);

const shipDates = (days: number): WindowKind => ({
	value: 'shipDate',
	name: 'Ship Date',
	days,
	fields: (start, end) => ({ orderDateFrom: start, orderDateTo: end }),
});

const statusFilter: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: [
		{ name: 'Confirmed', value: 1 },
		{ name: 'Pending Approval', value: 0 },
	],
	default: 1,
	description: 'Only invoices of this status; without this filter, all',
};

export const getMany = windowedGetMany({
	endpoint: invoiceDetailsList,
	kinds: [shipDates(INVOICE_DETAILS_WINDOW_DAYS)],
	rangeOf: 'ship dates',
	filters: [
		locator({ name: 'carrierId', displayName: 'Carrier', description: 'Only invoices with this carrier', searchListMethod: 'searchCarriers', listValue: 'id' }),
		filterText('Carrier Name', 'carrierName', 'Only invoices whose carrier name contains this text'),
		locator({ name: 'customerId', displayName: 'Customer', description: 'Only invoices of this customer', searchListMethod: 'searchCustomers', listValue: 'id' }),
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
		locator({ name: 'locationId', displayName: 'Location', description: 'Only invoices of this company location', searchListMethod: 'searchLocations', listValue: 'id' }),
		filterText('Product', 'product', 'Only invoices with a product whose description contains this text'),
		statusFilter,
	],
});

export const getManyForAccounting = windowedGetMany({
	endpoint: invoiceAccountingDetailsList,
	kinds: [shipDates(INVOICE_ACCOUNTING_WINDOW_DAYS)],
	rangeOf: 'ship dates',
	filters: [
		{
			displayName: 'Exclude Transfers',
			name: 'excludeTransfer',
			type: 'boolean',
			default: true,
			description: 'Whether transfer orders are listed by their header only',
		},
		filterText('Location IDs', 'locationIds', 'Only invoices of these company locations: IDs separated by colons (multi-location companies)'),
		statusFilter,
		{
			displayName: 'Sync With External System',
			name: 'externalSystemSynced',
			type: 'options',
			options: [
				{ name: 'Pending Synchronization', value: 0 },
				{ name: 'Synced', value: 1 },
			],
			default: 0,
			description: 'Only invoices pending synchronization with your accounting system, or only those already synced',
		},
	],
});
