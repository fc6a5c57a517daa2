import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Entry} from '../../src/domain/entry.js';
import {encryptedBytes, encryptedText} from '../../src/domain/import/encrypted.js';
import {atTags, parseJrnl, readJrnlText, splitTitle} from '../../src/domain/import/jrnl.js';
import {jrnlTag} from '../../src/domain/import/jrnl-title.js';
import {guessFormat} from '../../src/domain/import/sniff.js';
import {compileTimeFormat, formatExample} from '../../src/domain/import/timeformat.js';
import {testId} from '../helpers/entries.js';
import {failureOf} from '../helpers/failure.js';

const NOW = new Date(2026, 10, 25, 21, 40);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'jrnl');
const journal = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const parse = (text: string, dateFormat?: string) =>
	parseJrnl(text, {now: NOW, newId: testId, ...(dateFormat === undefined ? {} : {dateFormat})});

/** What `jrnl` would list for an entry: local time to the minute (or second), title and body, tags, star. */
function shown(entry: Entry): {at: string; text: unknown; tags: string[]; starred: boolean} {
	return {
		at: entry.at.slice(0, 19).replace('T', ' '),
		text: entry.values['text'],
		tags: entry.tags,
		starred: entry.values['starred'] === true,
	};
}

/*
 * Each case below is one of the shapes in jrnl's test journals (tests/data/journals in
 * jrnl-org/jrnl), written again in our own words in test/fixtures/jrnl/. The expected
 * values are what jrnl shows for them, by its rules (jrnl/journals/Journal.py, Entry.py
 * and time.py): an entry starts at "[date] " at the start of a line; the title is the
 * first line of the entry's text, or its first sentence when the text has no line
 * break; a first line ending in "*" stars it; @tags are "@" then letters, digits and
 * - + * # / after a space or a line start; a date without a time is midnight.
 */
describe('jrnl text journals, read as jrnl reads them', () => {
	it('basic: titles, bodies, a star, and @tags at line ends, in punctuation and not in e-mail addresses', () => {
		const result = parse(journal('basic.journal'));
		expect(result.records).toBe(3);
		expect(result.entries.map(shown)).toEqual([
			{
				at: '2021-03-02 08:15:00',
				text: 'Slept badly again.\n\nWoke at four and could not settle. Made tea, sat by the window\nuntil the birds started. Texted @sam later, which helped.',
				tags: ['sam'],
				starred: false,
			},
			{
				at: '2021-03-04 19:40:00',
				text: 'A better evening than I expected.\n\nWalked to the allotment with @Sam. (@not-a-tag) Wrote to help@example.org\nabout the plot, then cooked. Felt calmer by the end @garden.',
				tags: ['sam', 'garden'],
				starred: true,
			},
			{
				at: '2021-03-09 21:05:00',
				text: 'Small wins 🌱\n\nFinished the book. Called mum. @garden @family',
				tags: ['garden', 'family'],
				starred: false,
			},
		]);
		expect(result.entries.every((entry) => entry.type === 'journal' && entry.source?.from === 'jrnl')).toBe(true);
		expect(result.notes).toEqual([]);
	});

	it('reads CRLF files the same way', () => {
		const lf = parse(journal('basic.journal'));
		const crlf = parse(journal('basic.journal').replaceAll('\n', '\r\n'));
		expect(crlf.entries.map((entry) => [shown(entry), entry.source])).toEqual(lf.entries.map((entry) => [shown(entry), entry.source]));
	});

	it('an empty journal has no entries (and is not an error)', () => {
		expect(parse(journal('empty.journal')).entries).toEqual([]);
		expect(parse('\n  \n').entries).toEqual([]);
	});

	it('an entry with only a date is left out, and the import says so', () => {
		const parsed = parse('[2020-02-01 10:00]\n\n[2020-02-02 11:00] Words.\n[2020-02-03 12:00] \n');
		expect(parsed.entries.map((entry) => entry.values['text'])).toEqual(['Words.']);
		expect(parsed.notes).toContain('2 entries have no words, only a date, and were left out.');
	});

	it('titles: a one-line entry followed directly by the next splits after its first sentence; followed by a line break it does not', () => {
		expect(parse(journal('one-line-titles.journal')).entries.map((entry) => entry.values['text'])).toEqual([
			'Went out.\n\nIt rained.',
			'Came home. Dried off.',
		]);
		// The last entry with no line break after it, and two entries in the same minute (jrnl shows both).
		expect(parse(journal('same-minute.journal')).entries.map(shown)).toEqual([
			{at: '2019-10-29 11:11:00', text: 'First entry.', tags: [], starred: false},
			{at: '2019-10-29 11:11:00', text: 'Second entry.', tags: [], starred: false},
			{at: '2019-10-29 11:13:00', text: 'Third entry.', tags: [], starred: false},
		]);
	});

	it('a short bracket at a line start ("[1]", a footnote), or words alone in brackets, is text, as in jrnl', () => {
		expect(parse(journal('brackets.journal')).entries.map((entry) => entry.values['text'])).toEqual([
			'Entry subject\n\n[1] a line that starts with a footnote mark',
		]);
		expect(parse('[2019-07-08 05:42] Entry\n[see below] more words\n').entries.map((entry) => entry.values['text'])).toEqual([
			'Entry\n\n[see below] more words',
		]);
	});

	it('tags across lines, at line starts and before punctuation', () => {
		expect(parse(journal('multiline-tags.journal')).entries[0]?.tags).toEqual(['morning', 'coffee', 'friends']);
	});

	it('tags with / + # stay apart (@c++, @c#), and e-mail addresses are not tags', () => {
		const result = parse(journal('tags-special.journal'));
		expect(result.entries.map((entry) => entry.tags)).toEqual([['os-2', 'c-plus-plus', 'c-sharp'], []]);
		expect(result.notes.join(' ')).toContain('@c++ → #c-plus-plus');
		expect(atTags('@a b@c (@d) @e-f+g. x@y @')).toEqual(['a', 'e-f+g']);
		expect(jrnlTag('Work')).toBe('work');
		expect(jrnlTag('***')).toBeUndefined();
	});

	it('a date with no time is at 00:00, as jrnl shows it, and says so', () => {
		const result = parse(journal('date-only.journal'));
		expect(result.entries.map((entry) => entry.at.slice(0, 16))).toEqual(['2020-01-01T00:00', '2020-01-02T00:00']);
		expect(result.notes).toContain('All 2 entries have a date but no time: they are at 00:00, as jrnl shows them.');
	});

	it('a date with no day ("2019-07 14:23") is on the 1st, as jrnl shows it, and says which line', () => {
		const result = parse(journal('mostly-readable-dates.journal'));
		expect(result.entries.map((entry) => [entry.at.slice(0, 16), entry.values['text']])).toEqual([
			['2019-07-01T14:23', 'The third entry\n\nNo day in this one.'],
			['2019-07-18T14:23', 'The first entry\n\nTime moves on.'],
			['2019-07-19T14:23', 'The second entry\n\nA quiet one.'],
		]);
		expect(result.notes.join(' ')).toMatch(/1 entry has a date without a day \(line 7\)/);
	});

	it('12-hour times with seconds, and month names with a weekday', () => {
		expect(parse(journal('twelve-hour.journal')).entries.map((entry) => entry.at.slice(0, 19))).toEqual([
			'2021-02-27T11:40:00',
			'2021-02-27T21:05:30',
		]);
		expect(parse(journal('named-months.journal')).entries.map((entry) => entry.at.slice(0, 16))).toEqual([
			'2021-02-27T11:40',
			'2021-02-28T21:15',
		]);
	});

	it('refuses a bracket that is not a date, naming its line and column, never its words', () => {
		const error = failureOf(() => parse(journal('unreadable-dates.journal')));
		expect(error.exitCode).toBe(2);
		expect(error.message).toBe('line 1, column 2: what is in the brackets is not a date cope can read.');
		expect(error.hint).toContain('[2026-11-20 21:40] A title.');
		expect(error.hint).toContain('--date-format');
		expect(`${error.message} ${error.hint}`).not.toMatch(/kdjf88|An entry with no date/);
	});

	it('refuses text before the first entry, naming the line', () => {
		const error = failureOf(() => parse(`a stray line\n${journal('basic.journal')}`));
		expect(error.message).toBe('line 1 comes before the first entry, so it has no date and would be lost.');
		expect(failureOf(() => parse('just some words\n')).message).toMatch(/^line 1 comes before/);
		expect(failureOf(() => parse('[2020-02-30 10:00] Not a day.\n')).message).toBe(
			'line 1, column 2: what is in the brackets is not a date cope can read.',
		);
	});
});

describe('jrnl timeformats: --date-format and detection', () => {
	it('day and month that could be either way across the whole file: says so, and shows both options', () => {
		const error = failureOf(() => parse(journal('day-first.journal')));
		expect(error.exitCode).toBe(2);
		expect(error.message).toMatch(/can be read day first or month first \(line 1 is one\)/);
		expect(error.hint).toContain('--date-format "%d.%m.%Y %H:%M"   if 03.04.2026 21:40 is 3 April');
		expect(error.hint).toContain('--date-format "%m.%d.%Y %H:%M"   if it is 4 March');
	});

	it("reads them with --date-format in jrnl's strftime syntax", () => {
		expect(parse(journal('day-first.journal'), '%d.%m.%Y %H:%M').entries.map((entry) => entry.at.slice(0, 16))).toEqual([
			'2013-06-09T15:39',
			'2013-06-10T15:40',
		]);
		expect(parse(journal('day-first.journal'), '%m.%d.%Y %H:%M').entries.map((entry) => entry.at.slice(0, 16))).toEqual([
			'2013-09-06T15:39',
			'2013-10-06T15:40',
		]);
	});

	it('detects the order when one date can only be read one way, and every other agrees', () => {
		expect(parse(journal('day-first-clear.journal')).entries.map((entry) => entry.at.slice(0, 16))).toEqual([
			'2013-06-09T15:39',
			'2013-06-23T08:02',
		]);
		const us = '[06/09/2013 3:39 PM] One.\n\n[06/23/2013 8:02 AM] Two.\n';
		expect(parse(us).entries.map((entry) => entry.at.slice(0, 16))).toEqual(['2013-06-09T15:39', '2013-06-23T08:02']);
	});

	it('refuses dates that disagree on the order, naming both lines', () => {
		const error = failureOf(() => parse('[23.06.2013 08:02] One.\n\n[06.24.2013 08:02] Two.\n'));
		expect(error.message).toMatch(/the date on line 1 only makes sense with the day first, the one on line 3 only with the month first/);
	});

	it('names a line that does not fit --date-format, with what a date in it looks like', () => {
		const error = failureOf(() => parse('[09.06.2013 15:39] One.\n\n[10.06. 15:40] Two.\n', '%d.%m.%Y %H:%M'));
		expect(error.message).toBe('line 3, column 2: what is in the brackets does not fit --date-format "%d.%m.%Y %H:%M".');
		expect(error.hint).toContain('an entry starts like [20.11.2026 21:40] A title.');
		expect(error.hint).toContain('put a space before it');
		// The first line cannot belong to an entry above it.
		expect(failureOf(() => parse(journal('unreadable-dates.journal'))).hint).not.toContain('entry above');
	});

	it('reads two-digit years as Python does, full month names, and a.m./p.m.', () => {
		const at = (line: string, format: string): string | undefined => parse(`${line} x\n`, format).entries[0]?.at.slice(0, 16);
		expect(at('[31/12/68 23:59]', '%d/%m/%y %H:%M')).toBe('2068-12-31T23:59');
		expect(at('[01/01/69 00:01]', '%d/%m/%y %H:%M')).toBe('1969-01-01T00:01');
		expect(at('[September  5, 2021 9:05 p.m.]', '%B %e, %Y %I:%M %p')).toBe('2021-09-05T21:05');
		expect(at('[12:30 AM 2021-01-02]', '%I:%M %p %Y-%m-%d')).toBe('2021-01-02T00:30');
	});

	it('refuses a --date-format it cannot use, saying why', () => {
		expect(failureOf(() => parse('', '%A %H:%M')).message).toMatch(/has no year/);
		expect(failureOf(() => parse('', '%d.%m.%Y %Q')).message).toMatch(/%Q is not something cope can read/);
		expect(failureOf(() => parse('', '%Y-%m-%d %')).message).toMatch(/ends with a lone "%"/);
		expect(failureOf(() => parse('', '%Y %H:%M')).message).toMatch(/has no month/);
	});

	it('reads strftime formats as Python does: any case, optional zeros, glibc shorthands', () => {
		const format = compileTimeFormat('%a %d %b %Y, %I:%M %p');
		expect(typeof format).not.toBe('string');
		expect(parse('[tue 1 JUN 2021, 9:05 pm] Late.\n', '%a %d %b %Y, %I:%M %p').entries[0]?.at.slice(0, 16)).toBe('2021-06-01T21:05');
		expect(parse('[2021-06-01 21:05:09] Late.\n', '%F %T').entries[0]?.at.slice(0, 19)).toBe('2021-06-01T21:05:09');
		expect(formatExample('%d/%m/%y %-I:%M %p', {year: 2026, month: 11, day: 20}, {hour: 21, minute: 40, second: 0})).toBe(
			'20/11/26 9:40 PM',
		);
		// A timeformat with %z gives the moment itself, whatever this computer's zone.
		const zoned = parse('[2021-06-01T21:05:09+0200] Abroad.\n', '%Y-%m-%dT%H:%M:%S%z').entries[0];
		expect(Date.parse(zoned?.at ?? '')).toBe(Date.UTC(2021, 5, 1, 19, 5, 9));
	});
});

describe('jrnl 1.x journals (no brackets)', () => {
	it('reads them as jrnl does: a line starting with a date starts an entry; a [date] line inside is text', () => {
		const result = parse(journal('jrnl-1.journal'));
		expect(result.entries.map(shown)).toEqual([
			{at: '2012-05-14 18:30:00', text: 'Started writing things down.', tags: [], starred: false},
			{
				at: '2012-05-20 07:05:00',
				text: 'She said "[this] is a new start".\n\nSlept through the night for once.\n[2019-08-03 12:55] a line that only looks like an entry',
				tags: [],
				starred: true,
			},
		]);
		expect(result.notes[0]).toMatch(/jrnl 1\.x journal .*1 line starting with a \[date\] is kept as text/);
	});

	it('with day-first dates, and with --date-format', () => {
		expect(parse(journal('jrnl-1-day-first.journal')).entries.map((entry) => entry.at.slice(0, 16))).toEqual([
			'2012-05-14T18:30',
			'2012-05-20T07:05',
		]);
		expect(parse('01.05.2012 18:30 One.\n02.05.2012 07:05 Two.\n', '%d.%m.%Y %H:%M').entries.map((entry) => entry.at.slice(0, 16))).toEqual(
			['2012-05-01T18:30', '2012-05-02T07:05'],
		);
	});
});

describe('encrypted jrnl journals', () => {
	it('recognises jrnl 2+ (Fernet text), the newest format (JRNLv3) and jrnl 1.x (AES bytes)', () => {
		expect(encryptedText(journal('encrypted.journal'))).toBe('fernet');
		expect(encryptedText('JRNLv3\u0000\u0014{"salt":"x"}gAAAAA')).toBe('v3');
		expect(encryptedText(journal('basic.journal'))).toBeUndefined();
		const v1 = Uint8Array.from({length: 48}, (_, index) => (index * 73 + 11) % 256);
		expect(encryptedBytes(v1, 48)).toBe('v1');
		expect(encryptedBytes(v1, 50)).toBeUndefined();
		expect(encryptedBytes(new TextEncoder().encode('[2020-01-01 10:00] Plain text, thirty-two bytes+'), 48)).toBeUndefined();
	});

	it('says what to do instead of "not a journal"', () => {
		const error = failureOf(() => parse(journal('encrypted.journal')));
		expect(error.message).toMatch(/encrypted jrnl journal/);
		expect(error.hint).toContain('jrnl --export json | cope import - --from jrnl');
		expect(error.hint).toContain('jrnl --decrypt journal-copy.txt');
	});
});

describe('jrnl JSON export', () => {
	const JSON_EXPORT = JSON.stringify({
		tags: {'@sam': 2, '@garden': 2, '@family': 1},
		entries: [
			{
				title: 'Slept badly again.',
				body: 'Woke at four and could not settle. Made tea, sat by the window\nuntil the birds started. Texted @sam later, which helped.',
				date: '2021-03-02',
				time: '08:15',
				tags: ['@sam'],
				starred: false,
			},
			{
				title: 'A better evening than I expected.',
				body: 'Walked to the allotment with @Sam. (@not-a-tag) Wrote to help@example.org\nabout the plot, then cooked. Felt calmer by the end @garden.\n',
				date: '2021-03-04',
				time: '19:40',
				tags: ['@sam', '@garden'],
				starred: true,
			},
			{
				title: 'Small wins 🌱',
				body: 'Finished the book. Called mum. @garden @family',
				date: '2021-03-09',
				time: '21:05',
				tags: ['@garden', '@family'],
				starred: false,
			},
		],
	});

	it('reads the same entries as the text journal, with the same keys (so importing both adds nothing twice)', () => {
		const fromText = parse(journal('basic.journal'));
		const fromJson = parse(JSON_EXPORT);
		expect(fromJson.entries.map((entry) => [shown(entry), entry.source])).toEqual(
			fromText.entries.map((entry) => [shown(entry), entry.source]),
		);
	});

	it('keys do not depend on how the words are split into title and body, or on seconds', () => {
		const text = parse('[2022-07-01 23:40:30] Went out. It rained.\n[2022-07-02 00:10] x\n');
		const json = parse(JSON.stringify({entries: [{title: 'Went out.', body: 'It rained.', date: '2022-07-01', time: '23:40'}]}));
		expect(json.entries[0]?.source).toEqual(text.entries[0]?.source);
	});

	it('refuses JSON that is not a jrnl export, naming the entry', () => {
		expect(failureOf(() => parse('{"foo": 1}')).message).toMatch(/no "entries" list/);
		expect(failureOf(() => parse('{"entries": [{"title": "x", "date": "2020-01-01"}]}')).message).toMatch(
			/entry 1 has no "date" and "time"/,
		);
		expect(failureOf(() => parse('{"entries": [{"title": "x", "date": "2020-02-30", "time": "10:00"}]}')).message).toBe(
			'entry 1: its "date" and "time" are not a date and time cope can read.',
		);
		expect(failureOf(() => parse('{"entries": [')).message).toMatch(/looks like JSON/);
	});

	it('an empty export has no entries', () => {
		expect(parse('{"tags": {}, "entries": []}').entries).toEqual([]);
	});

	it('says that --date-format is not needed for it (its dates are always one way)', () => {
		const result = parse(JSON_EXPORT, '%d.%m.%Y %H:%M');
		expect(result.entries.map((entry) => entry.at.slice(0, 16))).toEqual(['2021-03-02T08:15', '2021-03-04T19:40', '2021-03-09T21:05']);
		expect(result.notes.join(' ')).toMatch(/--date-format was not needed/);
	});
});

describe('title rule and format detection', () => {
	it('splits titles like jrnl', () => {
		expect(splitTitle('One. Two.')).toEqual({title: 'One.', body: 'Two.'});
		expect(splitTitle('One. Two.\n')).toEqual({title: 'One. Two.', body: ''});
		expect(splitTitle('Title line\nbody')).toEqual({title: 'Title line', body: 'body'});
		expect(splitTitle('No full stop')).toEqual({title: 'No full stop', body: ''});
		expect(splitTitle('He said "stop." Then left.')).toEqual({title: 'He said "stop."', body: 'Then left.'});
		expect(readJrnlText('[2020-01-01 10:00] T\n').records[0]?.title).toBe('T');
	});

	it('is certain of a format only when the content leaves no doubt', () => {
		expect(guessFormat(journal('basic.journal'))).toBe('jrnl');
		expect(guessFormat(journal('jrnl-1.journal'))).toBe('jrnl');
		expect(guessFormat(journal('encrypted.journal'))).toBe('jrnl');
		expect(guessFormat('{"tags": {}, "entries": []}')).toBe('jrnl');
		expect(guessFormat('{"entries": [{"title": "x", "body": "", "date": "2020-01-01", "time": "10:00"}]}')).toBe('jrnl');
		expect(guessFormat('{"entries": [{"id": 1, "text": "another app"}]}')).toBeUndefined();
		expect(guessFormat('{"format": "cope-export", "version": 1, "entries": []}')).toBe('cope');
		expect(guessFormat('full_date,date,weekday,time,mood,activities,note_title,note\n')).toBe('daylio');
		expect(guessFormat(journal('unreadable-dates.journal'))).toBeUndefined();
		expect(guessFormat('date,mood\n2020-01-01,5\n')).toBeUndefined();
		expect(guessFormat('Dear diary,\n')).toBeUndefined();
	});
});
