import {kindOf} from '../../steps/registry.js';
import type {Step, StepValue} from './types.js';

/** A short label for a step in the review: its prompt, or its id in words. */
export function stepLabel(step: Step): string {
	const prompt = step.prompt;
	return prompt ?? step.id.replaceAll('-', ' ');
}

/** An answer in one line for the review (the view makes it inert and fits it). */
export function describeAnswer(step: Step, value: StepValue | undefined): string {
	if (value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)) return '(not answered)';
	return kindOf(step).answerText(step, value);
}
