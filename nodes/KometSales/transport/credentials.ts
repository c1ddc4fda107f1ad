/** The fields of the `kometSalesApi` credential, and the base URL rule applied to them. */
export interface KometCredentials {
	token: string;
	baseUrl: string;
}

export const KOMET_CREDENTIAL_TYPE = 'kometSalesApi';
export const DEFAULT_BASE_URL = 'https://api.kometsales.com/api';

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** `scheme://authority/path` with no query or fragment: how a base URL is read by a person. */
const BASE_URL_SHAPE = /^(https?):\/\/([^/?#]*)(\/[^?#]*)?$/i;
/** A host written plainly (a DNS name or an IPv4 address, or an IPv6 address in brackets), then an optional port. */
const HOST_AND_PORT = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i;

/**
 * The token travels in every request, so the base URL must be HTTPS; plain HTTP is
 * allowed only on loopback, where the bundled simulator and local proxies live.
 *
 * The request must go to the host a person reading the URL sees. URL parsers read some
 * texts otherwise: `https://evil.test\@api.kometsales.com/api` looks like Komet (what comes
 * before `@` reads as a user name) but a WHATWG parser, the one n8n's HTTP client uses, turns
 * the backslash into a slash and connects to evil.test. So the URL must be printable ASCII
 * without backslashes or `@` (no user info), its host plain letters, digits, dots and
 * hyphens (no percent-escapes, no internationalised look-alikes), and the parser must read
 * exactly the host written (which also refuses `127.1`, `0x7f.0.0.1` and `2130706433`).
 * Returns the URL without a trailing slash, or an explanation of why it is refused.
 */
export function checkBaseUrl(baseUrl: string | undefined): { url: string } | { problem: string } {
	const candidate = (baseUrl ?? '').trim() || DEFAULT_BASE_URL;
	const shown = JSON.stringify(candidate.slice(0, 200));
	if (/[^\x21-\x7e]/.test(candidate)) {
		return { problem: `The base URL ${shown} contains spaces, control characters or characters outside plain ASCII (write an internationalised host name in its xn-- form)` };
	}
	if (candidate.includes('\\')) {
		return { problem: `The base URL ${shown} contains a backslash, which URL parsers read as a slash: the request would not go to the host it seems to name` };
	}
	if (candidate.includes('@')) {
		return { problem: `The base URL ${shown} contains "@": what comes before it reads as a user name, and the request would go to another host than it seems to` };
	}
	const shape = BASE_URL_SHAPE.exec(candidate);
	const hostAndPort = shape && HOST_AND_PORT.exec(shape[2]);
	if (!shape || !hostAndPort) {
		return { problem: `The base URL ${shown} is not a valid http(s) URL (scheme, host, optional port and path; no query or fragment)` };
	}
	const written = hostAndPort[1].toLowerCase();
	let parsed: URL;
	try {
		parsed = new URL(candidate);
	} catch {
		return { problem: `The base URL ${shown} is not a valid http(s) URL` };
	}
	if (parsed.hostname !== written) {
		return { problem: `The base URL ${shown} would reach the host "${parsed.hostname}", not "${written}" as written: write the host as it is meant` };
	}
	if (shape[1].toLowerCase() !== 'https' && !LOOPBACK_HOSTS.test(written)) {
		return {
			problem: `The base URL must use https (plain http is allowed only for localhost): "${candidate}"`,
		};
	}
	return { url: candidate.replace(/\/+$/, '') };
}
