import {rmSync, statSync} from 'node:fs';
import {localDay} from '../domain/entry.js';
import type {UnreadableLine} from '../domain/entry-line.js';
import {addEntry, daysWithin, type FiguresByDay, figuresFromJson, type FiguresJson, figuresToJson} from '../domain/stats/day-figures.js';
import {type Day, instantsOfDays} from '../domain/stats/days.js';
import {writeFileAtomic} from './atomic.js';
import {sortedByLine} from './entries.js';
import {openStoreIndex, STALE_TAIL, WORTH_CACHING} from './index-cache.js';
import type {DataPaths} from './paths.js';
import {readRegularFile} from './regular-file.js';
import type {StoreIndex} from './scan.js';
import type {Stamp} from './stamp.js';

/*
 * The figures of each day (src/domain/stats/day-figures.ts) of the store's live
 * entries, for a report. A report of years would parse every entry of the store
 * (30 MB for 100k entries, most of it words it does not show); instead the figures
 * of the days already counted are kept beside the store (entries.days: numbers,
 * types, tags and trap names, never any other words) and only entries appended
 * since are read.
 *
 * It is only a cache, checked like entries.idx (a Stamp of the part of the store it
 * counted): anything that does not match is ignored, and a rewrite of the store
 * removes it (src/store/writer.ts). It is written when a read counts most of the
 * store anyway, and refreshed when much has been appended since.
 */
const MAGIC = 'cope-days 2';

interface DaysCache extends Stamp {
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

function figuresOf(paths: DataPaths, index: StoreIndex, from: Day, to: Day, useCache = true): FiguresRead {
	// `at` starts with the local day it was written on; the store is first narrowed by instant.
	const {from: fromMs, to: toMs} = instantsOfDays(from, to);
	let cache = useCache ? readCache(paths, index) : undefined;
	if (cache !== undefined && index.replacesBefore(cache.size)) cache = undefined;
	const counted = cache?.size ?? 0;
	const failures = cache?.failures ?? [];
	const scanned = [...index.unreadable];
	const inPeriod = index.liveAfter(counted, fromMs, toMs);
	// Count everything not counted yet, and keep it, when that is most of the work anyway.
	const refresh =
		index.coveredSize >= WORTH_CACHING &&
		(cache === undefined ? inPeriod.length * 2 >= index.nonBlankLines : index.coveredSize - counted >= STALE_TAIL);
	const withinPeriod = (day: Day): boolean => day >= from && day <= to;
	let days: FiguresByDay = new Map();
	if (cache !== undefined) {
		try {
			days = figuresFromJson(cache.days, refresh ? undefined : withinPeriod);
		} catch {
			// JSON, stamped right, yet not figures (edited by hand?): counted again without it.
			rmSync(paths.days, {force: true});
			return figuresOf(paths, index, from, to, false);
		}
	}

	const add = (line: number, keep: (day: Day) => boolean): void => {
		const entry = index.entry(line);
		if (entry === undefined) {
			const failed = index.unreadable[index.unreadable.length - 1] as UnreadableLine;
			failures.push([failed.line, failed.reason, index.atOf(line)]);
		} else if (keep(localDay(entry.at))) addEntry(days, entry);
	};
	const all = (): boolean => true;

	if (refresh) {
		const rest = index.liveAfter(counted);
		// A last line with no newline yet is counted now but never kept: the next read counts it again.
		const unfinished = index.liveAfter(index.coveredSize).length;
		for (const line of rest.slice(0, rest.length - unfinished)) add(line, all);
		writeCache(paths, index, days, failures);
		for (const line of rest.slice(rest.length - unfinished)) add(line, all);
	} else {
		for (const line of inPeriod) add(line, withinPeriod);
	}
	const placed = failures.filter(([, , at]) => at >= fromMs && at < toMs).map(([line, reason]) => ({line, reason}));
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
		Array.isArray(cache.failures) &&
		cache.failures.every(isFailure)
	)
		return cache;
	// Stale (the store was rewritten, and the cache may hold a deleted entry's tags) or damaged.
	rmSync(paths.days, {force: true});
	return undefined;
}

function isFailure(value: unknown): boolean {
	return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string' && typeof value[2] === 'number';
}

function writeCache(paths: DataPaths, index: StoreIndex, days: FiguresByDay, failures: DaysCache['failures']): void {
	const stamp = index.stamp();
	if (stamp === undefined) return;
	const cache: DaysCache = {magic: MAGIC, ...stamp, failures, days: figuresToJson(days)};
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
