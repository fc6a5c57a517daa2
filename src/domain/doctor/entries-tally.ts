import {ENTRY_FORMAT, type Entry} from '../entry.js';
import {valuesProblem} from '../entry-check.js';

/** What the lines of entries.jsonl hold, counted in one pass. */
export interface EntriesTally {
	lines: number;
	blank: number;
	unreadable: Array<{line: number; reason: string}>;
	/** Lines a newer cope wrote (a format version this one does not know): not damage, and left as they are. */
	newer: number;
	/** Distinct ids. */
	entries: number;
	live: number;
	deleted: number;
	/** Earlier versions replaced by a later line of the same id (edits, deletes). */
	superseded: number;
	/** Of those, lines identical to the version before them (a repeated write). */
	duplicates: number;
	/** Entries (their latest version) holding what cope would not write, e.g. a hand-edited mood of 99. */
	offScale: Array<{line: number; id: string; reason: string}>;
}

/** The reason toEntry gives for a line of a later format version (e.g. a future encrypted envelope). */
export function isFromNewerCope(reason: string): boolean {
	const version = /^unknown format version (\d+)$/.exec(reason)?.[1];
	return version !== undefined && Number(version) > ENTRY_FORMAT;
}

/**
 * Counts lines as they stream past: `add` each parsed line (entry, reason it is unreadable, or null for blank).
 * `digest` tells two lines apart without keeping their words (the store passes a hash).
 */
export function tallyEntries(digest: (text: string) => string): {
	add(parsed: Entry | string | null, line: number, text: string | undefined): void;
	result(): EntriesTally;
} {
	const tally: EntriesTally = {
		lines: 0,
		blank: 0,
		unreadable: [],
		newer: 0,
		entries: 0,
		live: 0,
		deleted: 0,
		superseded: 0,
		duplicates: 0,
		offScale: [],
	};
	const last = new Map<string, {digest: string; deleted: boolean; offScale?: {line: number; id: string; reason: string}}>();
	return {
		add(parsed, line, text) {
			tally.lines = line;
			if (parsed === null) tally.blank++;
			else if (typeof parsed === 'string') {
				if (isFromNewerCope(parsed)) tally.newer++;
				else tally.unreadable.push({line, reason: parsed});
			} else {
				// A digest, not the words: a large store's lines need not all stay in memory.
				const digested = digest(text ?? '');
				const before = last.get(parsed.id);
				if (before) {
					tally.superseded++;
					if (before.digest === digested) tally.duplicates++;
				}
				const reason = parsed.deleted === true ? undefined : valuesProblem(parsed);
				last.set(parsed.id, {
					digest: digested,
					deleted: parsed.deleted === true,
					...(reason === undefined ? {} : {offScale: {line, id: parsed.id, reason}}),
				});
			}
		},
		result() {
			tally.entries = last.size;
			const offScale: EntriesTally['offScale'] = [];
			for (const {deleted, offScale: off} of last.values()) {
				if (deleted) tally.deleted++;
				else tally.live++;
				if (off !== undefined) offScale.push(off);
			}
			return {...tally, unreadable: [...tally.unreadable], offScale: offScale.sort((a, b) => a.line - b.line)};
		},
	};
}
