import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { checkBaseUrl } from '../nodes/KometSales/transport/credentials';

// n8n shows a fixed text for a declarative test: it names every reason Komet has for status 0.
const REJECTED =
	'Komet Sales rejected the token: it is not a valid token, boxtype.list is not ticked for it (Komet: Setup → Settings → Tokens), or it is a Customer token, which Komet does not let list box types (one that works for the operations you use can be saved as it is)';

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
	 * Used by the credential test only (the node places the token per method itself). It
	 * applies the node's base URL rule before anything is sent: the test must refuse what
	 * the node refuses, instead of sending the token over plain http.
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

	// Komet has no ping method. boxtype.list is the cheapest call, open to Company and Vendor
	// tokens; no list method takes Customer tokens, whose test fails (the message says so).
	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: '/boxtype.list',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'status', value: '0', message: REJECTED },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'status', value: 0, message: REJECTED },
			},
		],
	};
}
