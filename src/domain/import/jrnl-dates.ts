import {type CalendarDate, type ClockTime, monthNumber, parseClock, realDate} from './dates.js';
import {fullYear} from './timeformat.js';

/**
 * The dates jrnl writes with the timeformats people commonly set, read without
 * being told the format: 2013-06-09 15:39, 09.06.2013 15:39, 6/9/2013 3:39 PM,
 * 9 June 2013, Sun, 09 Jun 2013 15:39, a date alone, and jrnl's own "2019-07 14:23"
 * (no day: jrnl shows it on the 1st). A date like 03.04.2020 can be read two ways;
 * which one is decided for the whole journal (see chooseDayOrder).
 */

export interface WhenRead {
	date: CalendarDate;
	time: ClockTime;
	/** The text gave a time (without one, jrnl shows 00:00). */
	timeGiven: boolean;
	/** The text gave a day (jrnl puts "2019-07" on the 1st). */
	dayGiven: boolean;
	/** Minutes east of UTC, when the text says. */
	offset?: number;
}

export interface LooseDate {
	/** The reading of a date that can be read one way only (year first, a month name). */
	only?: WhenRead;
	/** The two readings of a date like 03.04.2020; either may be impossible (25.03.2020 has no month-first one). */
	dayFirst?: WhenRead;
	monthFirst?: WhenRead;
	/** The timeformats of those two readings, for the option that chooses. */
	formats?: {dayFirst: string; monthFirst: string};
}

const WEEKDAY = /^(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s+/i;
const TIME_AT_END = /(?:^|(?<=[\s,T]))(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?\s?m\.?)?)$/i;
const JOINER = /(?:\s*,\s*|\s+at\s+|\s+|T)$/i;
const MIDNIGHT: ClockTime = {hour: 0, minute: 0, second: 0};

function timeFormatOf(text: string): string {
	const match = /^\d{1,2}([:.])\d{2}([:.]\d{2})?(\s?)([ap]\.?\s?m\.?)?$/i.exec(text);
	if (!match) return '%H:%M';
	const separator = match[1] ?? ':';
	const twelve = match[4] !== undefined;
	return `${twelve ? '%I' : '%H'}${separator}%M${match[2] === undefined ? '' : `${separator}%S`}${twelve ? `${match[3] ?? ''}%p` : ''}`;
}

function joinerFormat(text: string): string {
	if (/^T$/i.test(text)) return 'T';
	if (text.includes(',')) return ', ';
	if (/at/i.test(text)) return ' at ';
	return ' ';
}

function named(text: string): CalendarDate | undefined {
	const rest = text.replace(WEEKDAY, '');
	const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+(\p{L}+\.?),?\s+(\d{4})$/iu.exec(rest);
	const monthFirst = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/iu.exec(rest);
	const [day, month, year] = dayFirst
		? [dayFirst[1], dayFirst[2], dayFirst[3]]
		: monthFirst
			? [monthFirst[2], monthFirst[1], monthFirst[3]]
			: [];
	const number = monthNumber(month ?? '');
	return number === undefined ? undefined : realDate(Number(year), number, Number(day));
}

function readDatePart(text: string, time: ClockTime | undefined, timeFormat: string, joiner: string): LooseDate | undefined {
	const when = (date: CalendarDate | undefined, dayGiven = true): WhenRead | undefined =>
		date === undefined ? undefined : {date, time: time ?? MIDNIGHT, timeGiven: time !== undefined, dayGiven};
	const iso = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
	if (iso) {
		const only = when(realDate(Number(iso[1]), Number(iso[3]), Number(iso[4])));
		return only && {only};
	}
	const yearMonth = /^(\d{4})-(\d{1,2})$/.exec(text);
	if (yearMonth) {
		const only = when(realDate(Number(yearMonth[1]), Number(yearMonth[2]), 1), false);
		return only && {only};
	}
	const numeric = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
	if (numeric) {
		const [first, second] = [Number(numeric[1]), Number(numeric[3])];
		const yearText = numeric[4] ?? '';
		const year = yearText.length === 4 ? Number(yearText) : fullYear(Number(yearText));
		const dayFirst = when(realDate(year, second, first));
		const monthFirst = when(realDate(year, first, second));
		if (dayFirst === undefined && monthFirst === undefined) return undefined;
		const separator = numeric[2] ?? '.';
		const yearFormat = yearText.length === 4 ? '%Y' : '%y';
		const tail = time === undefined ? '' : `${joinerFormat(joiner)}${timeFormat}`;
		return {
			dayFirst,
			monthFirst,
			formats: {
				dayFirst: `%d${separator}%m${separator}${yearFormat}${tail}`,
				monthFirst: `%m${separator}%d${separator}${yearFormat}${tail}`,
			},
		};
	}
	const only = when(named(text));
	return only && {only};
}

/** Every way a date (and time) can be read; undefined when none. */
export function readLooseDate(text: string): LooseDate | undefined {
	const trimmed = text.trim().replace(/\s+/g, ' ');
	const timed = TIME_AT_END.exec(trimmed);
	if (timed) {
		const before = trimmed.slice(0, timed.index);
		const joiner = JOINER.exec(before)?.[0] ?? '';
		const datePart = before.slice(0, before.length - joiner.length);
		const timeText = timed[1] ?? '';
		const clock = parseClock(timeText);
		if (datePart !== '' && (joiner !== '' || before === '') && clock !== undefined) {
			const reading = readDatePart(datePart, clock, timeFormatOf(timeText), joiner);
			if (reading) return reading;
		}
	}
	return readDatePart(trimmed, undefined, '', '');
}

/** The reading a date has once the journal's day order is known (undefined: it has none in that order). */
export function readingIn(date: LooseDate, order: DayOrder | undefined): WhenRead | undefined {
	if (date.only) return date.only;
	if (order === 'day-first') return date.dayFirst;
	if (order === 'month-first') return date.monthFirst;
	// Both readings are the same day (04.04.2020): no order needed.
	const {dayFirst, monthFirst} = date;
	if (dayFirst && monthFirst && dayFirst.date.month === monthFirst.date.month && dayFirst.date.day === monthFirst.date.day) return dayFirst;
	return dayFirst && !monthFirst ? dayFirst : monthFirst && !dayFirst ? monthFirst : undefined;
}

export type DayOrder = 'day-first' | 'month-first';

export type OrderChoice =
	| {kind: 'chosen'; order: DayOrder | undefined}
	/** Every date reads both ways and at least one gives another day: the person must say. */
	| {kind: 'ambiguous'; line: number; formats: {dayFirst: string; monthFirst: string}}
	/** One date reads only day first, another only month first. */
	| {kind: 'conflict'; dayFirstLine: number; monthFirstLine: number};

/**
 * One order for a whole journal, from every entry's date: taken only when every
 * date agrees with it. jrnl writes every date with the same timeformat, so a
 * single 25.03.2020 settles the order of all the others.
 */
export function chooseDayOrder(dates: ReadonlyArray<{line: number; date: LooseDate}>): OrderChoice {
	let dayFirstOnly: number | undefined;
	let monthFirstOnly: number | undefined;
	let differing: {line: number; formats: {dayFirst: string; monthFirst: string}} | undefined;
	for (const {line, date} of dates) {
		if (date.only) continue;
		if (date.dayFirst && !date.monthFirst) dayFirstOnly ??= line;
		else if (date.monthFirst && !date.dayFirst) monthFirstOnly ??= line;
		else if (date.formats && readingIn(date, undefined) === undefined) differing ??= {line, formats: date.formats};
	}
	if (dayFirstOnly !== undefined && monthFirstOnly !== undefined)
		return {kind: 'conflict', dayFirstLine: dayFirstOnly, monthFirstLine: monthFirstOnly};
	if (dayFirstOnly !== undefined) return {kind: 'chosen', order: 'day-first'};
	if (monthFirstOnly !== undefined) return {kind: 'chosen', order: 'month-first'};
	if (differing) return {kind: 'ambiguous', ...differing};
	return {kind: 'chosen', order: undefined};
}
