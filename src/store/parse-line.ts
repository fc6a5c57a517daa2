import {type Entry, toEntry} from '../domain/entry.js';

/** A line of entries.jsonl that could not be read. */
export interface UnreadableLine {
	line: number;
	reason: string;
}

/** Parses one line: an entry, a reason it is not one, or null for a blank line. */
export function parseEntryLine(text: string | undefined): Entry | string | null {
	if (text === undefined) return 'not valid UTF-8';
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
