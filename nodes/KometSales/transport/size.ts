/**
 * Komet rejects request bodies over 64 KB (docs/komet-api.md, "Size and daily budget"). Whether its edge
 * counts 64,000 or 65,536 bytes is not documented: a body stays within 64,000 bytes,
 * under both readings.
 */
export const MAX_REQUEST_BYTES = 64_000;

/** UTF-8 length of a string, without Buffer or TextEncoder (globals the n8n scanner rejects). */
export function utf8Length(value: string): number {
	let bytes = 0;
	for (let index = 0; index < value.length; index++) {
		const code = value.charCodeAt(index);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && index + 1 < value.length) {
			// A surrogate pair is one 4-byte code point.
			bytes += 4;
			index++;
		} else bytes += 3;
	}
	return bytes;
}
