import {describe, expect, it} from 'vitest';
import {createJournalEntry, createMoodEntry, parseEmotion, parseLevel, parseTags} from '../../src/domain/mood-entry.js';
import {eastAsianWidth} from 'get-east-asian-width';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {cellsOf, cellWidth, inert, normaliseTag, padCells, tagsInText, truncate} from '../../src/domain/text.js';
import {format} from 'date-fns';
import {clockTime, dateTimeLabel, dayLabel, toLocalIso, wallClock} from '../../src/domain/time.js';
import {parseWhen} from '../../src/domain/when.js';
import {homeOrder} from '../../src/domain/home-order.js';
import {parseSpan} from '../../src/domain/period.js';
import {localDay, serializeEntry, toEntry} from '../../src/domain/entry.js';
import {canonicalCountry, countryAliases} from '../../src/domain/country.js';
import {confSchema, normaliseCountry, resolveSettings} from '../../src/domain/settings.js';
import {CopeError} from '../../src/errors.js';
import {testId} from '../helpers/entries.js';

const now = new Date(2026, 10, 25, 21, 40, 0);

function exitCodeOf(fn: () => unknown): number | undefined {
	try {
		fn();
	} catch (error) {
		return error instanceof CopeError ? error.exitCode : -1;
	}
	return undefined;
}

describe('parseLevel', () => {
	it('accepts whole numbers 0 to 10', () => {
		expect(parseLevel('0', 'mood')).toBe(0);
		expect(parseLevel(' 10 ', 'mood')).toBe(10);
	});
	it.each(['11', '-1', '4.5', 'four', '', '1e1'])('refuses %j with exit 2', (text) => {
		expect(exitCodeOf(() => parseLevel(text, 'mood'))).toBe(2);
	});
});

describe('parseEmotion', () => {
	it('reads a name with or without a strength', () => {
		expect(parseEmotion('Anxious=60')).toEqual(['anxious', 60]);
		expect(parseEmotion('let down')).toEqual(['let down', null]);
	});
	it.each(['anxious=101', 'anxious=high', '=40', '60'])('refuses %j', (text) => {
		expect(exitCodeOf(() => parseEmotion(text))).toBe(2);
	});
});

describe('tags', () => {
	it('finds #tags in text, lower-cased, not numbers or mid-word #', () => {
		expect(tagsInText('Rough day at #Work, then #gym. Issue #12 and a#b and C#')).toEqual(['work', 'gym']);
	});
	it('normalises -t values and refuses non-words', () => {
		expect(normaliseTag('#Sleep')).toBe('sleep');
		expect(normaliseTag('two words')).toBeUndefined();
		expect(exitCodeOf(() => parseTags(['ok', 'no way']))).toBe(2);
	});
});

describe('inert', () => {
	it('shows escape sequences as visible characters instead of obeying them', () => {
		const shown = inert('hi\u001B[2J\u001B]0;title\u0007there\u009B31m');
		expect(shown).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
		expect(shown).toBe('hi^[[2J^[]0;title^Gthere�31m');
	});
	it('keeps newlines unless asked for one line, and drops carriage returns', () => {
		expect(inert('a\r\nb')).toBe('a\nb');
		expect(inert('a\nb', {singleLine: true})).toBe('a ⏎ b');
	});
	it('truncates by characters with an ellipsis', () => {
		expect(truncate('abcdef', 4)).toBe('abc…');
		expect(truncate('abc', 4)).toBe('abc');
	});
});

describe('terminal cells', () => {
	it('counts wide characters as two cells and combining marks as none', () => {
		expect(cellWidth('a')).toBe(1);
		expect(cellWidth('é')).toBe(1);
		expect(cellWidth('日')).toBe(2);
		expect(cellWidth('한')).toBe(2);
		expect(cellWidth('😀')).toBe(2);
		expect(cellWidth('\u0301')).toBe(0); // combining acute accent
		expect(cellWidth('\u200D')).toBe(0); // zero-width joiner
		expect(cellsOf('e\u0301té')).toBe(3);
		expect(cellsOf('今日は')).toBe(6);
	});

	it('measures punctuation, arrows, box drawing and blocks without the Unicode patterns, and the same as with them', () => {
		const zeroWidth = /[\p{Default_Ignorable_Code_Point}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Format}\p{Control}]/u;
		const wideEmoji = /\p{Emoji_Presentation}/u;
		const measured = (char: string): number =>
			zeroWidth.test(char) ? 0 : wideEmoji.test(char) ? 2 : eastAsianWidth(char.codePointAt(0) ?? 0);
		for (const [from, to] of [
			[0xa0, 0x300],
			[0x2010, 0x2028],
			[0x2030, 0x2060],
			[0x2190, 0x2200],
			[0x2500, 0x2600],
		] as const) {
			for (let code = from; code < to; code++)
				expect(cellWidth(String.fromCodePoint(code)), code.toString(16)).toBe(measured(String.fromCodePoint(code)));
		}
	});

	it('measures as string-width does (what Ink measured with before it was handed cellsOf): code points, emoji sequences, flags, keycaps, jamo', () => {
		// Every code point alone; a lone flag letter is the one difference (string-width: 1, as
		// terminals draw it; cellsOf too, as a cluster: a code point alone is not measured so).
		for (let code = 0; code < 0x110000; code += code < 0x30000 ? 1 : 0x101) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			const char = String.fromCodePoint(code);
			expect(cellsOf(char), code.toString(16)).toBe(stringWidth(char));
		}
		// Whole characters, joined in any order. Not among them, where string-width's answer is
		// one cell and a terminal draws two or more (cellsOf counts two): a skin tone after an
		// emoji that takes none, and two flag letters that name no country.
		const pieces = [
			'a',
			'é',
			'e\u0301',
			'日',
			'한',
			'·',
			'●',
			'─',
			'…',
			' ',
			'\t',
			'\u00AD',
			'😀',
			'👍',
			'👍🏽',
			'☺',
			'☺\uFE0F',
			'a\uFE0F',
			'1\uFE0F',
			'1\u20E3',
			'#\uFE0F\u20E3',
			'🇫🇷',
			'🇩🇪',
			'👨\u200D👩\u200D👧',
			'a\u200D👍',
			'🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F',
			'\u1100\u1161',
			'\u1100\u1161\u11A8',
			'\u1100',
			'क्\u200Dष',
			'का',
			'❤\uFE0F',
			'©\uFE0F',
			'👁\u200D🗨',
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 8}), (parts) => {
				const text = parts.join('');
				expect(cellsOf(text)).toBe(stringWidth(text));
				expect(cellsOf(truncate(text, 5))).toBeLessThanOrEqual(Math.max(5, cellsOf(text)));
			}),
			{numRuns: 2000},
		);
	});

	it('truncates and pads by cells, so wide text lines up with the rest', () => {
		expect(truncate('今日はいい天気', 7)).toBe('今日は…');
		expect(truncate('今日は', 6)).toBe('今日は');
		expect(truncate('ab日', 3)).toBe('ab…');
		expect(padCells('日本', 6)).toBe('日本  ');
		expect(padCells('abcdef', 3)).toBe('abcdef');
		expect(cellsOf(padCells(truncate('気分が少し良くなった', 9), 9))).toBe(9);
	});
});

describe('time', () => {
	it('writes the local offset, not Z', () => {
		expect(toLocalIso(now)).toMatch(/^2026-11-25T21:40:00[+-]\d{2}:\d{2}$/);
	});
	it('reads back the wall-clock time that was recorded, whatever the zone now', () => {
		const date = wallClock('2026-03-29T23:30:00+02:00');
		expect([date.getDate(), date.getHours(), date.getMinutes()]).toEqual([29, 23, 30]);
		expect(localDay('2026-03-29T23:30:00+02:00')).toBe('2026-03-29');
	});
	it('names days and times as date-fns would ("Sun 6 Dec 2026, 09:05")', () => {
		// cope writes its dates itself, so the screens need not load date-fns: date-fns is the oracle.
		fc.assert(
			fc.property(fc.date({min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true}), (date) => {
				expect(clockTime(date)).toBe(format(date, 'HH:mm'));
				expect(dayLabel(date)).toBe(format(date, 'd MMM'));
				expect(dayLabel(date, {weekday: true})).toBe(format(date, 'EEE d MMM'));
				expect(dayLabel(date, {weekday: true, year: true})).toBe(format(date, 'EEE d MMM yyyy'));
				expect(dateTimeLabel(date, true)).toBe(format(date, 'd MMM yyyy HH:mm'));
				expect(dateTimeLabel(date, false)).toBe(format(date, 'EEE d MMM HH:mm'));
			}),
		);
	});
});

describe('parseWhen', () => {
	it('reads the simple forms', async () => {
		expect((await parseWhen('2h ago', now)).getTime()).toBe(now.getTime() - 2 * 3600_000);
		expect((await parseWhen('30 minutes ago', now)).getTime()).toBe(now.getTime() - 30 * 60_000);
		expect(await parseWhen('2026-11-20 08:30', now)).toEqual(new Date(2026, 10, 20, 8, 30));
	});
	it('reads natural language through chrono', async () => {
		expect(await parseWhen('yesterday 21:00', now)).toEqual(new Date(2026, 10, 24, 21, 0));
	});
	it('refuses nonsense and the future with exit 2', async () => {
		await expect(parseWhen('whenever', now)).rejects.toMatchObject({exitCode: 2});
		await expect(parseWhen('tomorrow 9am', now)).rejects.toMatchObject({exitCode: 2, message: expect.stringMatching(/future/)});
		await expect(parseWhen('2026-13-45 99:00', now)).rejects.toMatchObject({exitCode: 2});
	});
	it('refuses a day that is not in the calendar, rather than rolling it into the next month', async () => {
		for (const text of ['2026-02-30 08:00', '2026-02-30', '2026-13-01', '2026-11-31T10:00:00+00:00', '2025-02-29 12:00'])
			await expect(parseWhen(text, now)).rejects.toMatchObject({
				exitCode: 2,
				message: expect.stringMatching(/is not a date in the calendar/),
			});
		expect(await parseWhen('2024-02-29 10:00', now)).toEqual(new Date(2024, 1, 29, 10, 0));
		expect(await parseWhen('2026-11-20 9pm', now)).toEqual(new Date(2026, 10, 20, 21, 0));
	});
});

describe('parseSpan', () => {
	it('counts today as the first day', () => {
		expect(parseSpan('7d', now)).toEqual(new Date(2026, 10, 19));
		expect(parseSpan('1d', now)).toEqual(new Date(2026, 10, 25));
		expect(parseSpan('4w', now)).toEqual(new Date(2026, 9, 29));
		expect(parseSpan('soon', now)).toBeUndefined();
	});
});

describe('entries', () => {
	it('writes cope log entries in the mood-log shape, with metrics', () => {
		const entry = createMoodEntry({
			mood: 4,
			urge: 6,
			emotions: [['anxious', 60]],
			note: 'rough day at #work',
			tags: ['sleep'],
			at: now,
			now,
			id: testId(),
		});
		expect(entry).toMatchObject({
			v: 1,
			type: 'mood',
			exercise: 'mood-log',
			tags: ['sleep', 'work'],
			values: {mood: 4, urge: 6, emotions: {anxious: 60}, note: 'rough day at #work'},
			metrics: {mood: 4, urge: 6},
		});
		expect(toEntry(JSON.parse(serializeEntry(entry)))).toEqual(entry);
	});
	it('serialises with v, id and at first (the fast readers rely on it)', () => {
		const line = serializeEntry(createJournalEntry({text: 'hello', at: now, now, id: testId()}));
		expect(line).toMatch(/^\{"v":1,"id":"[0-9A-Z]{26}","at":"2026-11-25T21:40:00/);
	});
	it('gives sortable unique ids even within one millisecond', () => {
		const ids = Array.from({length: 100}, () => createJournalEntry({text: 'x', at: now, now, id: testId()}).id);
		expect(new Set(ids).size).toBe(100);
		expect([...ids].sort()).toEqual(ids);
	});
	it('rejects lines that are not entries, saying why', () => {
		expect(toEntry([])).toBe('not a JSON object');
		expect(toEntry({v: 2})).toBe('unknown format version 2');
		expect(toEntry({v: 1, id: 'x', at: 'never'})).toBe('no valid "at" time');
	});
});

describe('settings', () => {
	it('uses defaults for missing and invalid values and names the invalid ones', () => {
		const {settings, invalid} = resolveSettings({alerts: {urge: 99}, country: 'GB', __proto__: {country: 'XX'}});
		expect(settings).toMatchObject({'alerts.urge': 7, 'alerts.mood': 2, country: 'GB'});
		expect(invalid).toEqual(['alerts.urge']);
	});
	it('accepts only real two-letter region codes', () => {
		expect(normaliseCountry('gb')).toBe('GB');
		expect(normaliseCountry('XX')).toBeUndefined();
		expect(normaliseCountry('GBR')).toBeUndefined();
	});
	it('builds a nested JSON schema for conf', () => {
		expect(confSchema()).toMatchObject({alerts: {type: 'object', properties: {urge: {type: 'integer', minimum: 0, maximum: 10}}}});
	});
});

describe('country aliases', () => {
	it('are exactly the codes Intl names whose canonical code differs, mapped as Intl.Locale maps them', () => {
		const names = new Intl.DisplayNames(['en'], {type: 'region'});
		const expected: Record<string, string> = {};
		for (let first = 65; first <= 90; first++) {
			for (let second = 65; second <= 90; second++) {
				const code = String.fromCharCode(first, second);
				const name = names.of(code);
				if (name === undefined || name === code || name === 'Unknown Region') continue;
				const canonical = new Intl.Locale(`und-${code}`).region;
				if (canonical !== undefined && canonical !== code) expected[code] = canonical;
			}
		}
		expect(countryAliases()).toEqual(expected);
	});

	it('apply to the setting and the locale alike, in any case', () => {
		expect(normaliseCountry('uk')).toBe('GB');
		expect(normaliseCountry(' Uk ')).toBe('GB');
		expect(canonicalCountry('ie')).toBe('IE');
		expect(resolveSettings({country: 'UK'}).settings['country']).toBe('GB');
	});
});

describe("homeOrder (the home screen's list, the screens' and the plain menu's)", () => {
	const ids = ['thought-record', 'journal', 'mood-log', 'urge-surfing', 'box-breathing'];
	const plan = {
		due: [
			{exercise: 'box-breathing', note: 'a'},
			{exercise: 'journal', note: 'b'},
		],
	};
	it('puts homework set for today first, in the order it was set, and keeps the rest as they came', () => {
		expect(homeOrder(ids, plan, false).map((place) => ids[place])).toEqual([
			'box-breathing',
			'journal',
			'thought-record',
			'mood-log',
			'urge-surfing',
		]);
		expect(homeOrder(ids, {due: []}, false)).toEqual([0, 1, 2, 3, 4]);
	});
	it('after a hard entry today puts riding out an urge before everything, homework included', () => {
		expect(homeOrder(ids, plan, true).map((place) => ids[place])).toEqual([
			'urge-surfing',
			'box-breathing',
			'journal',
			'thought-record',
			'mood-log',
		]);
		expect(homeOrder(['journal'], {due: []}, true)).toEqual([0]);
	});
});
