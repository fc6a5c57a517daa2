import type {HeatDay, Scale} from '../stats/heatmap.js';
import {levelEdges} from '../stats/heatmap.js';
import {addDays, startOfWeek} from '../stats/days.js';
import {inert} from '../text.js';
import {flow} from './layout.js';
import {level as formatLevel, shortDay} from './words.js';

/** Low → high. Shape, not colour, carries the level, so it reads the same without colour. */
export const SHADES = ['░', '▒', '▓', '█'] as const;
export const NOT_LOGGED = '·';
/** Weeks shown at most; --json has every day. */
export const HEATMAP_WEEKS = 13;

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const LABEL_WIDTH = 7;

export interface HeatMapView {
	lines: string[];
	/** Weeks left out at the start (only the last HEATMAP_WEEKS are drawn). */
	weeksLeftOut: number;
}

/**
 * A calendar: one row per week (Monday first), one cell per day — a shade for the
 * day's mean, `·` for a day without a reading, blank outside the period.
 * `paint` may colour a shade (one calm hue), never change it.
 */
export function heatMapLines(days: readonly HeatDay[], paint: (shade: string) => string = (shade) => shade): HeatMapView {
	const first = days[0];
	const last = days.at(-1);
	if (first === undefined || last === undefined) return {lines: [], weeksLeftOut: 0};
	const byDay = new Map(days.map((day) => [day.day, day]));
	const weeks: string[] = [];
	for (let monday = startOfWeek(first.day); monday <= last.day; monday = addDays(monday, 7)) weeks.push(monday);
	const shown = weeks.slice(-HEATMAP_WEEKS);
	const lines = [`${' '.repeat(LABEL_WIDTH + 1)}${WEEKDAYS.join(' ')}`];
	for (const monday of shown) {
		const cells: string[] = [];
		for (let offset = 0; offset < 7; offset++) {
			const day = byDay.get(addDays(monday, offset));
			const mark = day === undefined ? ' ' : day.level === null ? NOT_LOGGED : paint(SHADES[day.level] ?? NOT_LOGGED);
			cells.push(` ${mark}  `);
		}
		lines.push(`${shortDay(monday).padStart(LABEL_WIDTH)} ${cells.join('')}`.trimEnd());
	}
	return {lines, weeksLeftOut: weeks.length - shown.length};
}

/** "░ under 2.5 · ▒ 2.5–5 · ▓ 5–7.5 · █ 7.5–10 · · not logged", wrapped to the width. */
export function heatMapLegend(scale: Scale, width: number, labels?: Readonly<Record<string, string>>): string[] {
	const edges = levelEdges(scale);
	const parts = SHADES.map((shade, index) => {
		const from = edges[index] as number;
		const to = index + 1 < edges.length ? (edges[index + 1] as number) : scale.max;
		return index === 0 ? `${shade} under ${formatLevel(to)}` : `${shade} ${formatLevel(from)}–${formatLevel(to)}`;
	});
	// The scale's own words, from the exercise that defines it ("0 = empty · 10 = full").
	const words = Object.entries(labels ?? {})
		.sort(([a], [b]) => Number(a) - Number(b))
		.map(([value, word]) => `${value} = ${inert(word, {singleLine: true})}`);
	return flow('', [...parts, `${NOT_LOGGED} not logged`, ...(words.length === 0 ? [] : [`(${words.join(', ')})`])], width, '  ');
}
