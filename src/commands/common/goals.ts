import type {Context} from '../../context.js';
import type {Goal} from '../../domain/goals/types.js';
import {type Day, startOfWeek} from '../../domain/stats/days.js';
import {homePlan, type HomePlan} from '../../domain/goals/home.js';
import {daysWithin, type FiguresByDay} from '../../domain/stats/day-figures.js';
import {readDayFigures} from '../../store/day-figures.js';
import {readGoals} from '../../store/goals.js';
import {saying} from '../../words/store-errors.js';
import {warnUnreadable} from './read.js';

/** The figures of the local days from `from` to `to` (src/store/day-figures.ts): what goals count. */
export function figuresOnDays(context: Context, from: Day, to: Day, options: {quiet?: boolean} = {}): FiguresByDay {
	const {days, unreadable} = readDayFigures(context.paths, from, to);
	if (!options.quiet) warnUnreadable(context, unreadable);
	return days;
}

/** The goals, with one calm line when some of them cannot be read. */
export function loadGoals(context: Context): Goal[] {
	const {goals, damaged} = saying('read', () => readGoals(context.paths));
	if (damaged > 0)
		context.warn(
			`${damaged === 1 ? 'one goal' : `${damaged} goals`} in goals.json cannot be read and ${damaged === 1 ? 'is' : 'are'} not shown. cope doctor says more.`,
		);
	return goals;
}

/**
 * Goals and homework for the home screen (the screens' and plain mode's), from this week's
 * entries only (Monday to today): counted in `days`, the figures the home screen read for its
 * glance (src/commands/common/home-now.ts), which hold this week. Quiet: a goals file that
 * cannot be read leaves them out (`cope goals` and `cope doctor` say why).
 */
export function homePlanIn(context: Context, days: FiguresByDay, today: Day): HomePlan {
	let goals: Goal[];
	try {
		goals = readGoals(context.paths).goals;
	} catch {
		return {due: []};
	}
	if (goals.length === 0) return {due: []};
	return homePlan(goals, daysWithin(days, startOfWeek(today), today), today);
}
