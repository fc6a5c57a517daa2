import {describe, expect, it} from 'vitest';
import {parseClock, parseDayAndMonth, parseIsoDate} from '../../src/domain/import/dates.js';
import {parseDaylio} from '../../src/domain/import/daylio.js';
import {moodMapName, normaliseMoodName, parseMoodMap} from '../../src/domain/import/mood-map.js';
import {guessFormat} from '../../src/domain/import/sniff.js';
import {tagFromLabel} from '../../src/domain/import/tags.js';
import {failureOf} from '../helpers/failure.js';
import {testId} from '../helpers/entries.js';

const NOW = new Date(2026, 10, 25, 21, 40);
const defaults = parseMoodMap([]);

// Daylio's 8-column export, as the app writes it: BOM, CRLF, 12-hour times, newest first, no final newline.
const EIGHT = [
	'\uFEFFfull_date,date,weekday,time,mood,activities,note_title,note',
	'2021-09-28,28 September,Tuesday,10:00 pm,Rad ,"friends | movies / tv | Eat  Out ","A good day","Went out.<br>Then <br/>home, ""tired"""',
	'2021-09-28,28 September,Tuesday,8:05 am,meh,"","",""',
	'2021-09-27,27 September,Monday,12:30 am,awful,"work","","couldn\'t sleep"',
].join('\r\n');

describe('parseDaylio', () => {
	it('reads the 8-column export: BOM, CRLF, 12-hour times, oldest first', () => {
		const result = parseDaylio(EIGHT, {moodMap: defaults, now: NOW, newId: testId});
		expect(result.unmapped).toEqual([]);
		expect(result.records).toBe(3);
		expect(result.entries.map((entry) => entry.at.slice(0, 16))).toEqual(['2021-09-27T00:30', '2021-09-28T08:05', '2021-09-28T22:00']);
		const [awful, meh, rad] = result.entries;
		// The mood word as Daylio wrote it (trimmed) is kept beside the level.
		expect(rad?.values).toEqual({mood: 9, moodLabel: 'Rad', note: 'A good day\n\nWent out.\nThen\nhome, "tired"'});
		expect(rad?.tags).toEqual(['friends', 'movies-tv', 'eat-out']);
		expect(rad?.metrics).toEqual({mood: 9});
		expect(rad?.type).toBe('mood');
		expect(rad?.exercise).toBe('mood-log');
		expect(rad?.source?.from).toBe('daylio');
		expect(meh?.values).toEqual({mood: 5, moodLabel: 'meh'});
		expect(meh?.tags).toEqual([]);
		expect(awful?.values).toEqual({mood: 1, moodLabel: 'awful', note: "couldn't sleep"});
		// Ids are sortable by creation and follow the order things happened.
		const ids = result.entries.map((entry) => entry.id);
		expect([...ids].sort()).toEqual(ids);
	});

	it('reads the same rows with LF and without a BOM to the same keys', () => {
		const a = parseDaylio(EIGHT, {moodMap: defaults, now: NOW, newId: testId});
		const b = parseDaylio(EIGHT.replace('\uFEFF', '').replaceAll('\r\n', '\n') + '\n', {
			moodMap: defaults,
			now: new Date(2027, 0, 1),
			newId: testId,
		});
		expect(b.entries.map((entry) => entry.source?.key)).toEqual(a.entries.map((entry) => entry.source?.key));
		expect(new Set(a.entries.map((entry) => entry.source?.key)).size).toBe(3);
	});

	it('reads a file a spreadsheet saved again: semicolons or tabs, spaces after them, a stray CR at the end', () => {
		const a = parseDaylio(EIGHT, {moodMap: defaults, now: NOW, newId: testId});
		const plain = EIGHT.replace('\uFEFF', '').split('\r\n');
		const semicolons = [
			plain[0]?.replaceAll(',', ';'),
			...plain.slice(1).map((line) => line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';')),
		].join('\n');
		const tabs = semicolons.replaceAll(';', '\t');
		for (const text of [semicolons, tabs, `${plain[0]?.replaceAll(',', ', ')}\n${plain.slice(1).join('\n')}`, `${EIGHT}\r\n\r`]) {
			expect(guessFormat(text)).toBe('daylio');
			const b = parseDaylio(text, {moodMap: defaults, now: NOW, newId: testId});
			expect(b.entries.map((entry) => entry.values)).toEqual(a.entries.map((entry) => entry.values));
		}
	});

	it('keeps the words of cells past the last column at the end of the note, and says so', () => {
		const text =
			'full_date,date,weekday,time,mood,activities,note_title,note\n2021-05-13,13 May,Thursday,18:52,good,"a","title","part one",part two, three\n';
		const result = parseDaylio(text, {moodMap: defaults, now: NOW, newId: testId});
		expect(result.entries[0]?.values['note']).toBe('title\n\npart one,part two, three');
		expect(result.notes).toContain('1 row has more cells than the first line names; the extra words are kept at the end of its note.');
	});

	it('names the columns the first line lacks', () => {
		const error = failureOf(() =>
			parseDaylio('full_date,date,weekday,mood,activities\n2021-05-13,13 May,Thursday,good,a\n', {
				moodMap: defaults,
				now: NOW,
				newId: testId,
			}),
		);
		expect(error.exitCode).toBe(2);
		expect(error.message).toContain('its first line names no time column');
		expect(failureOf(() => parseDaylio('a,b\n1,2\n', {moodMap: defaults, now: NOW, newId: testId})).message).toContain(
			'names no full_date (or year and date), no time, no mood column',
		);
	});

	it('reads the 7-column export (year + "28 September" or "September 28") and 24-hour times', () => {
		const text = [
			'year,date,weekday,time,mood,activities,note',
			'2018,28 September,Friday,22:15,good,"gym","strong"',
			'2018,September 3,Monday,07:00,bad,"",""',
		].join('\n');
		const result = parseDaylio(text, {moodMap: defaults, now: NOW, newId: testId});
		expect(result.entries.map((entry) => [entry.at.slice(0, 16), entry.values['mood'], entry.values['note']])).toEqual([
			['2018-09-03T07:00', 3, undefined],
			['2018-09-28T22:15', 7, 'strong'],
		]);
		expect(result.entries[1]?.tags).toEqual(['gym']);
	});

	it('reads the 9-column export with scales, and says the scales are not imported', () => {
		const text = [
			'full_date,date,weekday,time,mood,activities,note_title,note,scales',
			'2024-01-02,2 January,Tuesday,9:00 pm,good,"reading","","","Stress: 2"',
		].join('\n');
		const result = parseDaylio(text, {moodMap: defaults, now: NOW, newId: testId});
		expect(result.entries).toHaveLength(1);
		expect(result.notes.join(' ')).toMatch(/scales .*not imported/);
	});

	it('keeps two identical rows as two entries with different keys, the same on every read', () => {
		const text = [
			'full_date,date,weekday,time,mood,activities,note_title,note',
			'2021-05-12,12 May,Wednesday,18:52,good,"work","",""',
			'2021-05-12,12 May,Wednesday,18:52,good,"work","",""',
		].join('\n');
		const first = parseDaylio(text, {moodMap: defaults, now: NOW, newId: testId});
		const again = parseDaylio(text, {moodMap: defaults, now: NOW, newId: testId});
		expect(first.entries).toHaveLength(2);
		const keys = first.entries.map((entry) => entry.source?.key);
		expect(keys[0]).not.toBe(keys[1]);
		expect(again.entries.map((entry) => entry.source?.key)).toEqual(keys);
	});

	it('matches mood names without case or stray spaces, and lists every unmapped name', () => {
		const text = [
			'full_date,date,weekday,time,mood,activities,note_title,note',
			'2021-09-28,x,x,10:00 pm,sad ,"","",""',
			'2021-09-27,x,x,11:00 pm,  OK  but   Sleepy,"","",""',
			'2021-09-26,x,x,11:00 pm,Sad,"","",""',
			'2021-09-25,x,x,11:00 pm,GOOD,"","",""',
		].join('\n');
		const unmapped = parseDaylio(text, {moodMap: defaults, now: NOW, newId: testId});
		expect(unmapped.unmapped).toEqual(['sad', 'ok but sleepy']);
		expect(unmapped.moods.find((mood) => mood.name === 'sad')?.rows).toBe(2);
		const mapped = parseDaylio(text, {moodMap: parseMoodMap(['Sad=2', 'ok but sleepy = 4']), now: NOW, newId: testId});
		expect(mapped.unmapped).toEqual([]);
		expect(mapped.entries.map((entry) => entry.values['mood'])).toEqual([7, 2, 4, 2]);
	});

	it('names the row of a date or time it cannot read (exit 2)', () => {
		const header = 'full_date,date,weekday,time,mood,activities,note_title,note';
		const badTime = failureOf(() =>
			parseDaylio(`${header}\n2021-09-28,x,x,10:00 pm,good,,,\n2021-09-27,x,x,25:00,good,,,`, {moodMap: defaults, now: NOW, newId: testId}),
		);
		expect(badTime.exitCode).toBe(2);
		expect(badTime.message).toBe('row 2: the time (the time column) is not a time cope can read.');
		const badDate = failureOf(() =>
			parseDaylio(`${header}\n2021-02-30,x,x,10:00 pm,good,,,`, {moodMap: defaults, now: NOW, newId: testId}),
		);
		expect(badDate.message).toBe('row 1: the date (the full_date column) is not a date cope can read.');
		// Columns that slipped put words where a date goes: the message names the place, never the words.
		const slipped = failureOf(() =>
			parseDaylio(`${header}\nmy secret diary,x,x,10:00 pm,good,,,`, {moodMap: defaults, now: NOW, newId: testId}),
		);
		expect(slipped.message).not.toContain('secret');
	});

	it('refuses a file that is not a Daylio export, naming the header it expected', () => {
		const error = failureOf(() => parseDaylio('[2020-08-29 11:11] Entry the first.\nbody', {moodMap: defaults, now: NOW, newId: testId}));
		expect(error.exitCode).toBe(2);
		expect(`${error.message} ${error.hint}`).toMatch(/full_date,date,weekday,time,mood/);
		expect(failureOf(() => parseDaylio('', {moodMap: defaults, now: NOW, newId: testId})).exitCode).toBe(2);
	});
});

describe('parseMoodMap', () => {
	it('adds to and overrides the defaults', () => {
		const map = parseMoodMap(['sad=3, ok but sleepy=4', 'rad=10']);
		expect(map.get('sad')).toBe(3);
		expect(map.get('ok but sleepy')).toBe(4);
		expect(map.get('rad')).toBe(10);
		expect(map.get('awful')).toBe(1);
	});

	it.each([['sad=11'], ['sad'], ['=3'], ['sad=three'], ['sad=-1'], [''], ['sad=3.5']])('refuses %j (exit 2)', (text) => {
		expect(failureOf(() => parseMoodMap([text])).exitCode).toBe(2);
	});

	it('normalises names', () => {
		expect(normaliseMoodName('  OK   but\tSleepy ')).toBe('ok but sleepy');
	});

	it('takes a name with a comma or a quote in double quotes, as moodMapName writes it', () => {
		const names = ['meh, tired', 'say "hi"', 'a=b, c'];
		const map = parseMoodMap([`${names.map((name, level) => `${moodMapName(name)}=${level}`).join(',')},sad=9`]);
		expect(names.map((name) => map.get(name))).toEqual([0, 1, 2]);
		expect(map.get('sad')).toBe(9);
		// A comma outside quotes still ends a part: a level left out is named, not joined to the next name.
		expect(failureOf(() => parseMoodMap(['sad,ok=4'])).message).toContain('"sad" needs a level');
	});
});

describe('tags and times', () => {
	it.each([
		['movies / tv', 'movies-tv'],
		['Sleeping ', 'sleeping'],
		['stressed / frustrated ', 'stressed-frustrated'],
		['eat  out', 'eat-out'],
		['--a -- b--', 'a-b'],
		['Café', 'café'],
		['🎉', undefined],
	])('tagFromLabel(%j) is %j', (label, tag) => {
		expect(tagFromLabel(label)).toBe(tag);
	});

	it.each([
		['10:00 pm', 22, 0],
		['12:00 am', 0, 0],
		['12:30 PM', 12, 30],
		['7:05am', 7, 5],
		['10:00 p.m.', 22, 0],
		['22:00', 22, 0],
		['0:15', 0, 15],
	])('parseClock(%j)', (text, hour, minute) => {
		expect(parseClock(text)).toEqual({hour, minute, second: 0});
	});

	it.each([['24:00'], ['13:00 pm'], ['0:00 am'], ['10:60'], ['noon']])('parseClock(%j) is not a time', (text) => {
		expect(parseClock(text)).toBeUndefined();
	});

	it('reads dates', () => {
		expect(parseIsoDate('2021-09-28')).toEqual({year: 2021, month: 9, day: 28});
		expect(parseIsoDate('2021-13-01')).toBeUndefined();
		expect(parseDayAndMonth('2018', 'Sep 3')).toEqual({year: 2018, month: 9, day: 3});
		expect(parseDayAndMonth('2020', '29 February')).toEqual({year: 2020, month: 2, day: 29});
		expect(parseDayAndMonth('2021', '29 February')).toBeUndefined();
		expect(parseDayAndMonth('2021', '3 Ma')).toBeUndefined();
	});
});
