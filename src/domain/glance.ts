import {addDays, type Day} from './stats/days.js';
import type {FiguresByDay} from './stats/day-figures.js';

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

/** The first local day the glance covers, for `today`: entries before it are not needed. */
export function glanceStart(today: Day, days = GLANCE_DAYS): Day {
	return addDays(today, -(days - 1));
}

/**
 * The glance from the figures of its days (src/domain/stats/day-figures.ts): each day's mood
 * is its readings' average, as the report's, and `lastMood` the newest mood reading among them.
 */
export function glance(figures: FiguresByDay, lastMood: Glance['lastMood'], today: Day, days = GLANCE_DAYS): Glance {
	const first = glanceStart(today, days);
	const moodByDay: Array<number | undefined> = [];
	for (let offset = 0; offset < days; offset++) {
		const mood = figures.get(addDays(first, offset))?.readings.get('mood');
		moodByDay.push(mood && mood.count > 0 ? mood.sum / mood.count : undefined);
	}
	const result: Glance = {moodByDay, entriesToday: figures.get(today)?.entries ?? 0, today};
	if (lastMood !== undefined && lastMood.day >= first) result.lastMood = lastMood;
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
