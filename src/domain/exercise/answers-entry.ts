import type {Entry, EntryValue} from '../entry.js';
import {createEntry} from '../mood-entry.js';
import {tagsInText} from '../text.js';
import {isEmptyValue, shownStepIndexes} from './progress.js';
import {kindOf} from '../../steps/registry.js';
import type {Answers, Exercise} from './types.js';

/** The answers worth keeping: shown steps only (a hidden step's old answer is dropped), nothing empty. */
export function keptValues(exercise: Exercise, answers: Answers): Record<string, EntryValue> {
	const values: Record<string, EntryValue> = {};
	for (const index of shownStepIndexes(exercise, answers)) {
		const step = exercise.steps[index];
		if (!step || !kindOf(step).answers || !Object.hasOwn(answers, step.id)) continue;
		const value = answers[step.id];
		if (value === undefined || isEmptyValue(value)) continue;
		if (typeof value === 'string') values[step.id] = value.replace(/\s+$/, '');
		else if (Array.isArray(value)) values[step.id] = [...value];
		else if (typeof value === 'object') values[step.id] = {...value};
		else values[step.id] = value;
	}
	return values;
}

/**
 * Numbers for reports: every answered scale step that names a metric. A scale that
 * re-rates one (`rerate`) records the latest rating under that metric, which alerts
 * and reports read, and keeps the first as `<metric>-start` (docs/exercise-format.md).
 */
export function metricsFrom(exercise: Exercise, values: Record<string, EntryValue>): Record<string, number> {
	const metrics: Record<string, number> = {};
	for (const step of exercise.steps) {
		if (step.type !== 'scale' || step.metric === undefined) continue;
		const value = values[step.id];
		if (typeof value === 'number') metrics[step.metric] = value;
	}
	for (const step of exercise.steps) {
		if (step.type !== 'scale' || step.rerate === undefined) continue;
		const target = exercise.steps.find((other) => other.id === step.rerate);
		const start = target ? values[target.id] : undefined;
		const end = values[step.id];
		if (target?.type !== 'scale' || target.metric === undefined || typeof start !== 'number' || typeof end !== 'number') continue;
		metrics[target.metric] = end;
		metrics[startMetric(target.metric)] = start;
	}
	return metrics;
}

/** Where an entry keeps the first rating of a re-rated metric: `urge` → `urge-start`. */
export function startMetric(metric: string): string {
	return `${metric}-start`;
}

/** #tags written in the text and list answers. */
export function tagsFrom(exercise: Exercise, values: Record<string, EntryValue>): string[] {
	const tags: string[] = [];
	for (const step of exercise.steps) {
		const value = values[step.id];
		const texts = kindOf(step).taggedTexts;
		if (value !== undefined && texts) for (const text of texts(value)) tags.push(...tagsInText(text));
	}
	return tags;
}

/** The entry a finished exercise writes (README.md, "How your data is stored"): type = kind ?? id, values keyed by step id. */
export function entryFromAnswers(exercise: Exercise, answers: Answers, now: Date, id: string): Entry {
	const values = keptValues(exercise, answers);
	return createEntry({
		id,
		type: exercise.kind ?? exercise.id,
		exercise: exercise.id,
		at: now,
		now,
		tags: tagsFrom(exercise, values),
		values,
		metrics: metricsFrom(exercise, values),
	});
}
