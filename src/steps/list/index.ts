import type {ListStep} from '../../domain/exercise/types.js';
import {countProblem} from '../base.js';
import type {StepKind} from '../kind.js';
import {askList} from './plain.js';

function countRange(min: number | undefined, max: number | undefined): string {
	if (min !== undefined && max !== undefined) return `, ${min} to ${max} items`;
	if (min !== undefined && min > 0) return `, at least ${min}`;
	if (max !== undefined) return `, up to ${max}`;
	return '';
}

/** Short texts, one per line. */
export const listKind: StepKind<ListStep> = {
	type: 'list',
	answers: true,
	requiredByDefault: false,
	fits: (_step, value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
	problem: (step, value) =>
		countProblem(
			value,
			{min: step.min, max: step.max, required: step.required ?? false},
			{
				none: 'Add at least one, then press enter on an empty line.',
				atLeast: (min) => `Add at least ${min}, one per line.`,
				fewer: (min, have) => `Add ${min - have} more (at least ${min} in all).`,
			},
		),
	describe(step, description) {
		description.facts.push(`a list, one per line${countRange(step.min, step.max)}`);
	},
	saysRequired: true,
	answerText: (_step, value) => (Array.isArray(value) ? value.join('; ') : ''),
	taggedTexts: (value) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []),
	conditions: {includes: 'text'},
	ask: askList,
	screen: async () => (await import('./screen/index.js')).listScreen,
};
