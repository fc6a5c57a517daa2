import type {DailyPoint} from './series.js';

/** A trend is only put into words when at least this many days have readings… */
export const TREND_MIN_DAYS = 7;
/** …and the first and last of them are at least this many days apart, both counted. */
export const TREND_MIN_SPAN = 14;
/** Below this (per week) the line is called steady: it would round to 0.0 anyway. */
const STEADY_BELOW = 0.05;

export type TrendDirection = 'rising' | 'falling' | 'steady';

export interface Trend {
	/** Change per week from a least-squares line through the daily means; null when not judged. */
	perWeek: number | null;
	direction: TrendDirection | null;
	/** Days with readings, and the days from the first to the last of them (both counted). */
	days: number;
	spanDays: number;
	/** False when the sample is too small to say (see TREND_MIN_DAYS and TREND_MIN_SPAN). */
	judged: boolean;
}

/** Least-squares slope of y over x; undefined when x does not vary. */
export function leastSquaresSlope(points: ReadonlyArray<readonly [number, number]>): number | undefined {
	const n = points.length;
	if (n < 2) return undefined;
	let sumX = 0;
	let sumY = 0;
	for (const [x, y] of points) {
		sumX += x;
		sumY += y;
	}
	const meanX = sumX / n;
	const meanY = sumY / n;
	let sxx = 0;
	let sxy = 0;
	for (const [x, y] of points) {
		sxx += (x - meanX) ** 2;
		sxy += (x - meanX) * (y - meanY);
	}
	return sxx === 0 ? undefined : sxy / sxx;
}

/** The weekly trend of a daily series: days without readings are left out, not counted as zero. */
export function weeklyTrend(daily: readonly DailyPoint[]): Trend {
	const points: Array<[number, number]> = [];
	daily.forEach((point, index) => {
		if (point.mean !== null) points.push([index, point.mean]);
	});
	const first = points[0];
	const last = points.at(-1);
	const spanDays = first !== undefined && last !== undefined ? last[0] - first[0] + 1 : 0;
	const judged = points.length >= TREND_MIN_DAYS && spanDays >= TREND_MIN_SPAN;
	const slope = judged ? leastSquaresSlope(points) : undefined;
	if (slope === undefined) return {perWeek: null, direction: null, days: points.length, spanDays, judged: false};
	const perWeek = slope * 7;
	const direction: TrendDirection = Math.abs(perWeek) < STEADY_BELOW ? 'steady' : perWeek > 0 ? 'rising' : 'falling';
	return {perWeek, direction, days: points.length, spanDays, judged: true};
}
