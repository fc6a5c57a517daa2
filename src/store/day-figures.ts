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
 */
const MAGIC = 'cope-days 3';
/** A read of a large store that parses this many entries keeps what it counted. */
const WORTH_KEEPING = 200;

/** A stretch of days, first to last; null: without end that way. */
interface Span {
	first: Day | null;
	last: Day | null;
}
const ALL_DAYS: Span = {first: null, last: null};

interface DaysCache extends Stamp, Span {
	magic: string;
	/** Lines of the part counted that could not be parsed, with when they happened. */
	failures: Array<[line: number, reason: string, at: number]>;
	days: FiguresJson;
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
		const inFile = instantsOf(cache, instantsOnlyOnDays);
		const held = cache;
		const before = index.live(fromMs, toMs, 0, split).filter((line) => {
			const at = index.atOf(line);
			if (at >= inFile.from && at < inFile.to) return false;
			// Near the ends of the file's days, the day a line was written on decides: its `at` says.
			const day = index.localDayOf(line);
			return day === undefined || (holds(days, day) && !holds(held, day));
		});
		return [...before, ...after];
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
			days = figuresFromJson(cache.days, keep ? undefined : (day) => holds(period, day));
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
	let cache: DaysCache | null;
	try {
		cache = JSON.parse(readRegularFile(paths.days).toString('utf8')) as DaysCache | null;
	} catch {
		return undefined;
	}
	if (
		typeof cache === 'object' &&
		cache !== null &&
		cache.magic === MAGIC &&
		index.fits(cache) &&
		isSpanEnd(cache.first) &&
		isSpanEnd(cache.last) &&
		Array.isArray(cache.failures) &&
		cache.failures.every(isFailure)
	)
		return cache;
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

function writeCache(paths: DataPaths, index: StoreIndex, span: Span, days: FiguresByDay, failures: DaysCache['failures']): void {
	const stamp = index.stamp();
	if (stamp === undefined) return;
	const cache: DaysCache = {magic: MAGIC, ...stamp, first: span.first, last: span.last, failures, days: figuresToJson(days)};
	try {
		writeFileAtomic(paths.days, JSON.stringify(cache), {durable: false});
		// A rewrite renamed in while this was written removes the caches after its rename; if
		// that came first, this cache describes a file that has gone, and goes too.
		const now = statSync(paths.entries);
		if (now.ino !== stamp.ino || now.birthtimeMs !== stamp.born) rmSync(paths.days, {force: true});
	} catch {
		// Only a cache: the next read counts again.
	}
}
