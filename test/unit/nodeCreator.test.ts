import { KometSales } from '../../nodes/KometSales/KometSales.node';
import { KometSalesTrigger } from '../../nodes/KometSales/KometSalesTrigger.node';

// n8n's node creator (n8n-editor-ui, generateMergedNodesAndActions) lists a node and its
// "<name>Trigger" as one entry, named after the node, whose description is the trigger's.
describe("the node creator's one Komet Sales entry", () => {
	const trigger = new KometSalesTrigger().description;
	const node = new KometSales();

	test('is one entry: the trigger is named after the node', () => {
		expect(trigger.name.replace('Trigger', '')).toBe(node.description.name);
	});

	test("its description (the trigger's) says what the actions do, not only what starts a workflow", () => {
		expect(trigger.description).toMatch(/^Create, update and read prebooks/);
		expect(trigger.description).toMatch(/start a workflow when prebooks change/);
	});
});
