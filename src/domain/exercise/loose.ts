/**
 * An exercise file read for its words only: titles, prompts, labels, option labels,
 * scales. Reports, exports, lists and the session summary use it to speak the
 * exercise's language, and they are fast paths: so no zod, just JSON.parse and this
 * check. It copies only fields of the right type into fresh objects (keys such as
 * `__proto__` reach nothing); a step it cannot make sense of is left out, never guessed.
 * Running an exercise still goes through the full validator (validate.ts).
 */
import type {Exercise, SelectOption, Step} from './types.js';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: Raw, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const integer = (value: unknown): number | undefined => (Number.isInteger(value) ? (value as number) : undefined);
const ID = /^[a-z0-9-]+$/;

function options(value: unknown): SelectOption[] {
	if (!Array.isArray(value)) return [];
	const kept: SelectOption[] = [];
	for (const option of value) {
		if (!isRecord(option)) continue;
		const optionValue = text(own(option, 'value'));
		const label = text(own(option, 'label'));
		if (optionValue !== undefined && label !== undefined) kept.push({value: optionValue, label});
	}
	return kept;
}

function labels(value: unknown): Record<string, string> | undefined {
	if (!isRecord(value)) return undefined;
	const kept: Record<string, string> = Object.create(null) as Record<string, string>;
	for (const [key, label] of Object.entries(value)) if (/^-?\d+$/.test(key) && typeof label === 'string') kept[key] = label;
	return kept;
}

function step(raw: unknown): Step | undefined {
	if (!isRecord(raw)) return undefined;
	const id = text(own(raw, 'id'));
	const type = own(raw, 'type');
	if (id === undefined || !ID.test(id)) return undefined;
	const prompt = text(own(raw, 'prompt')) ?? '';
	const base: {id: string; label?: string} = {id};
	const label = text(own(raw, 'label'));
	if (label !== undefined) base.label = label;
	switch (type) {
		case 'info':
			return {...base, type, text: text(own(raw, 'text')) ?? '', ...(prompt === '' ? {} : {prompt})};
		case 'text':
		case 'list':
		case 'emotions':
			return {...base, type, prompt};
		case 'scale': {
			const min = integer(own(raw, 'min'));
			const max = integer(own(raw, 'max'));
			if (min === undefined || max === undefined || max <= min) return undefined;
			const scale: Step = {...base, type, prompt, min, max};
			const metric = text(own(raw, 'metric'));
			if (metric !== undefined) scale.metric = metric;
			const named = labels(own(raw, 'labels'));
			if (named !== undefined) scale.labels = named;
			return scale;
		}
		case 'select':
		case 'multi-select':
			return {...base, type, prompt, options: options(own(raw, 'options'))};
		case 'timer':
			return {...base, type, prompt, phases: []};
		default:
			return undefined;
	}
}

/** The words of an exercise file's JSON, or undefined when it is not an exercise at all. */
export function looseExercise(value: unknown): Exercise | undefined {
	if (!isRecord(value)) return undefined;
	const id = text(own(value, 'id'));
	const steps = own(value, 'steps');
	if (id === undefined || !ID.test(id) || !Array.isArray(steps)) return undefined;
	const kept = steps.map(step).filter((found): found is Step => found !== undefined);
	const exercise: Exercise = {
		format: 1,
		id,
		title: text(own(value, 'title')) ?? id,
		summary: text(own(value, 'summary')) ?? '',
		steps: kept,
	};
	const kind = text(own(value, 'kind'));
	if (kind !== undefined) exercise.kind = kind;
	return exercise;
}
