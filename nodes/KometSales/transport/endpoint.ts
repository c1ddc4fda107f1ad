import type { z } from 'zod/v4';

/** Where a Komet method expects the token (shared/komet-api/README.md, "Where the token goes"). */
export type TokenPlacement = 'body' | 'query' | 'header';

/** One Komet API method: its wire address, token placement and request schema. */
export interface KometEndpoint<Schema extends z.ZodType = z.ZodType> {
	/** Method name as in the URL, relative to the base URL: `box.externalcode.update`, `v2/standing-order`. */
	path: string;
	httpMethod: 'GET' | 'POST' | 'PUT';
	token: TokenPlacement;
	/** Built on first use (schemas/common.ts `lazy`). */
	schema: () => Schema;
	/**
	 * Sending the request twice leaves Komet as sending it once (updates): such calls
	 * are retried after 429/5xx/timeouts. Creates are not (transport/retry.ts).
	 */
	idempotent?: boolean;
	/** A reference list: a "… not found." answer without the array is an empty list, not a failure. */
	list?: boolean;
	/** The array of per-line results in the response, when the method returns one. */
	resultsKey?: string;
}

export type KometRequest<Endpoint extends KometEndpoint> = z.output<ReturnType<Endpoint["schema"]>>;
