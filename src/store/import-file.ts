import {readFileSync, type Stats, statSync} from 'node:fs';
import {isUtf8} from 'node:buffer';
import {failure, invalid} from '../errors.js';

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
	if (body.includes(0)) throw invalid(`${name} is not a text file.`, 'cope imports text exports: CSV from Daylio, a jrnl journal or JSON.');
	if (!isUtf8(body)) throw invalid(`${name} is not UTF-8 text.`, 'Save it as UTF-8 (most apps export that way) and try again.');
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
	if (stats.isDirectory()) throw invalid(`${path} is a folder, not a file.`, 'Give the exported file itself, e.g. cope import ~/Downloads/daylio_export.csv --from daylio');
	const {size} = stats;
	if (size > IMPORT_MAX_BYTES) throw invalid(`${path} is ${Math.round(size / 1024 / 1024)} MB; cope imports files of up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`, 'Split it into smaller files and import each.');
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
	if (code === 'ENOENT') return invalid(`cannot find ${path}.`, 'Check the name and folder (a path with spaces needs quotes).');
	if (code === 'EACCES' || code === 'EPERM') return invalid(`cannot read ${path}: permission denied.`, 'Check that the file is yours to read.');
	return failure(`cannot read ${path}: ${(error as Error).message}`, undefined, error);
}
