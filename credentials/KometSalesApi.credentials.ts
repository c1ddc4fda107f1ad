import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	Icon,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { checkBaseUrl } from '../nodes/KometSales/transport/credentials';

export class KometSalesApi implements ICredentialType {
	name = 'kometSalesApi';

	displayName = 'Komet Sales API';

	documentationUrl = 'https://github.com/n8n-nodes-komet-sales/n8n-nodes-komet-sales#credentials';

	icon: Icon = { light: 'file:../nodes/KometSales/kometSales.svg', dark: 'file:../nodes/KometSales/kometSales.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Komet Sales security token (Komet: Setup → Settings → Tokens). Each token kind (Company, Customer, Vendor) may only call the methods ticked for it.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.kometsales.com/api',
			description:
				'Change only to reach a proxy, a test company or the local Komet simulator. Must be https, except on localhost, and written plainly: https://host[:port]/path, with no user name, @ or backslash.',
		},
	];

	/**
	 * Not used by the nodes (they place the token per method themselves) nor by the credential
	 * test (nodes/KometSales/methods/credentialTest.ts, named by the nodes' `testedBy`): n8n applies
	 * it where the credential serves a generic request (the HTTP Request node). It applies the
	 * node's base URL rule before anything is sent, instead of sending the token over plain http.
	 */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) {
		const base = checkBaseUrl(credentials.baseUrl as string | undefined);
		if ('problem' in base) throw new Error(`${base.problem}. Nothing was sent.`);
		return {
			...requestOptions,
			baseURL: base.url,
			disableFollowRedirect: true,
			qs: { ...requestOptions.qs, authenticationToken: credentials.token },
		};
	}
}
