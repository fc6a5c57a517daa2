import type {Entry} from '../domain/entry.js';
import {sourceId, type StoreIndex} from '../domain/import/plan.js';
import {parseEntryLine} from './entries.js';
import {forEachLine} from './lines.js';
import type {DataPaths} from './paths.js';

/**
 * The last version of every entry on disk, deleted ones included, and the source
 * records they came from: what an import compares against (one streaming pass).
 */
export function readStoreIndex(paths: DataPaths): StoreIndex {
	const latest = new Map<string, Entry>();
	forEachLine(paths.entries, (text) => {
		const parsed = parseEntryLine(text);
		if (parsed !== null && typeof parsed !== 'string') latest.set(parsed.id, parsed);
	});
	const sources = new Map<string, boolean>();
	for (const entry of latest.values()) {
		if (entry.source === undefined || typeof entry.source.from !== 'string' || typeof entry.source.key !== 'string') continue;
		const id = sourceId(entry.source);
		// One live copy is enough to call the record "here".
		sources.set(id, (sources.get(id) ?? true) && entry.deleted === true);
	}
	return {latest, sources};
}
