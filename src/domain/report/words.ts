import type {Day} from '../stats/days.js';
import {inert} from '../text.js';
import {MONTHS} from '../time.js';

/** A mean: one decimal, always ("6.0"), so numbers line up and read alike. */
export function mean(value: number): string {
	return value.toFixed(1);
}

/** A reading: a whole number as is, else one decimal. */
export function level(value: number): string {
	return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** "27 Oct", or "27 Oct 2025" when asked for the year. (Read straight from the day's digits: a ten-year heat map names 520 weeks.) */
export function shortDay(day: Day, withYear = false): string {
	return `${Number(day.slice(8, 10))} ${monthName(day, withYear)}`;
}

/** "Oct", or "Oct 2025" when asked for the year. */
export function monthName(day: Day, withYear = false): string {
	const month = MONTHS[Number(day.slice(5, 7)) - 1] as string;
	return withYear ? `${month} ${day.slice(0, 4)}` : month;
}

/** A metric's name as a heading ("Mood", "Sleep"), safe for a terminal. */
export function metricTitle(metric: string): string {
	const safe = inert(metric, {singleLine: true});
	return safe.charAt(0).toUpperCase() + safe.slice(1);
}

/** A thinking trap's id as words: "fortune-telling" → "fortune telling". */
export function trapLabel(trap: string): string {
	return inert(trap.replaceAll('-', ' ').replaceAll('_', ' '), {singleLine: true}).trim();
}
