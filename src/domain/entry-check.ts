import {type Entry, INTENSITY_MAX, MOOD_MAX, MOOD_MIN} from './entry.js';
import {metricScale, onScale} from './stats/readings.js';

/*
 * What cope itself would write into an entry, beyond the shape toEntry checks: an import
 * refuses an entry that breaks it, and `cope doctor` names one a hand edit left so (reports
 * leave its numbers out: src/domain/stats/readings.ts, onScale).
 */

/** Entry types and exercise ids: as an exercise's id and kind are written. */
const NAME = /^[a-z0-9-]{1,64}$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isLevel = (value: unknown, max: number): boolean => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

/** A mood entry's values as `cope log` writes them: mood and urge 0–10, feelings 0–100. */
function moodValuesProblem(values: Entry['values']): string | undefined {
	for (const name of ['mood', 'urge']) {
		const value = values[name];
		if (value !== undefined && value !== null && !isLevel(value, MOOD_MAX))
			return `its ${name} is ${JSON.stringify(value)}; a ${name} is a whole number from ${MOOD_MIN} to ${MOOD_MAX}`;
	}
	const emotions = values['emotions'];
	if (emotions === undefined || emotions === null) return undefined;
	if (!isPlainObject(emotions)) return 'its emotions are not a set of feelings';
	const bad = Object.entries(emotions).find(([, level]) => level !== null && !isLevel(level, INTENSITY_MAX));
	return bad === undefined
		? undefined
		: `the strength of "${bad[0]}" is ${JSON.stringify(bad[1])}; a strength is a whole number from 0 to ${INTENSITY_MAX}`;
}

/**
 * Why an entry's type, exercise or numbers are not what cope writes, or undefined: type and
 * exercise as ids are written, a mood entry's mood and urge 0–10 and feelings 0–100, and
 * numbers for reports within their scale (mood and urge 0–10, others ±1000).
 */
export function valuesProblem(entry: Entry): string | undefined {
	if (!NAME.test(entry.type)) return `the type ${JSON.stringify(entry.type)} is not an entry type (lower-case letters, digits and -)`;
	if (!NAME.test(entry.exercise))
		return `the exercise ${JSON.stringify(entry.exercise)} is not an exercise id (lower-case letters, digits and -)`;
	if (entry.type === 'mood') {
		const problem = moodValuesProblem(entry.values);
		if (problem !== undefined) return problem;
	}
	if (entry.metrics === undefined) return undefined;
	if (!isPlainObject(entry.metrics)) return 'metrics are not numbers';
	for (const [name, n] of Object.entries(entry.metrics)) {
		if (typeof n !== 'number' || !Number.isFinite(n)) return `the metric "${name}" is not a number`;
		if (onScale(name, n) === undefined) {
			const [min, max] = metricScale(name);
			return `the metric "${name}" is ${n}; it can be from ${min} to ${max}`;
		}
	}
	return undefined;
}
