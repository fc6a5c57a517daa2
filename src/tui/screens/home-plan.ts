import type {HomePlan} from '../../domain/goals/home.js';
import {homeOrder} from '../../domain/home-order.js';
import type {ExerciseChoice} from '../deps.js';

/** The home screen's list with today's homework first: each row, its place in the list it came from, and its plan note. */
export interface PlannedChoice {
	choice: ExerciseChoice;
	/** Index in deps.exercises(): what a start request names. */
	index: number;
	/** "from your therapy plan · for today (Mon and Thu)" for homework set for today. */
	note?: string;
}

/**
 * The list in the home screen's order (src/domain/home-order.ts): homework set for today first,
 * marked as from the plan; after a hard entry today, riding out an urge before everything.
 */
export function planOrder(choices: readonly ExerciseChoice[], plan: HomePlan, urgeFirst = false): PlannedChoice[] {
	return homeOrder(
		choices.map((choice) => choice.exercise.id),
		plan,
		urgeFirst,
	).map((index) => {
		const choice = choices[index] as ExerciseChoice;
		const note = plan.due.find((item) => item.exercise === choice.exercise.id)?.note;
		return note === undefined ? {choice, index} : {choice, index, note};
	});
}
