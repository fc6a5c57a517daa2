import {appendFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Entry} from '../../src/domain/entry.js';
import {createEntry} from '../../src/domain/mood-entry.js';
import {appendEntries, appendEntry} from '../../src/store/append.js';
import {compactLines, readEntries, readLatest, rewriteEntryLines} from '../../src/store/entries.js';
import {openStoreIndex} from '../../src/store/index-cache.js';
import {PAGE} from '../../src/store/scan.js';
import {dataPaths, type DataPaths} from '../../src/store/paths.js';
import {testId} from '../helpers/entries.js';

let parent: string;
let paths: DataPaths;
beforeEach(() => {
	parent = mkdtempSync(join(tmpdir(), 'cope-idx-'));
	paths = dataPaths(join(parent, 'home'));
});
afterEach(() => rmSync(parent, {recursive: true, force: true}));

const start = Date.parse('2024-01-01T12:00:00Z');
let n = 0;
function entry(dayOffset: number, note = `a private note number ${n}`): Entry {
	n += 1;
	const at = new Date(start + dayOffset * 3600_000);
	return createEntry({
		type: 'mood',
		exercise: 'mood-log',
		at,
		now: at,
		values: {mood: n % 11, note: `${note} ${'x'.repeat(200)}`},
		metrics: {mood: n % 11},
		id: testId(),
	});
}

/** A store big enough (> 1 MiB) for the cache to be written. */
function bigStore(count = 5000): Entry[] {
	const entries = Array.from({length: count}, (_, i) => entry(i));
	appendEntries(paths, entries);
	return entries;
}

/** The same reads, forced to ignore any cache. */
function withoutCache<T>(read: () => T): T {
	const saved = existsSync(paths.index) ? readFileSync(paths.index) : undefined;
	rmSync(paths.index, {force: true});
	const ids = read();
	if (saved) writeFileSync(paths.index, saved, {mode: 0o600});
	return ids;
}

const ids = (read: {entries: Entry[]}): string[] => read.entries.map((e) => e.id);

describe('the position cache (entries.idx)', () => {
	it('is written for a large store and holds no words', () => {
		bigStore();
		readLatest(paths, 20);
		expect(existsSync(paths.index)).toBe(true);
		expect(statSync(paths.index).mode & 0o777).toBe(0o600);
		const bytes = readFileSync(paths.index);
		expect(bytes.includes(Buffer.from('private note'))).toBe(false);
	});

	it('is not written for a small store', () => {
		appendEntries(paths, [entry(1), entry(2)]);
		readLatest(paths, 20);
		expect(existsSync(paths.index)).toBe(false);
	});

	it('gives the same answers as a full read after appends, edits and deletions since it was written', () => {
		const entries = bigStore();
		readLatest(paths, 20); // writes the cache
		const cachedSize = statSync(paths.index).size;
		// Since then: new entries, an old one edited (moved to be newest), a recent one deleted, a garbage line.
		const newest = entry(10_000, 'appended later');
		appendEntry(paths, newest);
		const edited = entries[10] as Entry;
		appendEntry(paths, {...edited, at: new Date(start + 20_000 * 3600_000).toISOString().replace('Z', '+00:00'), edited: 'now'});
		const deleted = entries[4999] as Entry;
		appendEntry(paths, {...deleted, values: {}, deleted: true});
		appendFileSync(paths.entries, 'garbage\n');
		expect(statSync(paths.index).size).toBe(cachedSize); // the tail is small: the cache is reused as it is

		const cached = readLatest(paths, 5);
		const full = withoutCache(() => readLatest(paths, 5));
		expect(ids(cached)).toEqual(ids(full));
		expect(ids(cached).slice(0, 2)).toEqual([edited.id, newest.id]);
		expect(ids(cached)).not.toContain(deleted.id);
		expect(cached.unreadable).toEqual(full.unreadable);
		expect(cached.unreadable).toEqual([{line: 5004, reason: 'not valid JSON'}]);

		const range = {from: start + 100 * 3600_000, to: start + 200 * 3600_000};
		expect(ids(readEntries(paths, range))).toEqual(ids(withoutCache(() => readEntries(paths, range))));
		expect(readEntries(paths).entries).toHaveLength(5000);
	});

	it('reads the lines it points to, in stretches, the same forwards and backwards as a full read', () => {
		// 5000 lines of ~330 bytes: more than one stretch (1 MiB), so some lines straddle two.
		const entries = bigStore();
		readLatest(paths, 1); // writes the cache
		expect(existsSync(paths.index)).toBe(true);
		const forwards = readEntries(paths).entries;
		expect(forwards).toEqual(withoutCache(() => readEntries(paths).entries));
		expect(forwards.map((e) => e.id)).toEqual(entries.map((e) => e.id));
		// Newest first walks the file from its end: backwards through the stretches.
		const backwards = readLatest(paths, 4000).entries;
		expect(backwards).toEqual(withoutCache(() => readLatest(paths, 4000).entries));
		expect(backwards.map((e) => e.id)).toEqual(
			entries
				.slice(-4000)
				.reverse()
				.map((e) => e.id),
		);
	});

	it('reads the ids only when asked, from the cache it opened even if another cope replaced it since', () => {
		const entries = bigStore();
		readLatest(paths, 1); // writes the cache
		const index = openStoreIndex(paths);
		try {
			// As cope writes it: a new file renamed over the old one.
			writeFileSync(`${paths.index}.new`, 'replaced by another cope');
			renameSync(`${paths.index}.new`, paths.index);
			expect(index.idAt(0)).toBe(entries[0]?.id);
			expect(index.idAt(4999)).toBe(entries[4999]?.id);
		} finally {
			index.close();
		}
	});

	it('reads every line from the store it opened, even after another cope renamed a rewrite over it (issue #9)', () => {
		const entries = bigStore();
		readLatest(paths, 1); // writes the cache
		const index = openStoreIndex(paths);
		try {
			// Another cope deletes an early entry: a new file, renamed in, where every later line has moved.
			rewriteEntryLines(paths, (lines) => lines.filter((line) => line.line !== 11).map((line) => line.bytes));
			const read = index.live().map((at) => index.entry(at)?.id);
			// A delete asked for one entry must not get the line that moved into its place.
			expect(read).toEqual(entries.map((e) => e.id));
		} finally {
			index.close();
		}
		expect(ids(readEntries(paths))).toEqual(entries.filter((_, i) => i !== 10).map((e) => e.id));
	});

	it('is not used for another file that has the same inode number and size, as can happen after a rewrite', () => {
		const entries = bigStore();
		readLatest(paths, 1);
		const cache = readFileSync(paths.index);
		// The same bytes in a new file: its inode differs, so the header is pointed at it by hand, as
		// a reused inode number would point it; only the time the file was made tells the two apart.
		const copy = `${paths.entries}.copy`;
		writeFileSync(copy, readFileSync(paths.entries));
		const header = JSON.parse(cache.toString('utf8', 0, cache.indexOf(0x0a))) as {ino: number; born: number};
		const stats = statSync(copy);
		const retargeted = JSON.stringify({...header, ino: stats.ino});
		expect(Buffer.byteLength(retargeted)).toBeLessThanOrEqual(cache.indexOf(0x0a));
		renameSync(copy, paths.entries);
		writeFileSync(
			paths.index,
			Buffer.concat([Buffer.from(retargeted.padEnd(cache.indexOf(0x0a), ' ')), cache.subarray(cache.indexOf(0x0a))]),
		);
		if (header.born !== 0 && header.born !== stats.birthtimeMs) {
			const index = openStoreIndex(paths);
			index.close();
			// Read afresh (not from the cache), the new cache is this file's.
			const rewritten = JSON.parse(readFileSync(paths.index, 'utf8').split('\n')[0] as string) as {born: number};
			expect(rewritten.born).toBe(stats.birthtimeMs);
		}
		expect(ids(readEntries(paths))).toEqual(entries.map((e) => e.id));
	});

	it('is dropped when the store is rewritten, and a stale or damaged cache is ignored', () => {
		const entries = bigStore();
		readLatest(paths, 20);
		appendEntry(paths, {...(entries[0] as Entry), values: {mood: 1}, deleted: true});
		rewriteEntryLines(paths, compactLines);
		expect(existsSync(paths.index)).toBe(false);
		readLatest(paths, 20);
		expect(readEntries(paths).entries).toHaveLength(4999);

		writeFileSync(paths.index, 'not a cache at all');
		expect(ids(readLatest(paths, 3))).toEqual(ids(withoutCache(() => readLatest(paths, 3))));
		const bytes = readFileSync(paths.index);
		bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff;
		writeFileSync(paths.index, bytes);
		expect(readEntries(paths).entries).toHaveLength(4999);
	});

	it('never caches a last line that has no newline yet', () => {
		bigStore();
		appendFileSync(paths.entries, '{"v":1,"id":"01TORN","at":"2026-');
		readLatest(paths, 1);
		const after = entry(30_000, 'after the torn line');
		appendEntry(paths, after);
		const read = readLatest(paths, 1);
		expect(ids(read)).toEqual([after.id]);
		expect(read.unreadable).toEqual([{line: 5001, reason: 'not valid JSON (cut off part-way)'}]);
	});
});

describe('readLatest', () => {
	it('picks the same newest entries as a full sort, with and without filters, ties by write order', () => {
		const entries = bigStore(3000);
		// Some out-of-order times and ties.
		appendEntries(paths, [entry(100), entry(100), entry(2999), entry(-5)]);
		const all = readEntries(paths).entries;
		const order = [...all]
			.map((e, position) => ({e, position}))
			.sort((a, b) => Date.parse(b.e.at) - Date.parse(a.e.at) || b.position - a.position);
		for (const count of [1, 5, 40]) {
			expect(ids(readLatest(paths, count))).toEqual(order.slice(0, count).map(({e}) => e.id));
			const keep = (e: Entry): boolean => e.values['mood'] === 3;
			expect(ids(readLatest(paths, count, {keep}))).toEqual(
				order
					.filter(({e}) => keep(e))
					.slice(0, count)
					.map(({e}) => e.id),
			);
		}
		expect(entries).toHaveLength(3000);
	});

	it('passes over pages that hold no time asked for, and finds what a full read finds (times in any order)', () => {
		// Three pages and more of lines, with runs of back-dated and future times among them.
		const made: Entry[] = [];
		// (The one at hour 4094 in the last page: the newest before it, at 4095, is the latest time
		// of the first page, two pages back.)
		const hourOf = (i: number): number => (i === 8500 ? 4094 : i % 1500 === 0 ? i - 4000 : i > PAGE && i % 2700 === 5 ? i + 3000 : i);
		for (let i = 0; i < 9000; i++) made.push(entry(hourOf(i), 'n'));
		appendEntries(paths, made);
		readLatest(paths, 1); // writes the cache
		expect(existsSync(paths.index)).toBe(true);
		const hour = 3600_000;
		fc.assert(
			fc.property(
				// Anywhere; or starting or ending next to a page's earliest or latest time (pages of
				// 4096 lines an hour apart: the last page starts at hour 8192).
				fc.oneof(
					fc.tuple(fc.integer({min: -4100, max: 12_100}), fc.integer({min: 1, max: 3000})),
					fc
						.tuple(fc.constantFrom(4095, 4096, 8191, 8192, 8999, 9000, 9035), fc.integer({min: -3, max: 3}))
						.map(([edge, d]): [number, number] => (d < 0 ? [edge + d, -d] : [edge, d + 1])),
				),
				fc.integer({min: 1, max: 60}),
				([first, hours], count) => {
					const from = start + first * hour;
					const to = from + hours * hour;
					// Each read without the cache on its own: a full read writes one, which the next would use.
					expect(ids(readEntries(paths, {from, to}))).toEqual(withoutCache(() => ids(readEntries(paths, {from, to}))));
					expect(ids(readLatest(paths, count, {from, to}))).toEqual(withoutCache(() => ids(readLatest(paths, count, {from, to}))));
				},
			),
			// The newest of hours 4094–4095 is in the first page, though the last page holds one too.
			{
				numRuns: 120,
				examples: [
					[[4094, 2], 1],
					[[4094, 1], 1],
					[[8191, 2], 1],
				],
			},
		);
	}, 60_000);
});
