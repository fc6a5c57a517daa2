/**
 * Prompts that quote earlier answers: `{step-id}` in a step's `prompt` or `help` is
 * replaced by that step's answer, as the person gave it ("Which of these will you do
 * first: walk, call Sam?"). A list or multi-select gives all its items, joined with
 * commas; a select its option's label; a scale its number; a timer its minutes;
 * feelings their names. `{{` and `}}` write a brace itself. The quoted answer is inert
 * (one line, no control characters) and cut to a sensible length; an answer not
 * given (yet) shows as "…". The runner, plain mode and exports all call fillPrompt.
 */
import type {EntryValue} from '../entry.js';
import {inert} from '../text.js';
import {duration} from '../../steps/timer/duration.js';
import type {Exercise, Step} from './types.js';

const REFERENCE = /\{\{|\}\}|\{([a-z0-9-]+)\}/g;
/** A quoted answer longer than this is cut ("…"), so a long answer cannot swamp the question. */
export const QUOTE_MAX = 120;
export const NOT_ANSWERED = '…';

/** The step ids a text quotes, in order (each once). */
export function quotedIds(text: string): string[] {
	const ids: string[] = [];
	for (const match of text.matchAll(REFERENCE)) {
		const id = match[1];
		if (id !== undefined && !ids.includes(id)) ids.push(id);
	}
	return ids;
}

function cut(text: string): string {
	const chars = [...text.replace(/\s+/g, ' ').trim()];
	return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : chars.join('');
}

function labelOf(step: Step, value: string): string {
	if (step.type !== 'select' && step.type !== 'multi-select') return value;
	return step.options.find((option) => option.value === value)?.label ?? value;
}

/** An answer as it is quoted in a prompt. */
export function quoteAnswer(step: Step, value: EntryValue | undefined): string {
	if (value === undefined || value === null) return NOT_ANSWERED;
	let text: string;
	if (Array.isArray(value)) text = value.map((item) => labelOf(step, item)).join(', ');
	else if (typeof value === 'object') text = Object.keys(value).join(', ');
	else if (typeof value === 'number') text = step.type === 'timer' ? duration(Math.round(value)) : String(value);
	else text = typeof value === 'string' ? labelOf(step, value) : String(value);
	const quoted = cut(inert(text, {singleLine: true}));
	return quoted === '' ? NOT_ANSWERED : quoted;
}

/** A prompt or help text with each `{step-id}` replaced by that step's answer so far. */
export function fillPrompt(
	text: string,
	answers: Readonly<Record<string, EntryValue | undefined>>,
	exercise: Pick<Exercise, 'steps'>,
): string {
	if (!text.includes('{') && !text.includes('}')) return text;
	return text.replace(REFERENCE, (match, id: string | undefined) => {
		if (id === undefined) return match === '{{' ? '{' : '}';
		const step = exercise.steps.find((candidate) => candidate.id === id);
		if (step === undefined) return match;
		return quoteAnswer(step, Object.hasOwn(answers, id) ? answers[id] : undefined);
	});
}

/** The step as it is shown: its prompt and help with earlier answers quoted. */
export function withQuotes<T extends Step>(
	step: T,
	answers: Readonly<Record<string, EntryValue | undefined>>,
	exercise: Pick<Exercise, 'steps'>,
): T {
	const shown = {...step};
	if (shown.prompt !== undefined) shown.prompt = fillPrompt(shown.prompt, answers, exercise);
	if (shown.help !== undefined) shown.help = fillPrompt(shown.help, answers, exercise);
	return shown;
}
