import type {TextStep} from '../../domain/exercise/types.js';
import {emptyProblem} from '../base.js';
import type {StepKind} from '../kind.js';
import {askText} from './plain.js';

/** Words: one line, or several (`multiline`). */
export const textKind: StepKind<TextStep> = {
	type: 'text',
	answers: true,
	requiredByDefault: false,
	fits: (_step, value) => typeof value === 'string',
	problem: (step, value) => emptyProblem(step, value, false, 'A few words here would help. Take your time.'),
	describe(step, description) {
		description.facts.push(step.multiline ? 'text, several lines' : 'text, one line');
		if (step.maxLength !== undefined) description.facts.push(`up to ${step.maxLength} characters`);
		if (step.prompts) {
			description.itemsHeading = `Writing prompts (one of these ${step.prompts.length} is offered each time):`;
			description.items = step.prompts;
		}
	},
	saysRequired: true,
	answerText: (_step, value) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''),
	taggedTexts: (value) => (typeof value === 'string' ? [value] : []),
	conditions: {eq: 'text'},
	ask: askText,
	screen: async () => (await import('./screen/index.js')).textScreen,
};
