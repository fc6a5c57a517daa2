import type {Day} from '../stats/days.js';
import {toLocalIso} from '../time.js';
import {currentVersion, type Goal, type GoalAuthor, type GoalMeasure, type GoalState, type GoalTarget, type GoalVersion} from './types.js';
import {defaultLabel} from './words.js';

/** Changes to goals, as pure functions: the store writes what these return. */

export interface GoalInput {
	words: string;
	why?: string;
	label?: string;
	measure: GoalMeasure;
	target: GoalTarget;
	/** For an exercise measure: its title, for the default label. */
	exerciseTitle?: string;
}

/** The next short id: one more than the largest there is (archived goals keep theirs). */
export function nextGoalId(goals: readonly Goal[]): string {
	return String(goals.reduce((max, goal) => Math.max(max, Number(goal.id)), 0) + 1);
}

export function newGoal(goals: readonly Goal[], input: GoalInput, meta: {author: GoalAuthor; uid: string; now: Date; today: Day}): Goal {
	const changed = toLocalIso(meta.now);
	const version: GoalVersion = {
		from: meta.today,
		words: input.words,
		label: input.label ?? defaultLabel(input.measure, input.words, input.exerciseTitle),
		measure: input.measure,
		target: input.target,
		state: 'active',
		changed,
	};
	if (input.why !== undefined && input.why !== '') version.why = input.why;
	return {id: nextGoalId(goals), uid: meta.uid, author: meta.author, created: changed, versions: [version], checkIns: []};
}

export interface GoalChange {
	words?: string;
	/** '' removes it. */
	why?: string;
	label?: string;
	measure?: GoalMeasure;
	target?: GoalTarget;
	state?: GoalState;
	exerciseTitle?: string;
}

function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A goal with a change that takes effect today: a new version from today, so that earlier
 * weeks keep the goal as it was. Several changes on one day make one version. Returns the
 * goal unchanged (the same object) when nothing differs.
 */
export function changeGoal(goal: Goal, change: GoalChange, meta: {now: Date; today: Day}): Goal {
	const before = currentVersion(goal);
	const measure = change.measure ?? before.measure;
	const measureChanged = change.measure !== undefined && !sameJson(change.measure, before.measure);
	const next: GoalVersion = {
		from: meta.today,
		words: change.words ?? before.words,
		label: change.label ?? (measureChanged ? defaultLabel(measure, change.words ?? before.words, change.exerciseTitle) : before.label),
		measure,
		target: change.target ?? before.target,
		state: change.state ?? before.state,
		changed: toLocalIso(meta.now),
	};
	const why = change.why ?? before.why;
	if (why !== undefined && why !== '') next.why = why;
	const {changed: _a, from: _b, ...nextFacts} = next;
	const {changed: _c, from: _d, ...beforeFacts} = before;
	if (sameJson(nextFacts, beforeFacts)) return goal;
	const earlier = goal.versions.filter((version) => version.from < meta.today);
	// A version dated after today (a clock that moved back) gives way to this one.
	return {...goal, versions: [...earlier, next]};
}

/** A plain check-in on `day`. */
export function addCheckIn(goal: Goal, day: Day, now: Date): Goal {
	return {...goal, checkIns: [...goal.checkIns, {day, at: toLocalIso(now)}]};
}

/** The goal without its latest check-in on `day`, or undefined when that day has none. */
export function removeCheckIn(goal: Goal, day: Day): Goal | undefined {
	let index = -1;
	goal.checkIns.forEach((checkIn, at) => {
		if (checkIn.day === day) index = at;
	});
	if (index === -1) return undefined;
	return {...goal, checkIns: goal.checkIns.filter((_, at) => at !== index)};
}

export interface GoalsMerge {
	goals: Goal[];
	/** Goals that were not here. */
	added: number;
	/** Goals here already that gained versions or check-ins. */
	updated: number;
	/** Goals here already, identical. */
	same: number;
}

function versionKey(version: GoalVersion): string {
	return `${version.from}\u0000${version.changed}`;
}

/**
 * Goals from an export joined with the ones here, by uid. A goal not here is added (with a
 * new short id if its id is taken). A goal here keeps everything it has and gains the
 * versions and check-ins it lacks, so importing the same export twice changes nothing.
 */
export function mergeGoals(here: readonly Goal[], incoming: readonly Goal[]): GoalsMerge {
	const goals = [...here];
	let added = 0;
	let updated = 0;
	let same = 0;
	for (const goal of incoming) {
		const index = goals.findIndex((item) => item.uid === goal.uid);
		if (index === -1) {
			const taken = goals.some((item) => item.id === goal.id);
			goals.push(taken ? {...goal, id: nextGoalId(goals)} : goal);
			added++;
			continue;
		}
		const mine = goals[index] as Goal;
		const versionKeys = new Set(mine.versions.map(versionKey));
		const versions = [
			...mine.versions,
			...goal.versions.filter(
				(version) => !versionKeys.has(versionKey(version)) && !mine.versions.some((own) => own.from === version.from),
			),
		];
		const checkInKeys = new Set(mine.checkIns.map((checkIn) => `${checkIn.day}\u0000${checkIn.at}`));
		const checkIns = [...mine.checkIns, ...goal.checkIns.filter((checkIn) => !checkInKeys.has(`${checkIn.day}\u0000${checkIn.at}`))];
		if (versions.length === mine.versions.length && checkIns.length === mine.checkIns.length) {
			same++;
			continue;
		}
		versions.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
		checkIns.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
		goals[index] = {...mine, versions, checkIns};
		updated++;
	}
	return {goals, added, updated, same};
}
