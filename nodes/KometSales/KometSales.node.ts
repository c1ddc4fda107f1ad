import { VersionedNodeType, type INodeTypeBaseDescription } from 'n8n-workflow';

import { LATEST_VERSION, NODE_VERSIONS } from './actions/versions';
import { KometSalesVersion } from './KometSalesVersion';

/** Komet Sales, in every version a saved workflow may use (actions/versions.ts). */
export class KometSales extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'Komet Sales',
			name: 'kometSales',
			icon: { light: 'file:kometSales.svg', dark: 'file:kometSales.dark.svg' },
			group: ['output'],
			description:
				'Create, update and read prebooks, purchase orders, standing orders, box codes and invoices, and look up customers, products and growers in the Komet Sales ERP of the floral trade',
			defaultVersion: LATEST_VERSION,
		};
		super(Object.fromEntries(NODE_VERSIONS.map((version) => [version, new KometSalesVersion(baseDescription, version)])), baseDescription);
	}
}
