/**
 * One poll of a trigger at a time, in this process. n8n's durable poller runs one scheduler
 * job per Poll Times entry, and after a restart it may start several overdue ones at once:
 * each reads the same cursor and would emit the same records. It also commits a poll's
 * cursor with the execution, after poll() returns, so a poll starting right after another
 * can read the cursor from before it. A poll is therefore skipped (it emits nothing and
 * changes nothing) while another poll of the same trigger state runs, or while the state it
 * reads is older than the one this process last wrote, for up to STALE_WAIT_MS; past that
 * the commit is taken as lost and the poll repeats the work, as n8n intends.
 * Not state about records: nothing here outlives the process, and static data stays the
 * only memory of what was emitted.
 */
export const STALE_WAIT_MS = 30_000;

interface Written {
	version: number;
	at: number;
}

/** Trigger state (trigger + lineage) → the last version this process wrote of it. */
const written = new Map<string, Written>();
/** Trigger states a poll of this process is reading now. */
const running = new Set<string>();

/**
 * Runs `poll` unless another poll of the same trigger state is running or the saved state
 * lags what this process wrote; then undefined. `trigger`: workflow and node; `lineage`,
 * `savedVersion`: the state as read; `poll` says the lineage and version it wrote.
 */
export async function guarded<T>(
	trigger: string,
	lineage: string | undefined,
	savedVersion: number,
	poll: () => Promise<{ result: T; lineage?: string; version?: number }>,
): Promise<T | undefined> {
	const readKey = `${trigger}:${lineage ?? ''}`;
	if (running.has(readKey)) return undefined;
	const last = lineage === undefined ? undefined : written.get(readKey);
	if (last && savedVersion < last.version && Date.now() - last.at < STALE_WAIT_MS) return undefined;
	running.add(readKey);
	try {
		const outcome = await poll();
		if (outcome.lineage !== undefined && outcome.version !== undefined) {
			written.delete(readKey);
			written.set(`${trigger}:${outcome.lineage}`, { version: outcome.version, at: Date.now() });
		}
		return outcome.result;
	} finally {
		running.delete(readKey);
	}
}
