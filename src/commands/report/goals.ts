import type {Context} from '../../context.js';
import {goalsOverPeriod, goalsReadRange, type GoalsPeriod} from '../../domain/goals/period.js';
import type {Day} from '../../domain/stats/days.js';
import {CopeError} from '../../errors.js';
import {figuresOnDays, loadGoals} from '../common/goals.js';

export {goalsSectionJson, renderGoalsSection} from '../../domain/goals/report.js';

/**
 * Goals and homework over the report's period, or undefined when there are none. A goals
 * file that cannot be read is one calm line: the rest of the report still comes.
 */
export function reportGoals(context: Context, from: Day, to: Day, today: Day): GoalsPeriod | undefined {
	let goals;
	try {
		goals = loadGoals(context);
	} catch (error) {
		if (!(error instanceof CopeError)) throw error;
		context.warn(`${error.message} The report leaves goals out; cope doctor says more.`);
		return undefined;
	}
	if (goals.length === 0) return undefined;
	const period = {from, to, today};
	const range = goalsReadRange(period);
	// The whole weeks the period touches, without --tag: goals count everything.
	const figures = figuresOnDays(context, range.from, range.to, {quiet: true});
	return goalsOverPeriod(goals, figures, period);
}
