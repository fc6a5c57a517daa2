import {existsSync} from 'node:fs';
import type {Context} from '../../context.js';
import {reportJson} from '../../domain/report/json.js';
import {defaultWidth, parseGrouping, parseMetricName, parseTagFilter, parseWidth, resolvePeriod} from '../../domain/report/options.js';
import {renderReport} from '../../domain/report/render.js';
import {dateToDay, type Day} from '../../domain/stats/days.js';
import {addMetricNames, BUILT_IN_METRICS} from '../../domain/stats/readings.js';
import {addEntry, type FiguresByDay, metricNamesOf} from '../../domain/stats/day-figures.js';
import {buildReport, type MetricDefinition} from '../../domain/stats/report-data.js';
import {invalid} from '../../errors.js';
import {type FiguresRead, readDayFigures} from '../../store/day-figures.js';
import {readDays, readEntries} from '../../store/entries.js';
import {warnUnreadable} from '../common/read.js';
import type {ReportOptions} from './index.js';

/** Metric names anywhere in the store (a full pass: only when --metric names one the period has none of). */
function metricsInStore(context: Context): Set<string> {
	const names = new Set<string>(BUILT_IN_METRICS);
	readEntries(context.paths, {
		keep: (entry) => {
			addMetricNames(entry, names);
			return false;
		},
	});
	return names;
}

/** The figures of the days of the period, of the entries with `tag` only. */
function taggedFigures(context: Context, from: Day, to: Day, tag: string): FiguresRead {
	const days: FiguresByDay = new Map();
	// Counted as they are read; none is kept.
	const {unreadable, lines} = readDays(context.paths, from, to, (entry) => {
		if (entry.tags.includes(tag)) addEntry(days, entry);
		return false;
	});
	return {days, unreadable, lines};
}

export async function printReport(context: Context, options: ReportOptions): Promise<void> {
	// Every option is checked before the store is read.
	const width = options.width === undefined ? defaultWidth(context.outIsTTY() ? context.stdout : {}) : parseWidth(options.width);
	const by = options.by === undefined ? 'day' : parseGrouping(options.by);
	const tag = options.tag === undefined ? undefined : parseTagFilter(options.tag);
	let metric = options.metric === undefined ? 'mood' : parseMetricName(options.metric);
	const now = context.now();
	const {from, to} = await resolvePeriod(options, now);

	// Each day's figures: from those kept beside the store and what was added since; with a tag,
	// from the entries that carry it.
	const {
		days,
		unreadable,
		lines: storedLines,
	} = tag === undefined ? readDayFigures(context.paths, from, to) : taggedFigures(context, from, to, tag);
	warnUnreadable(context, unreadable);
	const storeEmpty = storedLines === 0;
	const periodNames = metricNamesOf(days);

	if (!periodNames.has(metric) && !(BUILT_IN_METRICS as readonly string[]).includes(metric)) {
		const known = metricsInStore(context);
		const sameWord = [...known].find((name) => name.toLowerCase() === metric.toLowerCase());
		if (sameWord === undefined) {
			throw invalid(
				`there is no metric called ${JSON.stringify(metric)} in your entries.`,
				`Metrics you have: ${[...known].sort().join(', ')}.`,
			);
		}
		metric = sameWord;
	}

	// A metric of the person's exercises is shown on its step's scale, under its name: only then are
	// the exercise files read (plain JSON, no validator), so `cope report` on mood stays as quick as it was.
	let definition: MetricDefinition | undefined;
	if (!(BUILT_IN_METRICS as readonly string[]).includes(metric)) {
		const {readExerciseDefinitions} = await import('../../store/exercise-definitions.js');
		const {metricScales} = await import('../../domain/exercise/vocabulary.js');
		const {metricDefinition} = await import('../../domain/report/metric-definition.js');
		definition = metricDefinition(metric, metricScales(readExerciseDefinitions(context.paths).values(), metric));
	}
	const urgeSetting = context.settings()['alerts.urge'];
	const data = buildReport({
		days,
		from,
		to,
		metric,
		by,
		urgeAlert: typeof urgeSetting === 'number' ? urgeSetting : 7,
		...(tag === undefined ? {} : {tag}),
		...(definition === undefined ? {} : {definition}),
	});
	// The goals section's code is read only when there is a goals file: most stores have none.
	const goalsPart = existsSync(context.paths.goals) ? await import('./goals.js') : undefined;
	const goals = goalsPart?.reportGoals(context, from, to, dateToDay(now));
	if (options.json) {
		const goalsJson = goalsPart === undefined || goals === undefined ? null : goalsPart.goalsSectionJson(goals);
		context.out(`${JSON.stringify({...reportJson(data), goals: goalsJson}, null, 2)}\n`);
		return;
	}
	const lines = renderReport(data, {width, style: context.style, today: dateToDay(now), storeEmpty});
	const goalLines = goalsPart === undefined || goals === undefined ? [] : goalsPart.renderGoalsSection(goals, width);
	if (goalLines.length > 0) lines.push('', ...goalLines);
	context.out(`${lines.join('\n')}\n`);
}
