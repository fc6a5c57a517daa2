import {localDay} from '../domain/entry.js';
import {glance, glanceStart, type Glance} from '../domain/glance.js';
import {metricValue} from '../domain/stats/readings.js';
import type {FiguresByDay} from '../domain/stats/day-figures.js';
import {instantsOfDays, type Day} from '../domain/stats/days.js';
import {readDayFigures} from './day-figures.js';
import {readLatest} from './entries.js';
import type {DataPaths} from './paths.js';

/**
 * Today at a glance, from the store: the figures of the last two weeks (kept beside a large
 * store, src/store/day-figures.ts) and the newest mood in them, found newest first; and those
 * figures, for what else the home screen counts in them (this week's goals). Damaged lines are
 * left for `cope list` to report: the home screen is drawn over the terminal.
 */
export function readGlance(paths: DataPaths, today: Day): {glance: Glance; days: FiguresByDay} {
	const first = glanceStart(today);
	const {days} = readDayFigures(paths, first, today);
	const [newest] = readLatest(paths, 1, {
		from: instantsOfDays(first, first).from,
		keep: (entry) => localDay(entry.at) >= first && metricValue(entry, 'mood') !== undefined,
	}).entries;
	const mood = newest === undefined ? undefined : metricValue(newest, 'mood');
	return {glance: glance(days, newest === undefined || mood === undefined ? undefined : {mood, day: localDay(newest.at)}, today), days};
}
