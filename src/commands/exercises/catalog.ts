/**
 * The work of `cope exercises`: list, show and validate. Loaded lazily by
 * commands/exercises.ts, because reading exercise files loads zod.
 */
import type {Context} from '../../context.js';
import {describeSteps, type StepDescription} from '../../domain/exercise/describe.js';
import type {Exercise} from '../../domain/exercise/types.js';
import {closest} from '../../domain/closest.js';
import {cellsOf, inert, padCells, terminalSafeJson, truncate} from '../../domain/text.js';
import {invalid} from '../../errors.js';
import {loadBuiltInExercises, loadExercises, type LoadedExercise, readExerciseFile} from '../../store/exercises.js';
import {outputWidth} from '../../term.js';
import {reportExerciseProblems} from '../common/exercise-problems.js';

/** What `cope exercises --json` prints for each exercise (documented; keep stable). */
export interface ExerciseListing {
	id: string;
	title: string;
	summary: string;
	kind: string;
	minutes: number | null;
	origin: 'built-in' | 'user';
	file: string;
	replacesBuiltIn: boolean;
	stepCount: number;
}

export function toListing(exercise: LoadedExercise): ExerciseListing {
	return {
		id: exercise.id,
		title: exercise.title,
		summary: exercise.summary,
		kind: exercise.kind ?? exercise.id,
		minutes: exercise.minutes ?? null,
		origin: exercise.origin,
		file: exercise.file,
		replacesBuiltIn: exercise.replacesBuiltIn === true,
		stepCount: exercise.steps.length,
	};
}

function originText(exercise: LoadedExercise): string {
	if (exercise.origin === 'built-in') return 'built-in';
	return exercise.replacesBuiltIn ? 'yours (replaces the built-in)' : 'yours';
}

export function listExercises(context: Context, options: {json?: boolean}): void {
	const {exercises, problems} = loadExercises(context.paths);
	reportExerciseProblems(context, problems);
	if (options.json) {
		const json = JSON.stringify(exercises.map(toListing), null, 2) + '\n';
		context.stdout.write(context.stdout.isTTY ? terminalSafeJson(json) : json);
		return;
	}
	const {style} = context;
	const rows = exercises.map((exercise) => ({
		id: inert(exercise.id),
		title: inert(exercise.title, {singleLine: true}),
		minutes: exercise.minutes === undefined ? '—' : `${exercise.minutes} min`,
		origin: originText(exercise),
		summary: inert(exercise.summary, {singleLine: true}),
	}));
	const width = (key: 'id' | 'title' | 'minutes' | 'origin') => Math.max(0, ...rows.map((row) => cellsOf(row[key])));
	const [idWidth, titleWidth, minutesWidth, originWidth] = [width('id'), width('title'), width('minutes'), width('origin')];
	const lineWidth = context.stdout.isTTY ? outputWidth(context.stdout) : Number.POSITIVE_INFINITY;
	const lines = rows.map((row) => {
		const start = `${padCells(row.id, idWidth)}  ${padCells(row.title, titleWidth)}  ${row.minutes.padStart(minutesWidth)}  ${row.origin.padEnd(originWidth)}  `;
		const summary = truncate(row.summary, Math.max(10, lineWidth - cellsOf(start)));
		return `${style.bold(padCells(row.id, idWidth))}  ${padCells(row.title, titleWidth)}  ${style.dim(row.minutes.padStart(minutesWidth))}  ${style.dim(row.origin.padEnd(originWidth))}  ${summary}`;
	});
	if (context.stdout.isTTY) {
		lines.push(
			'',
			style.dim('Start one: cope run <id> · its steps: cope exercises show <id>'),
			style.dim(`Your own go in ${inert(context.paths.exercises)} (see cope exercises --help)`),
		);
	}
	// One write: the list is short, and a reader that stops early (| head) then misses nothing half-written.
	context.stdout.write(lines.join('\n') + '\n');
}

export function showExercise(context: Context, id: string, options: {json?: boolean}): void {
	const {exercises, problems} = loadExercises(context.paths);
	reportExerciseProblems(context, problems);
	const exercise = exercises.find((candidate) => candidate.id === id);
	if (exercise === undefined) {
		const guess = closest(
			id,
			exercises.map((e) => e.id),
		);
		throw invalid(
			`there is no exercise called "${inert(id, {singleLine: true})}".`,
			`${guess === undefined ? '' : `Did you mean ${guess}? `}See them all with: cope exercises`,
		);
	}
	if (options.json) {
		const {origin: _origin, file: _file, replacesBuiltIn: _replaces, ...plain} = exercise;
		const json = JSON.stringify(plain satisfies Exercise, null, 2) + '\n';
		context.stdout.write(context.stdout.isTTY ? terminalSafeJson(json) : json);
		return;
	}
	context.stdout.write(formatExercise(context, exercise));
}

function formatExercise(context: Context, exercise: LoadedExercise): string {
	const {style} = context;
	const width = Math.min(outputWidth(context.stdout), 100);
	const about = [exercise.id, originText(exercise)];
	if (exercise.minutes !== undefined) about.push(`about ${exercise.minutes} min`);
	about.push(`writes ${exercise.kind ?? exercise.id} entries`);
	const out = [
		style.bold(inert(exercise.title, {singleLine: true})),
		...wrap(inert(exercise.summary), width, ''),
		style.dim(inert(about.join(' · '), {singleLine: true})),
		style.dim(inert(exercise.file, {singleLine: true})),
		'',
	];
	for (const step of describeSteps(exercise)) out.push(...formatStep(context, step, width), '');
	return out.join('\n');
}

function formatStep(context: Context, step: StepDescription, width: number): string[] {
	const {style} = context;
	const indent = ' '.repeat(String(step.number).length + 2);
	const heading = step.prompt === undefined ? '' : inert(step.prompt, {singleLine: true});
	const lines = [`${step.number}. ${style.bold(heading)}`.trimEnd()];
	lines.push(...wrap(inert(step.facts.join(' · ')), width, indent).map((line) => style.dim(line)));
	if (step.help) lines.push(...wrap(inert(step.help), width, indent));
	for (const line of step.lines) lines.push(...wrap(inert(line), width, indent));
	if (step.itemsHeading) lines.push(...wrap(step.itemsHeading, width, indent));
	for (const item of step.items) lines.push(...wrap(inert(item), width, `${indent}  `, `${indent}- `));
	return lines;
}

/** Word-wraps each paragraph to `width`, every line indented (the first with `first`, if given). */
function wrap(text: string, width: number, indent: string, first: string = indent): string[] {
	const out: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		let prefix = out.length === 0 ? first : indent;
		for (const word of paragraph.split(/ +/)) {
			if (line !== '' && [...prefix].length + [...line].length + 1 + [...word].length > width) {
				out.push(prefix + line);
				prefix = indent;
				line = word;
			} else {
				line = line === '' ? word : `${line} ${word}`;
			}
		}
		out.push((prefix + line).trimEnd());
	}
	return out;
}

export function validateExerciseFiles(context: Context, files: readonly string[]): void {
	const builtIns = new Set(loadBuiltInExercises().exercises.map((exercise) => exercise.id));
	let broken = 0;
	for (const file of files) {
		const result = readExerciseFile(file);
		if (result.ok) {
			const {id, title, steps} = result.exercise;
			const replaces = builtIns.has(id) ? `; replaces the built-in ${id}` : '';
			context.stdout.write(
				inert(`ok  ${file}: ${id} "${title}", ${steps.length} step${steps.length === 1 ? '' : 's'}${replaces}`, {singleLine: true}) + '\n',
			);
			continue;
		}
		broken++;
		for (const problem of result.problems) context.stderr.write(inert(problem, {singleLine: true}) + '\n');
	}
	if (broken > 0) {
		const what =
			files.length === 1
				? `${inert(files[0] ?? '', {singleLine: true})} is not a valid exercise.`
				: `${broken} of ${files.length} files ${broken === 1 ? 'is not a valid exercise' : 'are not valid exercises'}.`;
		throw invalid(what, 'Each line above names the file, the place in it, what was expected and what was found.');
	}
}
