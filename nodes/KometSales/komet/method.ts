/**
 * What a Komet method is to the node, as its wire sees it: path, HTTP method, where the token
 * goes, whether a request may be sent twice (decides retries), where the per-line results
 * are, what an empty list answers, and the schema of its request. Each method's file builds
 * its descriptor with `kometMethod` (or `list`), so its request type is inferred from its
 * schema, never restated.
 */
import type { IDataObject } from 'n8n-workflow';
import type { z } from 'zod/v4';

/** Where a Komet method expects the token (docs/komet-api.md, "Token placement"). */
export type TokenPlacement = 'body' | 'query' | 'header';

/** Where a list's records keep their lines and what identifies one (`details[]` by `prebookItemId`). */
export interface RecordLines {
	/** The array of lines inside each record. */
	array: string;
	/** The line's own id; lines without it are told apart by their whole content. */
	key?: string;
}

/** One Komet API method: its wire address, token placement, request schema and retry class. */
export interface KometEndpoint<Schema extends z.ZodType = z.ZodType> {
	/** Method name as in the URL, relative to the base URL: `box.externalcode.update`, `v2/standing-order`. */
	path: string;
	httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE';
	token: TokenPlacement;
	/**
	 * Where the request's own fields go: the query string (v1 GET lists, the v2 DELETE) or
	 * the JSON body (everything else). Default: the query string for a query token, else the body.
	 */
	fields?: 'query' | 'body';
	/** Built on first use (komet/common.ts `lazy`). */
	schema: () => Schema;
	/**
	 * Whether sending this request twice leaves Komet as sending it once, judged by what
	 * the method does with it, not by its HTTP verb: reads and true overwrites are
	 * repeatable; creates, and a standing-order PUT that carries items (Komet adds them
	 * as new lines), are not. Decides retries.
	 */
	repeatable(request: IDataObject): boolean;
	/**
	 * A repeatable request whose resend Komet may refuse because an earlier attempt already did
	 * the work: a delete refused as "does not exist", a sync mark refused as already set.
	 * Such a refusal counts as done only after an attempt that may have reached Komet (a
	 * timeout, a connection broken after sending, a 5xx; not a 429), only when it is Komet's
	 * own JSON refusal in these words, and the item says it was inferred.
	 */
	doneByEarlierAttempt?: DoneByEarlierAttempt;
	/**
	 * For a request that is not repeatable: where to look in Komet whether it was done, said
	 * when its answer is lost (a person and an AI agent must check there, not send it again).
	 */
	checkInstead?: string;
	/**
	 * For a request that is not repeatable and creates nothing: what Komet may have done when its
	 * answer is lost ("shipped the boxes"); creates say that the order may exist.
	 */
	mayHaveDone?: string;
	/**
	 * A list: the words Komet answers, without the array, when nothing matches ("Orders not
	 * found."). Only these (trimmed, any case) are an empty list; any other answer without the
	 * array is a failure, even one whose wording contains "not found" (docs/komet-api.md, "Empty lists").
	 */
	emptyAnswers?: readonly string[];
	/** The array of per-line results in the response, when the method returns one. */
	resultsKey?: string;
	/** What an answer over the size this node reads means for this method, when it can be legitimately large (a PDF). */
	tooLargeMeans?: string;
	/** A windowed list: where each record's lines are, so a record met in two windows keeps both windows' lines. */
	recordLines?: RecordLines;
	/** A list whose records carry codes or money as text: how a record is read, after ids and flags are normalised. */
	readRecord?: (record: IDataObject) => IDataObject;
}

/** Komet's refusal of a resend whose work an earlier attempt did, and how the output says so. */
export interface DoneByEarlierAttempt {
	/**
	 * Komet's words for "already done", naming the record itself: "The Prebook Item does not
	 * exist." for a line, never its parent's "The Prebook does not exist." (a wrong prebook id).
	 */
	refusal: RegExp;
	/** The output field set to true: `deletedByEarlierAttempt`, `markedByEarlierAttempt`. */
	flag: string;
	/** What was done, as the message starts: "Deleted", "Marked synced". */
	done: string;
}

export const always = () => true;
export const never = () => false;

export type KometRequest<Endpoint extends KometEndpoint> = z.output<ReturnType<Endpoint['schema']>>;

/** One Komet method's descriptor; its request type follows from its schema. */
export const kometMethod = <Schema extends z.ZodType>(method: KometEndpoint<Schema>): KometEndpoint<Schema> => method;

/**
 * A list (docs/komet-api.md, "Lists"): v1 GET, token as a query parameter, a read
 * (repeatable); `empty` is what it answers when nothing matches (docs/komet-api.md, "Empty lists").
 */
export const list = <Schema extends z.ZodType>(method: {
	path: string;
	resultsKey: string;
	empty: string;
	schema: () => Schema;
	recordLines?: RecordLines;
	readRecord?: KometEndpoint['readRecord'];
}) =>
	kometMethod({
		path: method.path,
		httpMethod: 'GET',
		token: 'query',
		schema: method.schema,
		repeatable: always,
		resultsKey: method.resultsKey,
		emptyAnswers: [method.empty],
		recordLines: method.recordLines,
		readRecord: method.readRecord,
	});

/** What the order lists (prebooks, purchase orders, invoices, standing orders) answer when nothing matches. */
export const NO_ORDERS = 'Orders not found.';

/** Lines of the order lists: `details[]`, each keyed by its own id where Komet sends it. */
export const details = (key: string): RecordLines => ({ array: 'details', key });

/**
 * Deleting twice leaves the record deleted; the second call is refused as unknown, in words
 * that name the record. Only the record's own "does not exist" counts: a line's delete refused
 * because its prebook or standing order does not exist means a wrong parent id
 * (docs/komet-api.md, "Retry classes").
 */
export const deleted = (record: RegExp): DoneByEarlierAttempt => ({ refusal: record, flag: 'deletedByEarlierAttempt', done: 'Deleted' });

/**
 * One way a list reads a date range: which date it is, how many days one call takes (both ends
 * included), how a window is sent. The operations split a range into such windows; the trigger
 * polls them.
 */
export interface WindowKind {
	value: string;
	name: string;
	days: number;
	fields(start: string, end: string): IDataObject;
}
