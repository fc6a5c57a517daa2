import type {ListStep} from '../../domain/exercise/types.js';
import {answerProblem} from '../../domain/exercise/progress.js';
import type {Ask, Asked} from '../../plain/ask.js';
import {answer, safe} from '../plain-answers.js';

/** One item per line; an empty line ends the list. */
export async function askList(step: ListStep, ask: Ask): Promise<Asked> {
	const current = Array.isArray(ask.current) && ask.current.length > 0 ? ask.current : undefined;
	const limits = step.max !== undefined ? ` Up to ${step.max}.` : '';
	const least = step.min !== undefined && step.min > 1 ? ` At least ${step.min}.` : '';
	ask.say(`One per line; an empty line goes on.${least}${limits}`);
	if (current)
		ask.say(`Now: ${current.map(safe).join('; ')}. An empty first line keeps them; what you type instead starts the list again.`);
	const items: string[] = [];
	for (;;) {
		const read = await ask.read();
		if (read.kind === 'stop') return {kind: 'stop', reason: read.reason, partial: items.length > 0 ? items : ask.current};
		const item = read.text.trim();
		if (item === '') {
			if (items.length === 0 && current) return answer(current);
			const problem = answerProblem(step, items);
			if (problem === undefined) return answer(items);
			ask.refuse(
				step.min !== undefined && step.min > 1 ? `at least ${step.min} items, one per line (${items.length} so far)` : 'at least one item',
				read.text,
			);
			continue;
		}
		items.push(item);
		if (step.max !== undefined && items.length >= step.max) {
			ask.say(`That's ${step.max}, the most this list holds.`);
			return answer(items);
		}
	}
}
