import type {Context} from '../../context.js';
import {localDay} from '../../domain/entry.js';
import type {FiguresByDay} from '../../domain/stats/day-figures.js';
import {dateToDay, type Day, instantsOfDays} from '../../domain/stats/days.js';
import type {HomePlan} from '../../domain/goals/home.js';
import {alertLevels, isHardEntry} from '../../safety/alert.js';
import {readLatest} from '../../store/entries.js';
import {readGlance} from '../../store/glance.js';
import type {HomeNow} from '../../tui/deps.js';

/**
 * What the home screen shows now (the screens' and the plain menu's): the last two weeks at a
 * glance; the goals and homework counted in the same days' figures, when `planIn` is given
 * (commands/common/goals.ts: loaded for the home screen only); and whether today's last entry
 * was a hard one.
 */
export function homeNow(context: Context, planIn?: (days: FiguresByDay, today: Day) => HomePlan): HomeNow {
	const today = dateToDay(context.now());
	const {glance, days} = readGlance(context.paths, today);
	return {glance, plan: planIn?.(days, today) ?? {due: []}, lastEntryHard: lastEntryHard(context, today)};
}

/** Was today's newest entry a hard one? The home screen then offers riding out an urge first. */
function lastEntryHard(context: Context, today: Day): boolean {
	try {
		const [last] = readLatest(context.paths, 1, {
			...instantsOfDays(today, today),
			keep: (entry) => localDay(entry.at) === today,
		}).entries;
		return last !== undefined && isHardEntry(last, alertLevels(context.settings()));
	} catch {
		return false;
	}
}
