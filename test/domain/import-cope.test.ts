import {describe, expect, it} from 'vitest';
import type {Entry} from '../../src/domain/entry.js';
import {exportJson} from '../../src/domain/export/json.js';
import {parseCopeExport} from '../../src/domain/import/cope.js';
import {planImport, sourceId, type StoreIndex} from '../../src/domain/import/plan.js';
import {createJournalEntry, createMoodEntry} from '../../src/domain/mood-entry.js';
import {tombstone} from '../../src/domain/edit/apply.js';
import {failureOf} from '../helpers/failure.js';
import {testId} from '../helpers/entries.js';

const NOW = new Date(2026, 10, 25, 21, 40);

function sample(): Entry[] {
	const mood = createMoodEntry({
		mood: 4,
		urge: 2,
		emotions: [
			['anxious', 60],
			['let down', null],
		],
		note: 'rough day, "really"\nat #work',
		tags: ['sleep'],
		at: new Date(2026, 10, 20, 8, 30),
		now: NOW,
		id: testId(),
	});
	const journal = createJournalEntry({
		text: 'Walked by the river.\n\nFelt lighter.',
		at: new Date(2026, 10, 21, 22, 0),
		now: NOW,
		id: testId(),
	});
	const record: Entry = {
		...createJournalEntry({text: 'x', at: new Date(2026, 10, 22, 9, 0), now: NOW, id: testId()}),
		type: 'thought-record',
		exercise: 'thought-record',
		values: {situation: 'meeting', traps: ['mind-reading'], before: {anxious: 80}},
		metrics: {distress: 7},
		edited: '2026-11-23T10:00:00+00:00',
	};
	return [mood, journal, record];
}

describe('cope export → import', () => {
	it('is lossless: same ids, times, values, tags, metrics, edited', () => {
		const entries = sample();
		const parsed = parseCopeExport(exportJson(entries, '2026-11-25T21:40:00+00:00'));
		expect(parsed.entries).toEqual(entries);
		expect(parsed.records).toBe(3);
	});

	it('reads an empty export', () => {
		expect(parseCopeExport(exportJson([], '2026-11-25T21:40:00+00:00')).entries).toEqual([]);
	});

	it('rejects the whole file for one bad entry, naming it and why', () => {
		const entries: unknown[] = sample();
		entries.splice(1, 0, {...sample()[0], id: 'not-an-id'});
		const text = JSON.stringify({format: 'cope-export', version: 1, exported: 'x', entries});
		const error = failureOf(() => parseCopeExport(text));
		expect(error.exitCode).toBe(2);
		expect(error.message).toMatch(/entry 2 .*not a cope id/);
	});

	it.each([
		[{v: 2}, /unknown format version 2/],
		[{at: 'yesterday'}, /no valid "at" time/],
		[{tags: ['Not A Tag']}, /tag "Not A Tag"/],
		[{values: {mood: {deep: {deeper: 1}}}}, /value "mood"/],
		[{deleted: true}, /deleted-entry marker/],
		[{created: 'soon'}, /created/],
	])('rejects an entry with %j', (change, reason) => {
		const text = JSON.stringify({format: 'cope-export', version: 1, exported: 'x', entries: [{...sample()[0], ...change}]});
		expect(failureOf(() => parseCopeExport(text)).message).toMatch(reason);
	});

	it('refuses other JSON and newer versions, with a hint', () => {
		expect(failureOf(() => parseCopeExport('{"entries": []}')).message).toMatch(/not a cope export/);
		expect(failureOf(() => parseCopeExport('nope')).message).toMatch(/not valid JSON/);
		const newer = failureOf(() => parseCopeExport('{"format": "cope-export", "version": 2, "entries": []}'));
		expect(newer.hint).toMatch(/newer cope/);
	});

	it('keeps an entry repeated in the file once; refuses one id with two contents', () => {
		const [first] = sample() as [Entry];
		const same = JSON.stringify({format: 'cope-export', version: 1, exported: 'x', entries: [first, first]});
		expect(parseCopeExport(same).entries).toHaveLength(1);
		const clash = JSON.stringify({format: 'cope-export', version: 1, exported: 'x', entries: [first, {...first, values: {mood: 9}}]});
		expect(failureOf(() => parseCopeExport(clash)).message).toMatch(/entries 1 and 2 .*same id/);
	});
});

describe('planImport', () => {
	const index = (entries: Entry[]): StoreIndex => {
		const latest = new Map(entries.map((entry) => [entry.id, entry]));
		const sources = new Map<string, boolean>();
		for (const entry of entries) if (entry.source) sources.set(sourceId(entry.source), entry.deleted === true);
		return {latest, sources};
	};

	it('sorts entries into new, already here, deleted here and conflicting', () => {
		const [a, b, c] = sample() as [Entry, Entry, Entry];
		const fromApp = {...createJournalEntry({text: 'from jrnl', at: NOW, now: NOW, id: testId()}), source: {from: 'jrnl', key: 'k1'}};
		const sameRecordOtherId = {
			...createJournalEntry({text: 'from jrnl', at: NOW, now: NOW, id: testId()}),
			source: {from: 'jrnl', key: 'k1'},
		};
		const deletedRecord = {...createJournalEntry({text: 'gone', at: NOW, now: NOW, id: testId()}), source: {from: 'jrnl', key: 'k2'}};
		const store = index([a, {...b, values: {text: 'changed here'}}, tombstone(c, NOW), fromApp, tombstone(deletedRecord, NOW)]);
		const fresh = createJournalEntry({text: 'new', at: NOW, now: NOW, id: testId()});
		const plan = planImport([a, b, c, sameRecordOtherId, deletedRecord, fresh], store);
		expect(plan.fresh).toEqual([fresh]);
		expect(plan.already).toBe(2);
		expect(plan.deletedHere).toBe(2);
		expect(plan.conflicts).toEqual([b]);
	});
});
