import type {Stats} from 'node:fs';
import {readAt} from './regular-file.js';

/**
 * What a cache beside the store says it describes: the first `size` bytes of one
 * file, named by its inode and the time it was made (statx btime where the system
 * keeps one, else 0: an inode number can be used again after a rewrite), with those
 * bytes' last 32 as a check. Appending keeps a stamp good; a rewrite (a new file)
 * or anything else that changes those bytes' end makes it stale.
 */
export interface Stamp {
	ino: number;
	born: number;
	size: number;
	check: string;
}

const CHECK_BYTES = 32;

/** The last bytes of the store's first `size`, read from the open store. */
function checkBytes(store: number, size: number): string {
	const length = Math.min(CHECK_BYTES, size);
	return readAt(store, size - length, length).toString('hex');
}

/** The stamp of the open store `store` (`stats` its fstat) up to `size`. */
export function stampOf(store: number, stats: Stats, size: number): Stamp {
	return {ino: stats.ino, born: stats.birthtimeMs, size, check: checkBytes(store, size)};
}

/** Does this stamp describe the open store? Anything that is not a stamp does not. */
export function stampFits(stamp: Partial<Stamp> | undefined, store: number, stats: Stats): stamp is Stamp {
	if (stamp === undefined || stamp.ino !== stats.ino || stamp.born !== stats.birthtimeMs) return false;
	if (typeof stamp.size !== 'number' || stamp.size <= 0 || stamp.size > stats.size) return false;
	return checkBytes(store, stamp.size) === stamp.check;
}
