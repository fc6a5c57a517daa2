import type {Context} from '../../context.js';
import type {Entry} from '../../domain/entry.js';
import {invalid} from '../../errors.js';
import {readEntries, readLatest, type ReadOptions, type UnreadableLine} from '../../store/entries.js';

const SHOWN = 3;

/** One calm warning per unreadable line (the first few), so nothing is skipped silently. */
export function warnUnreadable(context: Context, unreadable: readonly UnreadableLine[]): void {
	for (const {line, reason} of unreadable.slice(0, SHOWN)) {
		context.warn(`skipped line ${line} of ${context.paths.entries}: ${reason}.`);
	}
	if (unreadable.length > SHOWN) context.warn(`skipped ${unreadable.length - SHOWN} more unreadable lines.`);
	if (unreadable.length > 0)
		context.warn('Your other entries are fine. `cope doctor` lists these lines; `cope doctor --repair` moves them aside.');
}

/** Reads live entries, warning about unreadable lines. */
export function loadEntries(context: Context, options: ReadOptions | ((entry: Entry) => boolean) = {}): Entry[] {
	const {entries, unreadable} = readEntries(context.paths, options);
	warnUnreadable(context, unreadable);
	return entries;
}

/** The newest `count` entries that pass the filters, newest first, warning about unreadable lines. */
export function loadLatest(context: Context, count: number, options: ReadOptions = {}): Entry[] {
	const {entries, unreadable} = readLatest(context.paths, count, options);
	warnUnreadable(context, unreadable);
	return entries;
}

/** An entry by its full id or the short id `cope list` shows (a unique ending of 4+ characters). */
export function findEntry(context: Context, idText: string): Entry {
	const id = idText.trim().toUpperCase();
	if (!/^[0-9A-Z]{4,26}$/.test(id)) {
		throw invalid(
			`"${idText}" is not an entry id.`,
			'Use the id that `cope list` shows (e.g. 7K2QXA), or the full id from `cope list --json`.',
		);
	}
	const matches = loadEntries(context, {id: (candidate) => candidate.endsWith(id)});
	if (matches.length === 0) throw invalid(`no entry has the id ${idText}.`, 'See the ids with: cope list');
	if (matches.length > 1)
		throw invalid(`${matches.length} entries end in ${idText}.`, 'Give more of the id (cope list --json shows the full ids).');
	return matches[0] as Entry;
}

export const SHORT_ID_LENGTH = 6;

export function shortId(id: string): string {
	return id.slice(-SHORT_ID_LENGTH);
}
