import {closeSync, fstatSync, type Stats} from 'node:fs';
import {openRegular, readAt} from './regular-file.js';
import {StoreError} from './store-error.js';
import {writeFileAtomic} from './atomic.js';
import {type Stamp, stampFits, stampOf} from './stamp.js';
import type {DataPaths} from './paths.js';
import type {CacheContents, CachedIndex} from './scan.js';
import {PAGE, StoreIndex} from './scan.js';

/**
 * A cache beside the store (entries.idx) of where each live line is and when it
 * happened — times, offsets and ids, never any words. With it, `cope list` on a
 * large store reads only what was appended since, instead of every line.
 *
 * It is only a cache: it describes the first `size` bytes of one file (its Stamp,
 * src/store/stamp.ts), and anything that does not match is ignored and rebuilt. A
 * rewrite of the store (a new file) makes it stale. The store is opened once and
 * the cache checked, read and written against that open file, so a rewrite renamed
 * in meanwhile is never mixed with it.
 *
 * The file: a line of JSON (the header: the stamp, the count, each page's earliest and
 * latest time), then, for the live lines in file order, their times (float64), file
 * offsets (float64), lengths and line numbers (uint32), then their ids. All but the header
 * are read a page of 4096 lines at a time, when a read needs them.
 */
const MAGIC = 'cope-index 3';
/** Below this a full read is quick enough; no cache is written. */
export const WORTH_CACHING = 1 << 20;
/** Rewrite the cache once this much has been appended since it was written. */
export const STALE_TAIL = 256 << 10;

interface Header extends Stamp {
	magic: string;
	count: number;
	idBytes: number;
	maxId: string;
	lineCount: number;
	unreadable: Array<[number, string]>;
	/** The earliest and latest time of each page of lines, in turn (CacheContents.pageAts). */
	pageAts: number[];
}

/**
 * An ArrayBuffer and offset for a typed array over `bytes` from `offset`: the bytes read where
 * they are aligned (a buffer of its own starts at 0), else a copy. Copying megabytes costs
 * milliseconds.
 */
function aligned(bytes: Buffer, offset: number, length: number): [ArrayBuffer, number] {
	const start = bytes.byteOffset + offset;
	return start % 8 === 0 ? [bytes.buffer as ArrayBuffer, start] : [bytes.buffer.slice(start, start + length) as ArrayBuffer, 0];
}

/**
 * The cache for this store, or undefined when there is none that fits it. Only its header
 * is read now; the rest when asked for (the ids, half the file, only if ids() is called:
 * `cope list` seldom needs them). The file stays open for that until close(), so they come
 * from the same cache even if another cope replaces it meanwhile.
 */
function readCache(paths: DataPaths, store: number, stats: Stats): CachedIndex | undefined {
	let fd: number;
	try {
		fd = openRegular(paths.index);
	} catch {
		return undefined;
	}
	/** The file is the cache's to close from here on (its ids are read later). */
	let handedOver = false;
	try {
		const cacheSize = fstatSync(fd).size;
		let head = readAt(fd, 0, Math.min(cacheSize, 1 << 16));
		while (head.indexOf(0x0a) === -1 && head.length < cacheSize) head = readAt(fd, 0, Math.min(cacheSize, head.length * 4));
		const headerEnd = head.indexOf(0x0a);
		if (headerEnd === -1) return undefined;
		const header = JSON.parse(head.toString('utf8', 0, headerEnd)) as Header;
		if (header.magic !== MAGIC || !stampFits(header, store, stats)) return undefined;
		const {count} = header;
		const pageAts = header.pageAts;
		if (!Array.isArray(pageAts) || pageAts.length !== Math.ceil(count / PAGE) * 2 || !pageAts.every(Number.isFinite)) return undefined;
		const body = headerEnd + 1;
		const expected = body + count * 24 + header.idBytes;
		if (body % 8 !== 0 || cacheSize !== expected) return undefined;
		/** A short read of what the header promised: only something cutting the cache short in place (cope replaces it whole, by a rename). */
		const cutShort = (read: number, wanted: number): StoreError =>
			new StoreError({code: 'io', path: paths.index, errno: 'EIO', detail: `${paths.index}: read ${read} of ${wanted} bytes`});
		// When each line happened, a page of lines at a time, when a page may hold a time a read
		// asks for (pageAts): a read of a few days reads a page or two of 100k lines' 800 KB.
		const atPages = new Map<number, Float64Array>();
		const atsOfPage = (number: number): Float64Array => {
			let ats = atPages.get(number);
			if (ats) return ats;
			const first = number * PAGE;
			const length = Math.min(PAGE, count - first);
			const bytes = readAt(fd, body + first * 8, length * 8);
			if (bytes.length !== length * 8) throw cutShort(bytes.length, length * 8);
			ats = new Float64Array(...aligned(bytes, 0, length * 8), length);
			atPages.set(number, ats);
			return ats;
		};
		// Where each line is, its length and number: read a page of lines at a time, when a line
		// is wanted (`cope list` wants 20 of 100k; reading all of them is 1.6 MB).
		const pages = new Map<number, {offsets: Float64Array; lengths: Uint32Array; lines: Uint32Array}>();
		const pageOf = (index: number): {offsets: Float64Array; lengths: Uint32Array; lines: Uint32Array} => {
			const number = Math.floor(index / PAGE);
			let page = pages.get(number);
			if (page) return page;
			const first = number * PAGE;
			const length = Math.min(PAGE, count - first);
			const part = (start: number, bytesEach: number): [ArrayBuffer, number] => {
				const bytes = readAt(fd, start + first * bytesEach, length * bytesEach);
				if (bytes.length !== length * bytesEach) throw cutShort(bytes.length, length * bytesEach);
				return aligned(bytes, 0, length * bytesEach);
			};
			page = {
				offsets: new Float64Array(...part(body + count * 8, 8), length),
				lengths: new Uint32Array(...part(body + count * 16, 4), length),
				lines: new Uint32Array(...part(body + count * 20, 4), length),
			};
			pages.set(number, page);
			return page;
		};
		let ids: Buffer | undefined;
		handedOver = true;
		let closed = false;
		return {
			count,
			atsOfPage,
			pageAts: Float64Array.from(pageAts),
			offsetOf: (index) => pageOf(index).offsets[index % PAGE] as number,
			lengthOf: (index) => pageOf(index).lengths[index % PAGE] as number,
			lineOf: (index) => pageOf(index).lines[index % PAGE] as number,
			ids: () => {
				ids ??= readAt(fd, body + count * 24, header.idBytes);
				if (ids.length !== header.idBytes) throw cutShort(ids.length, header.idBytes);
				return ids;
			},
			close: () => {
				if (!closed) closeSync(fd);
				closed = true;
			},
			maxId: header.maxId,
			lineCount: header.lineCount,
			size: header.size,
			unreadable: header.unreadable.map(([line, reason]) => ({line, reason})),
		};
	} catch {
		return undefined;
	} finally {
		if (!handedOver) closeSync(fd);
	}
}

function writeCache(paths: DataPaths, store: number, stats: Stats, cache: CacheContents): void {
	const header: Header = {
		magic: MAGIC,
		...stampOf(store, stats, cache.size),
		count: cache.count,
		idBytes: cache.ids.length,
		maxId: cache.maxId,
		lineCount: cache.lineCount,
		unreadable: cache.unreadable.map(({line, reason}) => [line, reason]),
		pageAts: Array.from(cache.pageAts),
	};
	let head = JSON.stringify(header);
	head += ' '.repeat((8 - ((Buffer.byteLength(head) + 1) % 8)) % 8) + '\n';
	const parts = [
		Buffer.from(head, 'utf8'),
		...[cache.ats, cache.offsets, cache.lengths, cache.lines].map(
			(array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
		),
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
	let store: number;
	try {
		store = openRegular(paths.entries);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new StoreIndex(undefined);
		throw error;
	}
	let cached: CachedIndex | undefined;
	let index: StoreIndex;
	let stats: Stats;
	try {
		stats = fstatSync(store);
		cached = stats.size >= WORTH_CACHING ? readCache(paths, store, stats) : undefined;
		index = new StoreIndex(store, cached, stats);
	} catch (error) {
		cached?.close();
		closeSync(store);
		throw error;
	}
	if (stats.size >= WORTH_CACHING && (cached === undefined || index.coveredSize - cached.size >= STALE_TAIL)) {
		const fresh = index.toCache();
		try {
			if (fresh && fresh.size > 0) writeCache(paths, store, stats, fresh);
		} catch {
			// Only a cache: the next read does the full pass again.
		}
	}
	return index;
}
