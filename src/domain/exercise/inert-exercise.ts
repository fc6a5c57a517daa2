import {inert} from '../text.js';
import type {Exercise} from './types.js';

/** Strings that are keys or stored values, not words on the screen: left exactly as the file has them. */
const DATA_KEYS = new Set(['format', 'id', 'kind', 'type', 'value', 'metric', 'step', 'eq', 'includes', 'rerate']);
/** Words that may run over several lines; every other string is shown on one. */
const MULTILINE_KEYS = new Set(['summary', 'text', 'help']);

function walk(value: unknown, key: string): unknown {
	if (typeof value === 'string') return DATA_KEYS.has(key) ? value : inert(value, {singleLine: !MULTILINE_KEYS.has(key)});
	if (Array.isArray(value)) return value.map((item) => walk(item, key));
	if (typeof value === 'object' && value !== null) {
		// A record of labels ({"0": "none"}) keeps its parent's name: its values are words on the screen.
		const isLabels = key === 'labels';
		return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, walk(item, isLabels ? key : name)]));
	}
	return value;
}

/**
 * An exercise with every word it shows made inert (docs/exercise-format.md): exercise
 * files come from third parties, and a title holding an escape sequence must not
 * reach the terminal as one. Ids, option values and other stored data are kept
 * as they are, so answers are saved exactly as before.
 */
export function inertExercise<T extends Exercise>(exercise: T): T {
	return walk(exercise, '') as T;
}
