import type {EmotionsStep} from '../../domain/exercise/types.js';
import {emptyProblem, isRatings} from '../base.js';
import type {StepKind} from '../kind.js';
import {askEmotions} from './plain.js';

/** Feelings, each rated 0–100; `rerate` rates an earlier step's feelings again. */
export const emotionsKind: StepKind<EmotionsStep> = {
	type: 'emotions',
	answers: true,
	requiredByDefault: false,
	fits: (_step, value) =>
		isRatings(value) && Object.values(value).every((level) => typeof level === 'number' && level >= 0 && level <= 100),
	problem: (step, value) => emptyProblem(step, value, false, 'Add at least one feeling, then press enter.'),
	describe(step, {facts, lines}, steps) {
		facts.push('feelings, each rated 0–100');
		if (step.rerate !== undefined) {
			const target = steps.findIndex((other) => other.id === step.rerate);
			facts.push(`re-rates the feelings of step ${target + 1} (${step.rerate})`);
		}
		if (step.suggestions && step.suggestions.length > 0) lines.push(`Suggested: ${step.suggestions.join(', ')}`);
	},
	saysRequired: true,
	answerText(step, value, answers) {
		if (typeof value !== 'object' || Array.isArray(value)) return '';
		// Feelings rated again show where each started, as a scale rated again does: "anxious 40 (was 78)".
		const earlier = step.rerate !== undefined && Object.hasOwn(answers, step.rerate) ? answers[step.rerate] : undefined;
		const was = (name: string): string =>
			isRatings(earlier) && Object.hasOwn(earlier, name) && typeof earlier[name] === 'number' ? ` (was ${earlier[name]})` : '';
		return Object.entries(value)
			.map(([name, level]) => `${name} ${level}${was(name)}`)
			.join(', ');
	},
	conditions: {},
	ask: askEmotions,
	screen: async () => (await import('./screen/index.js')).emotionsScreen,
};
