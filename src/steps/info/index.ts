import type {InfoStep} from '../../domain/exercise/types.js';
import type {StepKind} from '../kind.js';
import {askInfo} from './plain.js';

/** Information to read: no answer, nothing saved. */
export const infoKind: StepKind<InfoStep> = {
	type: 'info',
	answers: false,
	requiredByDefault: false,
	fits: () => false,
	problem: () => undefined,
	describe(step, description) {
		description.facts.push('information, no answer');
		description.lines.push(step.text);
	},
	saysRequired: false,
	answerText: () => '',
	conditions: {},
	ask: askInfo,
	screen: async () => (await import('./screen/index.js')).infoScreen,
};
