import type {MultiSelectStep} from '../../domain/exercise/types.js';
import {answerProblem} from '../../domain/exercise/progress.js';
import type {Ask, Asked} from '../../plain/ask.js';
import {answer, optionFor, sayOptions} from '../plain-answers.js';

function howMany(step: MultiSelectStep): string {
	const {min, max} = step;
	if (min !== undefined && max !== undefined) return min === max ? ` Choose ${min}.` : ` Choose ${min} to ${max}.`;
	if (min !== undefined && min > 0) return ` Choose at least ${min}.`;
	if (max !== undefined) return ` Up to ${max}.`;
	return '';
}

/** Numbered options; several numbers (spaces or commas between them) choose several. */
export async function askMultiSelect(step: MultiSelectStep, ask: Ask): Promise<Asked> {
	sayOptions(ask, step.options);
	const current = Array.isArray(ask.current) ? ask.current : undefined;
	const numbers = current?.map((value) => step.options.findIndex((option) => option.value === value) + 1).filter((n) => n > 0);
	const keep = numbers && numbers.length > 0 ? ` Now ${numbers.join(' ')}; Enter keeps them.` : ' Enter for none.';
	ask.say(`Type the numbers of all that fit, with spaces between them (e.g. 1 3).${howMany(step)}${keep}`);
	const expected = `numbers from 1 to ${step.options.length}, with spaces between them${howMany(step)
		.replace(/^ (.*)\.$/, ' ($1)')
		.toLowerCase()}`;
	for (;;) {
		const read = await ask.read();
		if (read.kind === 'stop') return {kind: 'stop', reason: read.reason, partial: ask.current};
		const words = read.text.split(/[\s,;]+/).filter((word) => word !== '');
		const chosen = words.length === 0 && current ? current : [];
		let fits = true;
		for (const word of words) {
			const option = optionFor(step.options, word);
			if (!option) fits = false;
			else if (!chosen.includes(option.value)) chosen.push(option.value);
		}
		if (fits && answerProblem(step, chosen) === undefined) return answer(chosen);
		ask.refuse(expected, read.text);
	}
}
