import {formatDuration} from './run-summary.js';
import type {Step, StepValue} from './types.js';

/** A short label for a step in the review: its prompt, or its id in words. */
export function stepLabel(step: Step): string {
	const prompt = step.prompt;
	return prompt ?? step.id.replaceAll('-', ' ');
}

/** An answer in one line for the review (the view makes it inert and fits it). */
export function describeAnswer(step: Step, value: StepValue | undefined): string {
	if (value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)) return '(not answered)';
	switch (step.type) {
		case 'text':
			return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
		case 'scale': {
			const label = step.labels && Object.hasOwn(step.labels, String(value)) ? step.labels[String(value)] : undefined;
			return label ? `${String(value)} · ${label}` : String(value);
		}
		case 'select':
			return step.options.find((option) => option.value === value)?.label ?? String(value);
		case 'multi-select':
			return Array.isArray(value) ? value.map((item) => step.options.find((option) => option.value === item)?.label ?? item).join(', ') : '';
		case 'list':
			return Array.isArray(value) ? value.join('; ') : '';
		case 'emotions':
			if (typeof value !== 'object' || Array.isArray(value)) return '';
			return Object.keys(value).length === 0 ? '(not answered)' : Object.entries(value).map(([name, level]) => `${name} ${level}`).join(', ');
		case 'timer':
			return typeof value === 'number' ? formatDuration(value) : '';
		case 'info':
			return '';
	}
}
