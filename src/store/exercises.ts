/**
 * Finds and reads exercise files: the built-ins shipped in the package's
 * `exercises/` folder, then the person's own in `<data dir>/exercises/`. A user
 * file with the id of a built-in replaces it. A broken file is reported, never
 * fatal: the rest still load.
 *
 * This module loads zod (through the validator), so only commands that need
 * exercises import it, and lazily.
 */
import {closeSync, fstatSync, openSync, readSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {
	builtInsMissing,
	folderProblem,
	moreProblems,
	notAFile,
	readErrorText,
	sameId,
	unreadable,
} from '../domain/exercise/file-problems.js';
import {MAX_EXERCISE_BYTES, parseExerciseFile, tooBigText, type ValidationResult} from '../domain/exercise/validate.js';
import {builtInExercisesDir} from './package-root.js';
import {combineExercises, exerciseFileNames, type LoadedExercise, type LoadedExercises, type LoadOptions} from './exercise-list.js';
import type {DataPaths} from './paths.js';

export {builtInExercisesDir, findPackageRoot} from './package-root.js';
export type {LoadedExercise, LoadedExercises, LoadOptions} from './exercise-list.js';

/** A broken file can have hundreds of problems; list and show name the first few. */
const PROBLEMS_PER_FILE = 5;

/** Only the exercises that ship with cope. */
export function loadBuiltInExercises(options: LoadOptions = {}): LoadedExercises {
	const problems: string[] = [];
	try {
		return {exercises: readFolder(options.builtInDir ?? builtInExercisesDir(), 'built-in', problems, true), problems};
	} catch (error) {
		problems.push(builtInsMissing((error as Error).message));
		return {exercises: [], problems};
	}
}

export function loadExercises(paths: Pick<DataPaths, 'exercises'>, options: LoadOptions = {}): LoadedExercises {
	const {exercises: builtIns, problems} = loadBuiltInExercises(options);
	const users = readFolder(paths.exercises, 'user', problems, false);
	return {exercises: combineExercises(builtIns, users), problems};
}

export function findExercise(
	paths: Pick<DataPaths, 'exercises'>,
	id: string,
	options: LoadOptions = {},
): {exercise: LoadedExercise | undefined; problems: string[]} {
	const {exercises, problems} = loadExercises(paths, options);
	return {exercise: exercises.find((exercise) => exercise.id === id), problems};
}

function readFolder(dir: string, origin: LoadedExercise['origin'], problems: string[], mustExist: boolean): LoadedExercise[] {
	let names: string[];
	try {
		names = exerciseFileNames(dir);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' && !mustExist) return [];
		problems.push(folderProblem(dir, origin, errorText(error)));
		return [];
	}
	const loaded: LoadedExercise[] = [];
	const fileOf = new Map<string, string>();
	// Sorted, so that which of two clashing files wins does not depend on the file system.
	for (const name of names) {
		const file = join(dir, name);
		const result = readExerciseFile(file);
		if (!result.ok) {
			problems.push(...capped(result.problems, file));
			continue;
		}
		const earlier = fileOf.get(result.exercise.id);
		if (earlier !== undefined) {
			problems.push(sameId(file, result.exercise.id, earlier));
			continue;
		}
		fileOf.set(result.exercise.id, file);
		loaded.push({...result.exercise, origin, file});
	}
	return loaded;
}

function capped(problems: readonly string[], file: string): string[] {
	if (problems.length <= PROBLEMS_PER_FILE) return [...problems];
	const more = problems.length - PROBLEMS_PER_FILE;
	return [...problems.slice(0, PROBLEMS_PER_FILE), moreProblems(file, more)];
}

/**
 * Reads and checks one exercise file, named in problems as `name`. Never throws:
 * a missing, unreadable, special or oversized file is a problem like any other.
 */
export function readExerciseFile(path: string, name: string = path): ValidationResult {
	const fail = (problem: string): ValidationResult => ({ok: false, problems: [problem]});
	let fd: number;
	try {
		// stat first: opening a named pipe would wait for a writer forever.
		const stats = statSync(path);
		if (stats.isDirectory()) return fail(notAFile(name, 'folder'));
		if (!stats.isFile()) return fail(notAFile(name, 'special'));
		if (stats.size > MAX_EXERCISE_BYTES) return fail(`${name}: ${tooBigText(stats.size)}`);
		fd = openSync(path, 'r');
	} catch (error) {
		return fail(unreadable(name, errorText(error)));
	}
	try {
		// One byte past the limit, so a file that grew since stat is still caught.
		const buffer = Buffer.alloc(MAX_EXERCISE_BYTES + 1);
		let length = 0;
		for (;;) {
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			length += read;
			if (read === 0 || length === buffer.length) break;
		}
		if (length > MAX_EXERCISE_BYTES) return fail(`${name}: ${tooBigText(fstatSync(fd).size)}`);
		return parseExerciseFile(buffer.subarray(0, length), name);
	} catch (error) {
		return fail(unreadable(name, errorText(error)));
	} finally {
		closeSync(fd);
	}
}

function errorText(error: unknown): string {
	return readErrorText((error as NodeJS.ErrnoException).code, (error as Error).message);
}
