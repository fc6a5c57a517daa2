import type {ScaleStep} from '../../domain/exercise/types.js';
import {emptyProblem} from '../base.js';
import type {StepKind} from '../kind.js';
import {askScale} from './plain.js';

/** A whole number from `min` to `max`, with words for some of them. */
export const scaleKind: StepKind<ScaleStep> = {
	type: 'scale',
	answers: true,
	requiredByDefault: true,
	fits: (step, value) => typeof value === 'number' && Number.isInteger(value) && value >= step.min && value <= step.max,
	problem: (step, value) => emptyProblem(step, value, true, 'Choose a number with ←→ or type it, then press enter.'),
	describe(step, {facts, lines}, steps) {
		facts.push(`a number from ${step.min} to ${step.max}`);
		if (step.default !== undefined) facts.push(`starts at ${step.default}`);
		if (step.metric !== undefined) facts.push(`charted as ${step.metric}`);
		if (step.rerate !== undefined) {
			const target = steps.findIndex((other) => other.id === step.rerate);
			facts.push(`rates step ${target + 1} (${step.rerate}) again`);
		}
		const labels = Object.entries(step.labels ?? {}).sort(([a], [b]) => Number(a) - Number(b));
		if (labels.length > 0) lines.push(labels.map(([value, label]) => `${value} = ${label}`).join(' · '));
	},
	saysRequired: true,
	answerText(step, value, answers) {
		const label = step.labels && Object.hasOwn(step.labels, String(value)) ? step.labels[String(value)] : undefined;
		const shown = label ? `${String(value)} · ${label}` : String(value);
		// A re-rating shows where it started: "2 · none (was 8)".
		const earlier = step.rerate !== undefined && Object.hasOwn(answers, step.rerate) ? answers[step.rerate] : undefined;
		return typeof earlier === 'number' ? `${shown} (was ${earlier})` : shown;
	},
	conditions: {compare: true, eq: 'number'},
	ask: askScale,
	screen: async () => (await import('./screen/index.js')).scaleScreen,
};
