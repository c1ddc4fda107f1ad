/**
 * A Get Many over a date range sends one request per window of the range: the panel says so,
 * as the trigger's does, in a notice shown with the operation's fields (issue 20, point 14).
 */
import type { INodeProperties } from 'n8n-workflow';

import { NODE_VERSIONS } from '../../nodes/KometSales/actions/versions';
import { kometDescription } from '../harness/nodeTypes';

const noticesOf = (version: number, resource: string, operation: string) =>
	kometDescription(version)
		.properties.filter(
			(property: INodeProperties) =>
				property.type === 'notice' &&
				property.displayOptions?.show?.resource?.includes(resource) &&
				property.displayOptions?.show?.operation?.includes(operation),
		)
		.map((property) => property.displayName);

describe.each(NODE_VERSIONS)('version %s', (version) => {
	test('Prebook → Get Many says what each kind of dates costs, and what caps it', () => {
		const [notice, ...others] = noticesOf(version, 'prebook', 'getMany');
		expect(others).toEqual([]);
		expect(notice).toContain('one request per day of the range by Truck Date or per 7 days by Vendor Ship Date');
		expect(notice).toContain('Max Requests per Run');
	});

	test.each([
		['invoice', 'getMany'],
		['purchaseOrder', 'getMany'],
	])('%s → %s says its cost too', (resource, operation) => {
		expect(noticesOf(version, resource, operation).join(' ')).toMatch(/costs one request per (day|\d+ days) of the range/);
	});
});
