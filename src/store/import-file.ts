import {closeSync, openSync, readFileSync, readSync, type Stats, statSync} from 'node:fs';
import {isUtf8} from 'node:buffer';
import {StoreError} from './store-error.js';

/** Larger than any real export; beyond it, reading it whole would strain memory. */
export const IMPORT_MAX_BYTES = 256 * 1024 * 1024;

/** Text from bytes: UTF-8 (BOM or not) or UTF-16 with its BOM (as some spreadsheets save CSV). */
export function decodeText(data: Buffer, name: string): string {
	if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
	if (data[0] === 0xfe && data[1] === 0xff) {
		const swapped = Buffer.from(data.subarray(2));
		swapped.swap16();
		return swapped.toString('utf16le');
	}
	const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
	if (body.includes(0)) throw new StoreError({code: 'import-not-text', name});
	if (!isUtf8(body)) throw new StoreError({code: 'import-not-utf8', name});
	return body.toString('utf8');
}

/** Reads a file to import, with a plain message (exit 2) for each way it can fail. */
export function readImportFile(path: string): string {
	let stats: Stats;
	try {
		stats = statSync(path);
	} catch (error) {
		throw unreadable(path, error);
	}
	if (stats.isDirectory()) throw new StoreError({code: 'import-is-folder', path});
	const {size} = stats;
	if (size > IMPORT_MAX_BYTES)
		throw new StoreError({
			code: 'import-too-big',
			path,
			megabytes: Math.round(size / 1024 / 1024),
			maxMegabytes: IMPORT_MAX_BYTES / 1024 / 1024,
		});
	let data: Buffer | undefined;
	try {
		// A pipe or a device (/dev/stdin, <(…)) has no size to check first: read it only so far.
		data = stats.isFile() ? readFileSync(path) : readAtMost(path, IMPORT_MAX_BYTES);
	} catch (error) {
		throw unreadable(path, error);
	}
	if (data === undefined) throw tooBig(path);
	return decodeText(data, path);
}

/** The error for input past the limit whose whole size is not known (a pipe, stdin). */
export function tooBig(path: string): StoreError {
	return new StoreError({code: 'import-too-big', path, maxMegabytes: IMPORT_MAX_BYTES / 1024 / 1024});
}

/** The bytes of a file that is not a regular one, or undefined once there are more than `limit`. */
function readAtMost(path: string, limit: number): Buffer | undefined {
	const fd = openSync(path, 'r');
	try {
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(1024 * 1024);
			const read = readSync(fd, chunk, 0, chunk.length, null);
			if (read === 0) return Buffer.concat(chunks, total);
			total += read;
			if (total > limit) return undefined;
			chunks.push(chunk.subarray(0, read));
		}
	} finally {
		closeSync(fd);
	}
}

function unreadable(path: string, error: unknown): Error {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return new StoreError({code: 'import-not-found', path});
	if (code === 'EACCES' || code === 'EPERM') return new StoreError({code: 'import-no-permission', path});
	return new StoreError({code: 'import-unreadable', path, detail: (error as Error).message}, {cause: error});
}
