/**
 * Exercise files read for their words (domain/exercise/loose.ts), for the fast paths:
 * report, export, list, show and the session summary. Built-ins first, then the
 * person's own (the same id replaces a built-in, as when running). A file that cannot
 * be read here is simply not used for words: `cope exercises` is where problems are named.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {looseExercise} from '../domain/exercise/loose.js';
import type {Exercise} from '../domain/exercise/types.js';
import {builtInExercisesDir} from './package-root.js';
import type {DataPaths} from './paths.js';

/** As validate.ts: a larger file is no exercise. */
const MAX_BYTES = 256 * 1024;

function readFolder(dir: string): Exercise[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	const found: Exercise[] = [];
	const seen = new Set<string>();
	for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.') && n !== 'schema.json').sort()) {
		try {
			const file = join(dir, name);
			const stats = statSync(file);
			if (!stats.isFile() || stats.size > MAX_BYTES) continue;
			const exercise = looseExercise(JSON.parse(readFileSync(file, 'utf8')) as unknown);
			// The first file of an id wins, as in the full loader.
			if (exercise === undefined || seen.has(exercise.id)) continue;
			seen.add(exercise.id);
			found.push(exercise);
		} catch {
			// Not JSON, or not readable: no words from it.
		}
	}
	return found;
}

/** An exercise's words, and whether it ships with cope. */
export type ExerciseWords = Exercise & {builtIn?: true};

/** Every exercise cope knows, by id (a person's own replacing a built-in of the same id). */
export function readExerciseDefinitions(paths: Pick<DataPaths, 'exercises'>, builtInDir?: string): Map<string, ExerciseWords> {
	const byId = new Map<string, ExerciseWords>();
	let dir = builtInDir;
	try {
		dir ??= builtInExercisesDir();
	} catch {
		dir = undefined;
	}
	if (dir !== undefined) for (const exercise of readFolder(dir)) byId.set(exercise.id, {...exercise, builtIn: true});
	for (const exercise of readFolder(paths.exercises)) byId.set(exercise.id, exercise);
	return byId;
}
