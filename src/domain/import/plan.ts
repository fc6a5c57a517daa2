import {type Entry, serializeEntry} from '../entry.js';

/** What the store already holds, as far as an import needs to know. */
export interface StoreIndex {
	/** The last version of every id on disk, deleted ones (tombstones) included. */
	latest: ReadonlyMap<string, Entry>;
	/** `sourceId` of every imported entry on disk → whether it has since been deleted. */
	sources: ReadonlyMap<string, boolean>;
}

export function sourceId(source: {from: string; key: string}): string {
	return `${source.from}\u0000${source.key}`;
}

export interface ImportPlan {
	/** Entries to append. */
	fresh: Entry[];
	/** Already here: the same record from the same app, or the same id with the same content. */
	already: number;
	/** Deleted here before: not brought back. */
	deletedHere: number;
	/** The same id as an entry here but other content: the one here is kept. */
	conflicts: Entry[];
}

/**
 * Decides which entries are new. An entry from a cope export is known by its id
 * first: the same id with other content is named as differing, also when the entry
 * first came from Daylio or jrnl (its source is the same, its words are not). An
 * entry from another app, with a new id, is known by its source key. An entry here
 * is never overwritten and a deleted one never comes back: the store keeps its own
 * version, and says so.
 */
export function planImport(entries: readonly Entry[], store: StoreIndex): ImportPlan {
	const plan: ImportPlan = {fresh: [], already: 0, deletedHere: 0, conflicts: []};
	for (const entry of entries) {
		const sourceDeleted = entry.source === undefined ? undefined : store.sources.get(sourceId(entry.source));
		const existing = store.latest.get(entry.id);
		if (sourceDeleted === true || existing?.deleted === true) plan.deletedHere++;
		else if (existing !== undefined) {
			if (serializeEntry(existing) === serializeEntry(entry)) plan.already++;
			else plan.conflicts.push(entry);
		} else if (sourceDeleted === false) plan.already++;
		else plan.fresh.push(entry);
	}
	return plan;
}
