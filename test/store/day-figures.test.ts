import {appendFileSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {type Entry, serializeEntry} from '../../src/domain/entry.js';
import {addDays} from '../../src/domain/stats/days.js';
import {appendEntries} from '../../src/store/append.js';
import {readDayFigures} from '../../src/store/day-figures.js';
import {compactLines, rewriteEntryLines} from '../../src/store/entries.js';
import {dataPaths, type DataPaths} from '../../src/store/paths.js';
import {entry} from '../domain/report-fixtures.js';

/*
 * The figures kept beside the store (entries.days): whatever was appended, rewritten
 * or damaged since, a report from them counts what a count of every entry counts.
 */
let dir: string;
let paths: DataPaths;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'cope-days-'));
	paths = dataPaths(dir);
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

const FIRST = '2024-01-01';
const LAST = '2026-12-31';
let n = 0;
/** Entries of every kind the figures count, `perDay` a day for `days` days from `start`. */
function entries(start: string, days: number, perDay = 3): Entry[] {
	const made: Entry[] = [];
	for (let day = 0; day < days; day++) {
		for (let i = 0; i < perDay; i++) {
			n += 1;
			// Mostly mornings at +01:00; every fourth at the ends of a day at the widest offsets,
			// where an instant falls on different days in different places.
			const edge = n % 4 === 3 ? (n % 8 === 3 ? 'T00:30:00+14:00' : 'T23:30:00-12:00') : undefined;
			const at = `${addDays(start, day)}${edge ?? `T${String(8 + i).padStart(2, '0')}:00:00+01:00`}`;
			const words = `private words ${n} ${'x'.repeat(400)}`;
			if (n % 7 === 0)
				made.push(
					entry(at, {
						type: 'thought-record',
						tags: ['work'],
						values: {situation: words, traps: ['labelling'], emotions: {low: 60}, rerate: {low: 40}},
						metrics: {'belief-start': 70, belief: 40},
					}),
				);
			else if (n % 5 === 0) made.push(entry(at, {type: 'journal', tags: ['walk'], values: {text: words}}));
			else made.push(entry(at, {values: {mood: n % 11, note: words}, metrics: {mood: n % 11, urge: n % 4}, tags: n % 2 ? ['walk'] : []}));
		}
	}
	return made;
}

type Counted = Pick<ReturnType<typeof readDayFigures>, 'days' | 'unreadable'>;

/** What a read counted (`lines` is only ever compared with 0: with entries.idx it leaves out replaced versions). */
function figures(from = FIRST, to = LAST): Counted {
	const {days, unreadable} = readDayFigures(paths, from, to);
	return {days, unreadable};
}

/** The same read with no cache beside the store (it is put back after). */
function counted(from = FIRST, to = LAST): Counted {
	const kept = existsSync(paths.days) ? readFileSync(paths.days) : undefined;
	rmSync(paths.days, {force: true});
	const read = figures(from, to);
	rmSync(paths.days, {force: true});
	if (kept) writeFileSync(paths.days, kept, {mode: 0o600});
	return read;
}

/** entries.days: its first line (what it holds), and its day lines. */
function kept(): {header: Record<string, unknown>; days: string[]} {
	const [header, ...days] = readFileSync(paths.days, 'utf8').trimEnd().split('\n');
	return {header: JSON.parse(header as string) as Record<string, unknown>, days};
}

function writeKept(header: Record<string, unknown>, days: string[]): void {
	writeFileSync(paths.days, [JSON.stringify(header), ...days].join('\n') + '\n');
}

describe('the figures kept beside the store (entries.days)', () => {
	it('are written by a read of most of a large store, hold no words, and count as every entry does', () => {
		appendEntries(paths, entries(FIRST, 800));
		expect(readDayFigures(paths, '2026-01-01', '2026-01-31').days.size).toBe(31);
		expect(existsSync(paths.days)).toBe(false); // a month of a large store: not worth keeping
		const first = figures();
		expect(existsSync(paths.days)).toBe(true);
		expect(readFileSync(paths.days, 'utf8')).not.toContain('private words');
		expect(first.days.size).toBe(800);
		expect(figures()).toEqual(first);
		expect(figures('2024-03-01', '2024-03-31')).toEqual(counted('2024-03-01', '2024-03-31'));
	});

	it('add what was appended since, and are refreshed when that grows', () => {
		appendEntries(paths, entries(FIRST, 800));
		readDayFigures(paths, FIRST, LAST);
		const kept = readFileSync(paths.days);
		appendEntries(paths, entries('2026-03-10', 3));
		expect(figures()).toEqual(counted());
		expect(figures('2026-03-11', '2026-03-11')).toEqual(counted('2026-03-11', '2026-03-11'));
		expect(readFileSync(paths.days)).toEqual(kept); // a little appended: read, not kept yet
		appendEntries(paths, entries('2026-04-01', 300));
		expect(figures()).toEqual(counted());
		expect(readFileSync(paths.days)).not.toEqual(kept);
		expect(figures()).toEqual(counted());
	});

	it('are dropped when the store is rewritten (a delete), and not used when a later line replaces a counted one', () => {
		const made = entries(FIRST, 800);
		appendEntries(paths, made);
		readDayFigures(paths, FIRST, LAST);
		const gone = made[10] as Entry;
		appendFileSync(paths.entries, serializeEntry({...gone, values: {}, deleted: true}) + '\n');
		// Appended by something that did not rewrite the store: the counted version is no longer live.
		expect(figures()).toEqual(counted());
		rewriteEntryLines(paths, compactLines);
		expect(existsSync(paths.days)).toBe(false);
		expect(figures()).toEqual(counted());
	});

	it('report a damaged line once, and only in a period it falls in', () => {
		appendEntries(paths, entries(FIRST, 400));
		appendFileSync(paths.entries, '{"v":1,"id":"01KDAMAGED0000000000000000","at":"2025-02-01T10:00:00+01:00","type":"mood", oops}\n');
		appendEntries(paths, entries('2025-02-02', 400));
		for (let round = 0; round < 2; round++) {
			const whole = figures();
			expect(whole.unreadable).toEqual([{line: 1201, reason: expect.stringContaining('JSON') as string}]);
			expect(whole).toEqual(counted());
			expect(readDayFigures(paths, '2024-02-01', '2024-02-29').unreadable).toEqual([]);
		}
	});

	it('are ignored and removed when they do not fit the store', () => {
		appendEntries(paths, entries(FIRST, 800));
		readDayFigures(paths, FIRST, LAST);
		const cache = kept();
		writeKept({...cache.header, check: '00'}, cache.days);
		expect(figures('2024-03-01', '2024-03-31')).toEqual(counted('2024-03-01', '2024-03-31'));
		expect(existsSync(paths.days)).toBe(false);
		writeFileSync(paths.days, 'not figures at all');
		expect(figures()).toEqual(counted());
		writeFileSync(paths.days, 'null');
		expect(figures()).toEqual(counted());
		// Stamped right, yet not figures (edited by hand, say): counted again, and written anew.
		const fresh = kept();
		writeKept({...fresh.header, names: []}, [JSON.stringify(['2024-01-01', 1, 99])]);
		expect(figures()).toEqual(counted());
		expect(figures('2024-01-01', '2024-01-01')).toEqual(counted('2024-01-01', '2024-01-01'));
		// Its days out of order: not taken either, and removed.
		figures();
		const again = kept();
		writeKept(again.header, [...again.days].reverse());
		expect(figures('2024-03-01', '2024-03-31')).toEqual(counted('2024-03-01', '2024-03-31'));
		expect(existsSync(paths.days)).toBe(false);
	});

	it('keep the days a read of many entries counted (goals: eight weeks), and take later reads of those days from the file', () => {
		appendEntries(paths, entries(FIRST, 800));
		// 350 days: over a thousand entries (enough to keep), under half the store.
		const last = addDays('2024-06-01', 349);
		const first = figures('2024-06-01', last);
		const {header} = kept();
		expect([header['first'], header['last']]).toEqual(['2024-06-01', last]);
		expect(readFileSync(paths.days, 'utf8')).not.toContain('private words');
		expect(first).toEqual(counted('2024-06-01', last));
		expect(figures('2024-09-01', '2024-09-30')).toEqual(counted('2024-09-01', '2024-09-30'));
		// Proof the file is read: one entry's mood changed in place (same length, size and end,
		// as no cope would ever do) is not seen on the days the file holds, and is seen elsewhere.
		const text = readFileSync(paths.entries, 'utf8');
		const line = text.split('\n').find((l) => l.includes('"at":"2024-09-10T') && /"mood":[1-8],/.test(l)) as string;
		const fd = openSync(paths.entries, 'r+');
		writeSync(
			fd,
			line.replaceAll(/"mood":([1-8]),/g, (_, n: string) => `"mood":${Number(n) + 1},`),
			Buffer.byteLength(text.slice(0, text.indexOf(line))),
		);
		closeSync(fd);
		expect(figures('2024-09-01', '2024-09-30')).not.toEqual(counted('2024-09-01', '2024-09-30'));
	});

	it('a read parses only the lines of its own days (two weeks of years: two weeks of lines)', () => {
		appendEntries(paths, entries(FIRST, 800));
		figures();
		const {header, days} = kept();
		expect(days.length).toBeGreaterThan(700);
		// A line of another day made unreadable, its day left in place: a read of two weeks
		// elsewhere never parses it, takes its days from the file, and keeps the file.
		const damaged = days.map((line) => (line.startsWith('["2024-01-10"') ? '["2024-01-10",oops' : line));
		writeKept(header, damaged);
		expect(figures('2025-06-01', '2025-06-14')).toEqual(counted('2025-06-01', '2025-06-14'));
		expect(kept().days).toEqual(damaged);
		// A read of that day parses it, finds it is not figures, and counts from the store.
		expect(figures('2024-01-05', '2024-01-15')).toEqual(counted('2024-01-05', '2024-01-15'));
		expect(existsSync(paths.days) && kept().days.includes('["2024-01-10",oops')).toBe(false);
	});

	it('count what a full count counts, whatever was read, appended, back-dated or damaged before', () => {
		const day = (offset: number): string => addDays(FIRST, offset);
		const read = fc.record({
			kind: fc.constant('read' as const),
			start: fc.integer({min: 0, max: 1000}),
			days: fc.integer({min: 1, max: 900}),
		});
		const append = fc.record({
			kind: fc.constant('append' as const),
			start: fc.integer({min: 0, max: 1000}),
			days: fc.integer({min: 1, max: 200}),
		});
		const damage = fc.record({kind: fc.constant('damage' as const), start: fc.integer({min: 0, max: 1000}), days: fc.constant(1)});
		fc.assert(
			fc.property(fc.array(fc.oneof(read, read, append, damage), {minLength: 2, maxLength: 7}), (steps) => {
				rmSync(dir, {recursive: true, force: true});
				appendEntries(paths, entries(FIRST, 800));
				for (const [i, step] of steps.entries()) {
					if (step.kind === 'append') appendEntries(paths, entries(day(step.start), step.days));
					else if (step.kind === 'damage')
						appendFileSync(
							paths.entries,
							`{"v":1,"id":"01KDAMAGED00000000000000${String(i).padStart(2, '0')}","at":"${day(step.start)}T10:00:00+01:00", oops}\n`,
						);
					else
						expect(figures(day(step.start), day(step.start + step.days - 1))).toEqual(
							counted(day(step.start), day(step.start + step.days - 1)),
						);
				}
				expect(figures()).toEqual(counted());
			}),
			{numRuns: 12},
		);
	}, 60_000);
});
