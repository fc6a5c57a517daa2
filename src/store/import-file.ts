import {readFileSync, type Stats, statSync} from 'node:fs';
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
	let data: Buffer;
	try {
		data = readFileSync(path);
	} catch (error) {
		throw unreadable(path, error);
	}
	return decodeText(data, path);
}

function unreadable(path: string, error: unknown): Error {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return new StoreError({code: 'import-not-found', path});
	if (code === 'EACCES' || code === 'EPERM') return new StoreError({code: 'import-no-permission', path});
	return new StoreError({code: 'import-unreadable', path, detail: (error as Error).message}, {cause: error});
}
