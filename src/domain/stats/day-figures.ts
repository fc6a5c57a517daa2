import {type Entry, type EntryValue, localDay} from '../entry.js';
import type {Day} from './days.js';
import {metricValue, onScale} from './readings.js';

/*
 * What the report, the therapist summary and goals count of each local day, and
 * nothing else: no words, only numbers, kinds, exercise ids, tags and trap names.
 * Every figure of a report is made from these (src/domain/stats/report-data.ts), so
 * a day's entries can be read once and folded, and a long report can start from
 * figures kept beside the store (src/store/day-figures.ts) instead of reading ten
 * years of entries.
 * Every part adds up: the figures of two sets of entries, added, are those of both.
 */

export const THOUGHT_RECORD = 'thought-record';
/** The metric of the thought record's belief in the hot thought (exercises/thought-record.json). */
export const BELIEF = 'belief';

/** The readings of one metric on one day. */
export interface DayReadings {
	sum: number;
	count: number;
	min: number;
	max: number;
}

/** Sums of a metric rated twice in one entry (`<metric>-start`, then `<metric>`). */
export interface RerateSums {
	n: number;
	before: number;
	after: number;
}

export interface ThoughtRecordSums {
	count: number;
	/** Thought records that named each trap. */
	traps: Map<string, number>;
	/** Re-rated feelings: their first and last intensity, summed, and how many. */
	before: number;
	after: number;
	pairs: number;
	/** Thought records with at least one re-rated feeling. */
	records: number;
	belief: RerateSums;
}

export interface DayFigures {
	entries: number;
	/** Entries of each type. */
	types: Map<string, number>;
	/** Entries of each exercise (by its id), for goals and homework. */
	exercises: Map<string, number>;
	/** Each metric's readings. */
	readings: Map<string, DayReadings>;
	/** Tags any entry of the day carried. */
	tags: Set<string>;
	/** Each metric rated twice in one entry, over every kind of entry. */
	rerated: Map<string, RerateSums>;
	thoughtRecords: ThoughtRecordSums;
}

export type FiguresByDay = Map<Day, DayFigures>;

export function emptyThoughtRecordSums(): ThoughtRecordSums {
	return {count: 0, traps: new Map(), before: 0, after: 0, pairs: 0, records: 0, belief: {n: 0, before: 0, after: 0}};
}

function emptyDay(): DayFigures {
	return {
		entries: 0,
		types: new Map(),
		exercises: new Map(),
		readings: new Map(),
		tags: new Set(),
		rerated: new Map(),
		thoughtRecords: emptyThoughtRecordSums(),
	};
}

/** Adds `count` to `key`'s count. */
function addCount(counts: Map<string, number>, key: string, count = 1): void {
	counts.set(key, (counts.get(key) ?? 0) + count);
}

/** Adds one set of counts to another. */
export function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
	for (const [key, count] of from) addCount(into, key, count);
}

export function addSums(into: RerateSums, from: RerateSums): void {
	into.n += from.n;
	into.before += from.before;
	into.after += from.after;
}

/** Adds the thought records of other entries to these. */
export function addThoughtRecordSums(into: ThoughtRecordSums, from: ThoughtRecordSums): void {
	into.count += from.count;
	addCounts(into.traps, from.traps);
	into.before += from.before;
	into.after += from.after;
	into.pairs += from.pairs;
	into.records += from.records;
	addSums(into.belief, from.belief);
}

function dayOf(figures: FiguresByDay, day: Day): DayFigures {
	let found = figures.get(day);
	if (found === undefined) figures.set(day, (found = emptyDay()));
	return found;
}

function finite(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function levels(value: EntryValue | undefined): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

function addReading(readings: Map<string, DayReadings>, metric: string, value: number): void {
	const found = readings.get(metric);
	if (found === undefined) readings.set(metric, {sum: value, count: 1, min: value, max: value});
	else {
		found.sum += value;
		found.count += 1;
		if (value < found.min) found.min = value;
		if (value > found.max) found.max = value;
	}
}

function addRerate(sums: RerateSums, before: number, after: number): void {
	addSums(sums, {n: 1, before, after});
}

/** The metric names an entry has a number for (its `metrics`, or an older mood entry's mood and urge). */
function metricsOf(entry: Entry): string[] {
	const {metrics} = entry;
	if (typeof metrics === 'object' && metrics !== null && !Array.isArray(metrics)) return Object.keys(metrics);
	return entry.type === 'mood' ? ['mood', 'urge'] : [];
}

/** Adds one entry to the figures of its day. */
export function addEntry(figures: FiguresByDay, entry: Entry): void {
	const day = dayOf(figures, localDay(entry.at));
	day.entries += 1;
	addCount(day.types, entry.type);
	addCount(day.exercises, entry.exercise);
	for (const tag of entry.tags) day.tags.add(tag);
	for (const metric of metricsOf(entry)) {
		const value = metricValue(entry, metric);
		if (value === undefined) continue;
		addReading(day.readings, metric, value);
		const start = metric.endsWith('-start') ? undefined : onScale(`${metric}-start`, entry.metrics?.[`${metric}-start`]);
		if (start === undefined) continue;
		let sums = day.rerated.get(metric);
		if (sums === undefined) day.rerated.set(metric, (sums = {n: 0, before: 0, after: 0}));
		addRerate(sums, start, value);
		if (metric === BELIEF && entry.type === THOUGHT_RECORD) addRerate(day.thoughtRecords.belief, start, value);
	}
	if (entry.type === THOUGHT_RECORD) addThoughtRecord(day.thoughtRecords, entry);
}

function addThoughtRecord(sums: ThoughtRecordSums, entry: Entry): void {
	sums.count += 1;
	const named = entry.values['traps'];
	if (Array.isArray(named)) for (const trap of new Set(named)) if (typeof trap === 'string' && trap !== '') addCount(sums.traps, trap);
	const first = levels(entry.values['emotions']);
	const rerated = levels(entry.values['rerate']);
	if (first === undefined || rerated === undefined) return;
	let any = false;
	for (const [name, value] of Object.entries(rerated)) {
		const was = Object.hasOwn(first, name) ? finite(first[name]) : undefined;
		const now = finite(value);
		if (was === undefined || now === undefined) continue;
		sums.before += was;
		sums.after += now;
		sums.pairs += 1;
		any = true;
	}
	if (any) sums.records += 1;
}

/** The figures of each day these entries were written on. */
export function dayFigures(entries: Iterable<Entry>): FiguresByDay {
	const figures: FiguresByDay = new Map();
	for (const entry of entries) addEntry(figures, entry);
	return figures;
}

/** Adds the figures of `from` (other entries) to `into`, day by day. */
export function addFigures(into: FiguresByDay, from: FiguresByDay): void {
	for (const [date, other] of from) {
		const day = dayOf(into, date);
		day.entries += other.entries;
		addCounts(day.types, other.types);
		addCounts(day.exercises, other.exercises);
		for (const tag of other.tags) day.tags.add(tag);
		for (const [metric, readings] of other.readings) {
			const found = day.readings.get(metric);
			if (found === undefined) day.readings.set(metric, {...readings});
			else {
				found.sum += readings.sum;
				found.count += readings.count;
				found.min = Math.min(found.min, readings.min);
				found.max = Math.max(found.max, readings.max);
			}
		}
		for (const [metric, sums] of other.rerated) {
			const found = day.rerated.get(metric);
			if (found === undefined) day.rerated.set(metric, {...sums});
			else addSums(found, sums);
		}
		addThoughtRecordSums(day.thoughtRecords, other.thoughtRecords);
	}
}

/** The days from `from` to `to` (both included), as they are. */
export function daysWithin(figures: FiguresByDay, from: Day, to: Day): FiguresByDay {
	const within: FiguresByDay = new Map();
	for (const [day, figuresOfDay] of figures) if (day >= from && day <= to) within.set(day, figuresOfDay);
	return within;
}

/** Every metric with a reading on these days. */
export function metricNamesOf(figures: FiguresByDay): Set<string> {
	const names = new Set<string>();
	for (const day of figures.values()) for (const metric of day.readings.keys()) names.add(metric);
	return names;
}

/**
 * The figures as JSON, for the cache beside the store: each name (kind, exercise, metric, tag,
 * trap) once, and each day as one flat list of numbers, its Maps and Sets as counted runs.
 * JSON.parse reads flat numbers several times faster than nested lists of strings (five
 * years of days: ~5 ms instead of ~15 ms on Node 24).
 */
export interface FiguresJson {
	names: string[];
	days: Array<[Day, ...number[]]>;
}

export function figuresToJson(figures: FiguresByDay): FiguresJson {
	const names: string[] = [];
	const numbers = new Map<string, number>();
	const name = (text: string): number => {
		let found = numbers.get(text);
		if (found === undefined) numbers.set(text, (found = names.push(text) - 1));
		return found;
	};
	const counts = (map: ReadonlyMap<string, number>): number[] => [map.size, ...[...map].flatMap(([key, count]) => [name(key), count])];
	const days = [...figures].map(([day, f]): [Day, ...number[]] => {
		const t = f.thoughtRecords;
		return [
			day,
			f.entries,
			...counts(f.types),
			...counts(f.exercises),
			f.readings.size,
			...[...f.readings].flatMap(([metric, r]) => [name(metric), r.sum, r.count, r.min, r.max]),
			f.tags.size,
			...[...f.tags].map(name),
			f.rerated.size,
			...[...f.rerated].flatMap(([metric, sums]) => [name(metric), sums.n, sums.before, sums.after]),
			t.count,
			...counts(t.traps),
			t.before,
			t.after,
			t.pairs,
			t.records,
			t.belief.n,
			t.belief.before,
			t.belief.after,
		];
	});
	return {names, days};
}

/**
 * The figures back from JSON: of every day, or of the days `keep` keeps (making Maps of all
 * costs). Anything that is not as figuresToJson writes it throws: the cache is then not used.
 */
export function figuresFromJson(json: FiguresJson, keep?: (day: Day) => boolean): FiguresByDay {
	const {names} = json;
	const figures: FiguresByDay = new Map();
	// One reader for every day (a day's numbers, and where it is in them): no closures a day.
	let values: unknown[] = [];
	let at = 0;
	const number = (): number => {
		const value = values[at++];
		if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError('not day figures');
		return value;
	};
	const name = (): string => {
		const found = names[number()];
		if (typeof found !== 'string') throw new TypeError('not day figures');
		return found;
	};
	const counts = (): Map<string, number> => {
		const map = new Map<string, number>();
		for (let left = number(); left > 0; left--) map.set(name(), number());
		return map;
	};
	for (const day of json.days) {
		if (keep !== undefined && !keep(day[0])) continue;
		values = day;
		at = 1;
		const entries = number();
		const types = counts();
		const exercises = counts();
		const readings = new Map<string, DayReadings>();
		for (let left = number(); left > 0; left--) readings.set(name(), {sum: number(), count: number(), min: number(), max: number()});
		const tags = new Set<string>();
		for (let left = number(); left > 0; left--) tags.add(name());
		const rerated = new Map<string, RerateSums>();
		for (let left = number(); left > 0; left--) rerated.set(name(), {n: number(), before: number(), after: number()});
		const thoughtRecords: ThoughtRecordSums = {
			count: number(),
			traps: counts(),
			before: number(),
			after: number(),
			pairs: number(),
			records: number(),
			belief: {n: number(), before: number(), after: number()},
		};
		if (at !== values.length) throw new TypeError('not day figures');
		figures.set(day[0], {entries, types, exercises, readings, tags, rerated, thoughtRecords});
	}
	return figures;
}
