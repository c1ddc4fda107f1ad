/** The canvas subtitle says the operation and resource as the user picked them. */
import { Workflow, type INode } from 'n8n-workflow';

import { KOMET_NODE, kometDescription, TestNodeTypes } from '../harness/nodeTypes';

const description = kometDescription();

function subtitleFor(resource: string, operation: string) {
	const node: INode = {
		id: 'komet',
		name: 'Komet Sales',
		type: KOMET_NODE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource, operation },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: new TestNodeTypes() });
	return workflow.expression.getSimpleParameterValue(node, description.subtitle, 'manual', {});
}

test.each([
	['prebook', 'createMultiple', 'Create Multiple: Prebook'],
	['prebook', 'addFutureItem', 'Add Future Inventory Item: Prebook'],
	['purchaseOrder', 'createMixed', 'Create Mixed: Purchase Order'],
	['box', 'updateExternalCodes', 'Update External Codes: Box'],
	['shipTo', 'getMany', 'Get Many: Ship-To'],
])('%s / %s → %s', (resource, operation, expected) => expect(subtitleFor(resource, operation)).toBe(expected));

test('every resource and operation has a subtitle', () => {
	const operations = description.properties.filter((property) => property.name === 'operation');
	for (const property of operations) {
		for (const resource of property.displayOptions?.show?.resource ?? []) {
			for (const option of property.options as Array<{ value: string; name: string }>) {
				expect(subtitleFor(String(resource), option.value)).toMatch(new RegExp(`^${option.name}: `));
			}
		}
	}
});
