import {closeSync, openSync, readSync, statSync} from 'node:fs';
import {readRegularFile} from './regular-file.js';
import {writeFileAtomic} from './atomic.js';
import type {DataPaths} from './paths.js';
import type {CachedIndex} from './scan.js';
import {StoreIndex} from './scan.js';

/**
 * A cache beside the store (entries.idx) of where each live line is and when it
 * happened — times, offsets and ids, never any words. With it, `cope list` on a
 * large store reads only what was appended since, instead of every line.
 *
 * It is only a cache: it describes the first `size` bytes of one file (checked by
 * inode, size and those bytes' last 32), and anything that does not match is
 * ignored and rebuilt. A rewrite of the store (a new inode) makes it stale.
 */
const MAGIC = 'cope-index 1';
/** Below this a full read is quick enough; no cache is written. */
const WORTH_CACHING = 1 << 20;
/** Rewrite the cache once this much has been appended since it was written. */
const STALE_TAIL = 256 << 10;
const CHECK_BYTES = 32;

interface Header {
	magic: string;
	ino: number;
	size: number;
	check: string;
	count: number;
	idBytes: number;
	maxId: string;
	lineCount: number;
	unreadable: Array<[number, string]>;
}

function checkBytes(path: string, size: number): string {
	const length = Math.min(CHECK_BYTES, size);
	const bytes = Buffer.alloc(length);
	const fd = openSync(path, 'r');
	try {
		readSync(fd, bytes, 0, length, size - length);
	} finally {
		closeSync(fd);
	}
	return bytes.toString('hex');
}

function readCache(paths: DataPaths, ino: number, fileSize: number): CachedIndex | undefined {
	let data: Buffer;
	try {
		data = readRegularFile(paths.index);
	} catch {
		return undefined;
	}
	try {
		const headerEnd = data.indexOf(0x0a);
		const header = JSON.parse(data.toString('utf8', 0, headerEnd)) as Header;
		if (header.magic !== MAGIC || header.ino !== ino || header.size > fileSize || header.size <= 0) return undefined;
		const {count} = header;
		const body = headerEnd + 1;
		const expected = body + count * 24 + header.idBytes;
		if (body % 8 !== 0 || data.length !== expected) return undefined;
		if (checkBytes(paths.entries, header.size) !== header.check) return undefined;
		// Copy into fresh typed arrays: alignment of the file's buffer is not guaranteed.
		const view = (offset: number, bytes: number): ArrayBuffer =>
			data.buffer.slice(data.byteOffset + offset, data.byteOffset + offset + bytes) as ArrayBuffer;
		return {
			count,
			ats: new Float64Array(view(body, count * 8)),
			offsets: new Float64Array(view(body + count * 8, count * 8)),
			lengths: new Uint32Array(view(body + count * 16, count * 4)),
			lines: new Uint32Array(view(body + count * 20, count * 4)),
			ids: data.subarray(body + count * 24, expected),
			maxId: header.maxId,
			lineCount: header.lineCount,
			size: header.size,
			unreadable: header.unreadable.map(([line, reason]) => ({line, reason})),
		};
	} catch {
		return undefined;
	}
}

function writeCache(paths: DataPaths, ino: number, cache: CachedIndex): void {
	const header: Header = {
		magic: MAGIC,
		ino,
		size: cache.size,
		check: checkBytes(paths.entries, cache.size),
		count: cache.count,
		idBytes: cache.ids.length,
		maxId: cache.maxId,
		lineCount: cache.lineCount,
		unreadable: cache.unreadable.map(({line, reason}) => [line, reason]),
	};
	let head = JSON.stringify(header);
	head += ' '.repeat((8 - ((Buffer.byteLength(head) + 1) % 8)) % 8) + '\n';
	const parts = [
		Buffer.from(head, 'utf8'),
		new Uint8Array(cache.ats.buffer),
		new Uint8Array(cache.offsets.buffer),
		new Uint8Array(cache.lengths.buffer),
		new Uint8Array(cache.lines.buffer),
		cache.ids,
	];
	writeFileAtomic(paths.index, Buffer.concat(parts), {durable: false});
}

/**
 * The store's index: from the cache plus what was appended since, or a full read.
 * Refreshes the cache when the store is large and it is missing or far behind; a
 * cache that cannot be written (read-only folder) is simply not used.
 */
export function openStoreIndex(paths: DataPaths): StoreIndex {
	let stats;
	try {
		stats = statSync(paths.entries);
	} catch {
		return new StoreIndex(paths.entries);
	}
	const cached = stats.size >= WORTH_CACHING ? readCache(paths, stats.ino, stats.size) : undefined;
	const index = new StoreIndex(paths.entries, cached);
	if (stats.size >= WORTH_CACHING && (cached === undefined || index.coveredSize - cached.size >= STALE_TAIL)) {
		const fresh = index.toCache();
		try {
			if (fresh && fresh.size > 0) writeCache(paths, stats.ino, fresh);
		} catch {
			// Only a cache: the next read does the full pass again.
		}
	}
	return index;
}
