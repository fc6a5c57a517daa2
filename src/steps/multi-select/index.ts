import type {MultiSelectStep} from '../../domain/exercise/types.js';
import {countProblem} from '../base.js';
import type {StepKind} from '../kind.js';
import {askMultiSelect} from './plain.js';

function chooseHowMany(min: number | undefined, max: number | undefined): string {
	if (min !== undefined && max !== undefined) return min === max ? `choose ${min}` : `choose ${min} to ${max}`;
	if (min !== undefined && min > 0) return `choose at least ${min}`;
	if (max !== undefined) return `choose up to ${max}`;
	return 'choose any';
}

/** Any number of the options (within `min` and `max`). */
export const multiSelectKind: StepKind<MultiSelectStep> = {
	type: 'multi-select',
	answers: true,
	requiredByDefault: false,
	fits: (step, value) =>
		Array.isArray(value) && value.every((item) => typeof item === 'string' && step.options.some((option) => option.value === item)),
	problem: (step, value) =>
		countProblem(
			value,
			{min: step.min, max: step.max, required: step.required ?? false},
			{
				none: 'Choose at least one, with space. Then press enter.',
				atLeast: (min) => `Choose at least ${min}, with space.`,
				fewer: (min) => `Choose at least ${min}, with space.`,
			},
		),
	describe(step, description) {
		description.facts.push(chooseHowMany(step.min, step.max));
		description.items = step.options.map((option) => `${option.label} [${option.value}]${option.hint ? `: ${option.hint}` : ''}`);
	},
	saysRequired: true,
	answerText: (step, value) =>
		Array.isArray(value) ? value.map((item) => step.options.find((option) => option.value === item)?.label ?? item).join(', ') : '',
	conditions: {includes: 'option'},
	ask: askMultiSelect,
	screen: async () => (await import('./screen/index.js')).multiSelectScreen,
};
