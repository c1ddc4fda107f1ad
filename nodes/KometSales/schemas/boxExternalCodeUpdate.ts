/** `POST box.externalcode.update`: set the external (e.g. logistics partner) code of boxes. */
import { documented, lazy, nonEmptyArray, text } from './common';
import { always, type KometEndpoint } from '../transport/endpoint';

export const boxExternalCodeSchema = lazy(() =>
	documented({
		boxCode: text(20),
		externalCode: text(20),
	}),
);

export const boxExternalCodeUpdateSchema = lazy(() =>
	documented({
		boxes: nonEmptyArray(boxExternalCodeSchema()),
	}),
);


export const boxExternalCodeUpdate: KometEndpoint<ReturnType<typeof boxExternalCodeUpdateSchema>> = {
	path: 'box.externalcode.update',
	httpMethod: 'POST',
	token: 'body',
	schema: boxExternalCodeUpdateSchema,
	// Setting a box's external code twice leaves the same code.
	repeatable: always,
	resultsKey: 'boxes',
};
