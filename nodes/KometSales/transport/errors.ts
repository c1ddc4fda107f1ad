/**
 * A failure of a Komet call, before it is tied to an n8n node and item.
 * Messages are built only from Komet's answer and our own words, with the token
 * redacted, because n8n shows and stores errors (execution data, logs).
 */
export class KometCallError extends Error {
	constructor(
		message: string,
		readonly details: {
			description?: string;
			httpCode?: number;
			/** What Komet answered, redacted and trimmed, for the error's details panel. */
			response?: unknown;
			/** True when the request provably never reached Komet (safe to retry a create). */
			notSent?: boolean;
		} = {},
	) {
		super(message);
		this.name = 'KometCallError';
	}
}

export function redact(text: string, secret: string | undefined): string {
	return secret ? text.split(secret).join('***') : text;
}

/** Deep copy of a JSON value with every occurrence of the secret replaced. */
export function redactValue<T>(value: T, secret: string | undefined): T {
	if (!secret) return value;
	if (typeof value === 'string') return redact(value, secret) as T;
	if (Array.isArray(value)) return value.map((entry) => redactValue(entry, secret)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, entry]) => [key, redactValue(entry, secret)]),
		) as T;
	}
	return value;
}
