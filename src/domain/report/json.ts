import type {ReportData} from '../stats/report-data.js';
import {trapLabel} from './words.js';

/** Version of the --json shape; bumped only when a field changes meaning or goes away. */
export const REPORT_JSON_VERSION = 1;

/** Rounds for people and machines alike; null stays null (never NaN). */
function round(value: number | null, places = 2): number | null {
	if (value === null || !Number.isFinite(value)) return null;
	const factor = 10 ** places;
	const rounded = Math.round(value * factor) / factor;
	return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * The figures of `cope report --json`. Field names are documented in
 * docs/report.md and are stable: new fields may be added, none renamed.
 */
export function reportJson(data: ReportData): Record<string, unknown> {
	const {summary, trend, urges, thoughtRecords} = data;
	return {
		version: REPORT_JSON_VERSION,
		period: {from: data.from, to: data.to, days: data.days},
		metric: data.metric,
		// How an exercise defines a custom metric (name, scale, words), or null.
		definition: data.definition,
		by: data.by,
		tag: data.tag,
		entries: {
			count: data.activity.entries,
			daysWithEntry: data.activity.daysWithEntry,
			byType: Object.fromEntries(data.activity.byType.map(({type, count}) => [type, count])),
		},
		summary: {
			n: summary.n,
			days: summary.days,
			mean: round(summary.mean),
			min: round(summary.min),
			max: round(summary.max),
			trend: {judged: trend.judged, perWeek: round(trend.perWeek), direction: trend.direction, days: trend.days, spanDays: trend.spanDays},
		},
		series: data.series.map((bucket) => ({start: bucket.start, end: bucket.end, mean: round(bucket.mean), days: bucket.days, n: bucket.n})),
		urges: {
			n: urges.n,
			days: urges.days,
			mean: round(urges.mean),
			min: round(urges.min),
			max: round(urges.max),
			alertLevel: urges.alertLevel,
			daysAtOrAbove: urges.daysAtOrAbove,
			lastAtOrAbove: urges.lastAtOrAbove,
			daysSinceLast: urges.daysSinceLast,
			riddenOut: {n: data.riddenOut.n, before: round(data.riddenOut.before, 1), after: round(data.riddenOut.after, 1)},
		},
		tags: {
			patterns: data.tags.patterns.map((p) => ({
				tag: p.tag,
				with: {mean: round(p.with.mean), days: p.with.days},
				without: {mean: round(p.without.mean), days: p.without.days},
				difference: round(p.difference),
			})),
			tooFewDays: data.tags.tooFewDays,
		},
		thoughtRecords: {
			count: thoughtRecords.count,
			traps: thoughtRecords.traps.map((t) => ({trap: t.trap, label: trapLabel(t.trap), count: t.count})),
			intensity: {
				before: round(thoughtRecords.intensity.before, 1),
				after: round(thoughtRecords.intensity.after, 1),
				n: thoughtRecords.intensity.n,
				records: thoughtRecords.intensity.records,
			},
			belief: {before: round(thoughtRecords.belief.before, 1), after: round(thoughtRecords.belief.after, 1), n: thoughtRecords.belief.n},
		},
		heatMap: {
			scale: {min: round(data.scale.min), max: round(data.scale.max)},
			days: data.heatMap.map((day) => ({day: day.day, mean: round(day.mean), n: day.n, level: day.level})),
		},
	};
}
