import {activity, type Activity} from './activity.js';
import type {FiguresByDay} from './day-figures.js';
import {type Day, daysBetween} from './days.js';
import {heatMap, type HeatDay, metricScale, type Scale} from './heatmap.js';
import {
	type Bucket,
	dailySeries,
	type DailyPoint,
	type Grouping,
	groupSeries,
	type MetricSummary,
	readingsByDay,
	summarize,
} from './series.js';
import {type ReratedChange, reratedChange} from './rerated.js';
import {tagPatterns, type TagPatterns} from './tags.js';
import {thoughtRecordSummary, type ThoughtRecordSummary} from './thought-records.js';
import {type Trend, weeklyTrend} from './trend.js';
import {urgeSummary, type UrgeSummary} from './urges.js';

export interface ReportRequest {
	/** The figures of the period's days (of its entries with the tag, if one was asked for). */
	days: FiguresByDay;
	from: Day;
	to: Day;
	/** The metric to chart and compare, e.g. "mood". */
	metric: string;
	by: Grouping;
	/** The `alerts.urge` setting. */
	urgeAlert: number;
	/** Only entries with this tag, if given. */
	tag?: string;
	/** How the exercises that record the metric define it (a custom metric only). */
	definition?: MetricDefinition;
}

/**
 * A custom metric as its exercises define it: the scale of the step that records it
 * (so a 2 of 0–10 is shaded low, whatever else was logged), its name for people, and a
 * note when two exercises define it differently.
 */
export interface MetricDefinition {
	/** The step's `label`, else the metric name. */
	name: string;
	scale: Scale;
	/** Words for some values ("0": "empty"). */
	labels?: Record<string, string>;
	/** Said once when exercises disagree on the scale. */
	note?: string;
}

/** Every figure of a report, as plain values (rendered as text or JSON elsewhere). */
export interface ReportData {
	from: Day;
	to: Day;
	days: number;
	metric: string;
	by: Grouping;
	tag: string | null;
	activity: Activity;
	summary: MetricSummary;
	trend: Trend;
	daily: DailyPoint[];
	series: Bucket[];
	scale: Scale;
	urges: UrgeSummary;
	/** Urges ridden out (an urge rated at the start and again at the end). */
	riddenOut: ReratedChange;
	tags: TagPatterns;
	thoughtRecords: ThoughtRecordSummary;
	heatMap: HeatDay[];
	definition: MetricDefinition | null;
}

export function buildReport(request: ReportRequest): ReportData {
	const {days: figures, from, to, metric, by} = request;
	const byDay = readingsByDay(figures, metric);
	const daily = dailySeries(byDay, from, to);
	const scale = request.definition?.scale ?? metricScale(metric, daily);
	const days = daysBetween(from, to) + 1;
	return {
		from,
		to,
		days,
		metric,
		by,
		tag: request.tag ?? null,
		activity: activity(figures, days),
		summary: summarize(byDay),
		trend: weeklyTrend(daily),
		daily,
		series: groupSeries(daily, by),
		scale,
		urges: urgeSummary(readingsByDay(figures, 'urge'), request.urgeAlert, to),
		riddenOut: reratedChange(figures, 'urge'),
		tags: withoutTag(tagPatterns(figures, daily), request.tag),
		thoughtRecords: thoughtRecordSummary(figures),
		heatMap: heatMap(daily, scale),
		definition: request.definition ?? null,
	};
}

/** With --tag every day has that tag, so comparing it says nothing. */
function withoutTag(found: TagPatterns, tag: string | undefined): TagPatterns {
	if (tag === undefined) return found;
	return {patterns: found.patterns.filter((p) => p.tag !== tag), tooFewDays: found.tooFewDays.filter((t) => t !== tag)};
}
