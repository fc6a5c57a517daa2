import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {serializeEntry} from '../../src/domain/entry.js';
import {readEntries} from '../../src/store/entries.js';
import {dataPaths, type DataPaths} from '../../src/store/paths.js';
import {entry} from '../domain/report-fixtures.js';

describe('readEntries with a time range', () => {
	let dir: string;
	let paths: DataPaths;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'cope-read-'));
		paths = dataPaths(dir);
	});
	afterEach(() => rmSync(dir, {recursive: true, force: true}));

	const inNovember = (at: string): boolean => at.slice(0, 7) === '2026-11';
	const from = Date.parse('2026-11-01T00:00:00+00:00');
	const to = Date.parse('2026-12-01T00:00:00+00:00');

	it('keeps the same entries as a full read, and parses only the wanted lines', () => {
		const kept = entry('2026-11-02T10:00:00+00:00', {metrics: {mood: 5}});
		const movedOut = entry('2026-11-03T10:00:00+00:00', {metrics: {mood: 2}});
		const movedIn = entry('2026-10-03T10:00:00+00:00', {metrics: {mood: 3}});
		const deleted = entry('2026-11-04T10:00:00+00:00', {metrics: {mood: 1}});
		const october = entry('2026-10-10T10:00:00+00:00', {metrics: {mood: 9}});
		const lines = [
			serializeEntry(kept),
			serializeEntry(movedOut),
			serializeEntry(movedIn),
			serializeEntry(deleted),
			serializeEntry(october),
			serializeEntry({...movedOut, at: '2026-10-30T10:00:00+00:00'}),
			serializeEntry({...movedIn, at: '2026-11-05T10:00:00+00:00'}),
			serializeEntry({...deleted, values: {}, deleted: true}),
			'{"v":1,"id":"TORN","at":"2026-10-01T10:00:00+00:00","type":"mo',
		];
		writeFileSync(paths.entries, lines.join('\n') + '\n');
		let parsed = 0;
		const keep = (e: {at: string}): boolean => {
			parsed += 1;
			return inNovember(e.at);
		};
		const fast = readEntries(paths, {from, to, keep});
		const parsedFast = parsed;
		parsed = 0;
		const full = readEntries(paths, keep);
		expect(fast.entries.map((e) => [e.id, e.at])).toEqual(full.entries.map((e) => [e.id, e.at]));
		expect(fast.entries.map((e) => e.id).sort()).toEqual([kept.id, movedIn.id].sort());
		// The torn line is still reported, whatever its date.
		expect(fast.unreadable).toEqual(full.unreadable);
		expect(fast.unreadable).toHaveLength(1);
		// `keep` sees only the newest version of each entry: the two in November, against all four live ones.
		expect(parsedFast).toBe(2);
		expect(parsed).toBe(4);
	});
});
