import type {Context} from '../../context.js';
import type {Exercise} from '../../domain/exercise/types.js';
import {closest} from '../../domain/closest.js';
import {inert} from '../../domain/text.js';
import {invalid} from '../../errors.js';
import {loadRunnableExercises} from '../../store/exercise-list.js';
import {reportExerciseProblems} from '../common/exercise-problems.js';
import {inertExercise} from '../../domain/exercise/inert-exercise.js';

/** An exercise the TUI can run, and where it came from. */
export interface RunnableExercise {
	exercise: Exercise;
	origin: 'built-in' | 'user';
}

/**
 * The exercises `cope run` and the home screen offer, through the exercise loader:
 * built-ins first, then the person's own. Broken files are named on stderr (before
 * the screen is drawn) and skipped; the rest still run.
 */
export async function runnableExercises(context: Context): Promise<RunnableExercise[]> {
	const {exercises, problems} = await loadRunnableExercises(context.paths);
	reportExerciseProblems(context, problems);
	// Made inert once, here, for every screen that draws them (issue #9, 12).
	return exercises.map(({origin, file: _file, replacesBuiltIn: _replaces, ...exercise}) => ({exercise: inertExercise(exercise), origin}));
}

/** One of them by id; an unknown id is bad input (exit 2) that lists the ids there are. */
export function runnableExercise(catalog: readonly RunnableExercise[], context: Context, id: string): Exercise {
	const found = catalog.find((entry) => entry.exercise.id === id);
	if (found) return found.exercise;
	const ids = catalog.map((entry) => entry.exercise.id);
	const guess = closest(id, ids);
	throw invalid(
		`there is no exercise called "${inert(id, {singleLine: true})}".${guess === undefined ? '' : ` Did you mean ${guess}?`}`,
		`Exercises: ${ids.join(', ')}. Your own go in ${inert(context.paths.exercises)} (see cope exercises).`,
	);
}
