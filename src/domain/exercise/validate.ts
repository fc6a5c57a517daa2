/**
 * Checks an exercise file and says, for every fault, where it is and what was
 * expected. Exercise files are data: they are only ever JSON.parse'd, never run,
 * and the checked exercise is a fresh copy built by the schema (so keys such as
 * `__proto__` cannot reach any object cope uses).
 */
import {problemsFromIssues} from './issues.js';
import {crossFieldProblems} from './rules.js';
import {exerciseSchema} from './schema.js';
import {EXERCISE_FORMAT, type Exercise} from './types.js';
import {expectedGot, own, type Problem, problemText} from './wording.js';

export type ValidationResult = {ok: true; exercise: Exercise} | {ok: false; problems: string[]};

/** Larger files are refused unread: no exercise needs this much, and it keeps a stray file from costing memory. */
export const MAX_EXERCISE_BYTES = 256 * 1024;

export function validateExercise(value: unknown, fileName: string): ValidationResult {
	const format = own(value, 'format');
	if (typeof format === 'number' && Number.isInteger(format) && format > EXERCISE_FORMAT) {
		// A newer format may have any number of things this cope does not know: say the one thing that matters.
		const message = `${expectedGot(String(EXERCISE_FORMAT), format)}: this file was written for a newer cope; update cope to use it`;
		return {ok: false, problems: [problemText(fileName, {path: ['format'], message})]};
	}
	const parsed = exerciseSchema.safeParse(value);
	const rules = crossFieldProblems(value);
	// Where a rule and the schema speak of the same place (`"eq": true` on a text step), the rule,
	// which knows the other step, says it better: one line per place.
	const ruled = new Set(rules.map((problem) => JSON.stringify(problem.path)));
	const shape = parsed.success
		? []
		: problemsFromIssues(value, parsed.error.issues).filter((problem) => !ruled.has(JSON.stringify(problem.path)));
	const problems = [...shape, ...rules];
	if (parsed.success && problems.length === 0) {
		const {$schema: _editorsOnly, ...exercise} = parsed.data;
		return {ok: true, exercise};
	}
	return {ok: false, problems: inFileOrder(problems).map((problem) => problemText(fileName, problem))};
}

/** Top-level problems first, then step by step; each once. */
function inFileOrder(problems: readonly Problem[]): Problem[] {
	const stepOf = (problem: Problem): number => (problem.path[0] === 'steps' && typeof problem.path[1] === 'number' ? problem.path[1] : -1);
	const seen = new Set<string>();
	return [...problems]
		.sort((a, b) => stepOf(a) - stepOf(b))
		.filter((problem) => {
			const key = JSON.stringify(problem);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}

export function tooBigText(bytes: number): string {
	return `the file is ${Math.ceil(bytes / 1024)} KiB; an exercise file can be up to ${MAX_EXERCISE_BYTES / 1024} KiB`;
}

/** An exercise file's bytes: at most 256 KiB of UTF-8 JSON, then validated. */
export function parseExerciseFile(bytes: Uint8Array, fileName: string): ValidationResult {
	const fail = (message: string): ValidationResult => ({ok: false, problems: [`${fileName}: ${message}`]});
	if (bytes.byteLength > MAX_EXERCISE_BYTES) {
		return fail(tooBigText(bytes.byteLength));
	}
	let text: string;
	try {
		// fatal: refuse bytes that are not UTF-8 rather than reading them as mojibake; a BOM is dropped.
		text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		return fail('not UTF-8 text (is it a binary file?); expected an exercise in JSON');
	}
	if (text.trim() === '') return fail('the file is empty; expected an exercise in JSON');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return fail(jsonErrorText(text, (error as Error).message));
	}
	return validateExercise(value, fileName);
}

/** `line 3, column 5: not valid JSON (Expected ',' or '}' after property value)` */
function jsonErrorText(text: string, message: string): string {
	const reason = message
		// V8 quotes a piece of the file here; the line and column say where instead.
		.replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '')
		.replace(/\s+in JSON at position \d+[\s\S]*$/, '')
		.replace(/^Unexpected token '\n'$/, 'Unexpected line break')
		.replace(/^Unexpected token '\s'$/, 'Unexpected space')
		.replace(/\s+/g, ' ')
		.trim();
	const given = /at position (\d+)/.exec(message)?.[1];
	const position = given === undefined ? firstBadOffset(text) : Number(given);
	const before = text.slice(0, position);
	const line = before.split('\n').length;
	const column = position - before.lastIndexOf('\n');
	return `line ${line}, column ${column}: not valid JSON (${reason})`;
}

/**
 * Where JSON goes wrong, for the errors V8 reports without a position ("Unexpected
 * token"): the shortest start of the text that can no longer become valid JSON
 * ends there. Found by halving, so a handful of parses even for a large file.
 */
function firstBadOffset(text: string): number {
	const couldContinue = (prefix: string): boolean => {
		try {
			JSON.parse(prefix);
			return true;
		} catch (error) {
			const message = (error as Error).message;
			const at = /at position (\d+)/.exec(message)?.[1];
			return /Unexpected end of JSON input/.test(message) || (at !== undefined && Number(at) >= prefix.length);
		}
	};
	let low = 0;
	let high = text.length;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (couldContinue(text.slice(0, middle + 1))) low = middle + 1;
		else high = middle;
	}
	return Math.min(low, Math.max(0, text.length - 1));
}
