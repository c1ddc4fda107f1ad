/**
 * `POST box.externalcode.update`: set the external (e.g. logistics partner) code of boxes
 * (docs/komet-api.md, "box.externalcode.update"). The page leaves the largest number of boxes
 * per call open: only the 64 KB request limit applies.
 */
import { documented, lazy, nonEmptyArray, text } from './common';
import { always, kometMethod } from './method';

/** Documented text limits (characters), shared with the editor's fields. */
export const BOX_TEXT = {
	boxCode: 20,
	externalCode: 20,
} as const;

export const boxExternalCodeSchema = lazy(() =>
	documented({
		boxCode: text(BOX_TEXT.boxCode),
		externalCode: text(BOX_TEXT.externalCode),
	}),
);

export const boxExternalCodeUpdateSchema = lazy(() =>
	documented({
		boxes: nonEmptyArray(boxExternalCodeSchema()),
	}),
);

export const boxExternalCodeUpdate = kometMethod({
	path: 'box.externalcode.update',
	httpMethod: 'POST',
	token: 'body',
	schema: boxExternalCodeUpdateSchema,
	// Setting a box's external code twice leaves the same code.
	repeatable: always,
	resultsKey: 'boxes',
});
