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
 * decrypting. The Komet credential has no `authenticate`: the node places the token.
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

	async authenticate(_credentials: ICredentialDataDecryptedObject, _type: string, options: IHttpRequestOptions) {
		return options;
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
