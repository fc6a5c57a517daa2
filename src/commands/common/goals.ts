import type {Context} from '../../context.js';
import {localDay, type Entry} from '../../domain/entry.js';
import type {Goal} from '../../domain/goals/types.js';
import {dateToDay, type Day, startOfWeek} from '../../domain/stats/days.js';
import {homePlan, type HomePlan} from '../../domain/goals/home.js';
import {withoutWords} from '../../domain/stats/readings.js';
import {readEntries} from '../../store/entries.js';
import {readGoals} from '../../store/goals.js';
import {saying} from '../../words/store-errors.js';
import {warnUnreadable} from './read.js';

/**
 * The entries written on the local days from `from` to `to`: the store is narrowed by
 * instant first (widened by the largest UTC offsets, +14:00 and -12:00), so only the
 * weeks goals look at are parsed, then by the day `at` was written on.
 */
export function entriesOnDays(context: Context, from: Day, to: Day, options: {quiet?: boolean} = {}): Entry[] {
	const {entries, unreadable} = readEntries(context.paths, {
		from: Date.parse(`${from}T00:00:00+14:00`),
		to: Date.parse(`${to}T24:00:00-12:00`),
		keep: (entry) => {
			const day = localDay(entry.at);
			return day >= from && day <= to;
		},
		slim: withoutWords,
	});
	if (!options.quiet) warnUnreadable(context, unreadable);
	return entries;
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
 * entries only (Monday to today). Quiet: a goals file that cannot be read leaves them out
 * (`cope goals` and `cope doctor` say why).
 */
export function homePlanNow(context: Context): HomePlan {
	let goals: Goal[];
	try {
		goals = readGoals(context.paths).goals;
	} catch {
		return {due: []};
	}
	if (goals.length === 0) return {due: []};
	const today = dateToDay(context.now());
	const monday = startOfWeek(today);
	return homePlan(goals, entriesOnDays(context, monday, today, {quiet: true}), today);
}
