/** The fields of the `kometSalesApi` credential, and the base URL rule applied to them. */
export interface KometCredentials {
	token: string;
	baseUrl: string;
}

export const KOMET_CREDENTIAL_TYPE = 'kometSalesApi';
export const DEFAULT_BASE_URL = 'https://api.kometsales.com/api';

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The token travels in every request, so the base URL must be HTTPS; plain HTTP is
 * allowed only on loopback, where the bundled simulator and local proxies live.
 * Returns the URL without a trailing slash, or an explanation of why it is refused.
 */
export function checkBaseUrl(baseUrl: string | undefined): { url: string } | { problem: string } {
	const candidate = (baseUrl ?? '').trim() || DEFAULT_BASE_URL;
	const match = /^(https?):\/\/([^/:?#]+|\[[^\]]+\])(:\d+)?(\/[^?#]*)?$/i.exec(candidate);
	if (!match) {
		return { problem: `The base URL "${candidate}" is not a valid http(s) URL` };
	}
	if (match[1].toLowerCase() !== 'https' && !LOOPBACK_HOSTS.test(match[2])) {
		return {
			problem: `The base URL must use https (plain http is allowed only for localhost): "${candidate}"`,
		};
	}
	return { url: candidate.replace(/\/+$/, '') };
}
