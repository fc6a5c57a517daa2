import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {applyEdit, tombstone} from '../../src/domain/edit/apply.js';
import {parseDocument, renderDocument} from '../../src/domain/edit/document.js';
import {editableFields, parseField} from '../../src/domain/edit/fields.js';
import {type Entry, serializeEntry} from '../../src/domain/entry.js';
import {createJournalEntry, createMoodEntry} from '../../src/domain/mood-entry.js';
import {failureOf} from '../helpers/failure.js';
import {testId} from '../helpers/entries.js';

const NOW = new Date(2025, 10, 25, 21, 40);
const LATER = new Date(2025, 10, 26, 9, 0);

const mood = (): Entry =>
	createMoodEntry({
		mood: 4,
		urge: 6,
		emotions: [
			['anxious', 60],
			['let down', null],
		],
		note: 'rough day\n\n# not a comment\nat work',
		tags: ['sleep'],
		at: new Date(2025, 10, 20, 8, 30),
		now: NOW,
		id: testId(),
	});
const thoughtRecord = (): Entry => ({
	...createJournalEntry({text: 'x', at: new Date(2025, 10, 22, 9, 0), now: NOW, id: testId()}),
	type: 'thought-record',
	exercise: 'thought-record',
	values: {situation: 'the meeting', thoughts: ['they think I am slow', 'I will fail'], before: {anxious: 80}, distress: 7, done: true},
	metrics: {distress: 7},
});

/** Edits the document the way a person would, then reads it back. */
function edit(entry: Entry, change: (text: string) => string): Entry | undefined {
	const fields = editableFields(entry);
	const parsed = parseDocument(change(renderDocument(entry, fields)), fields);
	return applyEdit(
		entry,
		{
			at: parsed.at === renderDocument(entry, fields).match(/^at: (.*)$/m)?.[1] ? entry.at : parsed.at,
			tags: parsed.tags,
			values: parsed.values,
		},
		LATER,
	);
}

describe('the edit document', () => {
	it('shows short fields as lines and writing as blocks', () => {
		const text = renderDocument(mood(), editableFields(mood()));
		expect(text).toContain('\nat: 2025-11-20 08:30\ntags: sleep\nmood: 4\nurge: 6\nemotions: anxious=60, let down\n');
		expect(text).toContain('\n--- note ---\nrough day\n\n# not a comment\nat work\n');
	});

	it.each([
		['a mood entry', mood],
		['a journal entry', () => createJournalEntry({text: 'Walked.\n\n  indented\n--- not a marker', at: NOW, now: NOW, id: testId()})],
		['a thought record', thoughtRecord],
		[
			'an entry whose words hold a marker line',
			() => createMoodEntry({mood: 5, note: 'a\n--- note ---\nb "quoted"', at: NOW, now: NOW, id: testId()}),
		],
	])('unchanged, %s is "no changes"', (_name, make) => {
		expect(edit(make(), (text) => text)).toBeUndefined();
	});

	it('any note survives the round trip unchanged', () => {
		fc.assert(
			fc.property(fc.string({maxLength: 80}), (note) => {
				const entry = createMoodEntry({mood: 5, note, at: NOW, now: NOW, id: testId()});
				expect(edit(entry, (text) => text)).toBeUndefined();
			}),
		);
	});

	it('a changed mood and note make a new version: same id, edited set, metrics follow', () => {
		const before = mood();
		const after = edit(before, (text) =>
			text.replace('mood: 4', 'mood: 7').replace('urge: 6', 'urge:').replace('rough day', 'better day #walk'),
		);
		expect(after?.id).toBe(before.id);
		expect(after?.at).toBe(before.at);
		expect(after?.edited).toBe('2025-11-26T09:00:00' + after?.edited?.slice(19));
		expect(after?.values).toEqual({
			mood: 7,
			emotions: {anxious: 60, 'let down': null},
			note: 'better day #walk\n\n# not a comment\nat work',
		});
		expect(after?.metrics).toEqual({mood: 7});
		expect(after?.tags).toEqual(['sleep', 'walk']);
		expect(after?.created).toBe(before.created);
	});

	it('edits lists and numbers of other exercises; a metric named like its step follows it', () => {
		const after = edit(thoughtRecord(), (text) =>
			text.replace('distress: 7', 'distress: 3').replace('I will fail\n', 'I might stumble\nand that is ok\n'),
		);
		expect(after?.values['thoughts']).toEqual(['they think I am slow', 'I might stumble', 'and that is ok']);
		expect(after?.values['distress']).toBe(3);
		expect(after?.metrics).toEqual({distress: 3});
		expect(after?.values['done']).toBe(true);
	});

	it.each([
		[(text: string) => text.replace('mood: 4', 'mood: 11'), /mood must be a whole number from 0 to 10/],
		[(text: string) => text.replace('mood: 4', 'mood:'), /mood is needed/],
		[(text: string) => text.replace('urge: 6', 'urge: 6\nsleep: 3'), /"sleep" is not a field of this entry/],
		[(text: string) => text.replace('urge: 6', 'urge: 6\nurge: 5'), /"urge" is there twice/],
		[(text: string) => text.replace('tags: sleep', 'tags: sleep !!'), /tags: "!!" is not a tag/],
		[(text: string) => text.replace('emotions: anxious=60', 'emotions: anxious=160'), /strength of "anxious"/],
		[(text: string) => text.replace('at: 2025-11-20 08:30\n', ''), /at is needed/],
		[(text: string) => text.replace('urge: 6', 'just words'), /is not "name: value"/],
	])('refuses what cannot be stored (exit 2): %#', (change, message) => {
		const error = failureOf(() => edit(mood(), change));
		expect(error.exitCode).toBe(2);
		expect(error.message).toMatch(message);
	});

	it('a journal entry cannot be emptied', () => {
		const journal = createJournalEntry({text: 'words', at: NOW, now: NOW, id: testId()});
		expect(failureOf(() => edit(journal, (text) => text.replace('\nwords\n', '\n\n'))).message).toMatch(/text is needed/);
	});

	it('parses fields by kind', () => {
		expect(parseField({key: 'starred', kind: 'boolean', required: false}, 'no')).toBe(false);
		expect(parseField({key: 'x', kind: 'json', required: false}, '{"a": 1}')).toEqual({a: 1});
		expect(failureOf(() => parseField({key: 'x', kind: 'json', required: false}, '{"a": {"b": 1}}')).exitCode).toBe(2);
		expect(parseField({key: 'note', kind: 'text', required: false}, '   ')).toBeUndefined();
		expect(parseField({key: 'emotions', kind: 'feelings', required: false}, 'constructor=5, Let Down')).toEqual({
			constructor: 5,
			'let down': null,
		});
	});
});

describe('tombstone', () => {
	it('keeps the id, time and source, and not one word', () => {
		const entry = {...mood(), source: {from: 'daylio', key: 'k'}};
		const marker = tombstone(entry, LATER);
		expect(marker).toMatchObject({id: entry.id, at: entry.at, deleted: true, values: {}, tags: [], source: entry.source});
		expect(serializeEntry(marker)).not.toMatch(/rough|anxious|sleep/);
	});
});
