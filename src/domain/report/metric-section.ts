import type {Style} from '../../term.js';
import type {ReportData} from '../stats/report-data.js';
import type {Bucket} from '../stats/series.js';
import type {Trend} from '../stats/trend.js';
import {TREND_MIN_DAYS, TREND_MIN_SPAN} from '../stats/trend.js';
import {chartScale, dateAxis, fixedChartScale, lineChart, plotRoom} from './chart.js';
import {inert} from '../text.js';
import {flow} from './layout.js';
import {level, mean, metricTitle, monthName, plural, shortDay} from './words.js';

/** A chart point never takes more columns than this (a week of 7 points is 28 wide). */
const MAX_COLUMNS_PER_POINT = 4;
/** Below this many days with readings, say that patterns need more. */
const SMALL_SAMPLE_DAYS = 7;

export function trendWords(trend: Trend): string {
	if (!trend.judged || trend.perWeek === null) return `no trend yet: needs ${TREND_MIN_DAYS} days over ${TREND_MIN_SPAN / 7} weeks`;
	if (trend.direction === 'steady') return 'steady';
	return `${trend.direction ?? 'steady'} about ${Math.abs(trend.perWeek).toFixed(1)} a week`;
}

interface ChartPoint {
	value: number | null;
	label: string;
}

/** Means of consecutive groups of `size` points, so a long period fits the width. */
function squeeze(points: readonly ChartPoint[], size: number): ChartPoint[] {
	const out: ChartPoint[] = [];
	for (let i = 0; i < points.length; i += size) {
		const group = points.slice(i, i + size);
		const values = group.map((p) => p.value).filter((v): v is number => v !== null);
		out.push({value: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length, label: group[0]?.label ?? ''});
	}
	return out;
}

function bucketLabel(bucket: Bucket, by: ReportData['by'], withYear: boolean): string {
	return by === 'month' ? monthName(bucket.start, withYear) : shortDay(bucket.start);
}

/** The chart of the metric over the period (gaps for days without readings) and its date axis. */
function chartLines(data: ReportData, width: number, style: Style, withYear: boolean): string[] {
	let points: ChartPoint[] = data.series.map((bucket) => ({value: bucket.mean, label: bucketLabel(bucket, data.by, withYear)}));
	// One point makes no line: the numbers above say it all.
	if (points.filter((p) => p.value !== null).length < 2) return [];
	const fixed = data.definition?.scale;
	// A metric defined by an exercise is drawn on its own scale (a 2 of 0–10 sits low); others on the readings' range.
	let scale = fixed === undefined ? chartScale(points.map((p) => p.value)) : fixedChartScale(fixed.min, fixed.max);
	if (scale === undefined) return [];
	let room = plotRoom(scale, width);
	let note: string | undefined;
	if (points.length > room) {
		const size = Math.ceil(points.length / room);
		points = squeeze(points, size);
		note = `each point is the mean of ${size} ${data.by === 'day' ? 'days' : data.by === 'week' ? 'weeks' : 'months'}`;
		// Means span less than single days: scale to what is drawn (its labels are no wider, so it still fits).
		if (fixed === undefined) scale = chartScale(points.map((p) => p.value)) ?? scale;
		room = plotRoom(scale, width);
	}
	const perPoint = Math.max(1, Math.min(MAX_COLUMNS_PER_POINT, Math.floor(room / points.length)));
	const values = points.flatMap((p) => Array.from({length: perPoint}, () => p.value));
	const chart = lineChart(values, scale);
	const lines = chart.lines.map((line) => line.slice(0, chart.plotStart) + style.accent(line.slice(chart.plotStart)));
	lines.push(
		dateAxis(
			points.map((p) => p.label),
			perPoint,
			chart.plotStart,
			width,
		),
	);
	if (note !== undefined) lines.push(...flow('', [`(${note})`], width).map((line) => style.dim(line)));
	return lines;
}

/** "Mood  average 5.7 (n=30) · range 2–9 · rising about 0.4 a week", its chart, and --by's table. */
export function metricSection(data: ReportData, width: number, style: Style, withYear: boolean): string[] {
	const title = metricTitle(data.definition?.name ?? data.metric);
	const note =
		data.definition?.note === undefined
			? []
			: flow('', [`(${inert(data.definition.note, {singleLine: true})})`], width).map((line) => style.dim(line));
	const {summary} = data;
	if (summary.n === 0 || summary.mean === null || summary.min === null || summary.max === null) {
		const hint = data.metric === 'mood' ? ['`cope log 6` records one (0 = lowest, 10 = best)'] : [];
		return [...flow(title, [`no readings in this period`, ...hint], width), ...note];
	}
	const spread =
		summary.min === summary.max
			? summary.n === 1
				? []
				: [`every reading ${level(summary.min)}`]
			: [`range ${level(summary.min)}–${level(summary.max)}`];
	const onScale = data.definition === null ? '' : ` on ${level(data.definition.scale.min)}–${level(data.definition.scale.max)}`;
	const lines = flow(title, [`average ${mean(summary.mean)}${onScale} (n=${summary.n})`, ...spread, trendWords(data.trend)], width);
	lines.push(...note);
	if (summary.days < SMALL_SAMPLE_DAYS) {
		lines.push(...flow('', [`only ${plural(summary.days, 'day')} with readings so far — patterns need more`], width));
	}
	lines.push(...chartLines(data, width, style, withYear));
	if (data.by !== 'day') {
		const parts = data.series.map(
			(bucket) =>
				`${bucketLabel(bucket, data.by, withYear)} ${bucket.mean === null ? '—' : `${mean(bucket.mean)} (${plural(bucket.days, 'day')})`}`,
		);
		lines.push('', ...flow(data.by === 'week' ? 'Weeks' : 'Months', parts, width));
	}
	return lines;
}
