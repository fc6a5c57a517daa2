import type {SelectStep} from '../../domain/exercise/types.js';
import {isRequired} from '../../domain/exercise/progress.js';
import type {Ask, Asked} from '../../plain/ask.js';
import {answer, optionFor, safe, sayOptions} from '../plain-answers.js';

/** Numbered options; the number (or the option's value) chooses one. */
export async function askSelect(step: SelectStep, ask: Ask): Promise<Asked> {
	sayOptions(ask, step.options);
	const expected = `a number from 1 to ${step.options.length}`;
	const current = step.options.find((option) => option.value === ask.current);
	ask.say(
		`Type ${expected}.${current ? ` Now ${step.options.indexOf(current) + 1} (${safe(current.label)}); Enter keeps it.` : isRequired(step) ? '' : ' Enter skips it.'}`,
	);
	for (;;) {
		const read = await ask.read();
		if (read.kind === 'stop') return {kind: 'stop', reason: read.reason, partial: ask.current};
		if (read.text.trim() === '') {
			if (current || !isRequired(step)) return answer(current?.value);
			ask.refuse(expected, read.text);
			continue;
		}
		const option = optionFor(step.options, read.text);
		if (option) return answer(option.value);
		ask.refuse(expected, read.text);
	}
}
