import type {DayReadings, FiguresByDay} from './day-figures.js';
import {type Day, eachDay, startOfMonth, startOfWeek} from './days.js';

export type {DayReadings} from './day-figures.js';

/** One day of a metric's series: the mean of that day's readings, or null (a gap, not a zero). */
export interface DailyPoint {
	day: Day;
	mean: number | null;
	/** Readings that day. */
	n: number;
}

/** Mean, range and size of a set of readings. Every number is null when there are none (never NaN). */
export interface MetricSummary {
	/** Readings. */
	n: number;
	/** Days with at least one reading. */
	days: number;
	mean: number | null;
	min: number | null;
	max: number | null;
}

/** A metric's readings by the local day they were made on. */
export function readingsByDay(figures: FiguresByDay, metric: string): Map<Day, DayReadings> {
	const byDay = new Map<Day, DayReadings>();
	for (const [day, figuresOfDay] of figures) {
		const readings = figuresOfDay.readings.get(metric);
		if (readings !== undefined) byDay.set(day, readings);
	}
	return byDay;
}

/** One point per day from `from` to `to`; days without readings are gaps (null). */
export function dailySeries(byDay: ReadonlyMap<Day, DayReadings>, from: Day, to: Day): DailyPoint[] {
	return eachDay(from, to).map((day) => {
		const readings = byDay.get(day);
		return readings === undefined ? {day, mean: null, n: 0} : {day, mean: readings.sum / readings.count, n: readings.count};
	});
}

export function summarize(byDay: ReadonlyMap<Day, DayReadings>): MetricSummary {
	let n = 0;
	let sum = 0;
	let min = Number.POSITIVE_INFINITY;
	let max = Number.NEGATIVE_INFINITY;
	for (const readings of byDay.values()) {
		n += readings.count;
		sum += readings.sum;
		min = Math.min(min, readings.min);
		max = Math.max(max, readings.max);
	}
	if (n === 0) return {n: 0, days: 0, mean: null, min: null, max: null};
	return {n, days: byDay.size, mean: sum / n, min, max};
}

export type Grouping = 'day' | 'week' | 'month';

export const GROUPINGS: readonly Grouping[] = ['day', 'week', 'month'];

/** A stretch of the period (a day, a Monday-to-Sunday week or a calendar month, cut to the period). */
export interface Bucket {
	start: Day;
	end: Day;
	/** The mean of the daily means in it (so a day with many entries counts once), or null. */
	mean: number | null;
	/** Days with readings in it. */
	days: number;
	/** Readings in it. */
	n: number;
}

/** The daily series grouped by day, week (starting Monday) or month. */
export function groupSeries(daily: readonly DailyPoint[], by: Grouping): Bucket[] {
	const buckets: Bucket[] = [];
	let current: {start: Day; end: Day; sum: number; days: number; n: number} | undefined;
	const close = (): void => {
		if (current === undefined) return;
		buckets.push({
			start: current.start,
			end: current.end,
			mean: current.days > 0 ? current.sum / current.days : null,
			days: current.days,
			n: current.n,
		});
	};
	for (const point of daily) {
		if (current === undefined || bucketStart(point.day, by) !== bucketStart(current.start, by)) {
			close();
			current = {start: point.day, end: point.day, sum: 0, days: 0, n: 0};
		}
		current.end = point.day;
		if (point.mean !== null) {
			current.sum += point.mean;
			current.days += 1;
			current.n += point.n;
		}
	}
	close();
	return buckets;
}

function bucketStart(day: Day, by: Grouping): Day {
	return by === 'day' ? day : by === 'week' ? startOfWeek(day) : startOfMonth(day);
}
