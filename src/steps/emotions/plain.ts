import {INTENSITY_MAX} from '../../domain/entry.js';
import type {EmotionsStep} from '../../domain/exercise/types.js';
import {answerProblem} from '../../domain/exercise/progress.js';
import type {Ask, Asked} from '../../plain/ask.js';
import {answer, safe} from '../plain-answers.js';

const STRENGTH = `a whole number from 0 to ${INTENSITY_MAX}`;

function ratings(value: unknown): Record<string, number> | undefined {
	if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const entries = Object.entries(value as Record<string, unknown>).filter((pair): pair is [string, number] => typeof pair[1] === 'number');
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const listed = (levels: Record<string, number>): string =>
	Object.entries(levels)
		.map(([name, level]) => `${safe(name)} ${level}`)
		.join(', ');

function strength(text: string): number | undefined {
	const trimmed = text.trim().replace(/%$/, '');
	if (!/^\d{1,3}$/.test(trimmed)) return undefined;
	const level = Number(trimmed);
	return level <= INTENSITY_MAX ? level : undefined;
}

/**
 * Feelings: "anxious 70", one per line, an empty line goes on (a name alone is asked
 * how strong). Re-rating an earlier step asks each of its feelings again in turn.
 */
export async function askEmotions(step: EmotionsStep, ask: Ask): Promise<Asked> {
	const earlier =
		step.rerate === undefined ? undefined : ratings(Object.hasOwn(ask.answers, step.rerate) ? ask.answers[step.rerate] : undefined);
	const current = ratings(ask.current);
	if (earlier) return rerate(earlier, current, ask);
	ask.say(`Name a feeling and how strong it is, from 0 to ${INTENSITY_MAX} (e.g. "anxious 70"). One per line; an empty line goes on.`);
	if (step.suggestions && step.suggestions.length > 0) ask.say(`Some names: ${step.suggestions.map(safe).join(', ')}.`);
	if (current) ask.say(`Now: ${listed(current)}. An empty first line keeps them; naming feelings starts again.`);
	const rows: Record<string, number> = {};
	const stop = (reason: Extract<Asked, {kind: 'stop'}>['reason']): Asked => ({
		kind: 'stop',
		reason,
		partial: Object.keys(rows).length > 0 ? {...rows} : ask.current,
	});
	for (;;) {
		const read = await ask.read();
		if (read.kind === 'stop') return stop(read.reason);
		const text = read.text.trim();
		if (text === '') {
			if (Object.keys(rows).length === 0 && current) return answer(current);
			if (answerProblem(step, rows) === undefined) return answer({...rows});
			ask.refuse('a feeling and how strong it is, e.g. "anxious 70"', text);
			continue;
		}
		const match = /^(.*?)[\s:=,]+(\S+)$/.exec(text);
		const named = match && strength(match[2] as string) !== undefined ? (match[1] as string) : text;
		const name = named.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 40);
		if (name === '' || /^\d+%?$/.test(name)) {
			ask.refuse('a feeling and how strong it is, e.g. "anxious 70"', text);
			continue;
		}
		let level = match ? strength(match[2] as string) : undefined;
		while (level === undefined) {
			ask.say(`How strong is ${safe(name)}, from 0 to ${INTENSITY_MAX}?`);
			const more = await ask.read();
			if (more.kind === 'stop') return stop(more.reason);
			level = strength(more.text);
			if (level === undefined) ask.refuse(STRENGTH, more.text);
		}
		// fromEntries-style assignment on a plain object: a name such as "__proto__" stays a key.
		Object.defineProperty(rows, name, {value: level, enumerable: true, writable: true, configurable: true});
	}
}

async function rerate(earlier: Record<string, number>, current: Record<string, number> | undefined, ask: Ask): Promise<Asked> {
	ask.say(`Rate each feeling again, from 0 to ${INTENSITY_MAX}. Enter keeps the number shown.`);
	const rows: Record<string, number> = {};
	for (const [name, was] of Object.entries(earlier)) {
		const now = current && Object.hasOwn(current, name) ? (current[name] as number) : was;
		ask.say(`${safe(name)}: it was ${was}${now === was ? '' : `, now ${now}`}.`);
		for (;;) {
			const read = await ask.read();
			if (read.kind === 'stop') return {kind: 'stop', reason: read.reason, partial: {...current, ...rows}};
			const level = read.text.trim() === '' ? now : strength(read.text);
			if (level !== undefined) {
				Object.defineProperty(rows, name, {value: level, enumerable: true, writable: true, configurable: true});
				break;
			}
			ask.refuse(STRENGTH, read.text);
		}
	}
	return answer(rows);
}
