/**
 * The credential test, named by `testedBy` in both nodes' credentials. It is code, not the
 * credential's declarative `test`, because a declarative rule can only show a fixed text: when
 * Komet refuses the token, this one quotes Komet's own answer first, then the likely causes.
 *
 * Komet has no ping method: boxtype.list is the cheapest call, open to Company and Vendor tokens
 * (docs/komet-api.md, "boxtype.list"). It is sent as the node sends it (transport/request.ts's
 * buildRequest: the base URL rule applied before anything is sent, the token as the query
 * parameter) and read by the node's reader (transport/answer.ts), so the test passes and fails
 * with the same answers as the node.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { boxtypeList } from '../komet/boxtypeList';
import { normaliseStatus } from '../komet/status';
import type { KometCredentials } from '../transport/credentials';

/** A credential test is a click in the editor: it fails rather than keep the user waiting longer. */
export const CREDENTIAL_TEST_TIMEOUT_MS = 30_000;

/** What n8n's own credential test says on success. */
export const TEST_PASSED = 'Connection successful!';

/** Why Komet refuses a token for boxtype.list, said after Komet's own words. */
export const REFUSAL_HINT =
	'The test calls boxtype.list: it must be ticked for the token (Komet: Setup → Settings → Tokens). A Customer token cannot list box types; it can be saved as it is for the operations that take it.';

/** Komet's messages are a sentence; an answer that is not Komet's could send pages. */
const MAX_QUOTED_CHARS = 300;

/** A credential test context offers only n8n's legacy `request` helper (ICredentialTestFunctions), no httpRequest. */
type LegacyRequest = ICredentialTestFunctions['helpers']['request'];

/** What the legacy helper resolves with `resolveWithFullResponse`. */
interface LegacyFullResponse {
	statusCode: number;
	statusMessage?: string;
	headers?: object;
	/** The answer as a stream (`useStream`). */
	body?: unknown;
}

export async function kometSalesApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted<ICredentialDataDecryptedObject>,
): Promise<INodeCredentialTestResult> {
	return await testToken(this.helpers, (credential.data ?? {}) as unknown as KometCredentials);
}

export const credentialTest = { kometSalesApiTest };

async function testToken(helpers: { request: LegacyRequest }, credentials: KometCredentials): Promise<INodeCredentialTestResult> {
	// The transport loads at the first test, not when n8n reads the node's description (test/unit/load.test.ts).
	const [{ buildRequest }, { interpretAnswer }, { KometCallError, redact }, { ExchangeFailure, MAX_ANSWER_CHARS, networkFailure, readAnswer }] = await Promise.all([
		import('../transport/request'),
		import('../transport/answer'),
		import('../transport/errors'),
		import('../transport/http'),
	]);
	const token = credentials.token;
	const failed = (message: string): INodeCredentialTestResult => ({ status: 'Error', message: redact(message, token) });
	let http;
	try {
		http = buildRequest(credentials, boxtypeList, {});
	} catch (error) {
		const { message, details } = error as InstanceType<typeof KometCallError>;
		return failed(`${message}. ${details?.description ?? ''}`.trim());
	}

	// One deadline for the whole exchange, last byte included, as the node's (transport/http.ts).
	const deadline = AbortSignal.timeout(CREDENTIAL_TEST_TIMEOUT_MS);
	const late = `Komet Sales did not answer within ${CREDENTIAL_TEST_TIMEOUT_MS / 1000} s.`;
	let response: LegacyFullResponse;
	try {
		response = (await helpers.request({
			method: http.method,
			uri: http.url,
			headers: http.headers,
			qs: http.qs,
			// The token goes to the base URL only: Komet never redirects, and a redirect
			// followed would carry the token (a query parameter) to another host.
			followRedirect: false,
			followAllRedirects: false,
			// Every answer comes back, whatever its HTTP status, as a stream read here up to a cap.
			simple: false,
			resolveWithFullResponse: true,
			useStream: true,
			timeout: CREDENTIAL_TEST_TIMEOUT_MS,
		})) as LegacyFullResponse;
	} catch (error) {
		const failure = networkFailure(error as NodeJS.ErrnoException);
		if (deadline.aborted || failure.reason === 'timeout') return failed(late);
		return failed(`Komet Sales could not be reached: ${failure.code ?? (error as Error)?.message ?? 'no answer'}. Check the base URL.`);
	}
	const answer = await readAnswer(response, deadline, () => new ExchangeFailure('timeout', 'exchange'));
	if (answer instanceof ExchangeFailure) {
		if (answer.reason === 'tooLarge') return failed(`Komet Sales sent an answer larger than ${MAX_ANSWER_CHARS / 1024 / 1024} MB: check the base URL.`);
		return failed(answer.reason === 'timeout' ? late : `The answer broke off${answer.code ? ` (${answer.code})` : ''}: try again.`);
	}

	const status = `HTTP ${answer.statusCode}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
	if (answer.statusCode >= 300 && answer.statusCode < 400) {
		return failed(`Komet Sales answered ${status}, a redirect, which the test does not follow (Komet never redirects): check the base URL.`);
	}
	try {
		interpretAnswer(boxtypeList, answer, token);
		return { status: 'OK', message: TEST_PASSED };
	} catch (error) {
		if (!(error instanceof KometCallError)) return failed(String((error as Error)?.message ?? error));
		// Komet's answer as the reader left it: the token already taken out.
		const envelope = error.details.response as { status?: unknown; message?: unknown } | undefined;
		const said = typeof envelope?.message === 'string' ? envelope.message.trim().slice(0, MAX_QUOTED_CHARS) : '';
		const hint = error.details.description ? ` ${error.details.description}` : '';
		if (!envelope) return failed(`${error.message}${answer.statusCode < 400 ? ` (${status})` : ''}.${hint}`);
		if (answer.statusCode >= 400) return failed(`Komet Sales answered ${status}${said ? `: "${said}"` : ''}.${hint}`);
		const kometStatus = normaliseStatus(envelope.status);
		if (kometStatus === 0) {
			return failed(`${said ? `Komet Sales answered: "${said}"` : 'Komet Sales refused the token without saying why (its message is empty).'} ${REFUSAL_HINT}`);
		}
		if (kometStatus === undefined) return failed(`Komet Sales answered ${status} without a status${said ? `: "${said}"` : ''}. Check the base URL.`);
		// Status 1, but the list is not one Komet sends.
		return failed(`${error.message} (${status}).${hint}`);
	}
}
