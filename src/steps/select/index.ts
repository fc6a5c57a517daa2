import type {SelectStep} from '../../domain/exercise/types.js';
import {emptyProblem} from '../base.js';
import type {StepKind} from '../kind.js';
import {askSelect} from './plain.js';

/** One of a few options. */
export const selectKind: StepKind<SelectStep> = {
	type: 'select',
	answers: true,
	requiredByDefault: true,
	fits: (step, value) => typeof value === 'string' && step.options.some((option) => option.value === value),
	problem: (step, value) => emptyProblem(step, value, true, 'Choose one with ↑↓, then press enter.'),
	describe(step, description) {
		description.facts.push('choose one');
		description.items = step.options.map((option) => `${option.label} [${option.value}]${option.hint ? `: ${option.hint}` : ''}`);
	},
	saysRequired: true,
	answerText: (step, value) => step.options.find((option) => option.value === value)?.label ?? String(value),
	conditions: {eq: 'option'},
	ask: askSelect,
	screen: async () => (await import('./screen/index.js')).selectScreen,
};
