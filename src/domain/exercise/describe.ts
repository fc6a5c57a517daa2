/**
 * An exercise's steps in plain words, for `cope exercises show`: what each step
 * asks, what kind of answer it takes, and when it is shown. Pure: the command
 * styles, wraps and makes the text inert.
 */
import {kindOf} from '../../steps/registry.js';
import type {Exercise, Step, WhenCondition} from './types.js';

export {duration} from '../../steps/timer/duration.js';

export interface StepDescription {
	/** 1-based position. */
	number: number;
	/** The question (for an info step, its heading, if any). */
	prompt: string | undefined;
	/** Short facts: id, kind of answer, optional/required, condition. */
	facts: string[];
	help: string | undefined;
	/** Further lines: an info step's text, a scale's labels, suggestions. */
	lines: string[];
	/** A list under the step: options, writing prompts. */
	items: string[];
	/** The heading of that list. */
	itemsHeading: string | undefined;
}

/** Whether a step must be answered: as set, else as its type has it (yes for scale and select; docs/exercise-format.md, "The format (version 1)"). */
export function stepIsRequired(step: Step): boolean {
	// A list or multi-select with a `min` cannot be left empty, whatever `required` says (progress.ts answerProblem).
	if ((step.type === 'list' || step.type === 'multi-select') && (step.min ?? 0) > 0) return true;
	return step.required ?? kindOf(step).requiredByDefault;
}

export function describeSteps(exercise: Exercise): StepDescription[] {
	return exercise.steps.map((step, index) => describeStep(step, index, exercise.steps));
}

function describeStep(step: Step, index: number, steps: readonly Step[]): StepDescription {
	const description: StepDescription = {
		number: index + 1,
		prompt: step.prompt,
		facts: [step.id],
		help: step.help,
		lines: [],
		items: [],
		itemsHeading: undefined,
	};
	const kind = kindOf(step);
	kind.describe(step, description, steps);
	if (kind.saysRequired) description.facts.push(stepIsRequired(step) ? 'required' : 'optional');
	if (step.when) description.facts.push(describeCondition(step.when));
	return description;
}

function describeCondition(when: WhenCondition): string {
	const value = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));
	if (when.gte !== undefined) return `only if ${when.step} is ${when.gte} or more`;
	if (when.lte !== undefined) return `only if ${when.step} is ${when.lte} or less`;
	if (when.includes !== undefined) return `only if ${when.step} includes ${value(when.includes)}`;
	if (when.lowerThan !== undefined) return `only if ${when.step} is lower than ${when.lowerThan}`;
	if (when.notLowerThan !== undefined) return `only if ${when.step} is not lower than ${when.notLowerThan}`;
	return `only if ${when.step} is ${value(when.eq)}`;
}
