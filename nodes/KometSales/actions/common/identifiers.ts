/**
 * Lines that Komet answers by the `identifier` the request gave them (prebook lines,
 * standing-order items). The node numbers the lines the user left without one, so
 * every result can be tied to its line by what Komet echoes.
 */
import type { IDataObject } from 'n8n-workflow';

import { echoForms } from '../../komet/echoes';
import type { LinePlan } from './batching';

/** An identifier as Komet echoes it; anything else (an object, a blank) is none, and the schema names the problem. */
const keyOf = (value: unknown) =>
	(typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value))
		? String(value)
		: undefined;
const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * Numbers lines the user left without an identifier (`<item>-<line>`), unique within the
 * request and unlike any given one as Komet may echo it (" 1-2" comes back as "1-2").
 */
export function fillIdentifiers(lines: unknown, itemIndex: number): unknown {
	if (!Array.isArray(lines)) return lines;
	const taken = new Set<string>();
	for (const line of lines as IDataObject[]) {
		const key = keyOf(line?.identifier);
		if (key !== undefined) for (const form of echoForms(key)) taken.add(form);
	}
	return lines.map((line: IDataObject, lineIndex) => {
		if (!line || typeof line !== 'object' || Array.isArray(line) || given(line.identifier)) return line;
		let identifier = `${itemIndex + 1}-${lineIndex + 1}`;
		while (taken.has(identifier)) identifier += '-n8n';
		taken.add(identifier);
		return { ...line, identifier };
	});
}

/** The lines of `arrayKey`, answered per identifier; `echoLength`: the answer's documented length of it. */
export const identifiedLines = (arrayKey: string, echoLength?: number): LinePlan => ({
	of: (request) => (request[arrayKey] as IDataObject[] | undefined) ?? [],
	key: (line) => keyOf(line.identifier),
	resultKey: (result) => keyOf(result.identifier),
	echoLength,
});
