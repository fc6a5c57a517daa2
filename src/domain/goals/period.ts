import type {FiguresByDay} from '../stats/day-figures.js';
import {addDays, type Day, startOfWeek} from '../stats/days.js';
import {gatherFacts, type WeekProgress, weekProgress} from './progress.js';
import {type Goal, type GoalAuthor, type GoalMeasure, type GoalTarget, versionOn} from './types.js';
import {describeMeasure, describeTarget, weekMark} from './words.js';

/**
 * Goals and homework over a period, for a report or the therapist's session summary:
 * done vs set per item, week by week. Weeks are whole (Monday to Sunday) and the period
 * is widened to them, so a week is never cut in half; this week counts up to today.
 */

export interface PeriodItem {
	id: string;
	uid: string;
	author: GoalAuthor;
	/** "homework" for the therapist's items, "goal" for the person's own. */
	kind: 'goal' | 'homework';
	/** As the item is now (or was at its last week in the period). */
	words: string;
	why?: string;
	label: string;
	measure: GoalMeasure;
	target: GoalTarget;
	/** "days with #walk", "Thought record done", … */
	counts: string;
	/** "3 a week", "on mon, wed, fri", … */
	aim: string;
	/** Each week of the period, oldest first. */
	weeks: WeekProgress[];
	/** Added up over the weeks it was active. */
	done: number;
	set: number;
	/** Weeks reached, of the weeks it was active. */
	weeksReached: number;
	weeksActive: number;
	/** One character per week: ● reached, ◐ part of the way, – paused, a space otherwise. */
	marks: string;
}

export interface GoalsPeriod {
	/** The first Monday and the last day counted. */
	from: Day;
	to: Day;
	/** Mondays of the weeks covered, oldest first. */
	weeks: Day[];
	items: PeriodItem[];
}

/** The days whose entries goalsOverPeriod needs: read entries with a local day in [from, to]. */
export function goalsReadRange(period: {from: Day; to: Day; today: Day}): {from: Day; to: Day} {
	const sunday = addDays(startOfWeek(period.to), 6);
	return {from: startOfWeek(period.from), to: sunday < period.today ? sunday : period.today};
}

/**
 * Done vs set for each goal and homework item over the weeks from `from` to `to`
 * (both local days; `today` bounds the count). `figures` must hold at least the days
 * goalsReadRange gives; others are ignored. Archived items are left out unless they
 * were active in the period.
 */
export function goalsOverPeriod(goals: readonly Goal[], figures: FiguresByDay, period: {from: Day; to: Day; today: Day}): GoalsPeriod {
	const range = goalsReadRange(period);
	const weeks: Day[] = [];
	for (let week = range.from; week <= range.to; week = addDays(week, 7)) weeks.push(week);
	const facts = gatherFacts(figures, goals);
	const items: PeriodItem[] = [];
	for (const goal of goals) {
		const rows = weeks.map((week) => weekProgress(goal, facts, week, period.today));
		const active = rows.filter((row) => row.state === 'active');
		if (active.length === 0) continue;
		const version =
			versionOn(goal, (active[active.length - 1] as WeekProgress).through) ??
			(goal.versions[goal.versions.length - 1] as NonNullable<ReturnType<typeof versionOn>>);
		const item: PeriodItem = {
			id: goal.id,
			uid: goal.uid,
			author: goal.author,
			kind: goal.author === 'therapist' ? 'homework' : 'goal',
			words: version.words,
			label: version.label,
			measure: version.measure,
			target: version.target,
			counts: describeMeasure(version.measure, version.label),
			aim: describeTarget(version),
			weeks: rows,
			done: active.reduce((total, row) => total + row.done, 0),
			set: active.reduce((total, row) => total + row.set, 0),
			weeksReached: active.filter((row) => row.reached).length,
			weeksActive: active.length,
			marks: rows.map(weekMark).join(''),
		};
		if (version.why !== undefined) item.why = version.why;
		items.push(item);
	}
	return {from: range.from, to: range.to, weeks, items};
}
