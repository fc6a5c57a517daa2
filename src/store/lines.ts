import {closeSync, readSync} from 'node:fs';
import {openRegular} from './regular-file.js';
import {isUtf8} from 'node:buffer';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Reads a file from `from` in 1 MiB blocks that each end at a newline, so memory
 * stays flat however large the file. Every block is a fresh buffer the caller may
 * keep; a line cut by the read boundary moves to the front of the next block rather
 * than being concatenated. A last line without a newline comes as a final block with
 * one added and `whole` false. A missing file has no blocks; a FIFO or other
 * non-regular file is refused (StoreError "not-a-file"), never waited on.
 */
export function forEachBlock(path: string, from: number, visit: (block: Buffer, offset: number, whole: boolean) => void): void {
	let fd: number;
	try {
		fd = openRegular(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	try {
		forEachBlockOf(fd, from, visit);
	} finally {
		closeSync(fd);
	}
}

/** The same, for a file already open (its reader keeps the fd, so every read is of one file). */
export function forEachBlockOf(fd: number, from: number, visit: (block: Buffer, offset: number, whole: boolean) => void): void {
	let position = from;
	let offset = from;
	let carry: Buffer | undefined;
	for (;;) {
		const carried = carry?.length ?? 0;
		const block = Buffer.allocUnsafe(CHUNK + carried);
		if (carry) carry.copy(block, 0);
		const read = readSync(fd, block, carried, CHUNK, position);
		if (read === 0) break;
		position += read;
		const data = block.subarray(0, carried + read);
		const last = data.lastIndexOf(NEWLINE);
		if (last === -1) {
			carry = data;
			continue;
		}
		visit(data.subarray(0, last + 1), offset, true);
		offset += last + 1;
		carry = last + 1 < data.length ? data.subarray(last + 1) : undefined;
	}
	if (carry) visit(Buffer.concat([carry, Buffer.from('\n')]), offset, false);
}

/**
 * Visits every line of a file without copying it: `text` is a decoded block of
 * the file and the line is `text.slice(start, end)`. A line that is not valid UTF-8
 * comes with `text` undefined (it is reported, never decoded into mojibake). Lines
 * count from 1.
 */
export function forEachLineSpan(path: string, visit: (text: string | undefined, start: number, end: number, line: number) => void): void {
	let line = 0;
	forEachBlock(path, 0, (block) => {
		if (isUtf8(block)) {
			const text = block.toString('utf8');
			let start = 0;
			for (;;) {
				const end = text.indexOf('\n', start);
				if (end === -1) break;
				visit(text, start, end, ++line);
				start = end + 1;
			}
			return;
		}
		let start = 0;
		for (;;) {
			const end = block.indexOf(NEWLINE, start);
			if (end === -1) break;
			const bytes = block.subarray(start, end);
			if (isUtf8(bytes)) {
				const text = bytes.toString('utf8');
				visit(text, 0, text.length, ++line);
			} else {
				visit(undefined, 0, 0, ++line);
			}
			start = end + 1;
		}
	});
}

/** Like forEachLineSpan, with each line as its own string. */
export function forEachLine(path: string, visit: (text: string | undefined, line: number) => void): void {
	forEachLineSpan(path, (text, start, end, line) => visit(text === undefined ? undefined : text.slice(start, end), line));
}
