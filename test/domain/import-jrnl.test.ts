import {describe, expect, it} from 'vitest';
import {atTags, parseJrnl, readJrnlText, splitTitle} from '../../src/domain/import/jrnl.js';
import {failureOf} from '../helpers/failure.js';
import {testId} from '../helpers/entries.js';

const NOW = new Date(2026, 10, 25, 21, 40);

// jrnl's plain-text journal, written by us in its shape: titles, a starred entry, @tags, a blank line between entries.
const JOURNAL = `[2020-08-29 11:11] Entry the first.

Lorem @ipsum dolor sit amet. Write to me@example.com.
More text with @TagOne and maybe also @tagtwo.

[2020-08-31 14:32] A second entry, starred. *

Body of the second @tagtwo entry.

[2020-09-24 09:14] Went out. It rained all day.
`;


describe('jrnl text', () => {
	it('reads entries, titles, bodies, stars and @tags', () => {
		const result = parseJrnl(JOURNAL, {now: NOW, newId: testId});
		expect(result.records).toBe(3);
		const [first, second, third] = result.entries;
		expect(first?.type).toBe('journal');
		expect(first?.exercise).toBe('journal');
		expect(first?.at.slice(0, 16)).toBe('2020-08-29T11:11');
		expect(first?.values).toEqual({text: 'Entry the first.\n\nLorem @ipsum dolor sit amet. Write to me@example.com.\nMore text with @TagOne and maybe also @tagtwo.'});
		expect(first?.tags).toEqual(['ipsum', 'tagone', 'tagtwo']);
		expect(second?.values).toEqual({text: 'A second entry, starred.\n\nBody of the second @tagtwo entry.', starred: true});
		expect(second?.tags).toEqual(['tagtwo']);
		// An entry of one line splits after its first sentence, as jrnl does.
		expect(third?.values).toEqual({text: 'Went out.\n\nIt rained all day.'});
		expect(third?.source?.from).toBe('jrnl');
	});

	it('reads CRLF files the same way', () => {
		const lf = parseJrnl(JOURNAL, {now: NOW, newId: testId});
		const crlf = parseJrnl(JOURNAL.replaceAll('\n', '\r\n'), {now: NOW, newId: testId});
		expect(crlf.entries.map((entry) => [entry.values, entry.source])).toEqual(lf.entries.map((entry) => [entry.values, entry.source]));
	});

	it('refuses text before the first entry, which has no date (exit 2)', () => {
		const error = failureOf(() => parseJrnl(`a stray line\n${JOURNAL}`, {now: NOW, newId: testId}));
		expect(error.exitCode).toBe(2);
		expect(error.message).toMatch(/line 1 comes before the first entry/);
	});

	it('refuses a file with no entries, and a bad date', () => {
		expect(failureOf(() => parseJrnl('just some words\n', {now: NOW, newId: testId})).message).toMatch(/line 1/);
		expect(failureOf(() => parseJrnl('', {now: NOW, newId: testId})).message).toMatch(/no line starts an entry/);
		expect(failureOf(() => parseJrnl('[2020-02-30 10:00] Bad day.\n', {now: NOW, newId: testId})).message).toMatch(/line 1: "2020-02-30 10:00"/);
	});

	it('keeps an entry that is in the file twice once, and says so', () => {
		const twice = `${JOURNAL}\n[2020-08-29 11:11] Entry the first.\n\nLorem @ipsum dolor sit amet. Write to me@example.com.\nMore text with @TagOne and maybe also @tagtwo.\n`;
		const result = parseJrnl(twice, {now: NOW, newId: testId});
		expect(result.entries).toHaveLength(3);
		expect(result.notes.join(' ')).toMatch(/twice/);
	});

	it('finds @tags the way jrnl does', () => {
		expect(atTags('@a b@c (@d) @e-f+g. x@y @')).toEqual(['a', 'e-f+g']);
		expect(readJrnlText('[2020-01-01 10:00] T\n')[0]?.title).toBe('T');
	});

	it('splits titles like jrnl', () => {
		expect(splitTitle('One. Two.')).toEqual({title: 'One.', body: 'Two.'});
		expect(splitTitle('Title line\nbody')).toEqual({title: 'Title line', body: 'body'});
		expect(splitTitle('No full stop')).toEqual({title: 'No full stop', body: ''});
	});
});

describe('jrnl JSON export', () => {
	const json = JSON.stringify({
		tags: {'@ipsum': 1, '@tagone': 1, '@tagtwo': 2},
		entries: [
			{title: 'Entry the first.', body: 'Lorem @ipsum dolor sit amet. Write to me@example.com.\nMore text with @TagOne and maybe also @tagtwo.', date: '2020-08-29', time: '11:11', tags: ['@ipsum', '@tagone', '@tagtwo'], starred: false},
			{title: 'A second entry, starred.', body: 'Body of the second @tagtwo entry.\n', date: '2020-08-31', time: '14:32', tags: ['@tagtwo'], starred: true},
			{title: 'Went out.', body: 'It rained all day.', date: '2020-09-24', time: '09:14', tags: [], starred: false},
		],
	});

	it('reads the same entries as the text journal, with the same keys (so importing both adds nothing twice)', () => {
		const fromText = parseJrnl(JOURNAL, {now: NOW, newId: testId});
		const fromJson = parseJrnl(json, {now: NOW, newId: testId});
		expect(fromJson.entries.map((entry) => [entry.at, entry.values, entry.tags, entry.source])).toEqual(fromText.entries.map((entry) => [entry.at, entry.values, entry.tags, entry.source]));
	});

	it('refuses JSON that is not a jrnl export, naming the entry', () => {
		expect(failureOf(() => parseJrnl('{"foo": 1}', {now: NOW, newId: testId})).message).toMatch(/no "entries" list/);
		expect(failureOf(() => parseJrnl('{"entries": [{"title": "x", "date": "2020-01-01"}]}', {now: NOW, newId: testId})).message).toMatch(/entry 1 has no "date" and "time"/);
		expect(failureOf(() => parseJrnl('{"entries": [', {now: NOW, newId: testId})).message).toMatch(/looks like JSON/);
	});
});
