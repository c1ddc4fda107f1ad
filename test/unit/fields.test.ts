/**
 * The editor's fields and the methods' schemas describe the same requests: every field of
 * every operation reaches a documented key, and every documented key can be reached from
 * the editor (the exceptions below say why not). Renaming a UI field, or adding a schema
 * key without a field, fails here.
 *
 * Each operation is read with every field filled with its own recognisable value, once
 * with resource locators By ID and once By Code (the two fill different keys). The limits the
 * editor states (characters, a number's least and largest value) and the choices it offers
 * are the ones the schema enforces.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { z } from 'zod/v4';

import { NODE_VERSIONS, resourcesFor, type Resources } from '../../nodes/KometSales/actions/versions';

/** Documented keys the walk below does not reach (it fills the first option of each field), by operation. */
const UNREACHABLE: Record<string, string> = {
	'prebook → getMany: vendorShipDateFrom': 'sent when Dates is Vendor Ship Date (test/operations/prebookGetMany.test.ts)',
	'prebook → getMany: vendorShipDateTo': 'the same',
	'invoice → getMany: orderDate': 'the node always sends windows (orderDateFrom/To), never a single date',
};

/** Editor fields deliberately not sent as such: they steer the node itself. */
const NOT_SENT: Record<string, string> = {
	returnAll: "Get Many's paging: Komet's lists answer whole, the node keeps the first Limit records",
	limit: "Get Many's paging",
	'prebook → getMany: dateKind': 'chooses which windows the range becomes',
	'prebook → getMany: dateFrom': "the range's start: sent as each window's date or vendorShipDateFrom",
	'prebook → getMany: dateTo': "the range's end",
	'invoice → getMany: dateFrom': "the range's start: sent as each window's orderDateFrom",
	'invoice → getMany: dateTo': "the range's end",
	'invoice → getManyForAccounting: dateFrom': "the range's start: sent as each window's orderDateFrom",
	'invoice → getManyForAccounting: dateTo': "the range's end",
	'purchaseOrder → getMany: dateFrom': "the range's start: sent as each call's date",
	'purchaseOrder → getMany: dateTo': "the range's end",
	'invoice → getPdf: binaryPropertyName': 'names the binary field the PDF leaves in',
	'prebook → createMultiple: fillCustomerDetails': "fills the customer's empty fields from Komet's lists before sending (test/operations/customerFill.test.ts)",
	'prebook → createMultiple: fillShipTo': 'the ship-to those fields are filled from',
};

type LocatorMode = 'id' | 'code';

interface Leaf {
	/** `Items › Item › Vendor Name` */
	label: string;
	name: string;
	/** The value filled in, found again in the request when the field reaches it. */
	value?: string | number;
	/** The limit the editor states: "(up to N characters)". */
	maxLength?: number;
	/** The field itself: its typeOptions (minValue, maxValue) and options. */
	property: INodeProperties;
}

const statedLimit = (text: string | undefined) => {
	const match = /\(up to (\d+) characters\)/.exec(text ?? '');
	return match ? Number(match[1]) : undefined;
};

function filler(mode: LocatorMode) {
	let counter = 100;
	const leaves: Leaf[] = [];
	const unique = () => ++counter;

	function fill(properties: INodeProperties[], label: string): IDataObject {
		const values: IDataObject = {};
		for (const property of properties) {
			// Fields of one name shown under different conditions (an item's Total Units for unit
			// and for box items) hold one value: the first is filled.
			if (property.name in values) continue;
			const value = fillOne(property, `${label}${property.displayName}`);
			if (value !== undefined) values[property.name] = value;
		}
		return values;
	}

	function fillOne(property: INodeProperties, label: string): IDataObject[string] | undefined {
		const leaf = (value?: string | number, maxLength?: number) => leaves.push({ label, name: property.name, value, maxLength, property });
		if (property.name.endsWith('Input') && property.type === 'options') return 'fields';
		switch (property.type) {
			case 'notice':
			case 'json':
				return undefined;
			case 'string': {
				// A date field (its placeholder says so) takes a date: the operation reads it as one.
				if (/^e\.g\. \d{4}-\d{2}-\d{2}$/.test(property.placeholder ?? '')) {
					leaf();
					return '2024-05-01';
				}
				// Short enough for the tightest limit (3-character box type codes), unique.
				const value = `q${unique().toString(36)}`;
				leaf(value, statedLimit(property.description));
				return value;
			}
			case 'number': {
				const value = unique();
				leaf(value);
				return value;
			}
			case 'dateTime':
				leaf();
				return '2024-05-01';
			case 'boolean':
				leaf();
				return true;
			case 'options':
				leaf();
				return (property.options?.[0] as { value: string | number }).value;
			case 'multiOptions':
				leaf();
				return [(property.options?.[0] as { value: string }).value];
			case 'resourceLocator': {
				const modes = (property.modes ?? []).map((entry) => entry.name);
				const chosen = modes.includes(mode) ? mode : 'list';
				const value = chosen === 'code' || !modes.includes('id') ? `q${unique().toString(36)}` : unique();
				const codeMode = property.modes?.find((entry) => entry.name === 'code');
				leaf(value, chosen === 'code' ? statedLimit(codeMode?.hint) : undefined);
				return { __rl: true, mode: chosen, value };
			}
			case 'collection':
				return fill((property.options ?? []) as INodeProperties[], `${label} › `);
			case 'fixedCollection': {
				const groups = (property.options ?? []) as Array<{ name: string; displayName: string; values: INodeProperties[] }>;
				// One value per group (Billing Address, Shipping Address): every group filled.
				if (property.typeOptions?.multipleValues === false) {
					return Object.fromEntries(groups.map((group) => [group.name, fill(group.values, `${label} › ${group.displayName} › `)]));
				}
				const [entry] = groups;
				return { [entry.name]: [fill(entry.values, `${label} › ${entry.displayName} › `)] };
			}
			default:
				throw new Error(`${label}: no filler for type ${property.type}`);
		}
	}
	return { fill, leaves };
}

interface Walked {
	version: number;
	resource: string;
	name: string;
	operation: Resources[string][string];
}

function read({ version, resource, name, operation }: Walked, mode: LocatorMode) {
	const { fill, leaves } = filler(mode);
	const parameters: IDataObject = { resource, operation: name, ...fill(operation.properties, '') };
	const context = {
		getNodeParameter: (key: string, _itemIndex: number, fallback?: unknown) => parameters[key] ?? fallback,
		getNode: () => ({ name: 'Komet Sales', typeVersion: version }),
	} as unknown as IExecuteFunctions;
	// One request per item here: every date field holds the same day, so a range is one window.
	const raw = operation.readRequest(context, 0);
	return { raw: (Array.isArray(raw) ? raw[0] : raw) as IDataObject, leaves };
}

/** `items[].breakdowns[].cost` for every key of a request (arrays written `[]`). */
function keyPaths(value: unknown, prefix = ''): string[] {
	if (Array.isArray(value)) return value.flatMap((entry) => keyPaths(entry, `${prefix}[]`));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, entry]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		return [path, ...keyPaths(entry, path)];
	});
}

/** Where a filled-in value ended up in the request: `['items', 0, 'markCode']`. */
function pathOf(haystack: unknown, needle: unknown, path: Array<string | number> = []): Array<string | number> | undefined {
	if (haystack === needle) return path;
	if (typeof haystack !== 'object' || haystack === null) return undefined;
	for (const [key, entry] of Object.entries(haystack)) {
		const found = pathOf(entry, needle, [...path, Array.isArray(haystack) ? Number(key) : key]);
		if (found) return found;
	}
	return undefined;
}

function withValueAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
	if (path.length === 0) return replacement;
	const [head, ...rest] = path;
	const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
	copy[head] = withValueAt(copy[head], rest, replacement);
	return copy;
}

/** Where a key of this name is in the request: `['items', 0, 'unitType']`. */
function pathOfKey(haystack: unknown, key: string, path: Array<string | number> = []): Array<string | number> | undefined {
	if (typeof haystack !== 'object' || haystack === null) return undefined;
	if (!Array.isArray(haystack) && key in haystack) return [...path, key];
	for (const [entryKey, entry] of Object.entries(haystack)) {
		const found = pathOfKey(entry, key, [...path, Array.isArray(haystack) ? Number(entryKey) : entryKey]);
		if (found) return found;
	}
	return undefined;
}

const containsValue = (haystack: unknown, needle: string | number): boolean =>
	haystack === needle ||
	(typeof haystack === 'object' && haystack !== null && Object.values(haystack).some((entry) => containsValue(entry, needle)));

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema itself, looking through optional, preprocess and transforms (as schemaPaths does). */
function unwrapped(schema: z.ZodType): z.ZodType {
	const def = defOf(schema);
	if (def.type === 'pipe') {
		const out = def.out as z.ZodType;
		return unwrapped(defOf(out).type === 'transform' ? (def.in as z.ZodType) : out);
	}
	if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return unwrapped(def.innerType as z.ZodType);
	return schema;
}

/** The schema of the value at a request path (line numbers step into arrays). */
function schemaAt(schema: z.ZodType, path: Array<string | number>): z.ZodType | undefined {
	if (path.length === 0) return schema;
	const [step, ...rest] = path;
	const def = defOf(unwrapped(schema));
	if (typeof step === 'number') return def.type === 'array' ? schemaAt(def.element as z.ZodType, rest) : undefined;
	const entry = def.type === 'object' ? (def.shape as Record<string, z.ZodType>)[step] : undefined;
	return entry && schemaAt(entry, rest);
}

/** The values an enumeration takes (`oneOf`, a flag's 0 and 1), of a list's entries too; undefined for anything else. */
function enumValues(schema: z.ZodType): Array<string | number> | undefined {
	const def = defOf(unwrapped(schema));
	switch (def.type) {
		case 'enum':
			return Object.values(def.entries as Record<string, string | number>);
		case 'literal':
			return def.values as Array<string | number>;
		case 'union': {
			const values = (def.options as z.ZodType[]).map(enumValues);
			return values.every(Boolean) ? values.flatMap((entry) => entry as Array<string | number>) : undefined;
		}
		case 'array':
			return enumValues(def.element as z.ZodType);
		default:
			return undefined;
	}
}

const sameValues = (a: Array<string | number>, b: Array<string | number>) =>
	JSON.stringify([...new Set(a.map(String))].sort()) === JSON.stringify([...new Set(b.map(String))].sort());

/** The documented key paths of a schema, looking through optional, preprocess and refinements. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
	const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
	switch (def.type) {
		case 'pipe': {
			const out = def.out as z.ZodType;
			const outType = (out as unknown as { _zod: { def: { type: string } } })._zod.def.type;
			return schemaPaths(outType === 'transform' ? (def.in as z.ZodType) : out, prefix);
		}
		case 'optional':
		case 'nullable':
		case 'default':
			return schemaPaths(def.innerType as z.ZodType, prefix);
		case 'array':
			return schemaPaths(def.element as z.ZodType, `${prefix}[]`);
		case 'object':
			return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, entry]) => {
				const path = prefix ? `${prefix}.${key}` : key;
				return [path, ...schemaPaths(entry, path)];
			});
		default:
			return [];
	}
}

const operations = NODE_VERSIONS.flatMap((version) =>
	Object.entries(resourcesFor(version)).flatMap(([resource, byName]) =>
		Object.entries(byName).map(([name, operation]) => [`v${version} ${resource} → ${name}`, { version, resource, name, operation }] as const),
	),
);

describe.each(operations)('%s', (_title, walked) => {
	const { operation } = walked;
	const name = `${walked.resource} → ${walked.name}`;
	const byId = read(walked, 'id');
	const byCode = read(walked, 'code');
	const reached = new Set([...keyPaths(byId.raw), ...keyPaths(byCode.raw)]);

	test('every editor field reaches the request', () => {
		const lost = byId.leaves
			.map((leaf, index) => [leaf, byCode.leaves[index]] as const)
			.filter(([leaf]) => !(leaf.name in NOT_SENT) && !(`${name}: ${leaf.name}` in NOT_SENT))
			.filter(([leaf, codeLeaf]) =>
				leaf.value === undefined
					? ![...reached].some((path) => path === leaf.name || path.endsWith(`.${leaf.name}`) || path.startsWith(leaf.name))
					: !containsValue(byId.raw, leaf.value) && !containsValue(byCode.raw, codeLeaf.value as string | number),
			)
			.map(([leaf]) => `${leaf.label} (${leaf.name})`);
		expect(lost).toEqual([]);
	});

	test('every request key is documented, and every documented key is reachable from the editor', () => {
		const documented = schemaPaths(operation.endpoint.schema());
		expect([...reached].filter((path) => !documented.includes(path))).toEqual([]);
		expect(documented.filter((path) => !reached.has(path) && !(`${name}: ${path}` in UNREACHABLE))).toEqual([]);
	});

	test('every limit the editor states is the one the schema enforces', () => {
		const stated = [...byId.leaves, ...byCode.leaves].filter((leaf) => leaf.maxLength !== undefined);
		const schema = operation.endpoint.schema();
		const lengthIssue = (raw: unknown, path: Array<string | number>) =>
			schema
				.safeParse(raw)
				.error?.issues.some((issue) => issue.path.join('.') === path.join('.') && /characters/.test(issue.message)) ?? false;
		const disagreements = stated.flatMap((leaf) => {
			const raw = containsValue(byId.raw, leaf.value as string) ? byId.raw : byCode.raw;
			const path = pathOf(raw, leaf.value);
			if (!path) return [`${leaf.label}: not in the request`];
			const limit = leaf.maxLength as number;
			const atLimit = lengthIssue(withValueAt(raw, path, 'x'.repeat(limit)), path);
			const overLimit = lengthIssue(withValueAt(raw, path, 'x'.repeat(limit + 1)), path);
			return !atLimit && overLimit ? [] : [`${leaf.label}: the editor says ${limit} characters, the schema disagrees`];
		});
		expect([...new Set(disagreements)]).toEqual([]);
	});

	test("every least and largest number and every choice the editor offers is the schema's", () => {
		const schema = operation.endpoint.schema();
		const raw = byId.raw;
		/** Whether the schema takes this value at this path (other fields' problems aside). */
		const takes = (path: Array<string | number>, value: unknown) =>
			!(schema.safeParse(withValueAt(raw, path, value)).error?.issues.some((issue) => issue.path.join('.') === path.join('.')) ?? false);
		const disagreements = byId.leaves.flatMap((leaf): string[] => {
			const { property } = leaf;
			if (leaf.name in NOT_SENT || `${name}: ${leaf.name}` in NOT_SENT) return [];
			if (property.type === 'number') {
				const { minValue, maxValue, numberPrecision } = (property.typeOptions ?? {}) as { minValue?: number; maxValue?: number; numberPrecision?: number };
				if (minValue === undefined && maxValue === undefined) return [];
				const path = pathOf(raw, leaf.value);
				if (!path) return [`${leaf.label}: not in the request`];
				const step = numberPrecision === undefined ? 1 : 10 ** -numberPrecision;
				const problems: string[] = [];
				if (minValue !== undefined && !(takes(path, minValue) && !takes(path, minValue - step))) {
					problems.push(`${leaf.label}: the editor's least value is ${minValue}, the schema disagrees`);
				}
				if (maxValue !== undefined && !(takes(path, maxValue) && !takes(path, maxValue + step))) {
					problems.push(`${leaf.label}: the editor's largest value is ${maxValue}, the schema disagrees`);
				}
				const base = minValue ?? 0;
				if (numberPrecision !== undefined && !(takes(path, base + step) && !takes(path, base + step / 10))) {
					problems.push(`${leaf.label}: the editor takes ${numberPrecision} decimal places, the schema disagrees`);
				}
				return problems;
			}
			if (property.type !== 'options' && property.type !== 'multiOptions') return [];
			// Choices that steer the node (Input: Define Below / JSON) are not request values.
			if (property.name.endsWith('Input')) return [];
			const path = pathOfKey(raw, leaf.name);
			if (!path) return [`${leaf.label}: not in the request under its name`];
			const offered = ((property.options ?? []) as Array<{ value: string | number }>).map((option) => option.value);
			const asSent = (value: string | number) => (property.type === 'multiOptions' ? [value] : value);
			const problems = offered.filter((value) => !takes(path, asSent(value))).map((value) => `${leaf.label}: the schema refuses the choice ${JSON.stringify(value)}`);
			const defaults = property.type === 'multiOptions' ? (property.default as Array<string | number>) : [property.default as string | number];
			if (defaults.some((value) => !offered.includes(value))) problems.push(`${leaf.label}: the default is not one of the choices`);
			const documented = enumValues(schemaAt(schema, path) ?? schema);
			if (documented) {
				if (!sameValues(offered, documented)) problems.push(`${leaf.label}: the editor offers ${JSON.stringify(offered)}, the schema takes ${JSON.stringify(documented)}`);
			} else if (offered.every((value) => typeof value === 'number')) {
				// A range of whole numbers (Recurrence: 1 to 4 weeks): the schema takes nothing beyond it.
				const numbers = offered as number[];
				if (takes(path, Math.min(...numbers) - 1) || takes(path, Math.max(...numbers) + 1)) {
					problems.push(`${leaf.label}: the schema takes numbers beyond the editor's ${Math.min(...numbers)} to ${Math.max(...numbers)}`);
				}
			} else {
				problems.push(`${leaf.label}: the schema has no choices to hold the editor's against`);
			}
			return problems;
		});
		expect([...new Set(disagreements)]).toEqual([]);
	});
});
