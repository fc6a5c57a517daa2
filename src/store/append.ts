import {type Entry, serializeEntry} from '../domain/entry.js';
import type {DataPaths} from './paths.js';
import {appendLines} from './writer.js';

// Kept apart from entries.ts (reading, rewriting): `cope log` and `cope journal` only append,
// and this way start without the reading code (docs/architecture.md, "Speed").

/** Entries as the store's lines, each ending in a line break. */
export function serializeLines(entries: readonly Entry[]): string {
	return entries.map((entry) => serializeEntry(entry)).join('\n') + '\n';
}

/**
 * Appends entries as whole lines in one write, under the lock, then fsyncs: when this
 * returns, they are on disk; when it throws (a StoreError), none of them is.
 */
export function appendEntries(paths: DataPaths, entries: readonly Entry[]): void {
	if (entries.length === 0) return;
	appendLines(paths, serializeLines(entries));
}

export function appendEntry(paths: DataPaths, entry: Entry): void {
	appendEntries(paths, [entry]);
}
