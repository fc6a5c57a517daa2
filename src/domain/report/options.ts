import {CopeError, invalid} from '../../errors.js';
import {SPAN_HINT, parseSince} from '../period.js';
import {addDays, dateToDay, type Day, isDay} from '../stats/days.js';
import {GROUPINGS, type Grouping} from '../stats/series.js';
import {normaliseTag} from '../text.js';
import {parseWhen} from '../when.js';

export const WIDTH_MIN = 40;
export const WIDTH_MAX = 200;
export const PIPED_WIDTH = 80;
/** The default period: the last 30 days, today included. */
export const DEFAULT_DAYS = 30;

/** --width: a whole number of columns from 40 to 200. */
export function parseWidth(text: string): number {
	const value = /^\s*\d+\s*$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
	if (!(value >= WIDTH_MIN && value <= WIDTH_MAX)) {
		throw invalid(
			`--width must be a whole number of columns from ${WIDTH_MIN} to ${WIDTH_MAX}; got ${JSON.stringify(text)}.`,
			'For example: cope report --width 100',
		);
	}
	return value;
}

/** The width when --width is not given: the terminal's (kept within 40–200), else 80. */
export function defaultWidth(stream: {isTTY?: boolean; columns?: number}): number {
	if (!stream.isTTY || !stream.columns) return PIPED_WIDTH;
	return Math.min(WIDTH_MAX, Math.max(WIDTH_MIN, stream.columns));
}

export function parseGrouping(text: string): Grouping {
	const by = text.trim().toLowerCase();
	const found = GROUPINGS.find((grouping) => grouping === by);
	if (found === undefined)
		throw invalid(`--by must be day, week or month; got ${JSON.stringify(text)}.`, 'For example: cope report --since 3m --by week');
	return found;
}

export function parseTagFilter(text: string): string {
	const tag = normaliseTag(text);
	if (tag === undefined)
		throw invalid(`--tag ${JSON.stringify(text)} is not a tag.`, 'A tag is one word of letters, digits, - or _, e.g. --tag work.');
	return tag;
}

export function parseMetricName(text: string): string {
	const metric = text.trim();
	if (metric === '' || metric.length > 60 || /[\u0000-\u001F\u007F]/.test(metric)) {
		throw invalid(`--metric ${JSON.stringify(text)} is not a metric name.`, 'For example: cope report --metric urge');
	}
	return metric;
}

export interface PeriodOptions {
	since?: string;
	from?: string;
	to?: string;
}

export interface Period {
	from: Day;
	to: Day;
}

/** A plain 2026-11-01 is taken as that day as it is (a future day is fine: it simply has no entries). */
async function parseDay(text: string, now: Date, option: string): Promise<Day> {
	const trimmed = text.trim();
	if (isDay(trimmed)) return trimmed;
	if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed))
		throw invalid(`${option} ${JSON.stringify(text)} is not a date in the calendar.`, 'For example: --from 2026-11-01 --to 2026-11-30');
	try {
		return dateToDay(await parseWhen(trimmed, now, option));
	} catch (error) {
		// parseWhen speaks of entries ("an entry records something that has happened"); say it for a report.
		if (error instanceof CopeError && error.message.includes('in the future')) {
			throw invalid(
				`${option} ${JSON.stringify(text)} is in the future; a report covers days up to today.`,
				`For example: ${option} today, ${option} "last monday" or ${option} 2026-11-01.`,
			);
		}
		throw error;
	}
}

/**
 * The period to report on, as local days: --since (a span or a date) up to today,
 * or --from/--to (either may be left out), or by default the last 30 days.
 */
export async function resolvePeriod(options: PeriodOptions, now: Date): Promise<Period> {
	const today = dateToDay(now);
	if (options.since !== undefined) {
		if (options.from !== undefined || options.to !== undefined) {
			throw invalid(
				'--since cannot be combined with --from or --to.',
				'Use one: cope report --since 4w, or cope report --from 2026-10-01 --to 2026-10-31.',
			);
		}
		if (options.since.trim() === '') throw invalid(`--since needs a span or a date. ${SPAN_HINT}`);
		return {from: dateToDay(await parseSince(options.since, now)), to: today};
	}
	const to = options.to === undefined ? today : await parseDay(options.to, now, '--to');
	const from = options.from === undefined ? addDays(to, -(DEFAULT_DAYS - 1)) : await parseDay(options.from, now, '--from');
	if (from > to)
		throw invalid(`--from (${from}) is after --to (${to}).`, 'Give the earlier day first, e.g. --from 2026-10-01 --to 2026-10-31.');
	return {from, to};
}
