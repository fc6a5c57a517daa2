import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Exercise, Step, TimerStep} from '../../src/domain/exercise/types.js';
import {ROOT} from '../helpers/cli.js';

const SAFETY_EXERCISES = ['safety-plan', 'urge-surfing', 'grounding-54321', 'box-breathing', 'coping-ideas'];

function load(id: string): Exercise {
	return JSON.parse(readFileSync(join(ROOT, 'exercises', `${id}.json`), 'utf8')) as Exercise;
}

function step<T extends Step['type']>(exercise: Exercise, id: string, type: T): Extract<Step, {type: T}> {
	const found = exercise.steps.find((candidate) => candidate.id === id);
	expect(found?.type, `${exercise.id}: ${id}`).toBe(type);
	return found as Extract<Step, {type: T}>;
}

function seconds(timer: TimerStep): number {
	return timer.phases.reduce((sum, phase) => sum + phase.seconds, 0) * (timer.rounds ?? 1);
}

/** Every piece of text a person reads in an exercise. */
function words(exercise: Exercise): string {
	return JSON.stringify(exercise).toLowerCase();
}

describe('the safety and coping exercises', () => {
	it.each(SAFETY_EXERCISES)('%s is format 1 with its file name as id and unique step ids', (id) => {
		const exercise = load(id);
		expect(exercise.format).toBe(1);
		expect(exercise.id).toBe(id);
		const ids = exercise.steps.map((candidate) => candidate.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const stepId of ids) expect(stepId).toMatch(/^[a-z0-9-]+$/);
	});

	it('urge-surfing: rate (metric urge), waves, a five-minute pacer that checks in each minute, re-rate without a metric', () => {
		const exercise = load('urge-surfing');
		expect(exercise.steps.slice(0, 4).map((candidate) => candidate.type)).toEqual(['scale', 'info', 'timer', 'scale']);
		const urge = step(exercise, 'urge', 'scale');
		expect([urge.min, urge.max, urge.metric]).toEqual([0, 10, 'urge']);
		expect(step(exercise, 'waves', 'info').text).toMatch(/wave/);
		const ride = step(exercise, 'ride', 'timer');
		expect(seconds(ride)).toBe(300);
		expect(ride.checkIn).toEqual({every: 60, prompt: 'Has it eased?'});
		const after = step(exercise, 'urge-after', 'scale');
		expect([after.min, after.max, after.metric]).toEqual([0, 10, undefined]);
		for (const candidate of exercise.steps) if (candidate.when) expect(candidate.when.step).toBe('urge-after');
	});

	it('grounding-54321 asks for 5, 4, 3, 2, 1 things', () => {
		const exercise = load('grounding-54321');
		const lists = exercise.steps.filter((candidate) => candidate.type === 'list');
		expect(lists.map((list) => list.max)).toEqual([5, 4, 3, 2, 1]);
	});

	it('box-breathing paces 4-4-4-4 for a few rounds', () => {
		const timer = step(load('box-breathing'), 'breathe', 'timer');
		expect(timer.phases.map((phase) => phase.seconds)).toEqual([4, 4, 4, 4]);
		expect(timer.rounds).toBeGreaterThanOrEqual(3);
	});

	it('coping-ideas: distract, comfort and release ideas to pick from, and a list of your own', () => {
		const exercise = load('coping-ideas');
		const pick = step(exercise, 'try', 'multi-select');
		expect(new Set(pick.options.map((option) => option.hint))).toEqual(new Set(['distract', 'comfort', 'release']));
		step(exercise, 'own', 'list');
	});

	it.each(SAFETY_EXERCISES)('%s has no method detail, no harm-adjacent suggestion, no risk label and no judgement', (id) => {
		const text = words(load(id));
		const banned = [
			/rubber band|elastic band/,
			/\bice\b/,
			/red pen|marker on|draw on your skin/,
			/\b(razor|blades?|knife|knives|pills?|overdose|ligature|noose|bleed(ing)?)\b/,
			/\bcut(ting|s)?\b/,
			/\bburn(ing|s)?\b/,
			/risk (level|score)|high risk|low risk/,
			/streak|failed|failure|you should/,
		];
		for (const pattern of banned) expect(text, String(pattern)).not.toMatch(pattern);
	});
});
