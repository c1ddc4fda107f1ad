import { defineResource } from '../common/resource';
import { addAwb } from './addAwb.operation';
import { createMixed } from './createMixed.operation';

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
			value: 'addAwb',
			name: 'Add AWB',
			description: 'Ship a purchase order item on an air waybill, with its box codes (purchase.order.item.awb.add)',
			action: 'Add an AWB to a purchase order item',
			operation: addAwb,
		},
	],
	'createMixed',
);
