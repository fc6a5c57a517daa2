import {closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import {dirname, basename, join} from 'node:path';
import {FILE_MODE} from './paths.js';
import {nonce} from './nonce.js';

/** Writes all of `data` to `fd`, however many calls it takes. */
export function writeAll(fd: number, data: Uint8Array): void {
	let offset = 0;
	while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/** Flushes a directory entry (a create or rename) to disk. Some filesystems refuse; that is fine. */
export function fsyncDir(dir: string): void {
	let fd: number | undefined;
	try {
		fd = openSync(dir, 'r');
		fsyncSync(fd);
	} catch {
		// Not supported here (e.g. some network filesystems): the rename is still atomic.
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/**
 * Replaces a file all at once: write a temp file beside it, fsync, rename over.
 * A reader sees the old file or the new one, never half of either.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: {durable?: boolean} = {}): void {
	const durable = options.durable ?? true;
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${nonce()}.tmp`);
	const fd = openSync(temp, 'wx', FILE_MODE);
	try {
		writeAll(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
		if (durable) fsyncSync(fd);
	} catch (error) {
		closeSync(fd);
		unlinkSync(temp);
		throw error;
	}
	closeSync(fd);
	try {
		renameSync(temp, path);
	} catch (error) {
		unlinkSync(temp);
		throw error;
	}
	if (durable) fsyncDir(dirname(path));
}
