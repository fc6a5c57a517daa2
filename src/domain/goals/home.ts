import type {FiguresByDay} from '../stats/day-figures.js';
import type {Day} from '../stats/days.js';
import {dueToday, gatherFacts, goalsProgress} from './progress.js';
import {currentVersion, type Goal} from './types.js';
import {homeLine, planNote} from './words.js';

/** What the home screen shows of goals and homework. */
export interface HomePlan {
	/** "This week: walk 2 of 3 · thought record 1 of 2" (the person's own goals), when there are any. */
	line?: string;
	/** Homework set for today, in the order it was set: the exercise and a few words. */
	due: Array<{exercise: string; note: string}>;
}

/** The home screen's view of goals, from this week's entries (Monday to today). */
export function homePlan(goals: readonly Goal[], figures: FiguresByDay, today: Day): HomePlan {
	const live = goals.filter((goal) => currentVersion(goal).state === 'active');
	if (live.length === 0) return {due: []};
	const facts = gatherFacts(figures, live);
	const progress = goalsProgress(live, facts, today, 1);
	const plan: HomePlan = {due: []};
	const line = homeLine(progress);
	if (line !== undefined) plan.line = line;
	for (const item of progress) {
		const {measure} = item.version;
		if (item.goal.author !== 'therapist' || measure.kind !== 'exercise' || !dueToday(item.goal, facts, today)) continue;
		if (plan.due.some((due) => due.exercise === measure.exercise)) continue;
		plan.due.push({exercise: measure.exercise, note: planNote(item.thisWeek, item.version)});
	}
	return plan;
}
