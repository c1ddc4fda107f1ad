/** `POST box.externalcode.update`: set the external (e.g. logistics partner) code of boxes. */
import { documented, lazy, nonEmptyArray, text } from './common';

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
