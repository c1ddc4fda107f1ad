import {
	NodeConnectionTypes,
	NodeHelpers,
	type IDataObject,
	type IExecuteFunctions,
	type INodeType,
	type INodeTypeDescription,
	type INodeTypes,
	type IVersionedNodeType,
} from 'n8n-workflow';

import { KometSales } from '../../nodes/KometSales/KometSales.node';

/** n8n-nodes-base is not installed for tests: a start node that passes its input through. */
export class ManualTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Starts the test workflow',
		defaults: { name: 'Manual Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions) {
		return [this.getInputData()];
	}
}

export const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';
/** The type name n8n gives a node loaded from N8N_CUSTOM_EXTENSIONS. */
export const KOMET_NODE = 'CUSTOM.kometSales';

/** The description of one version of Komet Sales, as n8n gives it to the editor (the latest by default). */
export const kometDescription = (version?: number): INodeTypeDescription => new KometSales().getNodeType(version).description;

export class TestNodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType | IVersionedNodeType>;

	/** The manual trigger and Komet Sales, and any other types given. */
	constructor(extra: Record<string, INodeType | IVersionedNodeType> = {}) {
		this.types = { [MANUAL_TRIGGER]: new ManualTrigger(), [KOMET_NODE]: new KometSales(), ...extra };
	}

	getByName(name: string) {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown node type: ${name}`);
		return type;
	}

	getByNameAndVersion(name: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(name), version);
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}
