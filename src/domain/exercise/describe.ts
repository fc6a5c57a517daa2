/**
 * An exercise's steps in plain words, for `cope exercises show`: what each step
 * asks, what kind of answer it takes, and when it is shown. Pure: the command
 * styles, wraps and makes the text inert.
 */
import type {Exercise, Step, TimerStep, WhenCondition} from './types.js';

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

/** Whether a step must be answered: as set, else yes for scale and select (docs/exercise-format.md, "The format (version 1)"). */
export function stepIsRequired(step: Step): boolean {
	// A list or multi-select with a `min` cannot be left empty, whatever `required` says (progress.ts answerProblem).
	if ((step.type === 'list' || step.type === 'multi-select') && (step.min ?? 0) > 0) return true;
	return step.required ?? (step.type === 'scale' || step.type === 'select');
}

export function describeSteps(exercise: Exercise): StepDescription[] {
	return exercise.steps.map((step, index) => describeStep(step, index, exercise.steps));
}

function describeStep(step: Step, index: number, steps: readonly Step[]): StepDescription {
	const description: StepDescription = {number: index + 1, prompt: step.prompt, facts: [step.id], help: step.help, lines: [], items: [], itemsHeading: undefined};
	const {facts, lines} = description;
	switch (step.type) {
		case 'info':
			facts.push('information, no answer');
			lines.push(step.text);
			break;
		case 'text':
			facts.push(step.multiline ? 'text, several lines' : 'text, one line');
			if (step.maxLength !== undefined) facts.push(`up to ${step.maxLength} characters`);
			if (step.prompts) {
				description.itemsHeading = `Writing prompts (one of these ${step.prompts.length} is offered each time):`;
				description.items = step.prompts;
			}
			break;
		case 'scale': {
			facts.push(`a number from ${step.min} to ${step.max}`);
			if (step.default !== undefined) facts.push(`starts at ${step.default}`);
			if (step.metric !== undefined) facts.push(`charted as ${step.metric}`);
			if (step.rerate !== undefined) {
				const target = steps.findIndex((other) => other.id === step.rerate);
				facts.push(`rates step ${target + 1} (${step.rerate}) again`);
			}
			const labels = Object.entries(step.labels ?? {}).sort(([a], [b]) => Number(a) - Number(b));
			if (labels.length > 0) lines.push(labels.map(([value, label]) => `${value} = ${label}`).join(' · '));
			break;
		}
		case 'select':
		case 'multi-select':
			facts.push(step.type === 'select' ? 'choose one' : chooseHowMany(step.min, step.max));
			description.items = step.options.map((option) => `${option.label} [${option.value}]${option.hint ? `: ${option.hint}` : ''}`);
			break;
		case 'list':
			facts.push(`a list, one per line${countRange(step.min, step.max)}`);
			break;
		case 'emotions': {
			facts.push('feelings, each rated 0–100');
			if (step.rerate !== undefined) {
				const target = steps.findIndex((other) => other.id === step.rerate);
				facts.push(`re-rates the feelings of step ${target + 1} (${step.rerate})`);
			}
			if (step.suggestions && step.suggestions.length > 0) lines.push(`Suggested: ${step.suggestions.join(', ')}`);
			break;
		}
		case 'timer':
			facts.push(describeTimer(step));
			if (step.checkIn) facts.push(`asks "${step.checkIn.prompt}" every ${duration(step.checkIn.every)}`);
			break;
	}
	if (step.type !== 'info' && step.type !== 'timer') facts.push(stepIsRequired(step) ? 'required' : 'optional');
	if (step.when) facts.push(describeCondition(step.when));
	return description;
}

function chooseHowMany(min: number | undefined, max: number | undefined): string {
	if (min !== undefined && max !== undefined) return min === max ? `choose ${min}` : `choose ${min} to ${max}`;
	if (min !== undefined && min > 0) return `choose at least ${min}`;
	if (max !== undefined) return `choose up to ${max}`;
	return 'choose any';
}

function countRange(min: number | undefined, max: number | undefined): string {
	if (min !== undefined && max !== undefined) return `, ${min} to ${max} items`;
	if (min !== undefined && min > 0) return `, at least ${min}`;
	if (max !== undefined) return `, up to ${max}`;
	return '';
}

function describeTimer(step: TimerStep): string {
	const rounds = step.rounds ?? 1;
	const phases = step.phases.map((phase) => `${phase.label} ${duration(phase.seconds)}`).join(', ');
	const total = step.phases.reduce((sum, phase) => sum + phase.seconds, 0) * rounds;
	return `a timer: ${phases}${rounds > 1 ? `; ${rounds} rounds` : ''} (${duration(total)} in all)`;
}

/** `45 s`, `2 min`, `1 min 30 s` */
export function duration(seconds: number): string {
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	if (minutes === 0) return `${rest} s`;
	return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
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
