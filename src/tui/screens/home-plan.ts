import type {HomePlan} from '../../domain/goals/home.js';
import type {ExerciseChoice} from '../deps.js';

/** The home screen's list with today's homework first: each row, its place in the list it came from, and its plan note. */
export interface PlannedChoice {
	choice: ExerciseChoice;
	/** Index in deps.exercises(): what a start request names. */
	index: number;
	/** "from your therapy plan · for today (Mon and Thu)" for homework set for today. */
	note?: string;
}

/** Homework set for today comes first (marked as from the plan); everything else keeps its order. */
export function planOrder(choices: readonly ExerciseChoice[], plan: HomePlan): PlannedChoice[] {
	const first: PlannedChoice[] = [];
	const rest: PlannedChoice[] = [];
	choices.forEach((choice, index) => {
		const due = plan.due.find((item) => item.exercise === choice.exercise.id);
		if (due) first.push({choice, index, note: due.note});
		else rest.push({choice, index});
	});
	first.sort(
		(a, b) =>
			plan.due.findIndex((item) => item.exercise === a.choice.exercise.id) -
			plan.due.findIndex((item) => item.exercise === b.choice.exercise.id),
	);
	return [...first, ...rest];
}
