import {closeSync, openSync, readSync} from 'node:fs';
import {isUtf8} from 'node:buffer';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Calls `visit` for every line of a file, streaming in 1 MiB chunks so that memory
 * stays flat however large the file. A line that is not valid UTF-8 is passed as
 * `undefined` (it is reported, never decoded into mojibake). Line numbers start at 1.
 * A missing file has no lines.
 */
export function forEachLine(path: string, visit: (text: string | undefined, line: number) => void): void {
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
					visit(text.slice(start, end), ++line);
					start = end + 1;
				}
				return;
			}
			let start = 0;
			for (;;) {
				const end = block.indexOf(NEWLINE, start);
				if (end === -1) break;
				const bytes = block.subarray(start, end);
				visit(isUtf8(bytes) ? bytes.toString('utf8') : undefined, ++line);
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
		if (carry.length > 0) {
			const withNewline = Buffer.concat([carry, Buffer.from('\n')]);
			visitBlock(withNewline);
		}
	} finally {
		closeSync(fd);
	}
}
