/**
 * What Komet's order methods share (docs/komet-api.md, "multiple.prebooks.create",
 * "purchase.order.mixed.create", "v2/standing-order (PUT)"): the unit a line's price and cost
 * are per, and where a prebook or standing order ships from. Shared with the editor's fields.
 */
import { flag } from './common';

/** `unitType` (string:5): price and cost are per stem or per bunch. */
export const UNIT_TYPES = ['Stem', 'Bunch'] as const;

/** `shipViaId` ("logical"): 0 ships from the warehouse, 1 from the grower; the words are accepted too. */
export const SHIP_VIA = { warehouse: 0, grower: 1 } as const;

export const shipViaId = () => flag(SHIP_VIA);
