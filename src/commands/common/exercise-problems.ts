import type {Context} from '../../context.js';
import {inert} from '../../domain/text.js';

/** Exercise files with problems, named on stderr (inert: a file name or its text may hold anything); the rest still run. */
export function reportExerciseProblems(context: Context, problems: readonly string[]): void {
	if (problems.length === 0) return;
	for (const problem of problems) context.warn(inert(problem, {singleLine: true}));
	context.warn('files with problems are skipped until they are fixed; check one with: cope exercises validate <file>');
}
