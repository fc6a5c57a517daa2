import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {EmotionsStep, Exercise, MultiSelectStep, ScaleStep, TextStep} from '../../src/domain/exercise/types.js';
import {parseExerciseFile} from '../../src/domain/exercise/validate.js';
import {ROOT} from '../helpers/cli.js';

const dir = join(ROOT, 'exercises');
const files = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'schema.json');

function builtIn(id: string): Exercise {
	const result = parseExerciseFile(readFileSync(join(dir, `${id}.json`)), `${id}.json`);
	if (!result.ok) throw new Error(result.problems.join('\n'));
	return result.exercise;
}

describe('built-in exercises', () => {
	it.each(files)('%s is valid and named after its id', (name) => {
		const result = parseExerciseFile(readFileSync(join(dir, name)), name);
		expect(result.ok ? [] : result.problems).toEqual([]);
		if (result.ok) expect(`${result.exercise.id}.json`).toBe(name);
	});

	it('include mood-log, journal and thought-record', () => {
		expect(files).toEqual(expect.arrayContaining(['mood-log.json', 'journal.json', 'thought-record.json']));
	});

	it('mood-log has the shape cope log writes: mood, urge, emotions, note', () => {
		const exercise = builtIn('mood-log');
		expect(exercise.kind).toBe('mood');
		expect(exercise.steps.map((step) => [step.id, step.type])).toEqual([
			['mood', 'scale'],
			['urge', 'scale'],
			['emotions', 'emotions'],
			['note', 'text'],
		]);
		const [mood, urge, emotions, note] = exercise.steps as [ScaleStep, ScaleStep, EmotionsStep, TextStep];
		expect(mood).toMatchObject({min: 0, max: 10, metric: 'mood', required: true});
		expect(Object.keys(mood.labels ?? {}).sort()).toEqual(['0', '10', '5']);
		expect(urge).toMatchObject({min: 0, max: 10, metric: 'urge', default: 0});
		expect(urge.prompt + (urge.help ?? '')).toMatch(/self-harm/);
		expect(urge.help).toMatch(/0 means none/);
		expect(emotions.suggestions?.length).toBeGreaterThan(5);
		expect(note.required).not.toBe(true);
		// cope log refuses a note over 10000 characters; the check-in keeps the same limit.
		expect(note.maxLength).toBe(10_000);
	});

	it('journal is one multi-line text step with at least 20 different prompts', () => {
		const exercise = builtIn('journal');
		expect(exercise.kind).toBe('journal');
		expect(exercise.steps).toHaveLength(1);
		const [text] = exercise.steps as [TextStep];
		expect(text).toMatchObject({id: 'text', type: 'text', multiline: true});
		const prompts = text.prompts ?? [];
		expect(prompts.length).toBeGreaterThanOrEqual(20);
		expect(new Set(prompts.map((prompt) => prompt.toLowerCase())).size).toBe(prompts.length);
		for (const prompt of prompts) {
			// Nothing that assumes a bad (or good) day, and nothing about harm.
			expect(prompt).not.toMatch(/\b(bad|worst|wrong|awful|best|happy|harm|hurt yourself|cut|pills?)\b/i);
		}
		// Gratitude is welcome, but not the only theme.
		expect(prompts.filter((prompt) => /grateful|thank/i.test(prompt)).length).toBeLessThanOrEqual(3);
	});

	it('thought-record has the seven columns, in order, with how much each thought is believed', () => {
		const exercise = builtIn('thought-record');
		expect(exercise.kind).toBe('thought-record');
		expect(exercise.steps.map((step) => [step.id, step.type])).toEqual([
			['situation', 'text'],
			['emotions', 'emotions'],
			['thoughts', 'list'],
			['hot-thought', 'text'],
			['hot-belief', 'scale'],
			['traps', 'multi-select'],
			['evidence-for', 'list'],
			['evidence-against', 'list'],
			['balanced', 'text'],
			['balanced-belief', 'scale'],
			['rerate', 'emotions'],
			['hot-belief-after', 'scale'],
		]);
		expect(exercise.steps[0]).toMatchObject({multiline: true});
		expect(exercise.steps[8]).toMatchObject({multiline: true});
		expect(exercise.steps[10]).toMatchObject({rerate: 'emotions'});
		// Belief 0–100, in the hot thought at first and again at the end (charted as "belief").
		expect(exercise.steps[4]).toMatchObject({min: 0, max: 100, metric: 'belief'});
		expect(exercise.steps[9]).toMatchObject({min: 0, max: 100});
		expect(exercise.steps[11]).toMatchObject({min: 0, max: 100, rerate: 'hot-belief'});
		expect((exercise.steps[1] as EmotionsStep).suggestions?.length).toBeGreaterThan(5);
		for (const step of exercise.steps) expect(step.help, step.id).toBeTruthy();
	});

	it('thought-record lists the standard thinking traps, each with a one-line hint', () => {
		const traps = builtIn('thought-record').steps.find((step) => step.id === 'traps') as MultiSelectStep;
		expect(traps.options.map((option) => option.value)).toEqual([
			'all-or-nothing',
			'overgeneralising',
			'mental-filter',
			'discounting-the-positive',
			'mind-reading',
			'fortune-telling',
			'catastrophising',
			'emotional-reasoning',
			'should-statements',
			'labelling',
			'personalisation-and-blame',
		]);
		for (const option of traps.options) {
			expect(option.value).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(option.hint).toBeTruthy();
			expect(option.hint).not.toContain('\n');
			expect(option.hint?.length).toBeLessThanOrEqual(100);
		}
	});
});
