/**
 * Komet's reference lists as the editor's pickers read them: each list is fetched whole once
 * and kept for a few minutes per credential, and what the user types filters it here.
 * Komet allows about 1,000 requests per user per day, pooled per company, and every opened
 * dropdown and typed letter used to be one of them.
 *
 * - Kept per credential: the key holds a SHA-256 of the base URL and token, so a changed or
 *   another credential never sees these records (and the token itself is not kept).
 * - Fresh data: a search that finds nothing in a list older than FRESH_ENOUGH_MS asks Komet
 *   again (a customer created a minute ago is found by typing its name), and a list is never
 *   older than REFERENCE_LIST_TTL_MS.
 * - Calls for the same list at once share one request; a failed request is not kept.
 * - A node run reads them too (Create Multiple's Fill Customer Details From Komet), through its
 *   own session, so each request counts against Max Requests per Run.
 */
import { createHash } from 'crypto';
import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import type { KometEndpoint } from '../komet/method';
import { KOMET_CREDENTIAL_TYPE, type KometCredentials } from '../transport/credentials';
import { stableText } from '../komet/stableText';
import type { KometResponse } from '../transport/answer';

type ListContext = ILoadOptionsFunctions | IExecuteFunctions;

/** How long a list is kept. */
export const REFERENCE_LIST_TTL_MS = 5 * 60_000;
/** A search that finds nothing asks Komet again when the list is older than this. */
export const FRESH_ENOUGH_MS = 30_000;
/** At most this many lists are kept (every credential's together); the oldest goes first. */
const MAX_LISTS = 64;

interface KeptList {
	fetchedAt: number;
	records: Promise<IDataObject[]>;
}

const kept = new Map<string, KeptList>();

/** Forgets every kept list (tests; a fresh start). */
export function forgetReferenceLists() {
	kept.clear();
}

async function keyOf(context: ListContext, endpoint: KometEndpoint, query: IDataObject) {
	const credentials = await context.getCredentials<KometCredentials>(KOMET_CREDENTIAL_TYPE);
	const credential = createHash('sha256')
		.update(JSON.stringify([credentials.baseUrl ?? '', credentials.token ?? '']))
		.digest('hex');
	return `${credential} ${endpoint.path} ${stableText(query)}`;
}

function forgetOld(now: number) {
	for (const [key, list] of kept) if (now - list.fetchedAt >= REFERENCE_LIST_TTL_MS) kept.delete(key);
	while (kept.size >= MAX_LISTS) kept.delete(kept.keys().next().value as string);
}

/** The list's records, kept or fetched; `fresh` when they were fetched by this call or very recently. */
export async function referenceList(
	context: ListContext,
	endpoint: KometEndpoint,
	query: IDataObject = {},
	options: {
		refetchIfOlderThan?: number;
		/** How the list is asked for when it is not kept: a node run's session; by default a call of its own. */
		fetch?: (endpoint: KometEndpoint, query: IDataObject) => Promise<KometResponse>;
	} = {},
): Promise<{ records: IDataObject[]; fresh: boolean }> {
	const now = Date.now();
	const key = await keyOf(context, endpoint, query);
	let list = kept.get(key);
	const tooOld = (age: number) => age >= REFERENCE_LIST_TTL_MS || (options.refetchIfOlderThan !== undefined && age >= options.refetchIfOlderThan);
	if (!list || tooOld(now - list.fetchedAt)) {
		forgetOld(now);
		// The transport loads at the first search, not when n8n loads the node at start-up.
		const fetched = options.fetch
			? options.fetch(endpoint, query)
			: import('../transport/request').then(({ callKomet }) => callKomet(context, endpoint, query));
		const records = fetched.then((response) => response.results ?? []);
		list = { fetchedAt: now, records };
		kept.set(key, list);
		records.catch(() => {
			if (kept.get(key) === list) kept.delete(key);
		});
	}
	return { records: await list.records, fresh: now - list.fetchedAt < FRESH_ENOUGH_MS };
}

/** Records whose `text` contains what the user typed, as Komet's LIKE filters match (any case). */
export async function searchReferenceList(
	context: ILoadOptionsFunctions,
	endpoint: KometEndpoint,
	text: (record: IDataObject) => string,
	filter: string | undefined,
	query: IDataObject = {},
): Promise<IDataObject[]> {
	const needle = (filter ?? '').trim().toLowerCase();
	const matching = (records: IDataObject[]) => (needle ? records.filter((record) => text(record).toLowerCase().includes(needle)) : records);
	const { records, fresh } = await referenceList(context, endpoint, query);
	const found = matching(records);
	if (found.length > 0 || !needle || fresh) return found;
	return matching((await referenceList(context, endpoint, query, { refetchIfOlderThan: FRESH_ENOUGH_MS })).records);
}
