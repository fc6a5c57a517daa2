import {appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync} from 'node:fs';
import {isUtf8} from 'node:buffer';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createMoodEntry} from '../../src/domain/mood-entry.js';
import {appendEntries, appendEntry} from '../../src/store/append.js';
import {compactLines, readDays, readEntries, rewriteEntryLines} from '../../src/store/entries.js';
import {forEachLine} from '../../src/store/lines.js';
import {withLock} from '../../src/store/lock.js';
import {readGlance} from '../../src/store/glance.js';
import {dataPaths, type DataPaths} from '../../src/store/paths.js';
import {writeFileAtomic} from '../../src/store/atomic.js';
import {serializeEntry, type Entry} from '../../src/domain/entry.js';
import {parseEntryLine} from '../../src/domain/entry-line.js';
import {testId} from '../helpers/entries.js';

let parent: string;
let paths: DataPaths;

beforeEach(() => {
	parent = mkdtempSync(join(tmpdir(), 'cope-store-'));
	paths = dataPaths(join(parent, 'home'));
});
afterEach(() => rmSync(parent, {recursive: true, force: true}));

const now = new Date('2026-11-25T21:40:00Z');
const mood = (level: number, note?: string): Entry => createMoodEntry({mood: level, note, at: now, now, id: testId()});

describe('appendEntries', () => {
	it('creates the directory 0700 and the file 0600', () => {
		appendEntry(paths, mood(5));
		expect(statSync(paths.dir).mode & 0o777).toBe(0o700);
		expect(statSync(paths.entries).mode & 0o777).toBe(0o600);
	});

	it('writes one line per entry and reads them back', () => {
		appendEntries(paths, [mood(1, 'a'), mood(2, 'b')]);
		appendEntry(paths, mood(3, 'c'));
		const text = readFileSync(paths.entries, 'utf8');
		expect(text.split('\n')).toHaveLength(4);
		expect(readEntries(paths).entries.map((e) => e.values['mood'])).toEqual([1, 2, 3]);
	});

	it('starts on a fresh line after a torn last line, so the new entry is not glued to it', () => {
		appendEntry(paths, mood(4));
		appendFileSync(paths.entries, '{"v":1,"id":"01TORN","at":"2026-11-2');
		const saved = mood(6, 'after the crash');
		appendEntry(paths, saved);
		const {entries, unreadable} = readEntries(paths);
		expect(entries.map((e) => e.id)).toContain(saved.id);
		expect(unreadable).toEqual([{line: 2, reason: 'not valid JSON (cut off part-way)'}]);
	});

	it('releases the lock after writing', () => {
		appendEntry(paths, mood(4));
		expect(existsSync(paths.lock)).toBe(false);
	});
});

describe('readEntries', () => {
	it('lets the last version of an id win and leaves deleted entries out', () => {
		const first = mood(3, 'first');
		const second = mood(5, 'second');
		appendEntries(paths, [
			first,
			second,
			{...first, values: {mood: 4, note: 'edited'}, edited: now.toISOString()},
			{...second, deleted: true, values: {}},
		]);
		const {entries} = readEntries(paths);
		expect(entries).toHaveLength(1);
		expect(entries[0]?.values).toEqual({mood: 4, note: 'edited'});
	});

	it('skips garbage, torn and non-UTF-8 lines and names each line', () => {
		const good = mood(7);
		appendEntry(paths, good);
		appendFileSync(
			paths.entries,
			Buffer.concat([
				Buffer.from('not json at all\n'),
				Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0a]),
				Buffer.from('{"v":99,"id":"x"}\n'),
				Buffer.from('\n'),
			]),
		);
		appendEntry(paths, mood(8));
		const {entries, unreadable} = readEntries(paths);
		expect(entries.map((e) => e.values['mood'])).toEqual([7, 8]);
		expect(unreadable).toEqual([
			{line: 2, reason: 'not valid JSON'},
			{line: 3, reason: 'not valid UTF-8'},
			{line: 4, reason: 'unknown format version 99'},
		]);
	});

	it('honours a tombstone written with its keys in another order (by hand or another tool)', () => {
		const entry = mood(2, 'to delete');
		appendEntry(paths, entry);
		appendFileSync(
			paths.entries,
			`${JSON.stringify({v: 1, id: entry.id, at: entry.at, type: 'mood', exercise: 'mood-log', created: entry.created, tags: [], values: {}, deleted: true})}\n`,
		);
		expect(readEntries(paths).entries).toEqual([]);
	});

	it('is not fooled by "deleted" written inside a note', () => {
		appendEntry(paths, mood(2, 'I "deleted":true my old texts'));
		expect(readEntries(paths).entries).toHaveLength(1);
	});

	it('keeps only what `keep` accepts, but a later version still removes an earlier kept one', () => {
		const entry = mood(2, 'in range');
		appendEntries(paths, [entry, mood(9, 'other'), {...entry, at: '2020-01-01T10:00:00+00:00'}]);
		const {entries} = readEntries(paths, (e) => e.at.startsWith('2026'));
		expect(entries.map((e) => e.values['note'])).toEqual(['other']);
	});
});

describe('readDays', () => {
	/** A mood entry written at `at` (its local time and UTC offset). */
	const at = (iso: string, level: number): Entry => ({...mood(level), at: iso, created: iso});

	it('takes the entries of local days, at every UTC offset, and parses no line far from them', () => {
		appendEntries(paths, [
			at('2026-11-01T12:00:00+00:00', 1),
			at('2026-11-23T23:30:00-12:00', 2), // the 24th in UTC, the 23rd where it was written
			at('2026-11-24T00:30:00+14:00', 3), // the 23rd in UTC
			at('2026-11-24T23:30:00-12:00', 4),
			at('2026-11-25T00:30:00+14:00', 5),
			at('2026-11-25T12:00:00+01:00', 6),
		]);
		// A damaged line of a day long before: never met, so never reported.
		appendFileSync(paths.entries, '{"v":1,"id":"01KDAMAGED0000000000000000","at":"2026-10-01T10:00:00+01:00", oops}\n');
		const levels = (read: {entries: Entry[]}): unknown[] => read.entries.map((entry) => entry.values['mood']);
		const day = readDays(paths, '2026-11-24', '2026-11-24');
		expect(levels(day)).toEqual([3, 4]);
		expect(day.unreadable).toEqual([]);
		expect(levels(readDays(paths, '2026-11-24'))).toEqual([3, 4, 5, 6]);
		expect(levels(readDays(paths, '2026-11-23', '2026-11-25', (entry) => entry.values['mood'] !== 4))).toEqual([2, 3, 5, 6]);
		expect(readDays(paths, '2026-09-01').unreadable).toEqual([{line: 7, reason: expect.stringContaining('JSON') as string}]);
	});
});

describe('readGlance (the home screen)', () => {
	const at = (iso: string, level: number | undefined, type = 'mood'): Entry => ({
		...mood(level ?? 0),
		type,
		at: iso,
		created: iso,
		...(level === undefined ? {values: {text: 'words'}, metrics: {}} : {}),
	});

	it('averages each of the last 14 days, counts today, and shows the newest mood in them', () => {
		appendEntries(paths, [
			at('2026-11-01T09:00:00+01:00', 9), // before the 14 days
			at('2026-11-20T09:00:00+01:00', 2),
			at('2026-11-20T20:00:00+01:00', 6),
			at('2026-11-25T08:00:00+01:00', 7),
			at('2026-11-25T07:00:00+01:00', 3), // earlier that day, written later
			at('2026-11-25T21:00:00+01:00', undefined, 'journal'),
		]);
		const {glance: result, days} = readGlance(paths, '2026-11-25');
		// The figures it read, for the goals line: the days of the two weeks that have entries.
		expect([...days.keys()].sort()).toEqual(['2026-11-20', '2026-11-25']);
		expect(result.moodByDay).toHaveLength(14);
		expect(result.moodByDay[8]).toBe(4); // the 20th
		expect(result.moodByDay[13]).toBe(5); // today
		expect(result.moodByDay.filter((value) => value !== undefined)).toHaveLength(2);
		expect(result.entriesToday).toBe(3);
		expect(result.lastMood).toEqual({mood: 7, day: '2026-11-25'});
		// Two weeks on, nothing in the days it covers: no last mood, however many lie before.
		const later = readGlance(paths, '2026-12-20').glance;
		expect([later.entriesToday, later.lastMood]).toEqual([0, undefined]);
	});
});

describe('forEachLine', () => {
	it('reads lines that cross the 1 MiB chunk boundary, multi-byte characters included', () => {
		const file = join(parent, 'big.txt');
		const long = 'é'.repeat(400_000); // 800 KB per line in UTF-8
		writeFileSync(file, `${long}\n${long}ü\n${long}`);
		const lines: Array<string | undefined> = [];
		forEachLine(file, (text) => lines.push(text));
		expect(lines).toEqual([long, `${long}ü`, long]);
	});

	it('treats a missing file as empty', () => {
		const lines: unknown[] = [];
		forEachLine(join(parent, 'missing'), (text) => lines.push(text));
		expect(lines).toEqual([]);
	});
});

describe('rewriteEntryLines and compactLines', () => {
	it('drops replaced versions and keeps unreadable lines byte for byte', () => {
		const entry = mood(3, 'private words');
		appendEntry(paths, entry);
		appendFileSync(paths.entries, Buffer.from([0x7b, 0xff, 0x0a]));
		appendEntry(paths, {...entry, values: {mood: 3}, edited: now.toISOString()});
		rewriteEntryLines(paths, compactLines);
		const bytes = readFileSync(paths.entries);
		expect(bytes.includes(Buffer.from('private words'))).toBe(false);
		expect(bytes.includes(Buffer.from([0x7b, 0xff, 0x0a]))).toBe(true);
		expect(readEntries(paths).entries).toHaveLength(1);
		expect(statSync(paths.entries).mode & 0o777).toBe(0o600);
	});
});

/** The rule compaction follows, spelled out: parse every line; keep unreadable ones and each id's last readable version. */
function compactedByParsingAll(lines: Buffer[]): Buffer[] {
	const parsed = lines.map((bytes) => parseEntryLine(isUtf8(bytes) ? bytes.toString('utf8') : undefined));
	const last = new Map<string, number>();
	parsed.forEach((entry, index) => {
		if (entry !== null && typeof entry === 'object') last.set(entry.id, index);
	});
	return lines.filter((_, index) => {
		const entry = parsed[index];
		return entry !== null && entry !== undefined && (typeof entry === 'string' || last.get(entry.id) === index);
	});
}

describe('compactLines on any mix of lines', () => {
	it('keeps exactly what parsing every line would keep, though it parses only repeated ids', () => {
		const ids = ['01ARZ3NDEKTSV4RRFFQ69G5FAV', '01ARZ3NDEKTSV4RRFFQ69G5FAW', '01ARZ3NDEKTSV4RRFFQ69G5FAX', '01ARZ3NDEKTSV4RRFFQ69G5FAY'];
		const version = (id: string, mood: number, note: string): string => serializeEntry({...mood0, id, values: {mood, note}});
		const mood0 = createMoodEntry({mood: 5, at: now, now, id: testId()});
		const line = fc.oneof(
			// cope's own lines, several versions of a few ids
			fc
				.record({id: fc.constantFrom(...ids), mood: fc.integer({min: 0, max: 10}), note: fc.string({maxLength: 12})})
				.map(({id, mood, note}) => version(id, mood, note)),
			// a tombstone
			fc.constantFrom(...ids).map((id) => serializeEntry({...mood0, id, values: {}, deleted: true} as Entry)),
			// the same entry with its keys in another order (hand-edited)
			fc.constantFrom(...ids).map((id) => {
				const {v, ...rest} = JSON.parse(version(id, 2, 'reordered')) as Record<string, unknown>;
				return JSON.stringify({...rest, v});
			}),
			// cut off part-way, garbage, a blank line, bytes that are not UTF-8
			fc.constantFrom(...ids).map((id) => version(id, 1, 'torn').slice(0, 60)),
			fc.constant('not json at all'),
			fc.constant('   '),
			fc.constant(Buffer.from([0x7b, 0x22, 0xff, 0x7d]).toString('latin1')),
		);
		fc.assert(
			fc.property(fc.array(line, {maxLength: 30}), (texts) => {
				const lines = texts.map((text) => (text.includes('\u00ff') ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8')));
				const raw = lines.map((bytes, index) => ({
					bytes,
					line: index + 1,
					get text() {
						return isUtf8(bytes) ? bytes.toString('utf8') : undefined;
					},
				}));
				expect(compactLines(raw)).toEqual(compactedByParsingAll(lines));
			}),
			{numRuns: 300},
		);
	});
});

describe('writeFileAtomic', () => {
	it('replaces the whole file and leaves no temp file behind', () => {
		const file = join(parent, 'state.json');
		writeFileSync(file, 'old');
		writeFileAtomic(file, 'new');
		expect(readFileSync(file, 'utf8')).toBe('new');
		expect(spawnSync('ls', ['-A', parent], {encoding: 'utf8'}).stdout.trim().split('\n')).toEqual(['state.json']);
	});
});

describe('withLock', () => {
	it('breaks a lock left by a process that no longer exists', () => {
		const lock = join(parent, 'entries.lock');
		const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
		writeFileSync(lock, `${dead.stdout} deadbeef`);
		expect(withLock(lock, () => 'ran')).toBe('ran');
		expect(existsSync(lock)).toBe(false);
	});

	it('breaks an empty lock file (a holder that died before writing) once it is old', () => {
		const lock = join(parent, 'entries.lock');
		writeFileSync(lock, '');
		const old = new Date(Date.now() - 10_000);
		spawnSync('touch', ['-d', old.toISOString(), lock]);
		expect(withLock(lock, () => 42)).toBe(42);
	});

	it('does not remove a lock that someone else now holds', () => {
		const lock = join(parent, 'entries.lock');
		withLock(lock, () => {
			writeFileSync(lock, '1 someone-else');
		});
		expect(readFileSync(lock, 'utf8')).toBe('1 someone-else');
	});
});
