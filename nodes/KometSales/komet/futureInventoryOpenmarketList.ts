/**
 * `GET future.inventory.openmarket.list` (docs/komet-api.md, "future.inventory.openmarket.list"):
 * open-market inventory available between two dates, Company tokens. The page states no
 * largest range: one call for the whole range. An older page documents a POST with a JSON
 * body: sent as GET, as the newest page. Its records' `inventoryId` is what
 * prebook.future.item.add takes.
 */
import { documented, endNotBeforeStart, id, isoDate, lazy, optional } from './common';
import { list } from './method';

export const futureInventoryOpenmarketListSchema = lazy(() =>
	documented({
		dateFrom: isoDate(),
		dateTo: isoDate(),
		locationId: optional(id()),
		customerId: optional(id()),
	}).superRefine((request, ctx) => endNotBeforeStart(ctx, request, 'dateFrom', 'dateTo')),
);

export const futureInventoryOpenmarketList = list({
	path: 'future.inventory.openmarket.list',
	resultsKey: 'inventoryItems',
	empty: 'Inventory not found.',
	schema: futureInventoryOpenmarketListSchema,
});
