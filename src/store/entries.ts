import {isUtf8} from 'node:buffer';
import {type Entry, localDay} from '../domain/entry.js';
import {type Day, instantsOfDays} from '../domain/stats/days.js';
import {serializeLines} from './append.js';
import {forEachLine} from './lines.js';
import {parseEntryLine, type UnreadableLine} from '../domain/entry-line.js';
import type {StoreIndex} from './scan.js';
import {openStoreIndex} from './index-cache.js';

export {parseEntryLine, type UnreadableLine} from '../domain/entry-line.js';
import type {DataPaths} from './paths.js';
import {rewriteStore} from './writer.js';

export interface EntryRead {
	/** Live entries (last version of each id, deleted ones left out), in file order of first appearance. */
	entries: Entry[];
	unreadable: UnreadableLine[];
	/** How many entry lines the store holds (every version, readable or not). */
	lines: number;
}

export interface ReadOptions {
	/** Only entries at or after this time (ms since epoch). */
	from?: number;
	/** Only entries before this time (ms since epoch). */
	to?: number;
	/** Only ids that pass this (checked before the line is parsed). */
	id?: (id: string) => boolean;
	/**
	 * Only lines that contain this text, searched for in the raw bytes before the line
	 * is parsed: the few safety-plan entries of a large store cost no parsing of the rest.
	 */
	mentions?: string;
	/** Any further test, on the whole entry. */
	keep?: (entry: Entry) => boolean;
}

/** By line number, each line once (a damaged line may be met again when a read widens). */
export function sortedByLine(unreadable: UnreadableLine[]): UnreadableLine[] {
	const byLine = new Map(unreadable.map((item) => [item.line, item]));
	return [...byLine.values()].sort((a, b) => a.line - b.line);
}

function collect(index: StoreIndex, order: number[], options: ReadOptions, limit = Number.POSITIVE_INFINITY): EntryRead {
	try {
		return collectOpen(index, order, options, limit);
	} finally {
		index.close();
	}
}

function collectOpen(index: StoreIndex, order: number[], options: ReadOptions, limit: number): EntryRead {
	const entries: Entry[] = [];
	const mentions = options.mentions === undefined ? undefined : Buffer.from(options.mentions, 'utf8');
	for (const line of order) {
		if (entries.length >= limit) break;
		if (options.id && !options.id(index.idAt(line))) continue;
		if (mentions && !index.lineIncludes(line, mentions)) continue;
		const entry = index.entry(line);
		// The id is checked again on the entry itself: what an edit or delete acts on is the entry asked for.
		if (entry !== undefined && options.id && !options.id(entry.id)) continue;
		if (entry !== undefined && (options.keep === undefined || options.keep(entry))) entries.push(entry);
	}
	return {entries, unreadable: sortedByLine(index.unreadable), lines: index.nonBlankLines};
}

/**
 * Live entries (the last version of each id, deleted ones left out) in the order
 * they were first written, with the lines that could not be read. One streaming
 * pass; only entries in the time range are parsed in full.
 */
export function readEntries(paths: DataPaths, options: ReadOptions | ((entry: Entry) => boolean) = {}): EntryRead {
	const read = typeof options === 'function' ? {keep: options} : options;
	const index = openStoreIndex(paths);
	return collect(index, index.live(read.from, read.to), read);
}

/**
 * The live entries written on the local days `from` to `to` (both included; none: every day
 * from `from` on) that pass `keep`. The store is narrowed by instant before any line is
 * parsed: a day's entries are a day's lines (and a few either side), whatever the store holds.
 */
export function readDays(paths: DataPaths, from: Day, to?: Day, keep?: (entry: Entry) => boolean): EntryRead {
	const instants = instantsOfDays(from, to ?? from);
	return readEntries(paths, {
		from: instants.from,
		...(to === undefined ? {} : {to: instants.to}),
		keep: (entry) => {
			const day = localDay(entry.at);
			return day >= from && (to === undefined || day <= to) && (keep === undefined || keep(entry));
		},
	});
}

/**
 * The newest `count` entries by `at` that pass the filters, newest first. Parses
 * lines newest first and stops when it has enough: `cope list` parses about 20.
 */
export function readLatest(paths: DataPaths, count: number, options: ReadOptions = {}): EntryRead {
	const index = openStoreIndex(paths);
	if (!Number.isFinite(count)) return collect(index, index.newestFirst(options.from, options.to), options, count);
	try {
		// Take the newest few, and more only if filters turned too many away.
		for (let wanted = options.keep || options.id || options.mentions ? count * 4 : count; ; wanted *= 8) {
			const order = index.newest(wanted, options.from, options.to);
			const read = collectOpen(index, order, options, count);
			if (read.entries.length >= count || order.length < wanted) return read;
		}
	} finally {
		index.close();
	}
}

/** Every version of one entry, oldest first (tombstones included). */
export function readEntryHistory(paths: DataPaths, id: string): Entry[] {
	const versions: Entry[] = [];
	forEachLine(paths.entries, (text) => {
		if (text === undefined || !text.includes(id)) return;
		const parsed = parseEntryLine(text);
		if (parsed !== null && typeof parsed !== 'string' && parsed.id === id) versions.push(parsed);
	});
	return versions;
}

/**
 * Adds entries all at once or not at all (an import): `choose` runs holding the
 * lock and returns the entries to add, so a check it makes against the store
 * ("was this already imported?") cannot be overtaken by another writer. The store
 * is then rewritten with them at the end and renamed into place in one step: a
 * crash or a full disk part-way leaves none of them. Returns what was added.
 */
export function addEntriesAtomically(paths: DataPaths, choose: () => readonly Entry[]): readonly Entry[] {
	let chosen: readonly Entry[] = [];
	rewriteStore(paths, ({data}) => {
		chosen = choose();
		if (chosen.length === 0) return undefined;
		const parts = [data];
		if (data.length > 0 && data[data.length - 1] !== 0x0a) parts.push(NEWLINE);
		parts.push(Buffer.from(serializeLines(chosen), 'utf8'));
		return parts;
	});
	return chosen;
}

/** A line as it is on disk: its bytes, and its text when they are valid UTF-8. */
export interface RawLine {
	readonly bytes: Buffer;
	/** Decoded on first use: a compaction decodes only the lines it must parse. */
	readonly text: string | undefined;
	readonly line: number;
}

class DiskLine implements RawLine {
	private decoded: string | undefined | null = null;
	constructor(
		readonly bytes: Buffer,
		readonly line: number,
	) {}

	get text(): string | undefined {
		if (this.decoded === null) this.decoded = isUtf8(this.bytes) ? this.bytes.toString('utf8') : undefined;
		return this.decoded;
	}
}

/** A line made here (not read from disk), numbered after the file's last. */
export function newRawLine(text: string, line: number): RawLine {
	return new DiskLine(Buffer.from(text, 'utf8'), line);
}

/** The lines of the file's bytes, each as it is on disk. */
export function splitRawLines(data: Buffer): RawLine[] {
	const lines: RawLine[] = [];
	let start = 0;
	while (start < data.length) {
		let end = data.indexOf(0x0a, start);
		if (end === -1) end = data.length;
		lines.push(new DiskLine(data.subarray(start, end), lines.length + 1));
		start = end + 1;
	}
	return lines;
}

/**
 * Rewrites the store by the writer protocol (src/store/writer.ts): `rewrite` gets
 * every line as it is on disk (unreadable ones too, byte for byte, so nothing is
 * lost by accident) and returns the lines to keep.
 */
export function rewriteEntryLines(paths: DataPaths, rewrite: (lines: RawLine[]) => Array<string | Buffer>): void {
	rewriteStore(paths, ({data}) => joinLines(rewrite(splitRawLines(data))));
}

export function joinLines(kept: ReadonlyArray<string | Buffer>): Buffer[] {
	const parts: Buffer[] = [];
	for (const line of kept) parts.push(typeof line === 'string' ? Buffer.from(line, 'utf8') : line, NEWLINE);
	return parts;
}

const NEWLINE = Buffer.from('\n');

const HEAD = Buffer.from('{"v":1,"id":"');
const PLAIN_ID = /^[0-9A-Za-z_-]{1,64}$/;

/** The newest readable version of entry `id` among these lines (a tombstone included), if any. */
export function latestVersion(lines: readonly RawLine[], id: string): Entry | undefined {
	const needle = Buffer.from(id, 'utf8');
	for (let index = lines.length - 1; index >= 0; index--) {
		const line = lines[index] as RawLine;
		const head = idInHead(line.bytes);
		if (head !== undefined ? head !== id : !line.bytes.includes(needle)) continue;
		const parsed = parseEntryLine(line.text);
		if (parsed !== null && typeof parsed === 'object' && parsed.id === id) return parsed;
	}
	return undefined;
}

/** The id in cope's own line prefix (`{"v":1,"id":"…"`), read from the bytes; undefined for any other line. */
function idInHead(bytes: Buffer): string | undefined {
	if (bytes.length <= HEAD.length || bytes.compare(HEAD, 0, HEAD.length, 0, HEAD.length) !== 0) return undefined;
	const end = bytes.indexOf(0x22, HEAD.length);
	if (end === -1) return undefined;
	const id = bytes.toString('latin1', HEAD.length, end);
	return PLAIN_ID.test(id) ? id : undefined;
}

/**
 * Drops versions that a later line replaced, so that edited-away and deleted words
 * are really gone from the disk. Tombstones stay (they hold no text) so a re-import
 * does not bring a deleted entry back. Unreadable lines stay exactly as they were.
 *
 * Only lines whose id appears more than once are parsed: a line alone with its id is
 * kept whatever it holds, so on a store of 100k entries an edit parses a handful.
 */
export function compactLines(lines: RawLine[]): Array<string | Buffer> {
	const parsed = new Map<number, Entry | string | null>();
	const parse = (index: number): Entry | string | null => {
		let entry = parsed.get(index);
		if (entry === undefined) parsed.set(index, (entry = parseEntryLine((lines[index] as RawLine).text)));
		return entry;
	};
	// Every line's id: from cope's prefix where it has one, else from the line parsed in full.
	const ids = lines.map((line, index) => {
		const id = idInHead(line.bytes);
		if (id !== undefined) return id;
		const entry = parse(index);
		return entry !== null && typeof entry === 'object' ? entry.id : undefined;
	});
	const count = new Map<string, number>();
	for (const id of ids) if (id !== undefined) count.set(id, (count.get(id) ?? 0) + 1);
	// For ids with several lines: the last readable one wins.
	const lastIndex = new Map<string, number>();
	ids.forEach((id, index) => {
		if (id === undefined || count.get(id) === 1) return;
		const entry = parse(index);
		if (entry !== null && typeof entry === 'object') lastIndex.set(entry.id, index);
	});
	const kept: Array<string | Buffer> = [];
	lines.forEach((line, index) => {
		const id = ids[index];
		// The line as it was, byte for byte: fields a newer cope wrote are kept too.
		if (id !== undefined && count.get(id) === 1) {
			kept.push(line.bytes);
			return;
		}
		const entry = parse(index);
		if (entry === null) return;
		if (typeof entry === 'string' || lastIndex.get(entry.id) === index) kept.push(line.bytes);
	});
	return kept;
}
