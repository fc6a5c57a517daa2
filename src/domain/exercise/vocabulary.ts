/**
 * An entry's answers in its exercise's own words: a step's short `label` (or its
 * prompt), option labels instead of stored values, minutes for timers, a scale's
 * number with its range ("2/10"). Exports, lists, reports and the session summary
 * read answers through here. Pure: the callers make text inert where it meets a terminal.
 */
import type {EntryValue} from '../entry.js';
import {duration} from '../../steps/timer/duration.js';
import {fillPrompt} from './quote.js';
import type {Exercise, ScaleStep, Step} from './types.js';

/** A step's name for its answer: its `label`, else its prompt, else its id in words. */
export function stepName(step: Step): string {
	const name = step.label ?? step.prompt;
	return name !== undefined && name.trim() !== '' ? name.trim() : step.id.replaceAll('-', ' ');
}

/** "2/10" on a scale from 0, "3 (1–5)" otherwise; with the scale's word for it, if it has one ("2/10, empty"). */
export function scaleText(step: Pick<ScaleStep, 'min' | 'max' | 'labels'>, value: number): string {
	const number = step.min === 0 ? `${value}/${step.max}` : `${value} (${step.min}–${step.max})`;
	const key = String(value);
	const word = step.labels !== undefined && Object.hasOwn(step.labels, key) ? step.labels[key] : undefined;
	return word === undefined ? number : `${number}, ${word}`;
}

function optionLabel(step: Step, value: string): string {
	if (step.type !== 'select' && step.type !== 'multi-select') return value;
	return step.options.find((option) => option.value === value)?.label ?? value;
}

/** One answer as words: text as written, a list as its items, a choice as its label, a timer in minutes. */
export function answerWords(step: Step | undefined, value: EntryValue): string | string[] {
	if (Array.isArray(value)) return step === undefined ? value : value.map((item) => optionLabel(step, item));
	if (value !== null && typeof value === 'object') {
		return Object.entries(value)
			.map(([name, level]) => (level === null ? name : `${name} ${level}`))
			.join(', ');
	}
	if (step === undefined || value === null) return value === null ? '' : String(value);
	if (typeof value === 'number' && step.type === 'timer') return duration(Math.round(value));
	if (typeof value === 'number' && step.type === 'scale') return scaleText(step, value);
	if (typeof value === 'string') return optionLabel(step, value);
	return String(value);
}

export interface NamedAnswer {
	/** The step id (the key in `values`). */
	key: string;
	/** What the answer is called: the step's label or prompt, or the key in words. */
	name: string;
	words: string | string[];
	step: Step | undefined;
}

function keyInWords(key: string): string {
	const words = key.replaceAll('-', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * An entry's answers in the order of the exercise's steps (answers of steps the file
 * no longer has come after, under their keys), empty ones left out.
 */
export function namedAnswers(values: Record<string, EntryValue>, exercise: Exercise | undefined): NamedAnswer[] {
	const answers: NamedAnswer[] = [];
	const done = new Set<string>();
	const add = (key: string, step: Step | undefined): void => {
		if (done.has(key) || !Object.hasOwn(values, key)) return;
		done.add(key);
		const value = values[key] as EntryValue;
		if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
		// "When will you do {activities}?" reads as it was asked: with that run's own answer.
		const name = step === undefined || exercise === undefined ? keyInWords(key) : fillPrompt(stepName(step), values, exercise);
		answers.push({key, name, words: answerWords(step, value), step});
	};
	for (const step of exercise?.steps ?? []) if (step.type !== 'info') add(step.id, step);
	for (const key of Object.keys(values)) add(key, undefined);
	return answers;
}

/** The scale steps that record `metric`, with the exercise they are in. */
export interface MetricScale {
	metric: string;
	exercise: string;
	step: ScaleStep;
}

export function metricScales(exercises: Iterable<Exercise>, metric: string): MetricScale[] {
	const found: MetricScale[] = [];
	for (const exercise of exercises) {
		for (const step of exercise.steps)
			if (step.type === 'scale' && step.metric === metric) found.push({metric, exercise: exercise.id, step});
	}
	return found;
}

/** A metric's name for people: its step's `label` ("Energy"), else the metric name as it is. */
export function metricName(metric: string, scales: readonly MetricScale[]): string {
	return scales.find((scale) => scale.step.label !== undefined)?.step.label ?? metric;
}

/**
 * One line about an entry of an exercise that has no line of its own: the exercise's
 * title, then its first written answer, else its first scale ("Energy 2/10").
 */
export function exerciseEntryLine(values: Record<string, EntryValue>, exercise: Exercise): string {
	const answers = namedAnswers(values, exercise);
	const written = answers.find((answer) => answer.step !== undefined && (answer.step.type === 'text' || answer.step.type === 'list'));
	const scale = answers.find((answer) => answer.step?.type === 'scale');
	const first =
		written !== undefined
			? Array.isArray(written.words)
				? written.words.join(' · ')
				: written.words
			: scale !== undefined
				? `${scale.name} ${String(scale.words)}`
				: undefined;
	return first === undefined ? exercise.title : `${exercise.title} — ${first}`;
}

/** A name before its answer: "Energy:", but a question stays as it is ("What could you do today?"). */
export function fieldName(name: string): string {
	return /[?:.!…]$/.test(name) ? name : `${name}:`;
}
