import type {DailyPoint} from './series.js';

/** The range a metric's shades are spread over. */
export interface Scale {
	min: number;
	max: number;
}

/** mood and urge are 0–10 (docs/exercise-format.md, "What the built-in exercises save"); other metrics use the range the readings span. */
export function metricScale(metric: string, daily: readonly DailyPoint[]): Scale {
	if (metric === 'mood' || metric === 'urge') return {min: 0, max: 10};
	let min = Number.POSITIVE_INFINITY;
	let max = Number.NEGATIVE_INFINITY;
	for (const point of daily) {
		if (point.mean === null) continue;
		min = Math.min(min, point.mean);
		max = Math.max(max, point.mean);
	}
	return min <= max ? {min, max} : {min: 0, max: 10};
}

const LEVELS = 4;

/** Which of four equal bands of the scale a value is in: 0 (low) … 3 (high). */
export function shadeLevel(value: number, scale: Scale): number {
	if (scale.max <= scale.min) return LEVELS - 1;
	const share = (value - scale.min) / (scale.max - scale.min);
	return Math.min(LEVELS - 1, Math.max(0, Math.floor(share * LEVELS)));
}

/** The lower edge of each band, for the legend. */
export function levelEdges(scale: Scale): number[] {
	return Array.from({length: LEVELS}, (_, index) => scale.min + ((scale.max - scale.min) * index) / LEVELS);
}

export interface HeatDay {
	day: string;
	mean: number | null;
	n: number;
	/** 0 (low) … 3 (high), or null for a day without readings. */
	level: number | null;
}

export function heatMap(daily: readonly DailyPoint[], scale: Scale): HeatDay[] {
	return daily.map((point) => ({...point, level: point.mean === null ? null : shadeLevel(point.mean, scale)}));
}
