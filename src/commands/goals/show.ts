import type {Context} from '../../context.js';
import {goalJson} from '../../domain/goals/json.js';
import {firstDayOfWeeks, gatherFacts, goalsProgress} from '../../domain/goals/progress.js';
import {renderGoals} from '../../domain/goals/render.js';
import {currentVersion, type Goal} from '../../domain/goals/types.js';
import {dateToDay} from '../../domain/stats/days.js';
import {invalid} from '../../errors.js';
import {figuresOnDays, loadGoals} from '../common/goals.js';
import type {GoalsOptions} from './index.js';

export function parseWeeks(text: string | undefined): number {
	if (text === undefined) return 8;
	const weeks = /^\s*\d+\s*$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
	if (!(weeks >= 1 && weeks <= 52))
		throw invalid(`--weeks ${JSON.stringify(text)} is not a whole number from 1 to 52.`, 'For example: cope goals --weeks 12');
	return weeks;
}

/** `cope goals` and `cope homework`: one view of one model, told apart by author. */
export function showGoals(context: Context, options: GoalsOptions, only?: 'you' | 'therapist'): void {
	const weeks = parseWeeks(options.weeks);
	const today = dateToDay(context.now());
	const goals = loadGoals(context).filter(
		(goal: Goal) => (options.all || currentVersion(goal).state !== 'archived') && (only === undefined || goal.author === only),
	);
	// Only the weeks shown are read: on a large store this is a few thousand entries at most.
	const countsEntries = goals.some((goal) => goal.versions.some((version) => version.measure.kind !== 'check-in'));
	const figures = countsEntries ? figuresOnDays(context, firstDayOfWeeks(today, weeks), today) : new Map();
	const progress = goalsProgress(goals, gatherFacts(figures, goals), today, weeks);
	if (options.json) {
		context.out(`${JSON.stringify({today, weeks, goals: progress.map(goalJson)}, null, 2)}\n`);
		return;
	}
	context.out(`${renderGoals(progress, {today, weeks, ...(only === undefined ? {} : {only})}).join('\n')}\n`);
}
