import {rmSync, statSync} from 'node:fs';
import {localDay} from '../domain/entry.js';
import type {UnreadableLine} from '../domain/entry-line.js';
import {addEntry, daysWithin, type FiguresByDay, figuresFromJson, type FiguresJson, figuresToJson} from '../domain/stats/day-figures.js';
import {addDays, type Day, instantsOfDays, instantsOnlyOnDays, isDay} from '../domain/stats/days.js';
import {writeFileAtomic} from './atomic.js';
import {sortedByLine} from './entries.js';
import {openStoreIndex, STALE_TAIL, WORTH_CACHING} from './index-cache.js';
import type {DataPaths} from './paths.js';
import {readRegularFile} from './regular-file.js';
import type {StoreIndex} from './scan.js';
import type {Stamp} from './stamp.js';

/*
 * The figures of each day (src/domain/stats/day-figures.ts) of the store's live
 * entries, for a report, goals and the therapist summary. A report of years would parse
 * every entry of the store (30 MB for 100k entries, most of it words it does not show),
 * and `cope goals` eight weeks' worth; instead the figures of the days already counted
 * are kept beside the store (entries.days: numbers, types, tags and trap names, never any
 * other words), and a read parses only the entries appended since and those on days
 * the file does not hold.
 *
 * It holds one stretch of days (or all of them), as the store stood up to `size`
 * bytes. It is only a cache, checked like entries.idx (a Stamp of the part of the store
 * it counted): anything that does not match is ignored, and a rewrite of the store
 * removes it (src/store/writer.ts). It is written when a read of a large store parses
 * many entries anyway, or much has been appended since, and then holds the days that read
 * counted joined to the days it held before.
 *
 * The file is a line of JSON saying what it holds (the stamp, the stretch, the lines that
 * failed, the names its days refer to), then one line per day, in order: a read of two weeks
 * parses those two weeks' lines, not the years the file may hold.
 */
const MAGIC = 'cope-days 4';
/** A read of a large store that parses this many entries keeps what it counted. */
const WORTH_KEEPING = 200;

/** A stretch of days, first to last; null: without end that way. */
interface Span {
	first: Day | null;
	last: Day | null;
}
const ALL_DAYS: Span = {first: null, last: null};

/** The first line of entries.days. */
interface DaysHeader extends Stamp, Span {
	magic: string;
	/** Lines of the part counted that could not be parsed, with when they happened. */
	failures: Array<[line: number, reason: string, at: number]>;
	/** The tags, metrics, types and exercises the days name, by number (FiguresJson). */
	names: string[];
}

/** entries.days as read: its first line, and the bytes of the day lines after it. */
interface DaysCache extends DaysHeader {
	dayLines: Buffer;
}

export interface FiguresRead {
	/** The figures of each day of the period that has entries. */
	days: FiguresByDay;
	/** Lines that could not be read, in the period or anywhere they cannot be placed in time. */
	unreadable: UnreadableLine[];
	/** Lines that held something (none: the store is empty). */
	lines: number;
}

/** The figures of the days from `from` to `to` (both included). */
export function readDayFigures(paths: DataPaths, from: Day, to: Day): FiguresRead {
	const index = openStoreIndex(paths);
	try {
		return figuresOf(paths, index, from, to);
	} finally {
		index.close();
	}
}

const holds = (span: Span, day: Day): boolean => (span.first === null || day >= span.first) && (span.last === null || day <= span.last);

/** Two stretches that overlap or touch, as one; undefined when days lie between them. */
function joined(a: Span, b: Span): Span | undefined {
	const before = (x: Span, y: Span): boolean => x.last !== null && y.first !== null && addDays(x.last, 1) < y.first;
	if (before(a, b) || before(b, a)) return undefined;
	const least = a.first === null || b.first === null ? null : a.first < b.first ? a.first : b.first;
	const most = a.last === null || b.last === null ? null : a.last > b.last ? a.last : b.last;
	return {first: least, last: most};
}

/**
 * The span's instants, as `of` tells them for bounded days: every instant that can fall on its
 * days (instantsOfDays), or those that fall on them whatever their offset (instantsOnlyOnDays).
 */
function instantsOf(span: Span, of = instantsOfDays): {from: number; to: number} {
	return {
		from: span.first === null ? -Infinity : of(span.first, span.first).from,
		to: span.last === null ? Infinity : of(span.last, span.last).to,
	};
}

function figuresOf(paths: DataPaths, index: StoreIndex, from: Day, to: Day, useCache = true): FiguresRead {
	const period: Span = {first: from, last: to};
	const scanned = [...index.unreadable];
	let cache = useCache ? readCache(paths, index) : undefined;
	if (cache !== undefined && index.replacesBefore(cache.size)) cache = undefined;
	// The days a read may count and keep: the period joined to the days the file holds, or,
	// with no file, every day when the period is most of the store anyway.
	let span = cache === undefined ? period : joined(cache, period);
	if (span === undefined) {
		// Days between them that were never counted: the file is no help to this read.
		cache = undefined;
		span = period;
	}
	const split = index.firstLineFrom(cache?.size ?? 0);
	/** Lines with entries on these days not counted yet: appended since, or before it on days the file does not hold. */
	const uncounted = (days: Span): number[] => {
		const {from: fromMs, to: toMs} = instantsOf(days);
		const after = index.live(fromMs, toMs, split);
		if (cache === undefined) return after;
		// An instant on the file's days in every UTC offset was counted in it: only lines outside
		// that window are looked at (a read of the years a file holds looks at none of them).
		const inFile = instantsOf(cache, instantsOnlyOnDays);
		const outside =
			inFile.from < inFile.to
				? [...index.live(fromMs, Math.min(toMs, inFile.from), 0, split), ...index.live(Math.max(fromMs, inFile.to), toMs, 0, split)]
				: index.live(fromMs, toMs, 0, split);
		const held = cache;
		const before = outside.filter((line) => {
			// Near the ends of the file's days, the day a line was written on decides: its `at` says.
			const day = index.localDayOf(line);
			return day === undefined || (holds(days, day) && !holds(held, day));
		});
		return [...before.sort((a, b) => a - b), ...after];
	};
	if (cache === undefined && uncounted(period).length * 2 >= index.nonBlankLines) span = ALL_DAYS;
	const wide = uncounted(span);
	const keep =
		index.coveredSize >= WORTH_CACHING &&
		(wide.length >= WORTH_KEEPING || (cache !== undefined && index.coveredSize - cache.size >= STALE_TAIL));
	const counting = keep ? span : period;
	const inPeriod = instantsOf(period);
	const lines = keep ? wide : wide.filter((line) => index.atOf(line) >= inPeriod.from && index.atOf(line) < inPeriod.to);

	let days: FiguresByDay = new Map();
	if (cache !== undefined) {
		try {
			days = figuresFromJson(keptDays(cache, keep ? undefined : period));
		} catch {
			// JSON, stamped right, yet not figures (edited by hand?): counted again without it.
			rmSync(paths.days, {force: true});
			return figuresOf(paths, index, from, to, false);
		}
	}
	const failures = new Map<number, DaysCache['failures'][number]>();
	for (const failure of cache?.failures ?? []) failures.set(failure[0], failure);
	const add = (line: number): void => {
		const entry = index.entry(line);
		if (entry === undefined) {
			const failed = index.unreadable[index.unreadable.length - 1] as UnreadableLine;
			failures.set(failed.line, [failed.line, failed.reason, index.atOf(line)]);
			return;
		}
		const day = localDay(entry.at);
		// Before the split, a day the file holds was counted in it.
		if (holds(counting, day) && (line >= split || cache === undefined || !holds(cache, day))) addEntry(days, entry);
	};

	if (keep) {
		// A last line with no newline yet is counted now but never kept: the next read counts it again.
		const unfinished = new Set(index.live(-Infinity, Infinity, index.firstLineFrom(index.coveredSize)));
		for (const line of lines) if (!unfinished.has(line)) add(line);
		writeCache(paths, index, span, days, [...failures.values()]);
		for (const line of lines) if (unfinished.has(line)) add(line);
	} else {
		for (const line of lines) add(line);
	}
	const placed = [...failures.values()]
		.filter(([, , at]) => at >= inPeriod.from && at < inPeriod.to)
		.map(([line, reason]) => ({line, reason}));
	return {days: daysWithin(days, from, to), unreadable: sortedByLine([...scanned, ...placed]), lines: index.nonBlankLines};
}

function readCache(paths: DataPaths, index: StoreIndex): DaysCache | undefined {
	let header: DaysHeader | null;
	let dayLines: Buffer;
	try {
		const bytes = readRegularFile(paths.days);
		const end = bytes.indexOf(0x0a);
		header = JSON.parse(bytes.toString('utf8', 0, end === -1 ? bytes.length : end)) as DaysHeader | null;
		dayLines = end === -1 ? Buffer.alloc(0) : bytes.subarray(end + 1);
	} catch {
		return undefined;
	}
	if (
		typeof header === 'object' &&
		header !== null &&
		header.magic === MAGIC &&
		index.fits(header) &&
		isSpanEnd(header.first) &&
		isSpanEnd(header.last) &&
		Array.isArray(header.failures) &&
		header.failures.every(isFailure) &&
		Array.isArray(header.names) &&
		header.names.every((name) => typeof name === 'string')
	)
		return {...header, dayLines};
	// Stale (the store was rewritten, and the cache may hold a deleted entry's tags) or damaged.
	rmSync(paths.days, {force: true});
	return undefined;
}

function isSpanEnd(value: unknown): boolean {
	return value === null || (typeof value === 'string' && isDay(value));
}

function isFailure(value: unknown): boolean {
	return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string' && typeof value[2] === 'number';
}

const DAY_SHAPE = /^\d{4}-\d\d-\d\d$/;

/**
 * The figures of the file's days in `span` (every day: undefined), parsing only their lines.
 * Throws when a line is not a day's, or the days are not in order.
 */
function keptDays(cache: DaysCache, span?: Span): FiguresJson {
	const days: FiguresJson['days'] = [];
	const {dayLines} = cache;
	let previous = '';
	for (let start = 0; start < dayLines.length;) {
		const newline = dayLines.indexOf(0x0a, start);
		const end = newline === -1 ? dayLines.length : newline;
		// Each line starts ["YYYY-MM-DD": the day is read without parsing the line.
		const day = dayLines.toString('latin1', start + 2, start + 12);
		if (!DAY_SHAPE.test(day) || day <= previous) throw new TypeError('not day figures');
		previous = day;
		if (span === undefined || holds(span, day)) days.push(JSON.parse(dayLines.toString('utf8', start, end)) as FiguresJson['days'][number]);
		start = end + 1;
	}
	return {names: cache.names, days};
}

function writeCache(paths: DataPaths, index: StoreIndex, span: Span, days: FiguresByDay, failures: DaysHeader['failures']): void {
	const stamp = index.stamp();
	if (stamp === undefined) return;
	const {names, days: byDay} = figuresToJson(days);
	const header: DaysHeader = {magic: MAGIC, ...stamp, first: span.first, last: span.last, failures, names};
	const lines = byDay.sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((day) => JSON.stringify(day));
	try {
		writeFileAtomic(paths.days, [JSON.stringify(header), ...lines].join('\n') + '\n', {durable: false});
		// A rewrite renamed in while this was written removes the caches after its rename; if
		// that came first, this cache describes a file that has gone, and goes too.
		const now = statSync(paths.entries);
		if (now.ino !== stamp.ino || now.birthtimeMs !== stamp.born) rmSync(paths.days, {force: true});
	} catch {
		// Only a cache: the next read counts again.
	}
}
