import {type Entry, serializeEntry} from '../domain/entry.js';
import {compactLines, joinLines, latestVersion, newRawLine, splitRawLines} from './entries.js';
import {readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {isAlive, withLock} from './lock.js';
import {type DataPaths, ensureDir} from './paths.js';
import {StoreError} from './store-error.js';
import {rewriteHoldingLock} from './writer.js';
import {forgetInQuarantine} from './quarantine.js';

/**
 * Stores a new version of an entry (an edit, or a tombstone for a delete) and
 * compacts the store in the same step, so the words it replaced are gone from the
 * disk, not just hidden: one rewrite, one rename (src/store/writer.ts). If
 * anything stops it, the store is as it was and the old version is still the one
 * shown.
 *
 * The change applies to the version it was made from (`base`): checked holding the
 * lock, against the store as it is then. An edit of an entry deleted meanwhile
 * fails ("deleted-meanwhile"), and so does an edit of an entry another cope changed
 * since `base` was read ("changed-meanwhile"): the second of two edits is refused,
 * never silently lost. A delete removes whatever version is there, and, still holding
 * the lock, the records of the quarantine that hold its words (src/store/quarantine.ts).
 */
export function replaceEntry(paths: DataPaths, base: Entry, next: Entry): void {
	ensureDir(paths.dir);
	withLock(paths.lock, () => {
		rewriteHoldingLock(paths, ({data}) => {
			const lines = splitRawLines(data);
			const current = latestVersion(lines, base.id);
			if (current === undefined) throw new StoreError({code: 'missing', id: base.id});
			if (next.deleted !== true) {
				if (current.deleted === true) throw new StoreError({code: 'deleted-meanwhile', id: base.id});
				if (serializeEntry(current) !== serializeEntry(base)) throw new StoreError({code: 'changed-meanwhile', id: base.id});
			}
			lines.push(newRawLine(serializeEntry(next), lines.length + 1));
			return joinLines(compactLines(lines));
		});
		if (next.deleted !== true) return;
		// The entry is deleted: what follows only tidies its words away, and may not report it as failed.
		try {
			forgetInQuarantine(paths, base.id, (name) => isEditFileOf(name, base.id));
		} catch {
			// Only tidying, and the delete stands: the quarantine is rewritten whole or not at all.
		}
	});
	if (next.deleted === true) removeDeadEditFiles(paths, base.id);
}

/** Is `name` the file of a `cope edit` of entry `id` (as withEditFile names them)? */
function isEditFileOf(name: string, id: string): boolean {
	const match = EDIT_FILE_NAME.exec(name);
	return match !== null && id.endsWith(match[1] as string);
}

/**
 * After a delete: the file of a `cope edit` of this entry that was killed holds its
 * words; the delete takes those too. A file whose cope is still running is left to
 * it (its save will be refused, and it removes the file).
 */
function removeDeadEditFiles(paths: DataPaths, id: string): void {
	let names: string[];
	try {
		names = readdirSync(paths.dir);
	} catch {
		return;
	}
	for (const name of names) {
		const match = EDIT_FILE_NAME.exec(name);
		if (!match || !isEditFileOf(name, id) || isAlive(Number(match[2]))) continue;
		rmSync(join(paths.dir, name), {force: true});
	}
}

/** The names withEditFile gives (src/store/edit-file.ts): .edit-<short id>-<pid>-<random>.txt */
const EDIT_FILE_NAME = /^\.edit-([0-9A-Z]{4,26})-(\d+)-[0-9a-f]+\.txt$/;
