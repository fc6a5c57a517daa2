/**
 * Dates and times as other apps write them, read as local wall-clock time (what
 * the person saw on their phone). Each returns undefined when it cannot be sure.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function monthNumber(name: string): number | undefined {
	const lower = name.toLowerCase().replace(/\.$/, '');
	if (lower.length < 3) return undefined;
	const index = MONTHS.findIndex((month) => month.startsWith(lower) || (lower === 'sept' && month === 'september'));
	return index === -1 ? undefined : index + 1;
}

export interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

export interface ClockTime {
	hour: number;
	minute: number;
	second: number;
}

export function realDate(year: number, month: number, day: number): CalendarDate | undefined {
	if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= daysInMonth ? {year, month, day} : undefined;
}

/** 2021-09-28 (also 2021/09/28). */
export function parseIsoDate(text: string): CalendarDate | undefined {
	const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text.trim());
	if (!match) return undefined;
	return realDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A year and a day of it as Daylio's 7-column export writes it: "28 September", "September 28", "Sep 28". */
export function parseDayAndMonth(year: string, text: string): CalendarDate | undefined {
	if (!/^\d{4}$/.test(year.trim())) return undefined;
	const trimmed = text.trim().replace(/,/g, ' ');
	const dayFirst = /^(\d{1,2})\.?\s+(\p{L}+\.?)$/u.exec(trimmed);
	const monthFirst = /^(\p{L}+\.?)\s+(\d{1,2})$/u.exec(trimmed);
	const day = dayFirst?.[1] ?? monthFirst?.[2];
	const month = monthNumber(dayFirst?.[2] ?? monthFirst?.[1] ?? '');
	if (day === undefined || month === undefined) return undefined;
	return realDate(Number(year), month, Number(day));
}

/** "22:00", "9:05", "10:00 pm", "10:00PM", "10:00 p.m.", with optional seconds. */
export function parseClock(text: string): ClockTime | undefined {
	const match = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(text.trim());
	if (!match) return undefined;
	let hour = Number(match[1]);
	const minute = Number(match[2]);
	const second = Number(match[3] ?? 0);
	const half = match[4]?.toLowerCase();
	if (minute > 59 || second > 59) return undefined;
	if (half !== undefined) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (half === 'p' ? 12 : 0);
	} else if (hour > 23) {
		return undefined;
	}
	return {hour, minute, second};
}

/** The local moment of a wall-clock date and time (a time skipped by a DST change moves forward, as clocks do). */
export function localMoment(date: CalendarDate, time: ClockTime): Date {
	return new Date(date.year, date.month - 1, date.day, time.hour, time.minute, time.second);
}

/** Whether the wall-clock time never happened here: it fell in the hour the clocks went forward (localMoment moved it on). */
export function inClockGap(moment: Date, time: ClockTime): boolean {
	return moment.getHours() !== time.hour || moment.getMinutes() !== time.minute;
}

/** The note for rows whose time fell in the hour the clocks went forward. */
export function clockGapNote(count: number): string {
	return `${count === 1 ? '1 entry has a time' : `${count} entries have times`} in the hour the clocks went forward here, which no clock showed; ${count === 1 ? 'it is' : 'they are'} kept at the same time an hour on.`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatDate(date: CalendarDate): string {
	return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatClock(time: ClockTime): string {
	return `${pad(time.hour)}:${pad(time.minute)}${time.second === 0 ? '' : `:${pad(time.second)}`}`;
}
