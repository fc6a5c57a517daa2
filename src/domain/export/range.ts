import {format} from 'date-fns';
import {type Entry, localDay} from '../entry.js';
import {parseSince} from '../period.js';
import {isDay} from '../stats/days.js';
import {invalid} from '../../errors.js';

/** Local days (YYYY-MM-DD), both ends included; an open end is unbounded. */
export interface DayRange {
	from?: string;
	to?: string;
}

const day = (date: Date): string => format(date, 'yyyy-MM-dd');

/** --since, or --from and/or --to: spans ("30d") or dates ("2026-11-01", "last monday"). */
export async function parseDayRange(options: {since?: string; from?: string; to?: string}, now: Date): Promise<DayRange> {
	if (options.since !== undefined && (options.from !== undefined || options.to !== undefined)) {
		throw invalid('use --since, or --from and --to, not both.', 'For example: --since 30d, or --from 2026-10-01 --to 2026-10-31.');
	}
	const range: DayRange = {};
	// A plain day (2026-11-01) is that day as it is, a future one too, as the report takes it: it simply holds no entries yet.
	const plainDay = (text: string | undefined): string | undefined => (text !== undefined && isDay(text.trim()) ? text.trim() : undefined);
	const start = options.since ?? options.from;
	if (start !== undefined)
		range.from =
			(options.since === undefined ? plainDay(start) : undefined) ??
			day(await parseSince(start, now, options.since === undefined ? '--from' : '--since'));
	if (options.to !== undefined) range.to = plainDay(options.to) ?? day(await parseSince(options.to, now, '--to'));
	if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
		throw invalid(`--from (${range.from}) is after --to (${range.to}).`, 'Give the earlier date to --from.');
	}
	return range;
}

/** Is the entry's local day inside the range? Entries keep the day they happened on, wherever the computer is now. */
export function inDayRange(entry: Entry, range: DayRange): boolean {
	const entryDay = localDay(entry.at);
	return (range.from === undefined || entryDay >= range.from) && (range.to === undefined || entryDay <= range.to);
}

/** Oldest first by `at`, then by id. */
export function byOldest(a: Entry, b: Entry): number {
	const at = Date.parse(a.at) - Date.parse(b.at);
	if (at !== 0) return at;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
