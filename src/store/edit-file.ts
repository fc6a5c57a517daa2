import {closeSync, openSync, readFileSync, unlinkSync} from 'node:fs';
import {randomBytes} from 'node:crypto';
import {join} from 'node:path';
import {writeAll} from './atomic.js';
import {type DataPaths, ensureDir, FILE_MODE} from './paths.js';

/** Edit files are named .edit-<id>-<pid>-<random>.txt, so `cope doctor` can tell one left by a crash from one in use. */
export const EDIT_FILE_PREFIX = '.edit-';

/**
 * Runs `edit` with a private file (0600, inside the data directory, never /tmp)
 * holding `text`, and returns what `edit` returns. The file is removed afterwards,
 * so no copy of the words is left behind, except when `edit` fails with an error
 * that `keepOn` accepts: then the file stays, with what the person wrote in it
 * (cope doctor finds it and --repair keeps its words in the quarantine).
 */
export async function withEditFile<T>(
	paths: DataPaths,
	name: string,
	text: string,
	edit: (path: string, read: () => string) => Promise<T>,
	keepOn: (error: unknown, path: string) => boolean = () => false,
): Promise<T> {
	ensureDir(paths.dir);
	const path = join(paths.dir, `${EDIT_FILE_PREFIX}${name}-${process.pid}-${randomBytes(4).toString('hex')}.txt`);
	const fd = openSync(path, 'wx', FILE_MODE);
	try {
		writeAll(fd, Buffer.from(text, 'utf8'));
	} finally {
		closeSync(fd);
	}
	let keep = false;
	try {
		return await edit(path, () => readFileSync(path, 'utf8'));
	} catch (error) {
		keep = keepOn(error, path);
		throw error;
	} finally {
		try {
			if (!keep) unlinkSync(path);
		} catch {
			// The editor removed it (some do on quit): nothing is left.
		}
	}
}

/** Rewrites the edit file in place (when the person is asked to fix something). */
export function rewriteEditFile(path: string, text: string): void {
	const fd = openSync(path, 'w', FILE_MODE);
	try {
		writeAll(fd, Buffer.from(text, 'utf8'));
	} finally {
		closeSync(fd);
	}
}
