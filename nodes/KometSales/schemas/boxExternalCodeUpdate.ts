/** `POST box.externalcode.update`: set the external (e.g. logistics partner) code of boxes. */
import { nonEmptyArray, text, z } from './common';
import type { KometEndpoint } from '../transport/endpoint';

export const boxExternalCodeSchema = z.object({
	boxCode: text(20),
	externalCode: text(20),
});

export const boxExternalCodeUpdateSchema = z.object({
	boxes: nonEmptyArray(boxExternalCodeSchema),
});

export type BoxExternalCode = z.output<typeof boxExternalCodeSchema>;
export type BoxExternalCodeUpdateRequest = z.output<typeof boxExternalCodeUpdateSchema>;

export const boxExternalCodeUpdate: KometEndpoint<typeof boxExternalCodeUpdateSchema> = {
	path: 'box.externalcode.update',
	httpMethod: 'POST',
	token: 'body',
	schema: boxExternalCodeUpdateSchema,
	resultsKey: 'boxes',
};
