/**
 * What the trigger remembers a record by: its key, and a fingerprint of its content to tell
 * a changed record from one met again.
 */
import type { IDataObject } from 'n8n-workflow';

import { idText } from '../komet/records';
import { stableText } from '../komet/stableText';

const PRINT_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/**
 * A short content fingerprint: 48 bits of two 32-bit FNV-1a hashes, as 8 characters, so
 * static data stays small; a change goes unseen with a chance of one in 2^48.
 */
export function fingerprint(record: IDataObject): string {
	const text = stableText(record);
	let first = 0x811c9dc5;
	let second = 0x01000193;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		first = Math.imul(first ^ code, 0x01000193) >>> 0;
		second = Math.imul(second ^ code, 0x811c9dc5) >>> 0;
	}
	let print = '';
	for (let digit = 0; digit < 4; digit++) print += PRINT_DIGITS[(first >>> (digit * 6)) & 63];
	for (let digit = 0; digit < 4; digit++) print += PRINT_DIGITS[(second >>> (digit * 6)) & 63];
	return print;
}

/** A record's key by its id: the id as digits, any other id as text, else its content. */
export function keyById(record: IDataObject): string {
	const id = idText(record.id);
	if (id !== undefined) return id;
	if (typeof record.id === 'string' || typeof record.id === 'number') return `id:${String(record.id)}`;
	return `content:${fingerprint(record)}`;
}
