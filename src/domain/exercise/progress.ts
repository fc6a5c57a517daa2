import type {Answers, Exercise, Step, StepValue, WhenCondition} from './types.js';

/** Does a step's `when` condition hold for the answers so far? A step without one always shows. */
export function conditionHolds(when: WhenCondition | undefined, answers: Answers): boolean {
	if (when === undefined) return true;
	const value = Object.hasOwn(answers, when.step) ? answers[when.step] : undefined;
	if (value === undefined) return false;
	if (when.gte !== undefined && !(typeof value === 'number' && value >= when.gte)) return false;
	if (when.lte !== undefined && !(typeof value === 'number' && value <= when.lte)) return false;
	if (when.eq !== undefined && value !== when.eq) return false;
	if (when.includes !== undefined) {
		const needle = when.includes;
		if (Array.isArray(value)) return value.includes(String(needle));
		if (typeof value === 'object') return Object.hasOwn(value, String(needle));
		if (typeof value === 'string') return value.includes(String(needle));
		return false;
	}
	return true;
}

export function isShown(step: Step, answers: Answers): boolean {
	return conditionHolds(step.when, answers);
}

/** Indexes (into exercise.steps) of the steps shown for these answers, in order. */
export function shownStepIndexes(exercise: Exercise, answers: Answers): number[] {
	const indexes: number[] = [];
	exercise.steps.forEach((step, index) => {
		if (isShown(step, answers)) indexes.push(index);
	});
	return indexes;
}

export function nextShownIndex(exercise: Exercise, answers: Answers, from: number): number | undefined {
	for (let index = from + 1; index < exercise.steps.length; index++) {
		const step = exercise.steps[index];
		if (step && isShown(step, answers)) return index;
	}
	return undefined;
}

export function previousShownIndex(exercise: Exercise, answers: Answers, from: number): number | undefined {
	for (let index = from - 1; index >= 0; index--) {
		const step = exercise.steps[index];
		if (step && isShown(step, answers)) return index;
	}
	return undefined;
}

/** An answer that holds nothing (an untouched text, an empty list) is not stored. */
export function isEmptyValue(value: StepValue | undefined): boolean {
	if (value === undefined) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.length === 0;
	if (typeof value === 'object') return Object.keys(value).length === 0;
	return false;
}

/** docs/exercise-format.md, "The format (version 1)": required defaults to true for scale and select, false for the rest. */
export function isRequired(step: Step): boolean {
	if (step.required !== undefined) return step.required;
	return step.type === 'scale' || step.type === 'select';
}

/**
 * Why an answer cannot be accepted yet, as one gentle line, or undefined when it can.
 * Never an error tone: the person is told what would help, not what they did wrong.
 */
export function answerProblem(step: Step, value: StepValue | undefined): string | undefined {
	if (step.type === 'info' || step.type === 'timer') return undefined;
	const min = step.type === 'multi-select' || step.type === 'list' ? (step.min ?? 0) : 0;
	if (isEmptyValue(value)) {
		if (!isRequired(step) && min === 0) return undefined;
		if (min > 1) return step.type === 'list' ? `Add at least ${min}, one per line.` : `Choose at least ${min}, with space.`;
		switch (step.type) {
			case 'scale':
				return 'Choose a number with ←→ or type it, then press enter.';
			case 'select':
				return 'Choose one with ↑↓, then press enter.';
			case 'multi-select':
				return 'Choose at least one, with space. Then press enter.';
			case 'list':
				return 'Add at least one, then press enter on an empty line.';
			case 'emotions':
				return 'Add at least one feeling, then press enter.';
			default:
				return 'A few words here would help. Take your time.';
		}
	}
	if ((step.type === 'multi-select' || step.type === 'list') && Array.isArray(value)) {
		if (step.min !== undefined && value.length < step.min) {
			return step.type === 'list' ? `Add ${step.min - value.length} more (at least ${step.min} in all).` : `Choose at least ${step.min}, with space.`;
		}
		if (step.max !== undefined && value.length > step.max) return `Up to ${step.max}, please.`;
	}
	return undefined;
}

/** The first shown step whose answer cannot be accepted yet (for the review's save). */
export function firstUnfinished(exercise: Exercise, answers: Answers): {index: number; problem: string} | undefined {
	for (const index of shownStepIndexes(exercise, answers)) {
		const step = exercise.steps[index];
		if (!step) continue;
		const problem = answerProblem(step, Object.hasOwn(answers, step.id) ? answers[step.id] : undefined);
		if (problem !== undefined) return {index, problem};
	}
	return undefined;
}

/**
 * Does a stored answer have the shape its step gives? A draft may come from an
 * older version of the exercise file, where a step of that id had another type.
 */
export function fitsStep(step: Step, value: unknown): boolean {
	switch (step.type) {
		case 'info':
			return false;
		case 'text':
			return typeof value === 'string';
		case 'scale':
			return typeof value === 'number' && Number.isInteger(value) && value >= step.min && value <= step.max;
		case 'timer':
			return typeof value === 'number' && value >= 0;
		case 'select':
			return typeof value === 'string' && step.options.some((option) => option.value === value);
		case 'multi-select':
			return Array.isArray(value) && value.every((item) => typeof item === 'string' && step.options.some((option) => option.value === item));
		case 'list':
			return Array.isArray(value) && value.every((item) => typeof item === 'string');
		case 'emotions':
			return (
				typeof value === 'object' &&
				value !== null &&
				!Array.isArray(value) &&
				Object.values(value).every((level) => typeof level === 'number' && level >= 0 && level <= 100)
			);
	}
}

/** The answers that still fit the exercise's steps (others are dropped, not guessed at). */
export function fittingAnswers(exercise: Exercise, answers: Record<string, unknown>): Answers {
	const kept: Answers = {};
	for (const step of exercise.steps) {
		if (!Object.hasOwn(answers, step.id)) continue;
		const value = answers[step.id];
		if (fitsStep(step, value)) kept[step.id] = value as StepValue;
	}
	return kept;
}
