/** ISO 8601 with the local UTC offset in force at that moment, to the second: 2026-11-25T21:40:00+01:00. */
export function toLocalIso(date: Date): string {
	const pad = (n: number, width = 2): string => String(Math.trunc(Math.abs(n))).padStart(width, '0');
	const offset = -date.getTimezoneOffset();
	const sign = offset >= 0 ? '+' : '-';
	return (
		`${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
		`T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
		`${sign}${pad(offset / 60)}:${pad(offset % 60)}`
	);
}

/**
 * The wall-clock time an `at` was recorded in, as a local Date for formatting:
 * "21:40" stays 21:40 even if the computer has since moved time zone.
 */
export function wallClock(at: string): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(at);
	if (!match) return new Date(at);
	const [, y, mo, d, h, mi, s] = match;
	return new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
}

/** English month names, short, as cope writes dates ("Oct"). */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

// cope's dates are written out here: date-fns' format, and its locale, are more than a list or
// a screen needs to read at its start.

/** A local Date's time of day: "21:40". */
export function clockTime(date: Date): string {
	return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** A local Date's day: "6 Dec"; "Sun 6 Dec" with the weekday; "6 Dec 2025" with the year. */
export function dayLabel(date: Date, {weekday = false, year = false}: {weekday?: boolean; year?: boolean} = {}): string {
	const day = `${date.getDate()} ${MONTHS[date.getMonth()] as string}`;
	return `${weekday ? `${WEEKDAYS[date.getDay()] as string} ` : ''}${day}${year ? ` ${date.getFullYear()}` : ''}`;
}

/** A local Date as the screens and the plan show it: "Sun 6 Dec, 21:40", or "Sun 6 Dec 2026, 21:40" with the year. */
export function dayAndTime(date: Date, withYear = false): string {
	return `${dayLabel(date, {weekday: true, year: withYear})}, ${clockTime(date)}`;
}

/** A local Date as a list shows it: "Sun 6 Dec 21:40", or "6 Dec 2025 21:40" with the year. */
export function dateTimeLabel(date: Date, withYear: boolean): string {
	return `${withYear ? dayLabel(date, {year: true}) : dayLabel(date, {weekday: true})} ${clockTime(date)}`;
}
