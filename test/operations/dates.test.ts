/**
 * Dates the way n8n users fill them: Luxon DateTimes from `$now`, `$today` and
 * `DateTime.fromISO(…)`, ISO texts with a time part, the date picker's value. Each is
 * sent as the calendar date in Komet's documented `YYYY-MM-DD`.
 */
import { DateTime } from 'luxon';
import type { INodeParameters } from 'n8n-workflow';

import * as samples from '../fixtures/samples';
import { runKometNode } from '../harness/runWorkflow';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

const headerOnly = (startDate: string): INodeParameters => ({
	...samples.standingOrderUpdate.parameters,
	items: {},
	additionalFields: { comments: 'Keep it fresh' },
	startDate,
});
const sentStartDate = () => simulator.requestsTo('v2/standing-order')[0]?.body?.startDate;

test.each([
	['{{ $today }}', () => DateTime.now().toISODate()],
	['{{ $now.plus({ days: 2 }) }}', () => DateTime.now().plus({ days: 2 }).toISODate()],
	["{{ DateTime.fromISO('2022-04-13') }}", () => '2022-04-13'],
	["{{ DateTime.fromISO('2022-04-13T23:30:00', { zone: 'America/Bogota' }) }}", () => '2022-04-13'],
	["{{ '2022-04-13T23:30:00-05:00' }}", () => '2022-04-13'],
	["{{ '2022-04-13 08:00' }}", () => '2022-04-13'],
	['2022-04-13T00:00:00', () => '2022-04-13'],
])('%s is sent as its calendar date', async (value, expected) => {
	const result = await runKometNode({ parameters: headerOnly(value.startsWith('{{') ? `=${value}` : value), baseUrl: simulator.url });
	expect(result.error).toBeUndefined();
	expect(sentStartDate()).toBe(expected());
});

test('a date inside JSON lines may be a DateTime too', async () => {
	const result = await runKometNode({
		parameters: {
			...samples.multiplePrebooksCreate.parameters,
			prebookItemsInput: 'json',
			prebookItemsJson: "={{ [{ ...$json.line, shipDate: DateTime.fromISO('2024-05-01T10:00:00') }] }}",
		},
		items: [{ line: samples.prebookLine }],
		baseUrl: simulator.url,
	});
	expect(result.error).toBeUndefined();
	expect((simulator.requests[0].body?.prebookItems as Array<{ shipDate: string }>)[0].shipDate).toBe('2024-05-01');
});

test('an invalid DateTime is refused, naming the field', async () => {
	const result = await runKometNode({ parameters: headerOnly("={{ DateTime.fromISO('2022-13-45') }}"), baseUrl: simulator.url });
	expect(result.error?.message).toMatch(/^Item 1, Start Date \(startDate\): /);
	expect(simulator.requests).toHaveLength(0);
});
