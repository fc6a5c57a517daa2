import type {Style} from '../../term.js';
import type {ReportData} from '../stats/report-data.js';
import {inert} from '../text.js';
import {flow} from './layout.js';
import {metricSection} from './metric-section.js';
import {entriesSection, heatMapSection, tagSection, thoughtRecordSection, urgeSection} from './sections.js';
import {plural, shortDay} from './words.js';

export interface RenderOptions {
	/** No line is longer than this (in terminal columns). */
	width: number;
	style: Style;
	/** The local day today, for "Last 30 days" and "11 days ago". */
	today: string;
	/** The store has no entries at all (not just none in this period). */
	storeEmpty: boolean;
}

function needsYear(data: ReportData, today: string): boolean {
	return data.from.slice(0, 4) !== data.to.slice(0, 4) || data.to.slice(0, 4) !== today.slice(0, 4);
}

function span(data: ReportData, withYear: boolean): string {
	return data.from === data.to ? shortDay(data.from, withYear) : `${shortDay(data.from, withYear)} – ${shortDay(data.to, withYear)}`;
}

/** "Last 30 days · 27 Oct – 25 Nov · 41 entries on 24 of 30 days". */
function header(data: ReportData, options: RenderOptions, withYear: boolean): string[] {
	const parts: string[] = [];
	if (data.to === options.today) parts.push(data.days === 1 ? 'Today' : `Last ${data.days} days`);
	parts.push(span(data, withYear));
	if (data.tag !== null) parts.push(`tagged #${inert(data.tag, {singleLine: true})}`);
	parts.push(`${plural(data.activity.entries, 'entry', 'entries')} on ${data.activity.daysWithEntry} of ${plural(data.days, 'day')}`);
	return flow('', parts, options.width).map((line, index) => (index === 0 ? options.style.bold(line) : line));
}

/** What an empty report says: how to begin, never an error. */
function emptyReport(data: ReportData, options: RenderOptions, withYear: boolean): string[] {
	const {width} = options;
	if (options.storeEmpty) {
		return [
			...flow('', ['Nothing recorded yet, so there is nothing to report — and that is fine.'], width),
			'',
			...flow('', ['When you are ready, log how you feel from 0 (lowest) to 10 (best):'], width),
			'  cope log 6',
			...flow(
				'',
				['or run `cope` for a guided check-in. The report fills in as you go; a few entries a week are enough to start seeing patterns.'],
				width,
			),
		];
	}
	const what = data.tag === null ? 'No entries' : `No entries tagged #${inert(data.tag, {singleLine: true})}`;
	return [
		...flow('', [`${what} for ${span(data, withYear)}.`], width),
		...flow('', ['A longer span may show more, e.g. cope report --since 3m. To add one now: cope log 6'], width),
	];
}

/** The report as lines of text, in the order docs/report.md shows, none wider than options.width. */
export function renderReport(data: ReportData, options: RenderOptions): string[] {
	const {width, style, today} = options;
	const withYear = needsYear(data, today);
	if (data.activity.entries === 0) return emptyReport(data, options, withYear);
	const sections = [
		metricSection(data, width, style, withYear),
		urgeSection(data, width, today),
		entriesSection(data, width),
		tagSection(data, width),
		thoughtRecordSection(data, width),
		heatMapSection(data, width, style),
	].filter((section) => section.length > 0);
	const lines = header(data, options, withYear);
	for (const [first, ...rest] of sections) lines.push('', boldTitle(first ?? '', style), ...rest);
	return lines;
}

/** The title that starts a section ("Mood", "Thought records") in bold; the figures after it as they are. */
function boldTitle(line: string, style: Style): string {
	const end = line.indexOf('  ');
	return end === -1 ? style.bold(line) : style.bold(line.slice(0, end)) + line.slice(end);
}
