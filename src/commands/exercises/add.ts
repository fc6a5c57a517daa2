/**
 * `cope exercises add <file|folder|->`: checks a therapist's exercise files and puts
 * them in the exercises folder (creating it). All or nothing: if any file is not a
 * valid exercise, or would replace one already there without --force, nothing is
 * installed. The file is copied as it was written (its layout and `$schema` kept).
 */
import {mkdirSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {basename, join} from 'node:path';
import type {Context} from '../../context.js';
import type {Exercise} from '../../domain/exercise/types.js';
import {parseExerciseFile} from '../../domain/exercise/validate.js';
import {inert} from '../../domain/text.js';
import {invalid} from '../../errors.js';
import {writeFileAtomic} from '../../store/atomic.js';
import {loadBuiltInExercises, loadExercises, readExerciseFile} from '../../store/exercises.js';
import {DIR_MODE, ensureDir} from '../../store/paths.js';
import {readAllStdin} from '../common/input.js';

interface Candidate {
	/** Where it came from, as the person named it. */
	name: string;
	bytes: Uint8Array;
	exercise: Exercise;
}

function sameExercise(a: Exercise, b: Exercise): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

function filesIn(folder: string): string[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.json') && !name.startsWith('.') && name !== 'schema.json')
		.sort()
		.map((name) => join(folder, name));
}

async function readSources(context: Context, source: string): Promise<{candidates: Candidate[]; problems: string[]}> {
	const problems: string[] = [];
	const candidates: Candidate[] = [];
	if (source === '-') {
		if (context.stdin.isTTY)
			throw invalid(
				'cope exercises add - reads an exercise from a pipe, and this is a terminal.',
				'For example: cat activity.json | cope exercises add -   or give the file: cope exercises add activity.json',
			);
		const bytes = Buffer.from(await readAllStdin(context.stdin), 'utf8');
		const result = parseExerciseFile(bytes, '(stdin)');
		if (result.ok) candidates.push({name: '(stdin)', bytes, exercise: result.exercise});
		else problems.push(...result.problems);
		return {candidates, problems};
	}
	let files = [source];
	try {
		if (statSync(source).isDirectory()) {
			files = filesIn(source);
			if (files.length === 0)
				throw invalid(`${source} has no .json files in it.`, 'Give an exercise file, or a folder of them (schema.json is skipped).');
		}
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === undefined) throw error;
		// Missing or unreadable: readExerciseFile below says so, in its words.
	}
	for (const file of files) {
		const result = readExerciseFile(file);
		if (!result.ok) {
			problems.push(...result.problems);
			continue;
		}
		candidates.push({name: file, bytes: readFileSync(file), exercise: result.exercise});
	}
	return {candidates, problems};
}

export async function addExercises(context: Context, source: string, options: {force?: boolean}): Promise<void> {
	const {candidates, problems} = await readSources(context, source);
	for (const problem of problems) context.stderr.write(`${inert(problem, {singleLine: true})}\n`);
	if (problems.length > 0)
		throw invalid(
			'nothing was installed: the file above is not a valid exercise yet.',
			'Each line names the file, the place in it, what was expected and what was found. Check a file with: cope exercises validate <file>',
		);
	const byId = new Map<string, Candidate>();
	for (const candidate of candidates) {
		const twin = byId.get(candidate.exercise.id);
		if (twin !== undefined)
			throw invalid(
				`${candidate.name} and ${twin.name} are both the exercise "${candidate.exercise.id}"; nothing was installed.`,
				'Give each exercise its own id.',
			);
		byId.set(candidate.exercise.id, candidate);
	}
	// What is there already: the person's own files (by id), and the built-ins.
	const {exercises: installed} = loadExercises(context.paths);
	const builtIns = new Set(loadBuiltInExercises().exercises.map((exercise) => exercise.id));
	const plan: Array<{candidate: Candidate; target: string; note: string}> = [];
	const clashes: string[] = [];
	for (const candidate of candidates) {
		const {id} = candidate.exercise;
		const own = installed.find((exercise) => exercise.id === id && exercise.origin === 'user');
		if (own !== undefined) {
			const {origin: _origin, file: _file, replacesBuiltIn: _replaces, ...plain} = own;
			if (sameExercise(plain, candidate.exercise)) {
				plan.push({candidate, target: own.file, note: 'already installed, unchanged'});
				continue;
			}
			if (!options.force) {
				clashes.push(`"${id}" is already installed (${own.file})`);
				continue;
			}
			plan.push({candidate, target: own.file, note: 'replaced the earlier version'});
			continue;
		}
		plan.push({
			candidate,
			target: join(context.paths.exercises, `${id}.json`),
			note: builtIns.has(id) ? `replaces the built-in ${id}` : 'installed',
		});
	}
	if (clashes.length > 0)
		throw invalid(
			`nothing was installed: ${clashes.join('; ')}.`,
			'To replace it with this version, add --force. To keep both, give the new one another id.',
		);
	ensureDir(context.paths.dir);
	mkdirSync(context.paths.exercises, {recursive: true, mode: DIR_MODE});
	for (const {candidate, target, note} of plan) {
		if (note !== 'already installed, unchanged') writeFileAtomic(target, candidate.bytes);
		const {id, title} = candidate.exercise;
		context.stdout.write(`${inert(`${id} "${title}": ${note} (${basename(target)} in ${context.paths.exercises})`, {singleLine: true})}\n`);
	}
	const first = plan[0]?.candidate.exercise.id;
	if (first !== undefined) context.stdout.write(`Run it: cope run ${first} · its steps: cope exercises show ${first}\n`);
}
