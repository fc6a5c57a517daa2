import type {FiguresByDay} from '../stats/day-figures.js';
import {addDays, type Day, eachDay, startOfWeek, weekdayIndex} from '../stats/days.js';
import {type Goal, type GoalMeasure, type GoalVersion, versionOn} from './types.js';

/**
 * Progress of goals and homework, one calculation for both (docs/goals.md).
 *
 * Days are local calendar days: an entry counts on the day its `at` was written
 * (`localDay`), and "today" is the person's own day (the caller passes it, from the
 * time zone the computer is in). Weeks run Monday to Sunday. A week is judged by the
 * goal as it was on its last day, or today for this week: a change made on a Wednesday
 * applies to that whole week, and earlier weeks keep the goal they had.
 */

/** What one day holds that goals can count. */
export interface DayFacts {
	exercises: Map<string, number>;
	tags: Set<string>;
	metrics: Map<string, {sum: number; count: number}>;
	checkIns: Map<string, number>;
}

export type Facts = Map<Day, DayFacts>;

function factsFor(facts: Facts, day: Day): DayFacts {
	let found = facts.get(day);
	if (!found) facts.set(day, (found = {exercises: new Map(), tags: new Set(), metrics: new Map(), checkIns: new Map()}));
	return found;
}

/** The metric names goals need (so the facts hold only those readings). */
export function metricsNeeded(goals: readonly Goal[]): Set<string> {
	const names = new Set<string>();
	for (const goal of goals) for (const version of goal.versions) if (version.measure.kind === 'metric') names.add(version.measure.metric);
	return names;
}

/** Gathers, per local day, what goals count: exercises done, tags, readings (from the day's figures), check-ins. */
export function gatherFacts(figures: FiguresByDay, goals: readonly Goal[]): Facts {
	const facts: Facts = new Map();
	const metrics = metricsNeeded(goals);
	for (const [date, figuresOfDay] of figures) {
		const day = factsFor(facts, date);
		for (const [exercise, count] of figuresOfDay.exercises) day.exercises.set(exercise, count);
		for (const tag of figuresOfDay.tags) day.tags.add(tag);
		for (const name of metrics) {
			const readings = figuresOfDay.readings.get(name);
			if (readings !== undefined) day.metrics.set(name, {sum: readings.sum, count: readings.count});
		}
	}
	for (const goal of goals) {
		for (const checkIn of goal.checkIns) {
			const day = factsFor(facts, checkIn.day);
			day.checkIns.set(goal.uid, (day.checkIns.get(goal.uid) ?? 0) + 1);
		}
	}
	return facts;
}

/** Does a day's average reading meet a metric condition? */
export function meets(measure: GoalMeasure & {kind: 'metric'}, average: number): boolean {
	switch (measure.op) {
		case 'below':
			return average < measure.value;
		case 'above':
			return average > measure.value;
		case 'at-least':
			return average >= measure.value;
		default:
			return average <= measure.value;
	}
}

/**
 * What a goal counts on one day: exercises done, 1 for a day with the tag, check-ins;
 * for a metric, 1 when the day's average reading meets the condition, 0 when it does
 * not, undefined for a day with no reading.
 */
export function countOn(goal: Goal, version: GoalVersion, facts: Facts, day: Day): number | undefined {
	const found = facts.get(day);
	const {measure} = version;
	switch (measure.kind) {
		case 'exercise':
			return found?.exercises.get(measure.exercise) ?? 0;
		case 'tag':
			return found?.tags.has(measure.tag) ? 1 : 0;
		case 'check-in':
			return found?.checkIns.get(goal.uid) ?? 0;
		default: {
			const reading = found?.metrics.get(measure.metric);
			if (!reading || reading.count === 0) return undefined;
			return meets(measure, reading.sum / reading.count) ? 1 : 0;
		}
	}
}

export type WeekState = 'before' | 'active' | 'paused' | 'archived';

export interface WeekProgress {
	/** The Monday of the week. */
	week: Day;
	/** The last day counted: Sunday, or today in this week. */
	through: Day;
	state: WeekState;
	/** How much happened (see `set` for the unit). */
	done: number;
	/** What the goal asks for that week; 0 when it is not active. */
	set: number;
	reached: boolean;
	/** The week today is in. */
	current: boolean;
	/** For a goal counted per day, in this week: today's count and the day's target. */
	today?: {done: number; set: number};
}

/** One week of one goal. `today` bounds the count: days after it are not counted (nor asked for). */
export function weekProgress(goal: Goal, facts: Facts, week: Day, today: Day): WeekProgress {
	const sunday = addDays(week, 6);
	const through = sunday < today ? sunday : today;
	const current = week <= today && today <= sunday;
	const base = {week, through, current};
	const version = through < week ? undefined : versionOn(goal, through);
	if (!version) return {...base, state: 'before', done: 0, set: 0, reached: false};
	if (version.state !== 'active') return {...base, state: version.state, done: 0, set: 0, reached: false};
	const days = eachDay(week, through);
	const counts = days.map((day) => countOn(goal, version, facts, day));
	const sum = counts.reduce<number>((total, count) => total + (count ?? 0), 0);
	const {target} = version;
	let done: number;
	let set: number;
	let todayPart: WeekProgress['today'];
	if (target.per === 'week') {
		done = sum;
		set = target.count;
	} else if (target.per === 'weekdays') {
		done = sum;
		set = target.days.length;
	} else if (version.measure.kind === 'metric') {
		// Each day with readings: the days it held, of the days with readings.
		set = counts.filter((count) => count !== undefined).length;
		done = sum;
	} else {
		set = days.length;
		done = counts.filter((count) => (count ?? 0) >= target.count).length;
		if (current) todayPart = {done: counts[counts.length - 1] ?? 0, set: target.count};
	}
	const progress: WeekProgress = {...base, state: 'active', done, set, reached: set > 0 && done >= set};
	if (todayPart) progress.today = todayPart;
	return progress;
}

/** The Mondays of the last `count` weeks, oldest first, this week last. */
export function lastWeeks(today: Day, count: number): Day[] {
	const monday = startOfWeek(today);
	return Array.from({length: count}, (_, index) => addDays(monday, -7 * (count - 1 - index)));
}

/** The first day a read must reach for `count` weeks of progress. */
export function firstDayOfWeeks(today: Day, count: number): Day {
	return lastWeeks(today, count)[0] as Day;
}

export interface GoalProgress {
	goal: Goal;
	/** The goal as it is today. */
	version: GoalVersion;
	/** Oldest first; this week last. */
	weeks: WeekProgress[];
	thisWeek: WeekProgress;
}

/** Each goal's progress over the last `weeks` weeks (this one included). */
export function goalsProgress(goals: readonly Goal[], facts: Facts, today: Day, weeks = 8): GoalProgress[] {
	const mondays = lastWeeks(today, weeks);
	return goals.map((goal) => {
		const rows = mondays.map((week) => weekProgress(goal, facts, week, today));
		return {
			goal,
			version: versionOn(goal, today) ?? (goal.versions[goal.versions.length - 1] as GoalVersion),
			weeks: rows,
			thisWeek: rows[rows.length - 1] as WeekProgress,
		};
	});
}

/**
 * Is a homework item (or any goal) due today? On a set weekday with nothing done yet
 * today; for so many a week, while the week has fewer; for so many a day, while today has fewer.
 */
export function dueToday(goal: Goal, facts: Facts, today: Day): boolean {
	const version = versionOn(goal, today);
	if (!version || version.state !== 'active') return false;
	const todayCount = countOn(goal, version, facts, today) ?? 0;
	const {target} = version;
	if (target.per === 'weekdays') return target.days.includes(weekdayIndex(today)) && todayCount === 0;
	if (target.per === 'day') return version.measure.kind !== 'metric' && todayCount < target.count;
	return weekProgress(goal, facts, startOfWeek(today), today).done < target.count;
}
