import {closeSync, readSync, type Stats} from 'node:fs';
import {forEachBlockOf} from './lines.js';
import {type Stamp, stampFits, stampOf} from './stamp.js';
import {isUtf8} from 'node:buffer';
import type {Entry} from '../domain/entry.js';
import {BLANK, NOT_UTF8, parseEntryLine, type UnreadableLine} from '../domain/entry-line.js';

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const CLOSE_BRACE = 0x7d;
const HEAD = Buffer.from('{"v":1,"id":"');
const AT_KEY = Buffer.from('","at":"');
const TOMBSTONE = Buffer.from(',"deleted":true');
const DELETED_ANYWHERE = Buffer.from('"deleted":');

/** Native comparison: a JS byte loop here runs 300k times per 100k lines before the JIT warms up. */
function startsWith(data: Buffer, prefix: Buffer, at: number): boolean {
	return at + prefix.length <= data.length && data.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0;
}

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146_097 + doe - 719_468;
}

/**
 * Milliseconds for cope's own `at` format (2026-11-25T21:40:00+01:00 or …Z), read
 * straight from the bytes. Anything else: NaN, and the line is parsed in full.
 */
function parseAt(data: Buffer, start: number, end: number): number {
	const length = end - start;
	if ((length !== 25 && length !== 20) || data[start + 10] !== 0x54 /* T */) return Number.NaN;
	const year =
		(data[start] as number) * 1000 +
		(data[start + 1] as number) * 100 +
		(data[start + 2] as number) * 10 +
		(data[start + 3] as number) -
		53_328;
	const month = (data[start + 5] as number) * 10 + (data[start + 6] as number) - 528;
	const day = (data[start + 8] as number) * 10 + (data[start + 9] as number) - 528;
	const seconds =
		((data[start + 11] as number) * 10 + (data[start + 12] as number) - 528) * 3600 +
		((data[start + 14] as number) * 10 + (data[start + 15] as number) - 528) * 60 +
		((data[start + 17] as number) * 10 + (data[start + 18] as number) - 528);
	if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && seconds >= 0 && seconds < 86_400 && year >= 0)) return Number.NaN;
	const utc = daysFromCivil(year, month, day) * 86_400_000 + seconds * 1000;
	if (length === 20) return data[start + 19] === 0x5a /* Z */ ? utc : Number.NaN;
	const offset =
		((data[start + 20] as number) * 10 + (data[start + 21] as number) - 528) * 60 +
		(data[start + 23] as number) * 10 +
		(data[start + 24] as number) -
		528;
	if (!(offset >= 0 && offset < 1440)) return Number.NaN;
	return data[start + 19] === 0x2d /* - */ ? utc + offset * 60_000 : utc - offset * 60_000;
}

/**
 * How much of the file one read brings in for lines the cache points to: the first read
 * brings the least (`cope list` wants twenty lines), and each next one twice as much,
 * up to the most (a report of years wants them all).
 */
const FIRST_WINDOW = 64 << 10;
const READ_WINDOW = 1 << 20;

/**
 * An index of the store, built in one streaming pass that reads only each line's
 * prefix (`{"v":1,"id":"…","at":"…"`, the fixed order cope writes) from the raw
 * bytes. Lines are decoded and parsed only when asked for, so picking the 20
 * newest of 100k entries parses 20, and a 30-day report parses a month's worth.
 *
 * Last version wins without a map over every id: ULIDs grow with time, so only an
 * id that is not above every id seen before can repeat an earlier line, and only
 * those are tracked.
 */
export class StoreIndex {
	private readonly chunks: Buffer[] = [];
	private readonly chunkBases: number[] = [];
	/** The block a line is in, or -1 for a line known from the cache (read from disk when needed). */
	private readonly chunkOf: number[] = [];
	/** Start and end of each line: within its block, or file offsets for cached lines. */
	private readonly starts: number[] = [];
	private readonly ends: number[] = [];
	private readonly lines: number[] = [];
	private readonly ats: number[] = [];
	/** Where each line's id ends in its block (strings are made only when needed). */
	private readonly idEnds: number[] = [];
	/** Ids of lines that were parsed in full (not cope's prefix), by index. */
	private readonly otherIds = new Map<number, string>();
	private readonly tombstone: boolean[] = [];
	private readonly parsed = new Map<number, Entry>();
	/** For ids that came out of order: the index of their newest line. */
	private readonly repeated = new Map<string, number>();
	private maxId: Buffer = Buffer.alloc(0);
	private lineCount = 0;
	readonly unreadable: UnreadableLine[] = [];
	private unreadableAtScan = 0;
	/** File offset where the current block starts, and where the last whole line ends. */
	private blockBase = 0;
	/** Bytes of the file covered by whole lines (a torn last line is not covered). */
	coveredSize = 0;
	/** Lines that came from the cache: indexes [0, cachedCount). */
	private cachedCount = 0;
	private cachedIds: string[] | undefined;
	private cache: CachedIndex | undefined;

	/**
	 * Indexes the open store `fd` (undefined: there is no store yet), which it owns and
	 * reads everything from: cached lines are read later from this same file, even if
	 * another cope has renamed a new one into its place meanwhile. With `cached`, the
	 * lines it covers are taken from it and only the rest of the file (what was
	 * appended since) is read.
	 */
	constructor(
		private readonly fd: number | undefined,
		cached?: CachedIndex,
		/** The open store's fstat, for the stamps of caches beside it. */
		readonly stats?: Stats,
	) {
		if (cached) this.adopt(cached);
		// Blocks are kept: lines are decoded later, straight from them. A last line with
		// no newline (torn, or hand-written) is read but never cached: the next read
		// looks at it again.
		if (fd !== undefined)
			forEachBlockOf(fd, this.coveredSize, (block, offset, whole) => {
				this.blockBase = offset;
				this.indexBlock(block);
				if (!whole) return;
				this.coveredSize = offset + block.length;
				this.coveredLines = this.lineCount;
				this.coveredUnreadable = this.unreadable.length;
			});
		this.unreadableAtScan = this.unreadable.length;
	}

	private coveredLines = 0;
	private coveredUnreadable = 0;

	/** Takes the cache's live lines as the first records. */
	private adopt(cached: CachedIndex): void {
		// Kept as the cache's typed arrays: indexes [0, cachedCount) are cached lines, the rest read now.
		this.cache = cached;
		this.cachedCount = cached.count;
		this.maxId = Buffer.from(cached.maxId, 'utf8');
		this.lineCount = cached.lineCount;
		this.coveredSize = cached.size;
		this.coveredLines = cached.lineCount;
		this.unreadable.push(...cached.unreadable);
		this.coveredUnreadable = this.unreadable.length;
	}

	private indexBlock(block: Buffer): void {
		const chunk = this.chunks.push(block) - 1;
		this.chunkBases.push(this.blockBase);
		const valid = isUtf8(block);
		// A line with a "deleted" key anywhere but cope's own place (hand-written, another
		// tool) is parsed in full; one native search per block finds them.
		let deletedKey = block.indexOf(DELETED_ANYWHERE);
		let start = 0;
		for (;;) {
			const end = block.indexOf(NEWLINE, start);
			if (end === -1) break;
			const line = ++this.lineCount;
			let parseFully = false;
			if (deletedKey !== -1 && deletedKey < end) {
				parseFully = true;
				deletedKey = block.indexOf(DELETED_ANYWHERE, end);
			}
			if (valid || isUtf8(block.subarray(start, end))) this.indexLine(block, chunk, start, end, line, parseFully);
			else this.unreadable.push({line, reason: NOT_UTF8});
			start = end + 1;
		}
	}

	private indexLine(block: Buffer, chunk: number, start: number, end: number, line: number, parseFully: boolean): void {
		let idEnd = -1;
		let atMs = Number.NaN;
		let deleted = false;
		if (!parseFully && startsWith(block, HEAD, start) && block[end - 1] === CLOSE_BRACE) {
			idEnd = block.indexOf(QUOTE, start + HEAD.length);
			if (idEnd !== -1 && idEnd < end && startsWith(block, AT_KEY, idEnd)) {
				const atStart = idEnd + AT_KEY.length;
				const atEnd = block.indexOf(QUOTE, atStart);
				if (atEnd !== -1 && atEnd < end) {
					atMs = parseAt(block, atStart, atEnd);
					deleted = startsWith(block, TOMBSTONE, atEnd + 1);
				}
			}
		}
		const index = this.cachedCount + this.ats.length;
		let id: Buffer;
		if (Number.isNaN(atMs)) {
			// Not cope's own prefix (hand-written, another tool, or damaged): parse it all now.
			const result = parseEntryLine(block.toString('utf8', start, end));
			if (result === null) return;
			if (typeof result === 'string') {
				this.unreadable.push({line, reason: result});
				return;
			}
			this.parsed.set(index, result);
			this.otherIds.set(index, result.id);
			id = Buffer.from(result.id, 'utf8');
			atMs = Date.parse(result.at);
			deleted = result.deleted === true;
		} else {
			id = block.subarray(start + HEAD.length, idEnd);
		}
		this.chunkOf.push(chunk);
		this.starts.push(start);
		this.idEnds.push(idEnd);
		this.ends.push(end);
		this.lines.push(line);
		this.ats.push(atMs);
		this.tombstone.push(deleted);
		if (Buffer.compare(id, this.maxId) > 0) this.maxId = id;
		else this.repeated.set(this.idAt(index), index);
	}

	/** How many lines held something (an entry version or an unreadable line); blank lines do not count. */
	get nonBlankLines(): number {
		return this.cachedCount + this.ats.length + this.unreadableAtScan;
	}

	/** Is line `index` the newest version of its id, and not a deletion? */
	private isLive(index: number): boolean {
		if (index >= this.cachedCount && this.tombstone[index - this.cachedCount]) return false;
		if (this.repeated.size === 0) return true;
		const newest = this.repeated.get(this.idAt(index));
		return newest === undefined || newest === index;
	}

	/** The stamp of the store as read: of its whole lines. */
	stamp(): Stamp | undefined {
		const size = this.coveredSize;
		return this.fd === undefined || this.stats === undefined || size <= 0 ? undefined : stampOf(this.fd, this.stats, size);
	}

	/** Does a cache's stamp describe the store as read? */
	fits(stamp: Partial<Stamp> | undefined): stamp is Stamp {
		return this.fd !== undefined && this.stats !== undefined && stampFits(stamp, this.fd, this.stats);
	}

	/**
	 * Does a line at or after `offset` stand for an entry with a line before it (an edit or
	 * delete appended, not rewritten, by an older cope or another tool)? Then what was
	 * counted of the part before `offset` may count a version that is no longer live.
	 */
	replacesBefore(offset: number): boolean {
		for (const index of this.repeated.values()) if (this.fileOffset(index) >= offset) return true;
		return false;
	}

	/** Indexes of live entries with `at` in [from, to), in file order, of the lines indexed [startAt, endAt). */
	live(from = -Infinity, to = Infinity, startAt = 0, endAt = Infinity): number[] {
		const result: number[] = [];
		const cachedEnd = Math.min(this.cachedCount, endAt);
		for (let index = startAt; index < cachedEnd;) {
			const page = Math.floor(index / PAGE);
			const pageEnd = Math.min((page + 1) * PAGE, cachedEnd);
			if (!this.pageMayHold(index, from, to)) {
				index = pageEnd;
				continue;
			}
			const ats = (this.cache as CachedIndex).atsOfPage(page);
			for (; index < pageEnd; index++) {
				const at = ats[index - page * PAGE] as number;
				if (at >= from && at < to && this.isLive(index)) result.push(index);
			}
		}
		const tailEnd = Math.min(this.ats.length, endAt - this.cachedCount);
		for (let tail = Math.max(0, startAt - this.cachedCount); tail < tailEnd; tail++) {
			const at = this.ats[tail] as number;
			const index = this.cachedCount + tail;
			if (at >= from && at < to && this.isLive(index)) result.push(index);
		}
		return result;
	}

	/** The index of the first line that starts at or after `offset` in the file (what was appended after it). */
	firstLineFrom(offset: number): number {
		// Lines are indexed in file order: found by halving. The lines the position cache
		// holds all start before the end of what it covers.
		let low = this.cache !== undefined && offset >= this.cache.size ? this.cachedCount : 0;
		let high = this.cachedCount + this.ats.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (this.fileOffset(middle) < offset) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	/** The same, newest `at` first (ties: the one written later first). */
	newestFirst(from = -Infinity, to = Infinity): number[] {
		const live = this.live(from, to);
		const ats = Float64Array.from(live, (index) => this.atOf(index));
		const order = Uint32Array.from(live.keys()).sort((a, b) => (ats[b] as number) - (ats[a] as number) || b - a);
		return Array.from(order, (position) => live[position] as number);
	}

	/**
	 * The newest `count` live lines, newest first, without sorting them all: walking
	 * from the end of the file (where the newest usually are), a line older than the
	 * `count`-th newest so far is passed over at once.
	 */
	newest(count: number, from = -Infinity, to = Infinity): number[] {
		const top: number[] = [];
		const topAts: number[] = [];
		for (let index = this.cachedCount + this.ats.length - 1; index >= 0; index--) {
			// A page of cached lines none of which can be among them is passed over whole.
			if (index < this.cachedCount && (index % PAGE === PAGE - 1 || index === this.cachedCount - 1)) {
				const floor = top.length === count ? (topAts[count - 1] as number) : -Infinity;
				if (!this.pageMayHold(index, Math.max(from, floor), to, top.length === count)) {
					index -= index % PAGE;
					continue;
				}
			}
			const at = this.atOf(index);
			if (!(at >= from && at < to)) continue;
			if (top.length === count && at <= (topAts[count - 1] as number)) continue;
			if (!this.isLive(index)) continue;
			// Insert in order: newest first; a tie goes after, as the earlier-written line.
			let position = top.length;
			while (position > 0 && (topAts[position - 1] as number) < at) position--;
			top.splice(position, 0, index);
			topAts.splice(position, 0, at);
			if (top.length > count) {
				top.pop();
				topAts.pop();
			}
		}
		return top;
	}

	/**
	 * Can the cache's page holding line `index` hold a time in [from, to) (above `from` only,
	 * when `above`)? Without page times (a cache being written), every page can.
	 */
	private pageMayHold(index: number, from: number, to: number, above = false): boolean {
		const pages = this.cache?.pageAts;
		const page = Math.floor(index / PAGE) * 2;
		if (pages === undefined || page + 1 >= pages.length) return true;
		const latest = pages[page + 1] as number;
		return (above ? latest > from : latest >= from) && (pages[page] as number) < to;
	}

	idAt(index: number): string {
		if (index < this.cachedCount) {
			this.cachedIds ??= (this.cache as CachedIndex).ids().toString('utf8').split('\n');
			return this.cachedIds[index] as string;
		}
		const other = this.otherIds.get(index);
		if (other !== undefined) return other;
		const tail = index - this.cachedCount;
		const block = this.chunks[this.chunkOf[tail] as number] as Buffer;
		return block.toString('latin1', (this.starts[tail] as number) + HEAD.length, this.idEnds[tail]);
	}

	/** The bytes of line `index`: from memory, or read from the file for a cached line. */
	private lineBytes(index: number): Buffer {
		if (index >= this.cachedCount) {
			const tail = index - this.cachedCount;
			return (this.chunks[this.chunkOf[tail] as number] as Buffer).subarray(this.starts[tail], this.ends[tail]);
		}
		const cache = this.cache as CachedIndex;
		const offset = cache.offsetOf(index);
		const length = cache.lengthOf(index);
		const window = this.window;
		if (window !== undefined && offset >= window.start && offset + length <= window.start + window.bytes.length)
			return window.bytes.subarray(offset - window.start, offset - window.start + length);
		// Lines are mostly wanted in file order (a report) or backwards from the end (a list):
		// one read brings in the lines that come next that way, not one read per line.
		const backwards = window !== undefined && offset < window.start;
		const size = window === undefined ? FIRST_WINDOW : Math.min(READ_WINDOW, window.size * 2);
		const start = backwards ? Math.max(0, offset + length - size) : offset;
		const bytes = Buffer.allocUnsafe(Math.max(length, size));
		const read = readSync(this.fd as number, bytes, 0, bytes.length, start);
		this.window = {start, size, bytes: bytes.subarray(0, read)};
		return this.window.bytes.subarray(offset - start, offset - start + length);
	}

	/** The last stretch of the file read for cached lines (lineBytes). */
	private window: {start: number; size: number; bytes: Buffer} | undefined;

	/**
	 * The local day line `index` was written on, read from cope's own prefix without parsing the
	 * line (its `at` starts with it); undefined for a line not in that form (then parse it).
	 */
	localDayOf(index: number): string | undefined {
		if (this.parsed.has(index)) return undefined;
		const bytes = this.lineBytes(index);
		if (!startsWith(bytes, HEAD, 0)) return undefined;
		const idEnd = bytes.indexOf(QUOTE, HEAD.length);
		if (idEnd === -1 || !startsWith(bytes, AT_KEY, idEnd)) return undefined;
		const day = bytes.toString('latin1', idEnd + AT_KEY.length, idEnd + AT_KEY.length + 10);
		return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
	}

	/** Does line `index` contain these bytes? Searched within the line only, before any parsing. */
	lineIncludes(index: number, bytes: Buffer): boolean {
		return this.lineBytes(index).includes(bytes);
	}

	/**
	 * The whole entry at `index`, parsed now (each time: a read of many entries need not
	 * hold them all); undefined (and reported) if the line is damaged.
	 */
	entry(index: number): Entry | undefined {
		const parsed = this.parsed.get(index);
		if (parsed) return parsed;
		const bytes = this.lineBytes(index);
		const result = parseEntryLine(isUtf8(bytes) ? bytes.toString('utf8') : undefined);
		if (result === null || typeof result === 'string') {
			this.unreadable.push({line: this.lineNumber(index), reason: result ?? BLANK});
			return undefined;
		}
		return result;
	}

	/** Closes the store and the cache file. */
	close(): void {
		if (this.closed) return;
		this.closed = true;
		if (this.fd !== undefined) closeSync(this.fd);
		this.cache?.close();
	}

	private closed = false;

	/** The live lines, for the cache: everything a later read needs to skip this part of the file. */
	toCache(): CacheContents | undefined {
		const live = this.live().filter((index) => this.lineNumber(index) <= this.coveredLines);
		const ids = live.map((index) => this.idAt(index));
		const ats = Float64Array.from(live, (index) => this.atOf(index));
		if (ids.some((id) => id.includes('\n'))) return undefined;
		return {
			count: live.length,
			ats,
			pageAts: pageAtsOf(ats),
			offsets: Float64Array.from(live, (index) => this.fileOffset(index)),
			lengths: Uint32Array.from(live, (index) => this.lineBytesLength(index)),
			lines: Uint32Array.from(live, (index) => this.lineNumber(index)),
			ids: Buffer.from(ids.join('\n'), 'utf8'),
			maxId: this.maxId.toString('utf8'),
			lineCount: this.coveredLines,
			size: this.coveredSize,
			unreadable: this.unreadable.slice(0, this.coveredUnreadable),
		};
	}

	/** When line `index` happened (ms since the epoch). */
	atOf(index: number): number {
		if (index >= this.cachedCount) return this.ats[index - this.cachedCount] as number;
		return (this.cache as CachedIndex).atsOfPage(Math.floor(index / PAGE))[index % PAGE] as number;
	}

	private lineNumber(index: number): number {
		return index < this.cachedCount ? (this.cache as CachedIndex).lineOf(index) : (this.lines[index - this.cachedCount] as number);
	}

	private lineBytesLength(index: number): number {
		if (index < this.cachedCount) return (this.cache as CachedIndex).lengthOf(index);
		const tail = index - this.cachedCount;
		return (this.ends[tail] as number) - (this.starts[tail] as number);
	}

	private fileOffset(index: number): number {
		if (index < this.cachedCount) return (this.cache as CachedIndex).offsetOf(index);
		const tail = index - this.cachedCount;
		return (this.chunkBases[this.chunkOf[tail] as number] as number) + (this.starts[tail] as number);
	}
}

/** Lines to a page of the position cache: their times and places are read a page at a time, and each page's earliest and latest time are kept (CacheContents.pageAts). */
export const PAGE = 4096;

/** The earliest and latest time of each page of PAGE lines (CacheContents.pageAts). */
export function pageAtsOf(ats: Float64Array): Float64Array {
	const pages = new Float64Array(Math.ceil(ats.length / PAGE) * 2);
	for (let index = 0; index < ats.length; index++) {
		const at = ats[index] as number;
		const page = Math.floor(index / PAGE) * 2;
		if (index % PAGE === 0 || at < (pages[page] as number)) pages[page] = at;
		if (index % PAGE === 0 || at > (pages[page + 1] as number)) pages[page + 1] = at;
	}
	return pages;
}

/** What the cache file holds: the live lines of the first `size` bytes of the store, in file order. */
export interface CacheContents {
	count: number;
	/** When each line happened (ms since the epoch). */
	ats: Float64Array;
	/**
	 * The earliest and latest of those times in each page of PAGE lines, in turn: a read of a
	 * few days skips the pages that hold none of them instead of looking at every line.
	 */
	pageAts: Float64Array;
	/** Where each line starts in the store, its length in bytes, and its line number. */
	offsets: Float64Array;
	lengths: Uint32Array;
	lines: Uint32Array;
	/** The ids, joined by newlines. */
	ids: Buffer;
	maxId: string;
	lineCount: number;
	size: number;
	unreadable: UnreadableLine[];
}

/** The cache as read: the times at once, the rest from the cache file when asked for (src/store/index-cache.ts). */
export interface CachedIndex extends Omit<CacheContents, 'ats' | 'offsets' | 'lengths' | 'lines' | 'ids'> {
	/** The times of the lines of page `page` (lines [page × PAGE, page × PAGE + PAGE)). */
	atsOfPage: (page: number) => Float64Array;
	offsetOf: (index: number) => number;
	lengthOf: (index: number) => number;
	lineOf: (index: number) => number;
	ids: () => Buffer;
	/** Lets go of the cache file (what was not read of it can no longer be). */
	close: () => void;
}
