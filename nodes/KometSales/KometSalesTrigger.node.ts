import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { credentialTest } from './methods/credentialTest';
import { listSearch } from './methods/listSearch';
import { poll } from './trigger/poll';
import { TriggerPropertyList } from './trigger/pollTimes';
import { triggerProperties } from './trigger/properties';
import { triggerSubtitle } from './trigger/subtitle';

export class KometSalesTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Komet Sales Trigger',
		name: 'kometSalesTrigger',
		icon: { light: 'file:kometSales.svg', dark: 'file:kometSales.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: triggerSubtitle(),
		// n8n's node creator shows one "Komet Sales" entry for both nodes, with the trigger's
		// description (its generateMergedNodesAndActions): it says what both do.
		description:
			'Create, update and read prebooks, purchase orders, standing orders, box codes and invoices in Komet Sales, or start a workflow when prebooks change, invoices are ready to sync or purchase orders appear',
		defaults: { name: 'Komet Sales Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'kometSalesApi', required: true, testedBy: 'kometSalesApiTest' }],
		properties: TriggerPropertyList.holding(triggerProperties),
	};

	methods = { listSearch, credentialTest };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await poll(this);
	}
}
