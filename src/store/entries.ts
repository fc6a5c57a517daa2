import {closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync} from 'node:fs';
import {isUtf8} from 'node:buffer';
import {type Entry, ENTRY_FORMAT, serializeEntry, toEntry} from '../domain/entry.js';
import {failure} from '../errors.js';
import {fsyncDir, writeAll, writeFileAtomic} from './atomic.js';
import {forEachLine} from './lines.js';
import {withLock} from './lock.js';
import {type DataPaths, ensureDir, FILE_MODE} from './paths.js';

/** A line of entries.jsonl that could not be read. */
export interface UnreadableLine {
	line: number;
	reason: string;
}

export interface EntryRead {
	/** Live entries (last version of each id, deleted ones left out), in file order of first appearance. */
	entries: Entry[];
	unreadable: UnreadableLine[];
}

/** Parses one line: an entry, a reason it is not one, or null for a blank line. */
export function parseEntryLine(text: string | undefined): Entry | string | null {
	if (text === undefined) return 'not valid UTF-8';
	if (text.trim() === '') return null;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return text.trimEnd().endsWith('}') ? 'not valid JSON' : 'not valid JSON (cut off part-way)';
	}
	return toEntry(value);
}

export interface ReadOptions {
	/**
	 * A first look at a line's `at`, read from the fixed key order without parsing the
	 * line (`{"v":1,"id":"…","at":"…",…}`): false means the entry is not wanted, and the
	 * line is not parsed at all — a report over 30 days skips the other years this way.
	 * Lines not in that form (and torn lines) are parsed and given to `keep` as always.
	 * Trade-off: a line that looks whole but is broken in the middle, and whose `at`
	 * is not wanted, is skipped without a warning (`cope doctor` still finds it).
	 */
	wantAt?: (at: string) => boolean;
}

const LINE_HEAD = `{"v":${ENTRY_FORMAT},"id":"`;
const AT_KEY = '","at":"';

/** The id and at of a line written by serializeEntry, without parsing it; undefined for any other form. */
export function lineHead(text: string): {id: string; at: string} | undefined {
	if (!text.startsWith(LINE_HEAD)) return undefined;
	const idEnd = text.indexOf('"', LINE_HEAD.length);
	if (idEnd === -1 || !text.startsWith(AT_KEY, idEnd)) return undefined;
	const atStart = idEnd + AT_KEY.length;
	const atEnd = text.indexOf('"', atStart);
	if (atEnd === -1 || text.charCodeAt(text.length - 1) !== 0x7d) return undefined;
	const id = text.slice(LINE_HEAD.length, idEnd);
	const at = text.slice(atStart, atEnd);
	// An escaped quote or backslash means the simple reading may be wrong: parse it instead.
	if (id.includes('\\') || at.includes('\\')) return undefined;
	return {id, at};
}

/**
 * Reads the store in one streaming pass. `keep` (if given) decides which entries are
 * kept in memory, so a report over 30 days of a 100k-entry store holds only those;
 * a later version of an entry always replaces (or removes) the earlier one.
 */
export function readEntries(paths: DataPaths, keep?: (entry: Entry) => boolean, options: ReadOptions = {}): EntryRead {
	const live = new Map<string, Entry>();
	const unreadable: UnreadableLine[] = [];
	const {wantAt} = options;
	forEachLine(paths.entries, (text, line) => {
		if (wantAt !== undefined && text !== undefined) {
			const head = lineHead(text);
			if (head !== undefined && !wantAt(head.at)) {
				live.delete(head.id);
				return;
			}
		}
		const parsed = parseEntryLine(text);
		if (parsed === null) return;
		if (typeof parsed === 'string') {
			unreadable.push({line, reason: parsed});
			return;
		}
		if (parsed.deleted || (keep !== undefined && !keep(parsed))) {
			live.delete(parsed.id);
			return;
		}
		live.set(parsed.id, parsed);
	});
	return {entries: [...live.values()], unreadable};
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
 * Appends entries as whole lines in one write, under the lock, then fsyncs: when this
 * returns, they are on disk. If the file ends in a torn line (a writer killed
 * mid-append), the new lines start on a fresh line so they are not glued to it.
 */
export function appendEntries(paths: DataPaths, entries: readonly Entry[]): void {
	if (entries.length === 0) return;
	ensureDir(paths.dir);
	const text = entries.map((entry) => serializeEntry(entry)).join('\n') + '\n';
	withLock(paths.lock, () => {
		let fd: number;
		try {
			fd = openSync(paths.entries, 'a+', FILE_MODE);
		} catch (error) {
			throw failure(`cannot write to ${paths.entries}: ${(error as Error).message}`, 'Nothing was saved.', error);
		}
		try {
			const {size} = fstatSync(fd);
			let prefix = '';
			if (size > 0) {
				const last = Buffer.alloc(1);
				readSync(fd, last, 0, 1, size - 1);
				if (last[0] !== 0x0a) prefix = '\n';
			}
			writeAll(fd, Buffer.from(prefix + text, 'utf8'));
			fsyncSync(fd);
			if (size === 0) fsyncDir(paths.dir);
		} finally {
			closeSync(fd);
		}
	});
}

export function appendEntry(paths: DataPaths, entry: Entry): void {
	appendEntries(paths, [entry]);
}

/** A line as it is on disk: its bytes, and its text when they are valid UTF-8. */
export interface RawLine {
	bytes: Buffer;
	text: string | undefined;
	line: number;
}

function readRawLines(path: string): RawLine[] {
	let data: Buffer;
	try {
		data = readFileSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	const lines: RawLine[] = [];
	let start = 0;
	while (start < data.length) {
		let end = data.indexOf(0x0a, start);
		if (end === -1) end = data.length;
		const bytes = data.subarray(start, end);
		lines.push({bytes, text: isUtf8(bytes) ? bytes.toString('utf8') : undefined, line: lines.length + 1});
		start = end + 1;
	}
	return lines;
}

/**
 * Rewrites the store atomically under the lock (temp file + fsync + rename).
 * `rewrite` gets every line as it is on disk (unreadable ones too, byte for byte,
 * so nothing is lost by accident) and returns the lines to keep.
 */
export function rewriteEntryLines(paths: DataPaths, rewrite: (lines: RawLine[]) => Array<string | Buffer>): void {
	ensureDir(paths.dir);
	withLock(paths.lock, () => {
		const kept = rewrite(readRawLines(paths.entries));
		const parts: Buffer[] = [];
		for (const line of kept) {
			parts.push(typeof line === 'string' ? Buffer.from(line, 'utf8') : line, NEWLINE);
		}
		writeFileAtomic(paths.entries, Buffer.concat(parts));
	});
}

const NEWLINE = Buffer.from('\n');

/**
 * Drops versions that a later line replaced, so that edited-away and deleted words
 * are really gone from the disk. Tombstones stay (they hold no text) so a re-import
 * does not bring a deleted entry back. Unreadable lines stay exactly as they were.
 */
export function compactLines(lines: RawLine[]): Array<string | Buffer> {
	const parsed = lines.map((line) => parseEntryLine(line.text));
	const lastIndex = new Map<string, number>();
	parsed.forEach((entry, index) => {
		if (entry !== null && typeof entry !== 'string') lastIndex.set(entry.id, index);
	});
	const kept: Array<string | Buffer> = [];
	parsed.forEach((entry, index) => {
		if (entry === null) return;
		if (typeof entry === 'string') {
			const line = lines[index];
			if (line) kept.push(line.bytes);
			return;
		}
		if (lastIndex.get(entry.id) === index) kept.push(serializeEntry(entry));
	});
	return kept;
}
