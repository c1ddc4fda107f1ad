/**
 * How the node's cost grows with the feed: the same run with 10,000 and with 100,000 box
 * lines (one input item whose JSON holds the array, so n8n's per-item expressions are not
 * measured), once with distinct box codes and once with a feed that repeats 100 codes over
 * and over (each code then needs a call of its own per repeat: the planner's worst shape).
 * Linear means the larger run takes at most 11 times as long; peak RSS shows memory stays
 * bounded by the feed's own size.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { runKometNode } from '../../test/harness/runWorkflow';
import type { Simulator } from '../../test/simulator/server';

export const FROM_LINES = 10_000;
export const TO_LINES = 100_000;
/** Codes the repeated-key feed cycles through: 100,000 lines need 1,000 calls. */
const REPEATED_CODES = 100;

const distinctBoxes = (count: number) =>
	Array.from({ length: count }, (_, index) => ({
		boxCode: `BX${String(index).padStart(8, '0')}`,
		externalCode: `EXT${String(index).padStart(10, '0')}`,
	}));
const repeatedBoxes = (count: number) =>
	Array.from({ length: count }, (_, index) => ({
		boxCode: `RP${String(index % REPEATED_CODES).padStart(8, '0')}`,
		externalCode: `EXT${String(index).padStart(10, '0')}`,
	}));

// Each timed run starts from a collected heap, so none pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

type Box = { boxCode: string; externalCode: string };

const run = (simulator: Simulator, boxes: Box[]) =>
	runKometNode({
		parameters: {
			resource: 'box',
			operation: 'updateExternalCodes',
			boxesInput: 'json',
			boxesJson: '={{ $json.boxes }}',
			// The repeated-key feed needs 1,000 requests at 100,000 lines: allowed here.
			options: { maxRequests: 5_000 },
		},
		items: [{ boxes }],
		baseUrl: simulator.url,
	});

/** The fastest of `runs` runs of the feed, in milliseconds. */
async function fastest(simulator: Simulator, boxes: Box[], runs: number) {
	let best = Number.POSITIVE_INFINITY;
	for (let attempt = 0; attempt < runs; attempt++) {
		simulator.reset();
		collectGarbage();
		// A small run after collecting, so the timed one finds the code compiled again.
		await run(simulator, boxes.slice(0, 500));
		simulator.reset();
		const started = performance.now();
		const result = await run(simulator, boxes);
		best = Math.min(best, performance.now() - started);
		if (result.status !== 'success' || result.main.length !== boxes.length) throw new Error(`scaling run of ${boxes.length} lines failed`);
	}
	simulator.reset();
	return best;
}

export async function scaling(simulator: Simulator) {
	let peakRss = process.memoryUsage().rss;
	const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
	try {
		// Warm-up, so both sizes are measured with loaded code.
		await fastest(simulator, distinctBoxes(2_000), 1);
		const ratio = async (feed: (count: number) => Box[]) => {
			// The fastest of three at each size: the other jobs of a shared machine only ever add time.
			const fromMs = await fastest(simulator, feed(FROM_LINES), 3);
			const toMs = await fastest(simulator, feed(TO_LINES), 3);
			return { fromMs, toMs, ratio: toMs / fromMs };
		};
		const distinct = await ratio(distinctBoxes);
		const repeated = await ratio(repeatedBoxes);
		return {
			fromLines: FROM_LINES,
			toLines: TO_LINES,
			timeRatio: Number(distinct.ratio.toFixed(2)),
			repeatedKeyTimeRatio: Number(repeated.ratio.toFixed(2)),
			peakRssMb: Math.round(peakRss / 1024 / 1024),
			ms: {
				from: Math.round(distinct.fromMs),
				to: Math.round(distinct.toMs),
				repeatedFrom: Math.round(repeated.fromMs),
				repeatedTo: Math.round(repeated.toMs),
			},
		};
	} finally {
		clearInterval(sampler);
	}
}
