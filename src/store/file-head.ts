import {closeSync, fstatSync, openSync, readSync, statSync} from 'node:fs';

/**
 * The first bytes of a file and its size, or undefined when it cannot be read: enough
 * to recognise a file that is not text (an encrypted journal) and say what it is.
 */
export function readFileHead(path: string, bytes: number): {head: Uint8Array; size: number} | undefined {
	try {
		const fd = openSync(path, 'r');
		try {
			const size = fstatSync(fd).size;
			const head = Buffer.alloc(Math.min(bytes, size));
			readSync(fd, head, 0, head.length, 0);
			return {head, size};
		} finally {
			closeSync(fd);
		}
	} catch {
		return undefined;
	}
}

/** Whether a path is a folder (a jrnl folder or DayOne journal is one). */
export function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
