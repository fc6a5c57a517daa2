import {type CalendarDate, type ClockTime, monthNumber, realDate} from './dates.js';

/**
 * jrnl's `timeformat` setting (Python strftime syntax, e.g. "%d.%m.%Y %H:%M"), read
 * the way Python's strptime reads it: whitespace matches any run of whitespace,
 * letters in any case, numbers with or without a leading zero.
 */

type Field = 'year' | 'year2' | 'month' | 'monthName' | 'day' | 'hour' | 'hour12' | 'ampm' | 'minute' | 'second' | 'ignored' | 'offset';

const MONTH_NAME =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY_NAME = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?';

const DIRECTIVES: Readonly<Record<string, {pattern: string; field?: Field}>> = {
	Y: {pattern: '(\\d{4})', field: 'year'},
	y: {pattern: '(\\d{2})', field: 'year2'},
	m: {pattern: '(\\d{1,2})', field: 'month'},
	d: {pattern: '(\\d{1,2})', field: 'day'},
	e: {pattern: '\\s?(\\d{1,2})', field: 'day'},
	b: {pattern: MONTH_NAME, field: 'monthName'},
	h: {pattern: MONTH_NAME, field: 'monthName'},
	B: {pattern: MONTH_NAME, field: 'monthName'},
	a: {pattern: WEEKDAY_NAME},
	A: {pattern: WEEKDAY_NAME},
	H: {pattern: '(\\d{1,2})', field: 'hour'},
	I: {pattern: '(\\d{1,2})', field: 'hour12'},
	p: {pattern: '([ap]\\.?\\s?m\\.?)', field: 'ampm'},
	M: {pattern: '(\\d{1,2})', field: 'minute'},
	S: {pattern: '(\\d{1,2})', field: 'second'},
	f: {pattern: '(\\d{1,6})', field: 'ignored'},
	z: {pattern: '(z|[+-]\\d{2}:?\\d{2})', field: 'offset'},
};

/** Shorthands glibc's strftime knows (jrnl passes the setting to it), as the directives they stand for. */
const SHORTHANDS: Readonly<Record<string, string>> = {F: '%Y-%m-%d', T: '%H:%M:%S', R: '%H:%M', D: '%m/%d/%y', r: '%I:%M:%S %p'};

export const SUPPORTED_DIRECTIVES = '%Y %y %m %d %e %b %B %a %A %H %I %M %S %p %f %z %F %T %R %D %r %%';

export interface TimeFormat {
	/** The format as given. */
	source: string;
	/** The whole text is a date (a jrnl [bracket]). */
	whole: RegExp;
	/** A date at the start of a line, then a space or the line's end (a jrnl 1.x entry line). */
	start: RegExp;
	fields: Field[];
	hasTime: boolean;
}

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function expand(format: string): string {
	return format.replace(/%-?([FTRDr])/g, (_, name: string) => SHORTHANDS[name] ?? '');
}

/**
 * Compiles a timeformat; a string says what is wrong with it. Every format must
 * name a year, a month and a day: without a year jrnl itself writes entries that
 * cannot be told apart from one year to the next.
 */
export function compileTimeFormat(source: string): TimeFormat | string {
	const format = expand(source);
	const fields: Field[] = [];
	let pattern = '';
	for (let index = 0; index < format.length; index++) {
		const char = format[index] as string;
		if (char !== '%') {
			pattern += /\s/.test(char) ? '\\s+' : escapeRegex(char);
			continue;
		}
		// glibc's "%-d" (no leading zero) reads like "%d" here: leading zeros are optional anyway.
		let name = format[index + 1];
		if (name === '-') {
			index++;
			name = format[index + 1];
		}
		index++;
		if (name === '%') {
			pattern += '%';
			continue;
		}
		if (name === 'n' || name === 't') {
			pattern += '\\s+';
			continue;
		}
		const directive = name === undefined ? undefined : DIRECTIVES[name];
		if (directive === undefined) return name === undefined ? 'it ends with a lone "%"' : `%${name} is not something cope can read`;
		pattern += directive.pattern;
		if (directive.field !== undefined) fields.push(directive.field);
	}
	if (!fields.includes('year') && !fields.includes('year2')) return 'it has no year (%Y or %y), so the year of each entry is unknown';
	if (!fields.includes('month') && !fields.includes('monthName')) return 'it has no month (%m or %b)';
	if (!fields.includes('day')) return 'it has no day (%d)';
	return {
		source,
		whole: new RegExp(`^\\s*${pattern}\\s*$`, 'iu'),
		start: new RegExp(`^${pattern}(?=\\s|$)`, 'iu'),
		fields,
		hasTime: fields.includes('hour') || fields.includes('hour12'),
	};
}

export interface FormattedWhen {
	date: CalendarDate;
	time: ClockTime;
	/** Minutes east of UTC when the text says (%z). */
	offset?: number;
}

/** Python's rule for two-digit years: 69–99 are 1969–1999, 00–68 are 2000–2068. */
export function fullYear(twoDigits: number): number {
	return twoDigits >= 69 ? 1900 + twoDigits : 2000 + twoDigits;
}

function fromMatch(format: TimeFormat, match: RegExpExecArray): FormattedWhen | undefined {
	let year: number | undefined;
	let month: number | undefined;
	let day: number | undefined;
	let hour = 0;
	let minute = 0;
	let second = 0;
	let twelve: number | undefined;
	let half: string | undefined;
	let offset: number | undefined;
	format.fields.forEach((field, index) => {
		const text = match[index + 1] ?? '';
		const number = Number(text);
		if (field === 'year') year = number;
		else if (field === 'year2') year = fullYear(number);
		else if (field === 'month') month = number;
		else if (field === 'monthName') month = monthNumber(text);
		else if (field === 'day') day = number;
		else if (field === 'hour') hour = number;
		else if (field === 'hour12') twelve = number;
		else if (field === 'ampm') half = text.toLowerCase().startsWith('p') ? 'pm' : 'am';
		else if (field === 'minute') minute = number;
		else if (field === 'second') second = number;
		else if (field === 'offset')
			offset = text.toLowerCase() === 'z' ? 0 : (text.startsWith('-') ? -1 : 1) * (Number(text.slice(1, 3)) * 60 + Number(text.slice(-2)));
	});
	if (twelve !== undefined) {
		if (twelve < 1 || twelve > 12) return undefined;
		// As Python: %I without %p is a morning hour.
		hour = (twelve % 12) + (half === 'pm' ? 12 : 0);
	}
	if (hour > 23 || minute > 59 || second > 59) return undefined;
	const date = year === undefined || month === undefined || day === undefined ? undefined : realDate(year, month, day);
	if (date === undefined) return undefined;
	return {date, time: {hour, minute, second}, ...(offset === undefined ? {} : {offset})};
}

/** The date in a whole text (what is inside a jrnl bracket). */
export function readWhole(format: TimeFormat, text: string): FormattedWhen | undefined {
	const match = format.whole.exec(text);
	return match ? fromMatch(format, match) : undefined;
}

/** A date at the start of a line, and where the rest of the line begins. */
export function readStart(format: TimeFormat, line: string): {when: FormattedWhen; end: number} | undefined {
	const match = format.start.exec(line);
	if (!match) return undefined;
	const when = fromMatch(format, match);
	return when === undefined ? undefined : {when, end: match[0].length};
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A moment written in a format, to show what dates in it look like ("20.11.2026 21:40"). */
export function formatExample(source: string, date: CalendarDate, time: ClockTime): string {
	const pad = (n: number): string => String(n).padStart(2, '0');
	const weekday = WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? '';
	const month = MONTHS[date.month - 1] ?? '';
	const values: Record<string, string> = {
		Y: String(date.year),
		y: pad(date.year % 100),
		m: pad(date.month),
		d: pad(date.day),
		e: String(date.day).padStart(2, ' '),
		b: month.slice(0, 3),
		h: month.slice(0, 3),
		B: month,
		a: weekday.slice(0, 3),
		A: weekday,
		H: pad(time.hour),
		I: pad(time.hour % 12 === 0 ? 12 : time.hour % 12),
		p: time.hour < 12 ? 'AM' : 'PM',
		M: pad(time.minute),
		S: pad(time.second),
		f: '000000',
		z: '+0000',
		n: '\n',
		t: '\t',
		'%': '%',
	};
	return expand(source).replace(/%(-?)(.)/g, (whole, flag: string, name: string) => {
		const value = values[name];
		if (value === undefined) return whole;
		return flag === '-' && /^\d+$/.test(value) ? String(Number(value)) : value;
	});
}
