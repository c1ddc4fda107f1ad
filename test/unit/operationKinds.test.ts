/**
 * The operation contract (actions/common/operation.ts): every operation is a NodeOperation of
 * one kind, and has the hooks of its kind and no other kind's, in both node versions.
 */
import { NodeOperation, type KometOperation } from '../../nodes/KometSales/actions/common/operation';
import { NODE_VERSIONS, resourcesFor } from '../../nodes/KometSales/actions/versions';

const operations = NODE_VERSIONS.flatMap((version) =>
	Object.entries(resourcesFor(version)).flatMap(([resource, byName]) =>
		Object.entries(byName).map(([name, operation]): [string, KometOperation] => [`v${version} ${resource}/${name}`, operation]),
	),
);

/** Komet answers these line by line; these are read over date windows; every other operation is answered as a whole. */
const PER_LINE = ['box/updateExternalCodes', 'prebook/createMultiple', 'purchaseOrder/createMixed', 'standingOrder/update'];
const BATCHING = ['box/updateExternalCodes', 'prebook/createMultiple'];
const WINDOWED = ['invoice/getMany', 'invoice/getManyForAccounting', 'prebook/getMany', 'prebook/getManyHeaders', 'purchaseOrder/getMany'];

const expectedKind = (label: string) => {
	const operation = label.split(' ')[1];
	return PER_LINE.includes(operation) ? 'perLine' : WINDOWED.includes(operation) ? 'windowedRead' : 'wholeCall';
};

test.each(operations)('%s is a NodeOperation of its kind, with that kind’s hooks only', (label, operation) => {
	expect(operation).toBeInstanceOf(NodeOperation);
	expect(operation.kind).toBe(expectedKind(label));
	expect(typeof operation.readRequest).toBe('function');
	const has = (hook: string) => Reflect.get(operation, hook) !== undefined;
	expect({ lines: has('lines'), lineOutput: has('lineOutput'), batching: has('batching'), readWindows: has('readWindows') }).toEqual({
		lines: operation.kind === 'perLine',
		lineOutput: operation.kind === 'perLine',
		batching: BATCHING.includes(label.split(' ')[1]),
		readWindows: operation.kind === 'windowedRead',
	});
	if (operation.kind === 'windowedRead') expect(typeof operation.limitOf).toBe('function');
});

test('version 2 shows its own fields and keeps version 1’s hooks', () => {
	const v1 = resourcesFor(1).box.updateExternalCodes;
	const v2 = resourcesFor(2).box.updateExternalCodes;
	expect(v2.kind).toBe(v1.kind);
	expect(v2.kind === 'perLine' && v1.kind === 'perLine' && v2.lines === v1.lines && v2.lineOutput === v1.lineOutput).toBe(true);
	const prebookV2 = resourcesFor(2).prebook.getMany;
	expect(prebookV2.properties.map((property) => property.name)).not.toEqual(resourcesFor(1).prebook.getMany.properties.map((property) => property.name));
	expect(prebookV2.readRequest).toBe(resourcesFor(1).prebook.getMany.readRequest);
});
