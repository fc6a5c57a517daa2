import type {Entry} from '../domain/entry.js';
import {appendEntry, compactLines, rewriteEntryLines} from './entries.js';
import type {DataPaths} from './paths.js';

/**
 * Stores a new version of an entry (an edit, or a tombstone for a delete), then
 * compacts the store so the words it replaced are gone from the disk, not just
 * hidden. The append comes first: if the compaction is interrupted, the new
 * version is already safe, and the next compaction (or cope doctor --repair)
 * finishes the job.
 */
export function replaceEntry(paths: DataPaths, next: Entry): void {
	appendEntry(paths, next);
	rewriteEntryLines(paths, compactLines);
}
