import type {ScaleStep} from '../../domain/exercise/types.js';
import {isRequired} from '../../domain/exercise/progress.js';
import type {Ask, Asked} from '../../plain/ask.js';
import {answer, safe} from '../plain-answers.js';

/** `0 = none, 10 = strongest`: the labels in order of their numbers. */
export function scaleLabels(step: ScaleStep): string[] {
	return Object.entries(step.labels ?? {})
		.sort(([a], [b]) => Number(a) - Number(b))
		.map(([value, label]) => `${value} = ${safe(label)}`);
}

/** A typed whole number within the scale. */
export async function askScale(step: ScaleStep, ask: Ask): Promise<Asked> {
	const range = `a whole number from ${step.min} to ${step.max}`;
	const labels = scaleLabels(step);
	ask.say(`Type ${range}${labels.length > 0 ? ` (${labels.join(', ')})` : ''}.`);
	const kept = typeof ask.current === 'number' ? ask.current : step.default;
	if (typeof ask.current === 'number') ask.say(`Now ${ask.current}; Enter keeps it.`);
	else if (step.default !== undefined) ask.say(`Enter for ${step.default}.`);
	else if (!isRequired(step)) ask.say('Enter skips it.');
	for (;;) {
		const read = await ask.read();
		if (read.kind === 'stop') return {kind: 'stop', reason: read.reason, partial: ask.current};
		const text = read.text.trim();
		if (text === '') {
			if (kept !== undefined || !isRequired(step)) return answer(kept);
			ask.refuse(range, text);
			continue;
		}
		const value = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
		if (Number.isInteger(value) && value >= step.min && value <= step.max) return answer(value);
		ask.refuse(range, text);
	}
}
