/**
 * Loading the node stays cheap (n8n loads every community node at start-up, in every worker;
 * the bench's loadMs times it): describing the node sets up no ICU collation and loads
 * none of the running half, and the cheaper ordering of options keeps the order the n8n
 * lint rule (localeCompare) asks for.
 */
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { byOptionName } from '../../nodes/KometSales/actions/common/options';
import { kometDescription } from '../harness/nodeTypes';

type Option = INodePropertyOptions | INodeProperties | INodePropertyCollection;

/** Every option name of every options list in a description, nested ones included. */
function optionNames(properties: Option[], names = new Set<string>()): Set<string> {
	for (const property of properties) {
		if ('name' in property && typeof property.name === 'string') names.add(property.name);
		if ('options' in property && Array.isArray(property.options)) optionNames(property.options as Option[], names);
		if ('values' in property && Array.isArray(property.values)) optionNames(property.values as Option[], names);
	}
	return names;
}

test('building the node description calls no localeCompare (its first call sets up ICU collation)', () => {
	const localeCompare = jest.spyOn(String.prototype, 'localeCompare');
	try {
		jest.isolateModules(() => {
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const { KometSales } = require('../../nodes/KometSales/KometSales.node');
			const node = new KometSales();
			for (const version of [1, 2]) expect(node.getNodeType(version).description.properties.length).toBeGreaterThan(0);
		});
		expect(localeCompare).not.toHaveBeenCalled();
	} finally {
		localeCompare.mockRestore();
	}
});

test('describing the node loads none of the running half (router, transport)', () => {
	const loaded: string[] = [];
	jest.isolateModules(() => {
		for (const path of ['../../nodes/KometSales/actions/router', '../../nodes/KometSales/transport/request']) {
			jest.doMock(path, () => {
				loaded.push(path);
				return {};
			});
		}
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { KometSales } = require('../../nodes/KometSales/KometSales.node');
		const node = new KometSales();
		for (const version of [1, 2]) expect(node.getNodeType(version).description.properties.length).toBeGreaterThan(0);
	});
	expect(loaded).toEqual([]);
});

test('byOptionName orders every option name of both versions as localeCompare does', () => {
	const names = [...new Set([...optionNames(kometDescription(1).properties), ...optionNames(kometDescription(2).properties)])];
	expect(names.length).toBeGreaterThan(50);
	const disagreements = names.flatMap((a) =>
		names.filter((b) => Math.sign(byOptionName({ name: a }, { name: b })) !== Math.sign(a.localeCompare(b))).map((b) => [a, b]),
	);
	expect(disagreements).toEqual([]);
});
