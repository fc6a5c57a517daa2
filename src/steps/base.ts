import type {Step, StepValue} from '../domain/exercise/types.js';

/** An answer that holds nothing (an untouched text, an empty list) is not stored. */
export function isEmptyValue(value: StepValue | undefined): boolean {
	if (value === undefined) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.length === 0;
	if (typeof value === 'object') return Object.keys(value).length === 0;
	return false;
}

/** An empty answer's problem: `message` when the step must be answered, else none. */
export function emptyProblem(step: Step, value: StepValue | undefined, requiredByDefault: boolean, message: string): string | undefined {
	return isEmptyValue(value) && (step.required ?? requiredByDefault) ? message : undefined;
}

/** For list-like answers with `min`/`max` (a list, a multi-select). */
export function countProblem(
	value: StepValue | undefined,
	limits: {min?: number | undefined; max?: number | undefined; required: boolean},
	words: {none: string; fewer: (min: number, have: number) => string; atLeast: (min: number) => string},
): string | undefined {
	const min = limits.min ?? 0;
	if (isEmptyValue(value)) {
		if (!limits.required && min === 0) return undefined;
		return min > 1 ? words.atLeast(min) : words.none;
	}
	if (!Array.isArray(value)) return undefined;
	if (limits.min !== undefined && value.length < limits.min) return words.fewer(limits.min, value.length);
	if (limits.max !== undefined && value.length > limits.max) return `Up to ${limits.max}, please.`;
	return undefined;
}

/** A value that is a record of numbers (feelings and their strengths). */
export function isRatings(value: unknown): value is Record<string, number> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
