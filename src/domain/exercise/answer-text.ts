import {kindOf} from '../../steps/registry.js';
import {isEmptyValue, isRequired} from './progress.js';
import type {Answers, Step, StepValue} from './types.js';

/** A short label for a step in the review: its prompt, or its id in words. */
export function stepLabel(step: Step): string {
	const prompt = step.prompt;
	return prompt ?? step.id.replaceAll('-', ' ');
}

/**
 * An answer in one line for the review (the view makes it inert and fits it). A
 * skipped optional step reads as a plain dash: leaving it blank (naming things in
 * your head, in grounding) is a fine way to do it, not something missing.
 */
export function describeAnswer(step: Step, value: StepValue | undefined, answers: Answers = {}): string {
	if (value === undefined || isEmptyValue(value)) return isRequired(step) ? '(not answered yet)' : '–';
	return kindOf(step).answerText(step, value, answers);
}
