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
