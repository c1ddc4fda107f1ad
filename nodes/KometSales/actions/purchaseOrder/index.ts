import { defineResource } from '../common/resource';
import { addAwb } from './addAwb.operation';
import { createMixed } from './createMixed.operation';
import { getMany } from './getMany.operation';

export const { operations, description } = defineResource(
	'purchaseOrder',
	[
		{
			value: 'createMixed',
			name: 'Create Mixed',
			description: 'Create a purchase order to a grower with mixed boxes, for prebook lines or standalone (purchase.order.mixed.create)',
			action: 'Create a mixed purchase order',
			operation: createMixed,
		},
		{
			value: 'getMany',
			name: 'Get Many',
			description: 'List purchase orders with their lines for a range of vendor ship dates (purchase.order.list, one request per date)',
			action: 'Get many purchase orders',
			operation: getMany,
		},
		{
			value: 'addAwb',
			name: 'Add AWB',
			description: 'Ship a purchase order item on an air waybill, with its box codes (purchase.order.item.awb.add)',
			action: 'Add an AWB to a purchase order item',
			operation: addAwb,
		},
	],
	'createMixed',
);
