/**
 * The exercises for running them (the screens, plain mode, the home screen), read without
 * the validator where that is safe: the built-ins are JSON shipped with cope, checked
 * against the schema by the test suite (test/store/exercise-loader.test.ts), so they are
 * parsed here as they are. The person's own files, and a built-in that is not as shipped,
 * go through the full check (src/store/exercises.ts, which loads zod): on a store with no
 * exercises of the person's own, opening a screen reads no validator at all.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {type Exercise, STEP_TYPES} from '../domain/exercise/types.js';
import {builtInExercisesDir} from './package-root.js';
import type {DataPaths} from './paths.js';

export interface LoadedExercise extends Exercise {
	origin: 'built-in' | 'user';
	/** The file it was read from. */
	file: string;
	/** A user exercise that replaces the built-in with the same id. */
	replacesBuiltIn?: true;
}

export interface LoadedExercises {
	exercises: LoadedExercise[];
	/** One line per problem, naming the file; the exercises above are still usable. */
	problems: string[];
}

export interface LoadOptions {
	/** Where the built-ins are (tests point this elsewhere). */
	builtInDir?: string;
}

/** Built-ins in the order a person meets them (the home screen's), then any others by id. */
const BUILT_IN_ORDER = ['thought-record', 'journal', 'mood-log', 'urge-surfing', 'grounding-54321', 'box-breathing', 'safety-plan'];

/** The exercise files of a folder (JSON, not hidden, not the schema), by name. */
export function exerciseFileNames(dir: string): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json') && !name.startsWith('.') && name !== 'schema.json')
		.sort();
}

/** Built-ins and the person's own as one list: theirs replace a built-in of the same id; built-ins first, in order. */
export function combineExercises(builtIns: readonly LoadedExercise[], users: readonly LoadedExercise[]): LoadedExercise[] {
	const byId = new Map<string, LoadedExercise>();
	for (const exercise of builtIns) byId.set(exercise.id, exercise);
	for (const exercise of users) {
		if (byId.get(exercise.id)?.origin === 'built-in') exercise.replacesBuiltIn = true;
		byId.set(exercise.id, exercise);
	}
	const builtInIds = builtIns.map((exercise) => exercise.id);
	const rank = (exercise: LoadedExercise): number => {
		const index = BUILT_IN_ORDER.indexOf(exercise.id);
		if (index !== -1) return index;
		return builtInIds.includes(exercise.id) ? BUILT_IN_ORDER.length : BUILT_IN_ORDER.length + 1;
	};
	return [...byId.values()].sort(
		(a, b) => rank(a) - rank(b) || (rank(a) > BUILT_IN_ORDER.length ? a.title.localeCompare(b.title) : 0) || a.id.localeCompare(b.id),
	);
}

/** Is this as cope ships an exercise: an object with an id, a title and steps that each have an id and a type cope knows? */
function asShipped(value: unknown): value is Exercise & {$schema?: string} {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const {id, title, steps} = value as Record<string, unknown>;
	return (
		typeof id === 'string' &&
		typeof title === 'string' &&
		Array.isArray(steps) &&
		steps.length > 0 &&
		steps.every((step: unknown) => {
			if (typeof step !== 'object' || step === null) return false;
			const {id: stepId, type} = step as Record<string, unknown>;
			return typeof stepId === 'string' && (STEP_TYPES as readonly unknown[]).includes(type);
		})
	);
}

/** The built-ins as shipped, or undefined when any of them is not (then the full check says what is wrong). */
function shippedBuiltIns(dir: string): LoadedExercise[] | undefined {
	try {
		const loaded: LoadedExercise[] = [];
		for (const name of exerciseFileNames(dir)) {
			const file = join(dir, name);
			const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
			if (!asShipped(value)) return undefined;
			const {$schema: _editorsOnly, ...exercise} = value;
			if (loaded.some((other) => other.id === exercise.id)) return undefined;
			loaded.push({...exercise, origin: 'built-in', file});
		}
		return loaded.length > 0 ? loaded : undefined;
	} catch {
		return undefined;
	}
}

/** Does the person have exercise files of their own (or a folder cope cannot read, which the full check reports)? */
function hasOwnFiles(dir: string): boolean {
	try {
		return exerciseFileNames(dir).length > 0;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code !== 'ENOENT';
	}
}

/** The exercises to run: as loadExercises gives them, without zod when there are only the built-ins as shipped. */
export async function loadRunnableExercises(paths: Pick<DataPaths, 'exercises'>, options: LoadOptions = {}): Promise<LoadedExercises> {
	const builtIns = hasOwnFiles(paths.exercises) ? undefined : shippedBuiltIns(options.builtInDir ?? builtInExercisesDir());
	if (builtIns !== undefined) return {exercises: combineExercises(builtIns, []), problems: []};
	const {loadExercises} = await import('./exercises.js');
	return loadExercises(paths, options);
}
