/**
 * Create Multiple's Fill Customer Details From Komet. multiple.prebooks.create wants the
 * customer's name, phone and both addresses even for a customer Komet knows by its code
 * (docs/komet-api.md, "multiple.prebooks.create"); Komet's own lists know some of them:
 * customer.list the name, customer.shipto.list each ship-to's phone and address
 * (docs/komet-api.md, "customer.list", "customer.shipto.list"). With the option on, the fields
 * the user left empty are filled from them, and what is still missing (the billing address: no
 * list gives it) is said in one sentence per run of fields rather than a problem per field.
 *
 * - A value the user typed is never replaced; the shipping address is filled only when all its
 *   fields are empty (a typed street with Komet's city of another store would be a wrong address).
 * - Each list is read at most once per run, through the run's session (Max Requests per Run
 *   counts it), and kept 5 minutes per credential with the editor's pickers (methods/referenceLists.ts):
 *   a customer picked from the list a moment ago costs nothing more.
 * - A customer with several ship-tos fills from one only when the user names it (Ship-To);
 *   otherwise the item is refused naming them. Nothing is sent for a refused item.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isBlank } from '../../komet/common';
import { customerList, hasCustomerCode } from '../../komet/customerList';
import { customerShiptoList } from '../../komet/customerShiptoList';
import type { KometEndpoint } from '../../komet/method';
import { stableText } from '../../komet/stableText';
import { FRESH_ENOUGH_MS, referenceList } from '../../methods/referenceLists';
import { KometCallError } from '../../transport/errors';
import type { KometSession } from '../../transport/request';
import { locator, readLocator } from '../common/locators';
import type { RequestCompleter } from '../common/operation';
import { describeIssue, inputError } from '../common/validation';

export const ADDRESS_PARTS = ['Street', 'City', 'State', 'Zipcode', 'Country'] as const;

export const ADDRESS_GROUPS = [
	{ name: 'billing', displayName: 'Billing Address', prefix: 'customerBilling' },
	{ name: 'shipping', displayName: 'Shipping Address', prefix: 'customerShipping' },
] as const;

/** The option's parameter, and the ship-to it fills from. */
export const FILL_CUSTOMER_DETAILS = 'fillCustomerDetails';
const FILL_SHIP_TO = 'fillShipTo';

export const fillProperties: INodeProperties[] = [
	{
		displayName: 'Fill Customer Details From Komet',
		name: FILL_CUSTOMER_DETAILS,
		type: 'boolean',
		default: false,
		description:
			"Whether Customer Name, Customer Phone and the Shipping Address left empty are filled from Komet's customer and ship-to lists (at most two requests, kept 5 minutes); the billing address is in no list and must still be given",
	},
	locator({
		name: FILL_SHIP_TO,
		displayName: 'Ship-To',
		description: "The customer's ship-to whose phone and address fill the empty fields; needed only when the customer has several ship-tos",
		searchListMethod: 'searchShipTos',
		listValue: 'id',
		// No stated length: the code is looked up in the list, never sent.
		code: true,
		idExample: '1313',
		extra: { displayOptions: { show: { [FILL_CUSTOMER_DETAILS]: [true] } } },
	}),
];

/** Where each ship-to field goes in the request. */
const FROM_SHIP_TO = {
	address: 'customerShippingStreet',
	city: 'customerShippingCity',
	state: 'customerShippingState',
	zipcode: 'customerShippingZipcode',
	country: 'customerShippingCountry',
} as const;

const SHIPPING_KEYS = Object.values(FROM_SHIP_TO);

/** The customer fields as the editor groups them (version 2), for the sentence saying what is missing. */
const FIELD_GROUPS: Array<{ label: string; fields: Array<{ key: string; label: string }> }> = [
	{
		label: '',
		fields: [
			{ key: 'customerName', label: 'Customer Name' },
			{ key: 'customerPhone', label: 'Customer Phone' },
		],
	},
	...ADDRESS_GROUPS.map((group) => ({
		label: `Customer Addresses → ${group.displayName}: `,
		fields: ADDRESS_PARTS.map((part) => ({ key: `${group.prefix}${part}`, label: part === 'Zipcode' ? 'zip code' : part.toLowerCase() })),
	})),
];
const CUSTOMER_KEYS = FIELD_GROUPS.flatMap((group) => group.fields.map((field) => field.key));

const listed = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/** `Customer Addresses → Billing Address: street, city, state, zip code and country are required`, all groups in one sentence. */
function missingSentence(request: Record<string, unknown>): string | undefined {
	const parts = FIELD_GROUPS.flatMap((group) => {
		const missing = group.fields.filter((field) => isBlank(request[field.key])).map((field) => field.label);
		return missing.length ? [`${group.label}${listed(missing)} ${missing.length > 1 ? 'are' : 'is'} required`] : [];
	});
	return parts.length ? parts.join('; ') : undefined;
}

const nameAndCode = (record: IDataObject, code: unknown) => `${String(record.name)} (${String(code)})`;

/** The ship-tos as the refusal names them. */
const shipToNames = (shipTos: IDataObject[]) => listed(shipTos.map((shipTo) => `${nameAndCode(shipTo, shipTo.shipToCode)}, id ${String(shipTo.id)}`));

/**
 * The completer of one run (PerLineOperation.completer): fills an item's empty customer fields when
 * the item asks for it, then refuses it if a customer field is still missing, in one sentence
 * beside the item's other problems.
 */
export function customerFiller(
	endpoint: KometEndpoint,
	properties: INodeProperties[],
	context: IExecuteFunctions,
	session: () => Promise<KometSession>,
): RequestCompleter {
	const { timeout, retries } = context.getNodeParameter('options', 0, {}) as { timeout?: number; retries?: number };
	/** This run's reads, by list and query: each asked once, a failure included (every item then reports it). */
	const asked = new Map<string, Promise<{ records: IDataObject[]; fresh: boolean }>>();
	const read = (list: KometEndpoint, query: IDataObject, again = false) => {
		const key = `${list.path} ${stableText(query)}${again ? ' again' : ''}`;
		let reading = asked.get(key);
		if (!reading) {
			reading = referenceList(context, list, query, {
				refetchIfOlderThan: again ? FRESH_ENOUGH_MS : undefined,
				fetch: async (endpointToAsk, queryToSend) => await (await session()).call(endpointToAsk, queryToSend, { timeout, retries }),
			});
			asked.set(key, reading);
		}
		return reading;
	};
	/** The list and the records `match` finds in it; a kept list where none matches is asked again once, if not fresh (a record added a minute ago). */
	const find = async (list: KometEndpoint, query: IDataObject, match: (record: IDataObject) => boolean, itemIndex: number) => {
		try {
			const first = await read(list, query);
			const found = first.records.filter(match);
			if (found.length || first.fresh) return { records: first.records, found };
			const again = await read(list, query, true);
			return { records: again.records, found: again.records.filter(match) };
		} catch (error) {
			throw whileFilling(error, list, itemIndex);
		}
	};

	return async (request, itemIndex) => {
		if (!context.getNodeParameter(FILL_CUSTOMER_DETAILS, itemIndex, false)) return request;
		const filled = { ...request };
		const hints: string[] = [];
		const code = isBlank(request.customerCode) ? undefined : request.customerCode;
		const wantsName = isBlank(request.customerName);
		const wantsPhone = isBlank(request.customerPhone);
		const wantsShipping = SHIPPING_KEYS.every((key) => isBlank(request[key]));
		if (code !== undefined && (wantsName || wantsPhone || wantsShipping)) {
			const { found } = await find(customerList, {}, hasCustomerCode(code), itemIndex);
			const customer = found[0];
			if (!customer) {
				throw inputError(context, itemIndex, [
					`Customer (customerCode): Komet's customer list has no customer with the code "${String(request.customerCode)}", so its details cannot be filled`,
				]);
			}
			if (wantsName && !isBlank(customer.name)) filled.customerName = customer.name;
			if (wantsPhone || wantsShipping) {
				const shipTo = await chooseShipTo(customer, itemIndex);
				if (shipTo) {
					if (wantsPhone && !isBlank(shipTo.phone)) filled.customerPhone = shipTo.phone;
					if (wantsShipping) {
						for (const [from, to] of Object.entries(FROM_SHIP_TO)) if (!isBlank(shipTo[from])) filled[to] = shipTo[from];
					}
				} else {
					hints.push(`Komet lists no ship-to for ${nameAndCode(customer, customer.code)}: its phone and shipping address must be typed.`);
				}
			}
		}
		const missing = missingSentence(filled);
		if (!missing) return filled;
		const others = (endpoint.schema().safeParse(filled).error?.issues ?? [])
			.filter((issue) => !(CUSTOMER_KEYS.includes(String(issue.path[0])) && isBlank(filled[String(issue.path[0])])))
			.map((issue) => describeIssue(properties, issue));
		if (!isBlank(filled.customerCode) && isBlank(filled.customerBillingStreet)) {
			hints.push("No Komet list gives a customer's billing address: add it under Customer Addresses.");
		}
		throw inputError(context, itemIndex, [missing, ...others], hints.join(' ') || undefined);
	};

	/** The ship-to to fill from: the one the user named, or the customer's only one; undefined when it has none. */
	async function chooseShipTo(customer: IDataObject, itemIndex: number): Promise<IDataObject | undefined> {
		const named = readLocator(context, FILL_SHIP_TO, itemIndex, 'id');
		const wanted = named === undefined ? undefined : String(named.value).trim().toLowerCase();
		const matches = (shipTo: IDataObject) =>
			wanted === undefined ||
			(named?.kind === 'id'
				? String(shipTo.id) === wanted
				: [shipTo.shipToCode, shipTo.name].some((value) => String(value ?? '').trim().toLowerCase() === wanted));
		const customerId = /^\d+$/.test(String(customer.id)) ? Number(customer.id) : customer.id;
		const { records, found } = await find(customerShiptoList, { customerId }, matches, itemIndex);
		if (found.length === 1) return found[0];
		if (named === undefined && found.length === 0) return undefined;
		const whose = nameAndCode(customer, customer.code);
		const problem =
			named === undefined
				? `${whose} has ${records.length} ship-tos in Komet, ${shipToNames(records)}: pick the one whose phone and shipping address fill the empty fields`
				: found.length === 0
					? `${whose} has no ship-to "${String(named.value)}" in Komet; its ship-tos: ${records.length ? shipToNames(records) : 'none'}`
					: `${whose} has ${found.length} ship-tos "${String(named.value)}" in Komet, ${shipToNames(found)}: give the one by ID`;
		throw inputError(
			context,
			itemIndex,
			[`Ship-To (${FILL_SHIP_TO}): ${problem}`],
			'Or type Customer Phone and the Shipping Address yourself: a typed value is never replaced.',
		);
	}
}

/** A list that failed while filling: Komet's words, saying which list and why it was asked. */
function whileFilling(error: unknown, list: KometEndpoint, itemIndex: number): unknown {
	if (!(error instanceof KometCallError)) return error;
	return new KometCallError(`${list.path}, read to fill the customer details of item ${itemIndex + 1}: ${error.message}`, {
		...error.details,
		description: [error.details.description, 'Fill Customer Details From Komet needs it. Nothing was sent to multiple.prebooks.create for this item.']
			.filter(Boolean)
			.join(' '),
	});
}
