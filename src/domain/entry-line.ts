import {type Entry, toEntry} from './entry.js';

// A line of entries.jsonl as the store reads it, and the words for one it cannot read
// (beside toEntry's, which say what a parsed line lacks).

/** The reason for a line whose bytes are not UTF-8. */
export const NOT_UTF8 = 'not valid UTF-8';
/** The reason for a line found blank where the position cache said an entry was. */
export const BLANK = 'empty';

/** A line of entries.jsonl that could not be read. */
export interface UnreadableLine {
	line: number;
	reason: string;
}

/** Parses one line: an entry, a reason it is not one, or null for a blank line. */
export function parseEntryLine(text: string | undefined): Entry | string | null {
	if (text === undefined) return NOT_UTF8;
	if (text.trim() === '') return null;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		const trimmed = text.trim();
		return trimmed.startsWith('{') && !trimmed.endsWith('}') ? 'not valid JSON (cut off part-way)' : 'not valid JSON';
	}
	return toEntry(value);
}
