/**
 * What the trigger has met, kept in the node's static data between polls: each record's key,
 * the fingerprint of its content, and the last day of the window it was met in. A record is
 * forgotten when that day leaves the trigger's window (it can no longer be listed), never
 * because one answer left it out: a hiccup or a short status change does not make it new.
 *
 * In memory a Map, so ids such as `__proto__` and `constructor` are ids like any other. In
 * static data (saved with every poll) one text per day: ids as sorted base-36 differences,
 * then the fingerprints, so 100,000 records stay near a megabyte (README, "Komet Sales Trigger").
 */

/** At most this many records are remembered; past it, those whose day leaves the window first go. */
export const MAX_SEEN = 200_000;

interface Entry {
	/** Content fingerprint; empty where only presence matters. */
	print: string;
	/** `YYYY-MM-DD`: the last day of a window that listed it. */
	day: string;
}

/** Static data form: day → "ids|prints", ids the base-36 differences of the sorted numeric keys, `~` texts for others. */
export type SavedSeen = Record<string, string>;

const NUMERIC = /^\d+$/;
const ID_SEPARATOR = ',';
const PART_SEPARATOR = '|';

export class SeenRecords {
	private readonly entries = new Map<string, Entry>();

	/**
	 * What the previous version saved (record id → its fingerprint): the ids, kept until
	 * `day`; their fingerprints were made otherwise, so a changed-records event emits such a
	 * record once more if Komet lists it again.
	 */
	static fromPrevious(saved: unknown, day: string): SeenRecords {
		const seen = new SeenRecords();
		if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return seen;
		for (const key of Object.keys(saved)) seen.entries.set(key, { print: '', day });
		return seen;
	}

	static load(saved: unknown): SeenRecords {
		const seen = new SeenRecords();
		if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return seen;
		for (const [day, text] of Object.entries(saved as Record<string, unknown>)) {
			if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
			const [idText = '', printText = ''] = text.split(PART_SEPARATOR);
			const prints = printText ? printText.split(ID_SEPARATOR) : [];
			let previous = 0n;
			idText
				.split(ID_SEPARATOR)
				.filter(Boolean)
				.forEach((encoded, index) => {
					let key: string;
					if (encoded.startsWith('~')) key = decodeURIComponent(encoded.slice(1));
					else {
						previous += parseBase36(encoded);
						key = previous.toString();
					}
					seen.entries.set(key, { print: prints[index] ?? '', day });
				});
		}
		return seen;
	}

	get size() {
		return this.entries.size;
	}

	get(key: string): Entry | undefined {
		return this.entries.get(key);
	}

	/** Remembers a record met in a window ending on `day` (the later day wins). */
	set(key: string, print: string, day: string) {
		const before = this.entries.get(key);
		this.entries.set(key, { print, day: before && before.day > day ? before.day : day });
	}

	/** Forgets what was met only in windows ending before `firstDay`; then keeps at most MAX_SEEN. */
	forgetBefore(firstDay: string) {
		for (const [key, entry] of this.entries) if (entry.day < firstDay) this.entries.delete(key);
		if (this.entries.size <= MAX_SEEN) return;
		const byDay = [...this.entries].sort(([, a], [, b]) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
		for (const [key] of byDay.slice(0, this.entries.size - MAX_SEEN)) this.entries.delete(key);
	}

	save(): SavedSeen {
		const days = new Map<string, Array<[string, Entry]>>();
		for (const pair of this.entries) {
			const list = days.get(pair[1].day) ?? [];
			list.push(pair);
			days.set(pair[1].day, list);
		}
		const saved: SavedSeen = {};
		for (const [day, list] of [...days].sort(([a], [b]) => (a < b ? -1 : 1))) {
			const numeric = list.filter(([key]) => NUMERIC.test(key)).map(([key, entry]) => [BigInt(key), entry] as const);
			numeric.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
			const others = list.filter(([key]) => !NUMERIC.test(key));
			let previous = 0n;
			const ids: string[] = [];
			const prints: string[] = [];
			for (const [id, entry] of numeric) {
				ids.push((id - previous).toString(36));
				prints.push(entry.print);
				previous = id;
			}
			for (const [key, entry] of others) {
				ids.push(`~${encodeURIComponent(key)}`);
				prints.push(entry.print);
			}
			const printText = prints.some(Boolean) ? prints.join(ID_SEPARATOR) : '';
			saved[day] = printText ? `${ids.join(ID_SEPARATOR)}${PART_SEPARATOR}${printText}` : ids.join(ID_SEPARATOR);
		}
		return saved;
	}
}

function parseBase36(text: string): bigint {
	let value = 0n;
	for (const character of text) value = value * 36n + BigInt(parseInt(character, 36));
	return value;
}
