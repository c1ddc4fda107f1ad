/**
 * A validator of the JSON Schema subset the node's output schemas use (nodes/KometSales/
 * outputSchemas): `type` (one name or a list), `properties`, `required`, `items`, `enum`,
 * and the annotations `$schema` and `description`. Any other keyword is an error of the
 * schema, so a schema cannot rely on something this validator would silently skip.
 *
 * Objects that declare `properties` are closed: a field the schema does not name is an error
 * (the schema must describe everything the node outputs). An object schema without
 * `properties` stands for fields Komet does not document and accepts any.
 */
export interface JsonSchema {
	$schema?: string;
	description?: string;
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	enum?: unknown[];
}

const KEYWORDS = new Set(['$schema', 'description', 'type', 'properties', 'required', 'items', 'enum']);
const TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
	if (type === 'integer') return typeof value === 'number' && Number.isInteger(value);
	if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
	return typeOf(value) === type;
}

/** Problems of the schema itself: unknown keywords or types, `required` naming no property. */
export function schemaProblems(schema: JsonSchema, path = '#'): string[] {
	const problems: string[] = [];
	for (const keyword of Object.keys(schema)) if (!KEYWORDS.has(keyword)) problems.push(`${path}: unsupported keyword "${keyword}"`);
	const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
	for (const type of types) if (!TYPES.has(type)) problems.push(`${path}: unknown type "${type}"`);
	for (const name of schema.required ?? []) {
		if (!schema.properties || !(name in schema.properties)) problems.push(`${path}: requires "${name}", which it does not describe`);
	}
	for (const [name, inner] of Object.entries(schema.properties ?? {})) problems.push(...schemaProblems(inner, `${path}/properties/${name}`));
	if (schema.items) problems.push(...schemaProblems(schema.items, `${path}/items`));
	return problems;
}

/** Where the value breaks the schema, one line per problem, with the path in the value (`details[0].amount`). */
export function validate(schema: JsonSchema, value: unknown, path = '$'): string[] {
	const types = schema.type === undefined ? undefined : ([] as string[]).concat(schema.type);
	if (types && !types.some((type) => matchesType(value, type))) {
		return [`${path}: is ${typeOf(value)} ${JSON.stringify(value)?.slice(0, 40)}, the schema says ${types.join(' or ')}`];
	}
	if (schema.enum && !schema.enum.some((allowed) => allowed === value)) {
		return [`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
	}
	const problems: string[] = [];
	if (typeOf(value) === 'object') {
		// A key whose value is undefined is not output: n8n saves and shows items as JSON, which drops it.
		const record = Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, inner]) => inner !== undefined));
		for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${path}: the schema requires "${name}", which the output lacks`);
		if (schema.properties) {
			for (const [name, inner] of Object.entries(record)) {
				const described = schema.properties[name];
				if (!described) problems.push(`${path}.${name}: output by the node, missing from the schema`);
				else problems.push(...validate(described, inner, `${path}.${name}`));
			}
		}
	}
	if (Array.isArray(value) && schema.items) value.forEach((entry, index) => problems.push(...validate(schema.items as JsonSchema, entry, `${path}[${index}]`)));
	return problems;
}
