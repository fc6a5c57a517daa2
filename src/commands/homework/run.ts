import type {Context} from '../../context.js';
import {changeGoal, newGoal} from '../../domain/goals/edit.js';
import {defaultTarget, parseMeasure, parseTarget, parseWords} from '../../domain/goals/options.js';
import {currentVersion, type Goal, type GoalMeasure} from '../../domain/goals/types.js';
import {defaultLabel, describeTarget, FROM_PLAN} from '../../domain/goals/words.js';
import {dateToDay} from '../../domain/stats/days.js';
import {inert} from '../../domain/text.js';
import {readGoals, updateGoals} from '../../store/goals.js';
import {exerciseTitle, findGoal, type setGoalStateCommand} from '../goal/run.js';
import type {HomeworkOptions} from './index.js';

/** The homework item for an exercise that is still set (going or paused), if any. */
function setFor(goals: readonly Goal[], exercise: string): Goal | undefined {
	return goals.find((goal) => {
		const version = currentVersion(goal);
		return (
			goal.author === 'therapist' &&
			version.state !== 'archived' &&
			version.measure.kind === 'exercise' &&
			version.measure.exercise === exercise
		);
	});
}

/**
 * `cope homework set <exercise>`: a goal whose measure is the exercise and whose author is
 * the therapist. Setting an exercise that is already set changes it from this week on.
 */
export async function setHomework(context: Context, exerciseText: string, options: HomeworkOptions): Promise<void> {
	const measure = parseMeasure({exercise: exerciseText}) as GoalMeasure & {kind: 'exercise'};
	const target =
		parseTarget(
			{...(options.days === undefined ? {} : {days: options.days}), ...(options.perWeek === undefined ? {} : {perWeek: options.perWeek})},
			measure,
		) ?? defaultTarget(measure);
	const note = options.note === undefined ? undefined : parseWords(options.note, '--note');
	const title = await exerciseTitle(context, measure.exercise);
	// The item is named by its exercise, with the therapist's words beside it: "Box breathing — before bed".
	const words = note === undefined ? undefined : `${title} — ${note}`;
	const now = context.now();
	const today = dateToDay(now);
	const outcome = updateGoals(context.paths, (goals) => {
		const existing = setFor(goals, measure.exercise);
		if (existing) {
			const changed = changeGoal(existing, {target, state: 'active', ...(words === undefined ? {} : {words})}, {now, today});
			return {goals: goals.map((goal) => (goal === existing ? changed : goal)), result: {goal: changed, made: false}};
		}
		const made = newGoal(
			goals,
			{words: words ?? title, measure, target, label: defaultLabel(measure, title, title), exerciseTitle: title},
			{author: 'therapist', uid: context.newId(now), now, today},
		);
		return {goals: [...goals, made], result: {goal: made, made: true}};
	});
	const {goal} = outcome;
	if (options.json) {
		context.stdout.write(`${JSON.stringify({goal}, null, 2)}\n`);
		return;
	}
	const version = currentVersion(goal);
	const what = `${inert(title, {singleLine: true})}, ${describeTarget(version)}`;
	context.stdout.write(
		outcome.made
			? `Set as homework (${goal.id}): ${what}. It shows on the home screen, ${FROM_PLAN}.\nSee it with: cope homework\n`
			: `Homework ${goal.id} now reads: ${what}, from this week on. Earlier weeks keep what was set then.\n`,
	);
}

export function stopHomework(context: Context, item: string, options: {json?: boolean}, setState: typeof setGoalStateCommand): void {
	// Found first (by exercise or id, homework only), then one change, as for any goal.
	const goal = findGoal(
		readGoals(context.paths).goals.filter((candidate) => candidate.author === 'therapist'),
		item,
		{homework: true},
	);
	setState(context, goal.id, 'archive', options);
}
