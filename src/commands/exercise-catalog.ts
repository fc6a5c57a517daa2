import type {Context} from '../context.js';
import type {Exercise} from '../domain/exercise/types.js';
import {invalid} from '../errors.js';
import {STANDIN_EXERCISES} from './standin-exercises.js';

/** An exercise ready to run, and where it came from. */
export interface CatalogEntry {
	exercise: Exercise;
	origin: 'built-in' | 'user';
}

/**
 * The exercises `cope run` and the home screen offer. The one place that will call
 * the exercise loader (src/store/exercises.ts) once it lands; until then, stand-ins.
 */
export async function exerciseCatalog(_context: Context): Promise<CatalogEntry[]> {
	return STANDIN_EXERCISES.map((exercise) => ({exercise, origin: 'built-in'}));
}

/** One exercise by id; an unknown id is bad input (exit 2) that lists the ids there are. */
export async function exerciseById(context: Context, id: string): Promise<Exercise> {
	const catalog = await exerciseCatalog(context);
	const found = catalog.find((entry) => entry.exercise.id === id);
	if (found) return found.exercise;
	const ids = catalog.map((entry) => entry.exercise.id).join(', ');
	throw invalid(`there is no exercise called "${id}".`, `Exercises: ${ids}. Add your own as JSON in ${context.paths.exercises}.`);
}
