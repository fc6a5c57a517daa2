import type {Ask, Asked} from '../plain/ask.js';
import {inert} from '../domain/text.js';
import type {SelectOption, Step, StepValue} from '../domain/exercise/types.js';
import {isRequired} from '../domain/exercise/progress.js';

export const answer = (value: StepValue | undefined): Asked => ({kind: 'answer', value});

/** One line of exercise text, made inert: safe to print. */
export const safe = (text: string): string => inert(text, {singleLine: true});

/** The numbered options of a select or multi-select, each on its own line. */
export function sayOptions(ask: Ask, options: readonly SelectOption[]): void {
	ask.say(...options.map((option, index) => `  ${index + 1}. ${safe(option.label)}${option.hint ? ` (${safe(option.hint)})` : ''}`));
}

/** An option by its number, its value or its label (any case); undefined if none fits. */
export function optionFor(options: readonly SelectOption[], text: string): SelectOption | undefined {
	const typed = text.trim();
	if (/^\d+$/.test(typed)) return options[Number(typed) - 1];
	const lower = typed.toLowerCase();
	return options.find((option) => option.value.toLowerCase() === lower || option.label.toLowerCase() === lower);
}

/** "Enter skips it." for an optional step with nothing yet; nothing for a required one. */
export function skipNote(step: Step): string | undefined {
	return isRequired(step) ? undefined : 'Enter skips it.';
}
