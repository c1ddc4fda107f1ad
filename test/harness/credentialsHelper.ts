import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { KometSalesApi } from '../../credentials/KometSalesApi.credentials';

/**
 * Hands out already-decrypted credential data, as n8n's CredentialsHelper does after
 * decrypting.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	readonly credentialTypes: Record<string, ICredentialType> = { kometSalesApi: new KometSalesApi() };

	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string) {
		const data = this.data[type];
		if (!data) throw new Error(`No test credentials for type "${type}"`);
		return { ...data };
	}

	/** As n8n's CredentialsHelper: a credential type's `authenticate` function prepares the request. */
	async authenticate(credentials: ICredentialDataDecryptedObject, type: string, options: IHttpRequestOptions) {
		const authenticate = this.credentialTypes[type]?.authenticate;
		return typeof authenticate === 'function' ? await authenticate(credentials, options) : options;
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('getCredentials() is not available in tests');
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string) {
		return this.credentialTypes[type].properties;
	}
}
