import {addDays, format, startOfDay, subDays} from 'date-fns';
import {byNewest, localDay, type Entry} from './entry.js';

/** "Today at a glance" for the home screen. */
export interface Glance {
	/** Average mood per day for the last `days` days, oldest first; undefined where nothing was logged. */
	moodByDay: Array<number | undefined>;
	/** The most recent mood and the local day it was logged. */
	lastMood?: {mood: number; day: string};
	entriesToday: number;
	today: string;
}

export const GLANCE_DAYS = 14;

/** A mood from an entry: the metric when present (any exercise), else a mood value. */
export function moodOf(entry: Entry): number | undefined {
	const metric = entry.metrics?.['mood'];
	if (typeof metric === 'number') return metric;
	const value = entry.values['mood'];
	return typeof value === 'number' ? value : undefined;
}

/** The first local day (yyyy-MM-dd) the glance covers: entries before it are not needed. */
export function glanceStart(now: Date, days = GLANCE_DAYS): string {
	return format(subDays(startOfDay(now), days - 1), 'yyyy-MM-dd');
}

export function glance(entries: readonly Entry[], now: Date, days = GLANCE_DAYS): Glance {
	const today = format(now, 'yyyy-MM-dd');
	const first = subDays(startOfDay(now), days - 1);
	const sums = new Map<string, {total: number; count: number}>();
	let entriesToday = 0;
	for (const entry of entries) {
		const day = localDay(entry.at);
		if (day === today) entriesToday++;
		const mood = moodOf(entry);
		if (mood === undefined) continue;
		const sum = sums.get(day) ?? {total: 0, count: 0};
		sum.total += mood;
		sum.count++;
		sums.set(day, sum);
	}
	const moodByDay: Array<number | undefined> = [];
	for (let offset = 0; offset < days; offset++) {
		const sum = sums.get(format(addDays(first, offset), 'yyyy-MM-dd'));
		moodByDay.push(sum ? sum.total / sum.count : undefined);
	}
	const result: Glance = {moodByDay, entriesToday, today};
	const latest = [...entries].sort(byNewest).find((entry) => moodOf(entry) !== undefined);
	if (latest) result.lastMood = {mood: moodOf(latest) as number, day: localDay(latest.at)};
	return result;
}

const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** One character per value, low to high; a space (a gap) where there is none. */
export function sparkline(values: ReadonlyArray<number | undefined>, min = 0, max = 10): string {
	return values
		.map((value) => {
			if (value === undefined) return ' ';
			const share = max === min ? 0.5 : (Math.min(max, Math.max(min, value)) - min) / (max - min);
			return BARS[Math.min(BARS.length - 1, Math.round(share * (BARS.length - 1)))] ?? ' ';
		})
		.join('');
}
