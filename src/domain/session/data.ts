/**
 * Every figure and record of a session summary, as plain values: the same statistics
 * as `cope report` (stats/), over the entries the person chose to share, and each
 * thought record, urge ridden out and exercise run in the exercise's own words.
 */
import {type Entry, type EntryValue, localDay} from '../entry.js';
import {metricName, metricScales, namedAnswers, type NamedAnswer} from '../exercise/vocabulary.js';
import type {Exercise, ScaleStep} from '../exercise/types.js';
import {type Activity, activity} from '../stats/activity.js';
import {type Day, daysBetween} from '../stats/days.js';
import {dayFigures} from '../stats/day-figures.js';
import {dailySeries, type DailyPoint, type MetricSummary, readingsByDay, summarize} from '../stats/series.js';
import {tagPatterns, type TagPatterns} from '../stats/tags.js';
import {THOUGHT_RECORD, thoughtRecordSummary, type ThoughtRecordSummary} from '../stats/thought-records.js';
import {type Trend, weeklyTrend} from '../stats/trend.js';
import {urgeSummary, type UrgeSummary} from '../stats/urges.js';
import {coverage, type Coverage, inScope, type Scope} from './scope.js';

/**
 * A section another part of cope adds to the summary (homework set vs done, goals):
 * a title, paragraphs and list items, all plain text (the renderers escape them).
 */
export interface SessionSection {
	id: string;
	title: string;
	paragraphs: string[];
	items?: string[];
}

export interface SessionRequest {
	/** Every entry of the period (the scope decides what is shared). */
	entries: readonly Entry[];
	from: Day;
	to: Day;
	scope: Scope;
	/** The `alerts.urge` setting. */
	urgeAlert: number;
	/** Exercise definitions by id (for their words). */
	exercises: ReadonlyMap<string, Exercise>;
	/** When it was made (a local Date). */
	prepared: Date;
	/** Sections others add (homework, goals), shown after the exercises. */
	sections?: readonly SessionSection[];
}

export interface Feeling {
	name: string;
	before: number | null;
	after: number | null;
}

export interface ThoughtRecordView {
	at: string;
	situation?: string;
	hotThought?: string;
	balanced?: string;
	feelings: Feeling[];
	/** How much the hot thought was believed (0–100), before and after, when recorded. */
	belief?: {before: number | null; after: number | null};
	traps: string[];
}

export interface UrgeRide {
	at: string;
	start: number | null;
	end: number | null;
	/** Seconds with the timer, when it ran. */
	seconds: number | null;
}

export interface MetricFigures {
	metric: string;
	name: string;
	summary: MetricSummary;
	/** The scale the exercise gives it, if any. */
	scale?: Pick<ScaleStep, 'min' | 'max' | 'labels'>;
	daily: DailyPoint[];
}

export interface ExerciseRun {
	at: string;
	answers: NamedAnswer[];
}

export interface ExerciseCompletions {
	/** The entry type. */
	type: string;
	title: string;
	/** A person's own (or their therapist's) exercise, not one that ships with cope. */
	runs: ExerciseRun[];
	metrics: MetricFigures[];
}

export interface DayRow {
	day: Day;
	mood: number | null;
	moodReadings: number;
	urge: number | null;
	entries: number;
	/** Mood words from an import (Daylio's "good"), when present. */
	moodWords: string[];
	/** Notes written with moods that day (only when notes are shared). */
	notes: string[];
}

export interface SessionData {
	from: Day;
	to: Day;
	days: number;
	prepared: Date;
	coverage: Coverage;
	scope: Scope;
	activity: Activity;
	mood: {summary: MetricSummary; trend: Trend; daily: DailyPoint[]};
	urges: UrgeSummary & {daily: DailyPoint[]};
	tags: TagPatterns;
	dayRows: DayRow[];
	thoughtRecords: ThoughtRecordSummary & {records: ThoughtRecordView[]};
	urgeRides: UrgeRide[];
	/** Journal entries: only when the person shares them (--include journal). */
	journals: Array<{at: string; text: string}>;
	exercises: ExerciseCompletions[];
	sections: SessionSection[];
}

const text = (value: EntryValue | undefined): string | undefined =>
	typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const number = (value: EntryValue | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const levels = (value: EntryValue | undefined): Record<string, number | null> =>
	value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};

/** Types with a section of their own; every other type is an exercise's. */
const OWN_SECTIONS = new Set(['mood', 'journal', THOUGHT_RECORD, 'urge-surfing']);

function thoughtRecordView(entry: Entry): ThoughtRecordView {
	const {values} = entry;
	const before = levels(values['emotions']);
	const after = levels(values['rerate']);
	const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
	const view: ThoughtRecordView = {
		at: entry.at,
		feelings: names.map((name) => ({
			name,
			before: Object.hasOwn(before, name) ? (before[name] ?? null) : null,
			after: Object.hasOwn(after, name) ? (after[name] ?? null) : null,
		})),
		traps: Array.isArray(values['traps']) ? values['traps'] : [],
	};
	const situation = text(values['situation']);
	const hot = text(values['hot-thought']) ?? text(values['thoughts']);
	const balanced = text(values['balanced']);
	if (situation !== undefined) view.situation = situation;
	if (hot !== undefined) view.hotThought = hot;
	if (balanced !== undefined) view.balanced = balanced;
	// Belief in the hot thought (0–100), when the exercise asked: the first and last rating of a step named for it.
	const beliefs = Object.keys(values).filter((key) => /belief/.test(key) && number(values[key]) !== null);
	if (beliefs.length > 0) {
		const first = beliefs.find((key) => !/after|rerate|again|now/.test(key)) ?? (beliefs[0] as string);
		const last = beliefs.find((key) => key !== first && /after|rerate|again|now/.test(key));
		view.belief = {before: number(values[first]), after: last === undefined ? null : number(values[last])};
	}
	return view;
}

function urgeRide(entry: Entry): UrgeRide {
	const {values} = entry;
	return {at: entry.at, start: number(values['urge']), end: number(values['urge-after']), seconds: number(values['ride'])};
}

function metricFigures(entries: readonly Entry[], exercises: ReadonlyMap<string, Exercise>, from: Day, to: Day): MetricFigures[] {
	const names = new Set<string>();
	for (const entry of entries) for (const name of Object.keys(entry.metrics ?? {})) names.add(name);
	const byDays = dayFigures(entries);
	return [...names].sort().map((metric) => {
		const byDay = readingsByDay(byDays, metric);
		const scales = metricScales(exercises.values(), metric);
		const figures: MetricFigures = {
			metric,
			name: metricName(metric, scales),
			summary: summarize(byDay),
			daily: dailySeries(byDay, from, to),
		};
		const scale = scales[0]?.step;
		if (scale !== undefined)
			figures.scale = {min: scale.min, max: scale.max, ...(scale.labels === undefined ? {} : {labels: scale.labels})};
		return figures;
	});
}

function exerciseCompletions(
	entries: readonly Entry[],
	exercises: ReadonlyMap<string, Exercise>,
	from: Day,
	to: Day,
): ExerciseCompletions[] {
	const byType = new Map<string, Entry[]>();
	for (const entry of entries) {
		if (OWN_SECTIONS.has(entry.type)) continue;
		const list = byType.get(entry.type) ?? [];
		list.push(entry);
		byType.set(entry.type, list);
	}
	return [...byType].map(([type, list]) => {
		const exercise = exercises.get(list[0]?.exercise ?? '');
		return {
			type,
			title: exercise?.title ?? type.replaceAll('-', ' '),
			runs: list.map((entry) => ({at: entry.at, answers: namedAnswers(entry.values, exercises.get(entry.exercise))})),
			metrics: metricFigures(list, exercises, from, to),
		};
	});
}

function dayRows(entries: readonly Entry[], mood: DailyPoint[], urge: DailyPoint[], notes: boolean): DayRow[] {
	const rows = new Map<Day, DayRow>();
	mood.forEach((point, index) =>
		rows.set(point.day, {
			day: point.day,
			mood: point.mean,
			moodReadings: point.n,
			urge: urge[index]?.mean ?? null,
			entries: 0,
			moodWords: [],
			notes: [],
		}),
	);
	for (const entry of entries) {
		const row = rows.get(localDay(entry.at));
		if (row === undefined) continue;
		row.entries += 1;
		const word = text(entry.values['moodLabel']);
		if (word !== undefined && !row.moodWords.includes(word)) row.moodWords.push(word);
		const note = text(entry.values['note']);
		if (notes && note !== undefined && entry.type !== 'journal') row.notes.push(note);
	}
	return [...rows.values()];
}

export function buildSession(request: SessionRequest): SessionData {
	const {from, to, scope, exercises} = request;
	const shared = request.entries
		.filter((entry) => inScope(entry, scope))
		.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
	const days = daysBetween(from, to) + 1;
	const figures = dayFigures(shared);
	const moodByDay = readingsByDay(figures, 'mood');
	const moodDaily = dailySeries(moodByDay, from, to);
	const urgeByDay = readingsByDay(figures, 'urge');
	const urgeDaily = dailySeries(urgeByDay, from, to);
	const thoughtRecords = shared.filter((entry) => entry.type === THOUGHT_RECORD);
	return {
		from,
		to,
		days,
		prepared: request.prepared,
		coverage: coverage(
			request.entries,
			scope,
			(type) =>
				exercises.get(type)?.title ??
				[...exercises.values()].find((exercise) => exercise.kind === type)?.title ??
				type.replaceAll('-', ' '),
		),
		scope,
		activity: activity(figures, days),
		mood: {summary: summarize(moodByDay), trend: weeklyTrend(moodDaily), daily: moodDaily},
		urges: {...urgeSummary(urgeByDay, request.urgeAlert, to), daily: urgeDaily},
		tags: tagPatterns(figures, moodDaily),
		dayRows: dayRows(shared, moodDaily, urgeDaily, scope.notes),
		thoughtRecords: {...thoughtRecordSummary(figures), records: thoughtRecords.map(thoughtRecordView)},
		urgeRides: shared.filter((entry) => entry.type === 'urge-surfing').map(urgeRide),
		journals: shared.flatMap((entry) => {
			const words = entry.type === 'journal' ? text(entry.values['text']) : undefined;
			return words === undefined ? [] : [{at: entry.at, text: words}];
		}),
		exercises: exerciseCompletions(shared, exercises, from, to),
		sections: [...(request.sections ?? [])],
	};
}

/** "5.2/10" for a mean on a scale from 0, else the mean alone. */
export function meanOnScale(value: number, scale: Pick<ScaleStep, 'min' | 'max' | 'labels'> | undefined): string {
	const mean = value.toFixed(1);
	return scale !== undefined && scale.min === 0 ? `${mean}/${scale.max}` : mean;
}
