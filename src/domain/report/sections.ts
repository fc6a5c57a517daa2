import type {Style} from '../../term.js';
import type {ReportData} from '../stats/report-data.js';
import {TAG_MIN_DAYS} from '../stats/tags.js';
import {typeLabel} from '../summary.js';
import {inert} from '../text.js';
import {heatMapLegend, heatMapLines, HEATMAP_WEEKS} from './heatmap-view.js';
import {flow} from './layout.js';
import {mean, metricTitle, plural, shortDay, trapLabel} from './words.js';

/** Tag lines shown; --json has them all. */
const TAGS_SHOWN = 5;
const TRAPS_SHOWN = 3;

function daysAgo(days: number): string {
	return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

/** "Urges  average 2.1 (n=30) · 3 days at 7 or above · last one 11 days ago". Nothing when no urges were rated. */
export function urgeSection(data: ReportData, width: number, today: string): string[] {
	const {urges} = data;
	if (urges.n === 0 || urges.mean === null) return [];
	const parts = [`average ${mean(urges.mean)} (n=${urges.n})`];
	if (urges.daysAtOrAbove === 0) parts.push(`no days at ${urges.alertLevel} or above`);
	else {
		parts.push(`${plural(urges.daysAtOrAbove, 'day')} at ${urges.alertLevel} or above`);
		if (urges.lastAtOrAbove !== null && urges.daysSinceLast !== null) {
			parts.push(data.to === today ? `last one ${daysAgo(urges.daysSinceLast)}` : `last one on ${shortDay(urges.lastAtOrAbove)}`);
		}
	}
	const lines = flow('Urges', parts, width);
	const {riddenOut} = data;
	if (riddenOut.n > 0 && riddenOut.before !== null && riddenOut.after !== null) {
		const indent = width >= 60 ? 'Urges'.length + 2 : 2;
		// No-break spaces keep "7.5 → 3.1" together when the line wraps.
		const change = `urges ridden out: ${riddenOut.n}, on average ${mean(riddenOut.before)}\u00A0→\u00A0${mean(riddenOut.after)}`;
		lines.push(...flow('', [change], width - indent).map((line) => `${' '.repeat(indent)}${line}`));
	}
	return lines;
}

/** "Entries  mood 30 · journal 6 · days with an entry: 24 of 30". */
export function entriesSection(data: ReportData, width: number): string[] {
	const {activity} = data;
	const parts = activity.byType.map(({type, count}) => `${inert(typeLabel(type), {singleLine: true})} ${count}`);
	parts.push(`days with an entry: ${activity.daysWithEntry} of ${activity.periodDays}`);
	return flow('Entries', parts, width);
}

/** "On days with #gym: mood 7.4 vs 5.1 without (n=9 vs 15 days)" — what goes together, never what causes what. */
export function tagSection(data: ReportData, width: number): string[] {
	const {patterns, tooFewDays} = data.tags;
	const name = inert(data.definition?.name ?? data.metric, {singleLine: true});
	if (patterns.length === 0) {
		if (tooFewDays.length === 0) return [];
		return flow(
			'Tags',
			[
				`not enough days yet to compare ${name} with and without a tag (each tag needs ${TAG_MIN_DAYS} days with it and ${TAG_MIN_DAYS} without)`,
			],
			width,
		);
	}
	const lines = flow('Tags', ['days with a tag vs days without (what goes together, not what causes what)'], width);
	const indented = (parts: string[], separator: string): string[] =>
		flow('', parts, width - 4, separator).map((line, index) => `${index === 0 ? '  ' : '    '}${line}`);
	for (const pattern of patterns.slice(0, TAGS_SHOWN)) {
		const tag = inert(pattern.tag, {singleLine: true});
		lines.push(
			...indented(
				[
					`On days with #${tag}:`,
					`${name} ${mean(pattern.with.mean)} vs ${mean(pattern.without.mean)} without`,
					`(n=${pattern.with.days} vs ${pattern.without.days} days)`,
				],
				' ',
			),
		);
	}
	if (patterns.length > TAGS_SHOWN)
		lines.push(...indented([`…and ${plural(patterns.length - TAGS_SHOWN, 'more tag')} (cope report --json lists them all)`], ' '));
	return lines;
}

/**
 * "Thought records  7 · common thinking traps: fortune telling (5), mind reading (3)"
 * and, on a line of its own, "feelings before → after re-rating: 72 → 41 on average".
 */
export function thoughtRecordSection(data: ReportData, width: number): string[] {
	const {count, traps, intensity, belief} = data.thoughtRecords;
	if (count === 0) return [];
	const title = 'Thought records';
	const parts = [String(count)];
	if (traps.length > 0) {
		parts.push(
			`common thinking traps: ${traps
				.slice(0, TRAPS_SHOWN)
				.map((t) => `${trapLabel(t.trap)} (${t.count})`)
				.join(', ')}`,
		);
	}
	const lines = flow(title, parts, width);
	if (intensity.n > 0 && intensity.before !== null && intensity.after !== null) {
		const indent = width >= 60 ? title.length + 2 : 2;
		// No-break spaces keep "72 → 41" together when the line wraps.
		const change = `feelings before → after re-rating: ${Math.round(intensity.before)}\u00A0→\u00A0${Math.round(intensity.after)} on average (n=${intensity.n})`;
		lines.push(...flow('', [change], width - indent).map((line) => `${' '.repeat(indent)}${line}`));
	}
	if (belief.n > 0 && belief.before !== null && belief.after !== null) {
		const indent = width >= 60 ? title.length + 2 : 2;
		const change = `belief in the hot thought: ${Math.round(belief.before)}\u00A0→\u00A0${Math.round(belief.after)} on average (n=${belief.n})`;
		lines.push(...flow('', [change], width - indent).map((line) => `${' '.repeat(indent)}${line}`));
	}
	return lines;
}

/** A calendar of the metric by day, with its legend. Nothing when there are no readings. */
export function heatMapSection(data: ReportData, width: number, style: Style): string[] {
	if (data.summary.n === 0) return [];
	const view = heatMapLines(data.heatMap, (shade) => style.accent(shade));
	const lines = [
		`${metricTitle(data.definition?.name ?? data.metric)} by day`,
		...view.lines,
		...heatMapLegend(data.scale, width, data.definition?.labels).map((line) => style.dim(line)),
	];
	if (view.weeksLeftOut > 0)
		lines.push(...flow('', [`(the last ${HEATMAP_WEEKS} weeks; cope report --json has every day)`], width).map((line) => style.dim(line)));
	return lines;
}
