import { defineResource } from '../common/resource';
import { addAwb } from './addAwb.operation';
import { createMixed } from './createMixed.operation';
import { getMany } from './getMany.operation';

export const { operations, operationSelector } = defineResource(
	'purchaseOrder',
	[
		{
			value: 'createMixed',
			name: 'Create Mixed',
			description:
				'Create a purchase order to a grower with mixed boxes, filling prebook lines (prebookItemId) or standalone; each result has the purchaseOrderItemId (purchase.order.mixed.create)',
			action: 'Create a purchase order to a grower (mixed boxes)',
			operation: createMixed,
		},
		{
			value: 'getMany',
			name: 'Get Many',
			description:
				'List purchase orders with their lines (PO item IDs) for a range of vendor ship dates, one request per date, or by PO numbers (purchase.order.list)',
			action: 'Get many purchase orders with their lines',
			operation: getMany,
		},
		{
			value: 'addAwb',
			name: 'Add AWB',
			description:
				'Ship a purchase order item (by its PO item ID) on an air waybill, with its box codes (purchase.order.item.awb.add)',
			action: 'Add an air waybill (AWB) to a purchase order item',
			operation: addAwb,
		},
	],
	'createMixed',
);
