import type {TextStep} from '../../domain/exercise/types.js';
import {isRequired} from '../../domain/exercise/progress.js';
import type {Ask, Asked} from '../../plain/ask.js';
import type {StopReason} from '../../plain/lines.js';
import {answer, safe} from '../plain-answers.js';
import {promptOfTheDay} from './writing-prompt.js';

/** The line that ends several lines of text: a full stop on its own. */
export const END_OF_TEXT = '.';

/**
 * One line, or with `multiline` as many lines as wanted until a line holding only a
 * full stop. An empty first line keeps what is there (or skips an optional step).
 */
export async function askText(step: TextStep, ask: Ask): Promise<Asked> {
	const suggestion = promptOfTheDay(step.prompts, ask.today);
	if (suggestion) ask.say(`A prompt, if you want one: ${safe(suggestion)}`);
	const current = typeof ask.current === 'string' && ask.current.trim() !== '' ? ask.current : undefined;
	const multiline = step.multiline === true;
	const first = current
		? `Now: "${safe(current)}". An empty first line keeps it.`
		: isRequired(step)
			? ''
			: multiline
				? 'An empty first line skips it.'
				: 'Enter skips it.';
	const how = multiline
		? `Write as many lines as you like; a line with just a full stop (${END_OF_TEXT}) ends it. ${first}`.trimEnd()
		: first;
	if (how !== '') ask.say(how);
	const expected = step.maxLength === undefined ? 'a few words' : `up to ${step.maxLength} characters`;
	for (;;) {
		const typed = await readText(ask, multiline);
		if (typed.kind === 'stop') return typed.partial === undefined ? {kind: 'stop', reason: typed.reason, partial: ask.current} : typed;
		const text = typed.text.replace(/\s+$/, '');
		if (text.trim() === '') {
			if (current || !isRequired(step)) return answer(current);
			ask.refuse(expected, text);
			continue;
		}
		if (step.maxLength !== undefined && [...text].length > step.maxLength) {
			ask.refuse(`${expected} (that was ${[...text].length}); write it again, shorter`, '');
			continue;
		}
		return answer(text);
	}
}

/** One line; or lines until the full stop (an empty first line: nothing written). */
async function readText(
	ask: Ask,
	multiline: boolean,
): Promise<{kind: 'text'; text: string} | {kind: 'stop'; reason: StopReason; partial: string | undefined}> {
	const lines: string[] = [];
	for (;;) {
		const read = await ask.read();
		if (read.kind === 'stop') return {kind: 'stop', reason: read.reason, partial: lines.length > 0 ? lines.join('\n') : undefined};
		if (!multiline) return {kind: 'text', text: read.text};
		if (read.text.trim() === END_OF_TEXT || (lines.length === 0 && read.text.trim() === '')) return {kind: 'text', text: lines.join('\n')};
		lines.push(read.text);
	}
}
