/**
 * Calendar days as "yyyy-MM-dd" strings: the local day an entry was written on
 * (`localDay(at)`). Arithmetic goes through UTC midnight, which has no DST, so a
 * day is always exactly one day whatever the computer's time zone is.
 */
export type Day = string;

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(day: Day): number {
	const match = DAY_PATTERN.exec(day);
	if (!match) throw new RangeError(`not a day: ${day}`);
	return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtc(ms: number): Day {
	return new Date(ms).toISOString().slice(0, 10);
}

export function isDay(text: string): boolean {
	return DAY_PATTERN.test(text) && fromUtc(toUtc(text)) === text;
}

export function addDays(day: Day, amount: number): Day {
	return fromUtc(toUtc(day) + amount * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
	return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: Day, to: Day): Day[] {
	const days: Day[] = [];
	const last = toUtc(to);
	for (let ms = toUtc(from); ms <= last; ms += MS_PER_DAY) days.push(fromUtc(ms));
	return days;
}

/** 0 = Monday … 6 = Sunday: our weeks start on Monday. */
export function weekdayIndex(day: Day): number {
	return (new Date(toUtc(day)).getUTCDay() + 6) % 7;
}

/** The Monday of the week `day` is in. */
export function startOfWeek(day: Day): Day {
	return addDays(day, -weekdayIndex(day));
}

export function startOfMonth(day: Day): Day {
	return `${day.slice(0, 8)}01`;
}

/** A local Date at noon of that day, for formatting with date-fns ("27 Oct"). */
export function dayToDate(day: Day): Date {
	const ms = toUtc(day);
	const utc = new Date(ms);
	return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 12);
}

/** The local day of a Date in the computer's time zone (for "today"). */
export function dateToDay(date: Date): Day {
	const pad = (n: number): string => String(n).padStart(2, '0');
	return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Every instant that can fall on the local days `from` to `to`, whatever UTC offset it was
 * written with (+14:00 to -12:00), as [from, to) in ms: for narrowing the store by time before
 * each entry's own day (`localDay`) is compared.
 */
export function instantsOfDays(from: Day, to: Day): {from: number; to: number} {
	return {from: Date.parse(`${from}T00:00:00+14:00`), to: Date.parse(`${to}T24:00:00-12:00`)};
}

/**
 * The instants that fall on the local days `from` to `to` whatever UTC offset they were
 * written with (+14:00 to -12:00), as [from, to) in ms: an entry at one of them is on one of
 * those days without its own day being read. Empty (from >= to) when there are none.
 */
export function instantsOnlyOnDays(from: Day, to: Day): {from: number; to: number} {
	return {from: Date.parse(`${from}T00:00:00-12:00`), to: Date.parse(`${to}T24:00:00+14:00`)};
}
