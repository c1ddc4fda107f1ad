/**
 * What Komet may echo of a line's key (docs/komet-api.md, "Identifier echoes"): the text
 * sent, or that text drifted the way Komet's answers drift: trimmed, cut to the answer's
 * documented length (`multiple.prebooks.create` takes a 30-character identifier and
 * documents the echo as `string:20`), or read as a number (`"01"` comes back as `1`).
 * Two lines whose keys share an echo could come back alike, so they must not travel in
 * one call: Komet's answer could not say which line a result belongs to.
 */

/** Text that Komet could read as a JSON number. */
const NUMBER_LIKE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The texts Komet may echo for a key sent as `key`; `echoLength`: the answer's documented length. */
export function echoForms(key: string, echoLength?: number): string[] {
	// The common case, checked first: planning asks this of every line.
	if ((echoLength === undefined || key.length <= echoLength) && key.trim() === key && !NUMBER_LIKE.test(key)) return [key];
	const forms = new Set<string>([key]);
	const cut = (text: string) => (echoLength === undefined ? text : text.slice(0, echoLength));
	for (const sent of [key, key.trim()]) {
		for (const kept of [sent, cut(sent)]) {
			forms.add(kept);
			const trimmed = kept.trim();
			if (NUMBER_LIKE.test(trimmed)) {
				const number = String(Number(trimmed));
				forms.add(number);
				forms.add(cut(number));
			}
		}
	}
	return [...forms];
}

/**
 * The first two positions whose keys could come back alike (an earlier one, then a later
 * one), or undefined; keys left undefined are never alike. Linear in the number of keys.
 */
export function firstAlike(keys: Array<string | undefined>, echoLength?: number): [number, number] | undefined {
	const holder = new Map<string, number>();
	for (let position = 0; position < keys.length; position++) {
		const key = keys[position];
		if (key === undefined) continue;
		const forms = echoForms(key, echoLength);
		for (const form of forms) {
			const earlier = holder.get(form);
			if (earlier !== undefined) return [earlier, position];
		}
		for (const form of forms) holder.set(form, position);
	}
	return undefined;
}
