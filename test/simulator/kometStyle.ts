/** Small helpers that make the simulator answer the way Komet does. */
export type Json = Record<string, unknown>;

export interface MethodResult {
	httpStatus?: number;
	body: Json;
}

export const failure = (message: string, httpStatus = 200): MethodResult => ({
	httpStatus,
	body: { status: '0', message },
});

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** Komet accepts numbers as numbers or numeric strings (its own samples send both). */
export const asInt = (value: unknown): number | undefined => {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
};

/** The first documented required field that is missing, in Komet's wording. */
export function missingField(body: Json, fields: string[]): string | undefined {
	const missing = fields.find((field) => isBlank(body[field]));
	return missing && `The field ${missing} is required.`;
}

export const equalsIgnoreCase = (a: unknown, b: string) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
