import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

// n8n shows a fixed text for a declarative test: it names both reasons Komet gives for status 0.
const REJECTED =
	'Komet Sales rejected the token: it is not a valid token, or boxtype.list is not ticked for it (Komet: Setup → Settings → Tokens)';

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
				'Change only to reach a proxy, a test company or the local Komet simulator. Must be https, except on localhost.',
		},
	];

	// boxtype.list is the cheapest call every token kind can make; Komet has no ping method.
	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			baseURL: '={{ $credentials.baseUrl.replace(/\\/+$/, "") }}',
			url: '/boxtype.list',
			qs: { authenticationToken: '={{ $credentials.token }}' },
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
