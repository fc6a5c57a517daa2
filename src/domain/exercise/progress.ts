import {isEmptyValue} from '../../steps/base.js';
import {kindOf} from '../../steps/registry.js';
import type {Answers, Exercise, Step, StepValue, WhenCondition} from './types.js';

/** Does a step's `when` condition hold for the answers so far? A step without one always shows. */
export function conditionHolds(when: WhenCondition | undefined, answers: Answers): boolean {
	if (when === undefined) return true;
	const value = Object.hasOwn(answers, when.step) ? answers[when.step] : undefined;
	if (value === undefined) return false;
	if (when.gte !== undefined && !(typeof value === 'number' && value >= when.gte)) return false;
	if (when.lte !== undefined && !(typeof value === 'number' && value <= when.lte)) return false;
	if (when.eq !== undefined && value !== when.eq) return false;
	for (const [other, lower] of [
		[when.lowerThan, true],
		[when.notLowerThan, false],
	] as const) {
		if (other === undefined) continue;
		const earlier = Object.hasOwn(answers, other) ? answers[other] : undefined;
		if (typeof value !== 'number' || typeof earlier !== 'number' || value < earlier !== lower) return false;
	}
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

export {isEmptyValue};

/** Whether a step must be answered: as the file says, else as its type has it (scale and select: yes; docs/exercise-format.md, "The format (version 1)"). */
export function isRequired(step: Step): boolean {
	return step.required ?? kindOf(step).requiredByDefault;
}

/**
 * Why an answer cannot be accepted yet, as one gentle line, or undefined when it can.
 * Never an error tone: the person is told what would help, not what they did wrong.
 */
export function answerProblem(step: Step, value: StepValue | undefined): string | undefined {
	return kindOf(step).problem(step, value);
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
	return kindOf(step).fits(step, value);
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
