/**
 * The trigger emits the order lists' records read as Get Many reads them (docs/komet-api.md,
 * "Answers of the order lists"): a purchase order's status code with statusName beside it,
 * ids inside lines as integers.
 */
import { DAY_MS, dayIn } from '../../nodes/KometSales/komet/days';
import { emittedJson, poller } from '../harness/runPoll';
import { startSimulator, type Simulator } from '../simulator/server';

let simulator: Simulator;
beforeAll(async () => (simulator = await startSimulator()));
afterAll(async () => await simulator.close());
beforeEach(() => simulator.reset());

test('Purchase Order for Ship Date: the record keeps Komet\'s status code, with statusName; poItemId as an integer', async () => {
	const shipDate = dayIn('UTC', Date.now() + DAY_MS);
	simulator.state.purchaseOrderRecords.push({ id: 88000, number: 'P08800', shipDate, vendorId: 535, status: 'Pending Approval', itemIds: [9001] });
	const trigger = poller({
		parameters: { event: 'purchaseOrderForShipDate', pollTimes: { item: [{ mode: 'everyHour' }] }, purchaseOrderForShipDateTo: 2 },
		baseUrl: simulator.url,
	});
	const [record] = emittedJson(await trigger.poll('manual'));
	expect(record).toMatchObject({ id: 88000, status: 'PA', statusName: 'Pending Approval', details: [expect.objectContaining({ poItemId: 9001 })] });
});
