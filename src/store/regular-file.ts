import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import {StoreError} from './store-error.js';

/**
 * Opens a file for reading without ever blocking: O_NONBLOCK makes opening a FIFO
 * return at once (a plain open waits for a writer forever), and anything that is
 * not a regular file is refused with a StoreError "not-a-file". ENOENT is thrown
 * as it is, for callers that take a missing file as empty. A file it creates
 * (O_CREAT in `flags`) is private: `mode` 0600.
 */
export function openRegular(path: string, flags: number = constants.O_RDONLY, mode = 0o600): number {
	const fd = openSync(path, flags | constants.O_NONBLOCK, mode);
	try {
		if (!fstatSync(fd).isFile()) throw new StoreError({code: 'not-a-file', path});
	} catch (error) {
		closeSync(fd);
		throw error;
	}
	return fd;
}

/**
 * The whole of an open file from `position` to its end, however many reads it takes: one
 * buffer of the size fstat gives (and a byte more, so the read that finds the end needs no
 * room of its own), grown only if the file grew meanwhile.
 */
export function readToEnd(fd: number, position = 0): Buffer {
	let buffer = Buffer.allocUnsafe(Math.max(0, fstatSync(fd).size - position) + 1);
	let length = 0;
	for (;;) {
		if (length === buffer.length) {
			const bigger = Buffer.allocUnsafe(buffer.length * 2);
			buffer.copy(bigger, 0, 0, length);
			buffer = bigger;
		}
		const read = readSync(fd, buffer, length, buffer.length - length, position + length);
		if (read === 0) break;
		length += read;
	}
	return buffer.subarray(0, length);
}

/** `length` bytes of an open file from `position` (fewer at its end), in a buffer of their own. */
export function readAt(fd: number, position: number, length: number): Buffer {
	const bytes = Buffer.allocUnsafe(length);
	let done = 0;
	while (done < length) {
		const read = readSync(fd, bytes, done, length - done, position + done);
		if (read === 0) break;
		done += read;
	}
	return bytes.subarray(0, done);
}

/** readFileSync for a regular file only: a FIFO or device at `path` is refused, never waited on. */
export function readRegularFile(path: string): Buffer {
	const fd = openRegular(path);
	try {
		return readToEnd(fd);
	} finally {
		closeSync(fd);
	}
}
