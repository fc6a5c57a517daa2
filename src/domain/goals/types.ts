import type {Day} from '../stats/days.js';

/**
 * Goals and homework: one model (docs/goals.md). A homework item is a goal whose
 * measure is an exercise and whose author is the therapist; only the words differ.
 */

/** What a goal counts, from what cope already records (or a plain check-in). */
export type GoalMeasure =
	| {kind: 'exercise'; exercise: string}
	| {kind: 'tag'; tag: string}
	| {kind: 'metric'; metric: string; op: MetricOp; value: number}
	| {kind: 'check-in'};

export const METRIC_OPS = ['below', 'above', 'at-least', 'at-most'] as const;
export type MetricOp = (typeof METRIC_OPS)[number];

/**
 * How much, how often: so many a week, so many a day (for a metric: each day with
 * readings), or on set weekdays (0 = Monday … 6 = Sunday; the week's target is their number).
 */
export type GoalTarget = {per: 'week'; count: number} | {per: 'day'; count: number} | {per: 'weekdays'; days: number[]};

export type GoalState = 'active' | 'paused' | 'archived';

/** The goal as it was from one day on: a week is judged by the version in force on its last day (or today). */
export interface GoalVersion {
	/** The local day this version takes effect. */
	from: Day;
	/** The person's words for it ("Walk three times a week"), or the therapist's note. */
	words: string;
	/** Why it matters to them, optional ("being well enough to play with my kids"). */
	why?: string;
	/** A short name for one-line views ("walk", "thought record"). */
	label: string;
	measure: GoalMeasure;
	target: GoalTarget;
	state: GoalState;
	/** When this version was written (ISO 8601 with offset). */
	changed: string;
}

export type GoalAuthor = 'you' | 'therapist';

/** A plain check-in (`cope goal done`): the local day it counts on, and when it was recorded. */
export interface CheckIn {
	day: Day;
	at: string;
}

export interface Goal {
	/** The short id a person types: "1", "2", … */
	id: string;
	/** Unique across stores (a ULID), so an import recognises a goal it already has. */
	uid: string;
	author: GoalAuthor;
	created: string;
	/** Oldest first; never empty. */
	versions: GoalVersion[];
	checkIns: CheckIn[];
}

export const GOALS_FORMAT = 'cope-goals';
export const GOALS_VERSION = 1;

export interface GoalsFile {
	format: typeof GOALS_FORMAT;
	version: typeof GOALS_VERSION;
	goals: Goal[];
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The latest version of a goal: how it is now. */
export function currentVersion(goal: Goal): GoalVersion {
	return goal.versions[goal.versions.length - 1] as GoalVersion;
}

/** The version in force on `day`, or undefined before the goal's first version. */
export function versionOn(goal: Goal, day: Day): GoalVersion | undefined {
	let found: GoalVersion | undefined;
	for (const version of goal.versions) if (version.from <= day) found = version;
	return found;
}
