import {
	closeSync,
	constants,
	fstatSync,
	fsyncSync,
	ftruncateSync,
	lstatSync,
	openSync,
	readdirSync,
	readlinkSync,
	readSync,
	realpathSync,
	renameSync,
	rmSync,
	statSync,
	unlinkSync,
} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {fsyncDir, writeAll} from './atomic.js';
import {withLock, isAlive} from './lock.js';
import {nonce} from './nonce.js';
import {type DataPaths, ensureDir, FILE_MODE} from './paths.js';
import {openRegular, readToEnd} from './regular-file.js';
import {StoreError, storeError} from './store-error.js';

/*
 * The writer protocol of entries.jsonl (docs/data.md, "How cope writes"): every
 * change (an append, an edit, a delete, an import, a compaction, a repair) is made
 * holding the one lock, and is either
 *  - an append: whole lines in one write, fsynced; if the write fails part-way the
 *    file is cut back to where it was, so a failed append leaves nothing; or
 *  - a rewrite: the new file is written beside the old one, fsynced, checked
 *    against the file as it is now (same file, nothing appended that it lacks:
 *    a tail is carried over), and renamed over it in one step.
 * Whatever stops a writer (SIGKILL, a full disk), the store is the old file or the
 * new one. A StoreError from here means nothing was changed.
 */

/**
 * Where entries.jsonl really is: a symlink is followed, so writes go to the file it
 * points to and the link stays a link.
 */
export function entriesTarget(paths: DataPaths): string {
	let stats;
	try {
		stats = lstatSync(paths.entries);
	} catch {
		return paths.entries;
	}
	if (!stats.isSymbolicLink()) return paths.entries;
	try {
		return realpathSync(paths.entries);
	} catch {
		// A link to a file not made yet: follow it by hand (one level is what a person sets up).
		return resolve(dirname(paths.entries), readlinkSync(paths.entries));
	}
}

/**
 * Appends whole lines in one write, holding the lock, then fsyncs: when this
 * returns they are on disk. A last line cut off by a crash is not glued to: the new
 * lines start on a fresh line. If the write fails (a full disk), the file is cut
 * back to its old size and a StoreError says why; nothing was appended.
 */
export function appendLines(paths: DataPaths, text: string): void {
	ensureDir(paths.dir);
	withLock(paths.lock, () => appendHoldingLock(paths, text));
}

/** The same, for a caller that already holds the lock. */
export function appendHoldingLock(paths: DataPaths, text: string): void {
	let fd: number;
	try {
		fd = openRegular(paths.entries, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT);
	} catch (error) {
		throw storeError(error, paths.entries);
	}
	try {
		const {size} = fstatSync(fd);
		let prefix = '';
		if (size > 0) {
			const last = Buffer.alloc(1);
			readSync(fd, last, 0, 1, size - 1);
			if (last[0] !== 0x0a) prefix = '\n';
		}
		try {
			writeAll(fd, Buffer.from(prefix + text, 'utf8'));
			fsyncSync(fd);
		} catch (error) {
			try {
				ftruncateSync(fd, size);
				fsyncSync(fd);
			} catch {
				// The cut-off line stays; readers skip it and doctor reports it. It was never acknowledged.
			}
			throw storeError(error, paths.entries);
		}
		if (size === 0) fsyncDir(paths.dir);
	} finally {
		closeSync(fd);
	}
}

/** The store as a rewrite found it. */
export interface StoreRead {
	/** Every byte of the file. */
	readonly data: Buffer;
}

/** What a rewrite puts in place of the file: its bytes in parts, or undefined for "leave it as it is". */
export type Rewrite = Buffer[] | undefined;

/** Temp copies are named .<file>.<pid>.<8 hex>.tmp, so doctor (and the next writer) can tell whose they are. */
const TEMP_NAME = /^\.entries\.jsonl\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Removes temp copies left in `dir` by writers that were killed: they may hold words since deleted. */
function removeDeadWritersTemps(dir: string): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names) {
		const match = TEMP_NAME.exec(name);
		if (!match || Number(match[1]) === process.pid || isAlive(Number(match[1]))) continue;
		try {
			unlinkSync(join(dir, name));
		} catch {
			// Gone already, or not ours to remove.
		}
	}
}

/**
 * Rewrites entries.jsonl holding the lock: `rewrite` gets the file as it is and
 * returns the new content (or undefined: no change). The new file is written and
 * fsynced beside the old; then, still holding the lock, cope checks that the file
 * is the one it read: lines appended since (by a writer that did not hold the
 * lock) are carried over to the end, and a file replaced meanwhile stops the
 * rewrite. Then one rename. Returns what `rewrite` returned.
 */
export function rewriteStore<T extends Rewrite>(paths: DataPaths, rewrite: (read: StoreRead) => T): T {
	ensureDir(paths.dir);
	return withLock(paths.lock, () => rewriteHoldingLock(paths, rewrite));
}

/** The same, for a caller that already holds the lock. */
export function rewriteHoldingLock<T extends Rewrite>(paths: DataPaths, rewrite: (read: StoreRead) => T): T {
	const target = entriesTarget(paths);
	let fd: number | undefined;
	try {
		fd = openRegular(target);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw storeError(error, paths.entries);
	}
	try {
		const data = fd === undefined ? Buffer.alloc(0) : readToEnd(fd);
		const ino = fd === undefined ? undefined : fstatSync(fd).ino;
		const parts = rewrite({data});
		if (parts === undefined) return parts;
		writeReplacement(paths, target, parts, (temp) => {
			// Under the lock no cope appends; a writer that broke in anyway (an older cope) is not lost.
			let now;
			try {
				now = statSync(target);
			} catch (error) {
				if (ino === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
				throw new StoreError({code: 'replaced-meanwhile', path: paths.entries}, {cause: error});
			}
			if (ino === undefined ? now.size > 0 : now.ino !== ino || now.size < data.length)
				throw new StoreError({code: 'replaced-meanwhile', path: paths.entries});
			if (fd !== undefined && now.size > data.length) {
				const tail = readToEnd(fd, data.length);
				const needsBreak = data.length > 0 && data[data.length - 1] !== 0x0a && tail[0] !== 0x0a;
				writeAll(temp, needsBreak ? Buffer.concat([Buffer.from('\n'), tail]) : tail);
				fsyncSync(temp);
			}
		});
		return parts;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

function writeReplacement(paths: DataPaths, target: string, parts: Buffer[], beforeRename: (fd: number) => void): void {
	const dir = dirname(target);
	const tempPath = join(dir, `.${basename(paths.entries)}.${process.pid}.${nonce()}.tmp`);
	let fd: number;
	try {
		fd = openSync(tempPath, 'wx', FILE_MODE);
	} catch (error) {
		throw storeError(error, paths.entries);
	}
	let renamed = false;
	try {
		for (const part of parts) writeAll(fd, part);
		fsyncSync(fd);
		beforeRename(fd);
		renameSync(tempPath, target);
		renamed = true;
	} catch (error) {
		throw storeError(error, paths.entries);
	} finally {
		closeSync(fd);
		if (!renamed) rmSync(tempPath, {force: true});
	}
	// The change is made: nothing below may report it as failed.
	try {
		fsyncDir(dir);
		// The caches describe the old file; drop them rather than trust their stamps alone (the
		// figures cache holds tags, which may be a deleted entry's).
		rmSync(paths.index, {force: true});
		rmSync(paths.days, {force: true});
		removeDeadWritersTemps(dir);
		if (dir !== paths.dir) removeDeadWritersTemps(paths.dir);
	} catch {
		// Only tidying: the cache is checked by inode anyway, and doctor finds old temp files.
	}
}
