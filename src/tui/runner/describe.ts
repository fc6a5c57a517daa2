import {formatDuration} from '../../domain/exercise/run-summary.js';
import {isEmptyValue, isRequired} from '../../domain/exercise/progress.js';
import type {Answers, Step, StepValue} from '../../domain/exercise/types.js';

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
	if (isEmptyValue(value) || value === undefined) return isRequired(step) ? '(not answered yet)' : '–';
	switch (step.type) {
		case 'text':
			return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
		case 'scale': {
			const label = step.labels && Object.hasOwn(step.labels, String(value)) ? step.labels[String(value)] : undefined;
			const shown = label ? `${String(value)} · ${label}` : String(value);
			// A re-rating shows where it started: "2 · none (was 8)".
			const earlier = step.rerate !== undefined && Object.hasOwn(answers, step.rerate) ? answers[step.rerate] : undefined;
			return typeof earlier === 'number' ? `${shown} (was ${earlier})` : shown;
		}
		case 'select':
			return step.options.find((option) => option.value === value)?.label ?? String(value);
		case 'multi-select':
			return Array.isArray(value) ? value.map((item) => step.options.find((option) => option.value === item)?.label ?? item).join(', ') : '';
		case 'list':
			return Array.isArray(value) ? value.join('; ') : '';
		case 'emotions':
			if (typeof value !== 'object' || Array.isArray(value)) return '';
			return Object.entries(value).map(([name, level]) => `${name} ${level}`).join(', ');
		case 'timer':
			return typeof value === 'number' ? formatDuration(value) : '';
		case 'info':
			return '';
	}
}
