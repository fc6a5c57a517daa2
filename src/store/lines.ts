import {closeSync, openSync, readSync} from 'node:fs';
import {isUtf8} from 'node:buffer';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Visits every line of a file without copying it: `text` is a decoded block of
 * the file and the line is `text.slice(start, end)`. Streams in 1 MiB chunks, so
 * memory stays flat however large the file. A line that is not valid UTF-8 comes
 * with `text` undefined (it is reported, never decoded into mojibake). Lines count
 * from 1. A missing file has no lines.
 */
export function forEachLineSpan(path: string, visit: (text: string | undefined, start: number, end: number, line: number) => void): void {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	try {
		const chunk = Buffer.allocUnsafe(CHUNK);
		let carry: Buffer = Buffer.alloc(0);
		let line = 0;
		const visitBlock = (block: Buffer): void => {
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
		};
		for (;;) {
			const read = readSync(fd, chunk, 0, CHUNK, null);
			if (read === 0) break;
			const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
			const last = data.lastIndexOf(NEWLINE);
			if (last === -1) {
				carry = Buffer.from(data);
				continue;
			}
			visitBlock(data.subarray(0, last + 1));
			carry = Buffer.from(data.subarray(last + 1));
		}
		if (carry.length > 0) visitBlock(Buffer.concat([carry, Buffer.from('\n')]));
	} finally {
		closeSync(fd);
	}
}

/** Like forEachLineSpan, with each line as its own string. */
export function forEachLine(path: string, visit: (text: string | undefined, line: number) => void): void {
	forEachLineSpan(path, (text, start, end, line) => visit(text === undefined ? undefined : text.slice(start, end), line));
}
