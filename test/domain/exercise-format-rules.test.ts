import {readFileSync} from 'node:fs';
import {join} from 'node:path';
// ajv checks schema.json the way an editor would.
import Ajv2020 from 'ajv/dist/2020.js';
import {describe, expect, it} from 'vitest';
import {validateExercise} from '../../src/domain/exercise/validate.js';
import {ROOT} from '../helpers/cli.js';
import {sampleWith, type sampleExercise} from '../helpers/exercise.js';

/**
 * docs/exercise-format.md, rule by rule: cope refuses a file that breaks it, and so does
 * exercises/schema.json (what editors check as you type) wherever JSON Schema can say
 * it. The rules that compare one field with another (ids unique, min below max, a
 * condition that points back to an earlier step of the right type) need the whole
 * exercise in view: JSON Schema cannot express them, so only cope refuses those
 * (`editor: false`).
 */
type Sample = ReturnType<typeof sampleExercise>;
type Step = Record<string, unknown>;

const ajv = new Ajv2020({allErrors: true, allowUnionTypes: true});
const editorAccepts = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'exercises', 'schema.json'), 'utf8')) as object);

const STEP = {intro: 0, feel: 1, pick: 2, many: 3, items: 4, feelings: 5, words: 6, breathe: 7} as const;
const step = (e: Sample, id: keyof typeof STEP): Step => e.steps[STEP[id]] as Step;
/** A step appended at the end, after every sample step. */
const after = (extra: Step) => (e: Sample) => void e.steps.push({id: 'after', type: 'info', text: 'Thanks.', ...extra});
const options = (count: number) => Array.from({length: count}, (_, i) => ({value: `v${i}`, label: `V${i}`}));

interface Rule {
	rule: string;
	change: (e: Sample) => void;
	/** Can JSON Schema say it (so an editor flags it too)? */
	editor: boolean;
}

const broken: Rule[] = [
	// Top level
	{rule: 'format is 1', change: (e) => void (e['format'] = 'one'), editor: true},
	{rule: 'format is required', change: (e) => void delete e['format'], editor: true},
	{rule: 'id: lower-case letters, digits and -', change: (e) => void (e['id'] = 'Worry Time'), editor: true},
	{rule: 'id: up to 64 characters', change: (e) => void (e['id'] = 'a'.repeat(65)), editor: true},
	{rule: 'title is required', change: (e) => void delete e['title'], editor: true},
	{rule: 'title: up to 80 characters', change: (e) => void (e['title'] = 'a'.repeat(81)), editor: true},
	{rule: 'summary: one line (LF)', change: (e) => void (e['summary'] = 'line a\nline b'), editor: true},
	{rule: 'summary: one line (CR)', change: (e) => void (e['summary'] = 'line a\rline b'), editor: true},
	{rule: 'summary: up to 200 characters', change: (e) => void (e['summary'] = 'a'.repeat(201)), editor: true},
	{rule: 'summary is required', change: (e) => void delete e['summary'], editor: true},
	{rule: 'kind: the same characters as id', change: (e) => void (e['kind'] = 'Thought Record'), editor: true},
	{rule: 'minutes: 1 or more', change: (e) => void (e['minutes'] = 0), editor: true},
	{rule: 'minutes: up to 600', change: (e) => void (e['minutes'] = 601), editor: true},
	{rule: 'minutes: a whole number', change: (e) => void (e['minutes'] = 2.5), editor: true},
	{rule: 'steps: at least 1', change: (e) => void (e.steps = []), editor: true},
	{
		rule: 'steps: at most 100',
		change: (e) => void (e.steps = Array.from({length: 101}, (_, i) => ({id: `s${i}`, type: 'info', text: 'x'}))),
		editor: true,
	},
	{rule: 'unknown keys are refused (top level)', change: (e) => void (e['titel'] = 'x'), editor: true},
	// Every step
	{rule: 'step id: like the exercise id', change: (e) => void (step(e, 'words')['id'] = 'My Words'), editor: true},
	{rule: 'step id is required', change: (e) => void delete step(e, 'words')['id'], editor: true},
	{rule: 'step id: unique within the exercise', change: (e) => void (step(e, 'words')['id'] = 'feel'), editor: false},
	{rule: 'type: one cope knows', change: (e) => void (step(e, 'words')['type'] = 'slider'), editor: true},
	{rule: 'prompt is required (not for info)', change: (e) => void delete step(e, 'words')['prompt'], editor: true},
	{rule: 'prompt: non-empty', change: (e) => void (step(e, 'words')['prompt'] = ''), editor: true},
	{rule: 'help: non-empty text', change: (e) => void (step(e, 'words')['help'] = ''), editor: true},
	{rule: 'required: true or false', change: (e) => void (step(e, 'words')['required'] = 'yes'), editor: true},
	{rule: 'unknown keys are refused (a step)', change: (e) => void (step(e, 'words')['promt'] = 'x'), editor: true},
	// info
	{rule: 'info: text is required', change: (e) => void delete step(e, 'intro')['text'], editor: true},
	// text
	{rule: 'text: multiline is true or false', change: (e) => void (step(e, 'words')['multiline'] = 'yes'), editor: true},
	{rule: 'text: maxLength from 1', change: (e) => void (step(e, 'words')['maxLength'] = 0), editor: true},
	{rule: 'text: maxLength up to 100000', change: (e) => void (step(e, 'words')['maxLength'] = 100_001), editor: true},
	{rule: 'text: prompts are writing prompts (non-empty)', change: (e) => void (step(e, 'words')['prompts'] = ['']), editor: true},
	// scale
	{rule: 'scale: min is an integer', change: (e) => void (step(e, 'feel')['min'] = 0.5), editor: true},
	{rule: 'scale: min from -1000', change: (e) => void (step(e, 'feel')['min'] = -1001), editor: true},
	{rule: 'scale: max up to 1000', change: (e) => void (step(e, 'feel')['max'] = 1001), editor: true},
	{rule: 'scale: min and max are required', change: (e) => void delete step(e, 'feel')['max'], editor: true},
	{rule: 'scale: min < max', change: (e) => void (step(e, 'feel')['max'] = 0), editor: false},
	{rule: 'scale: label keys are whole numbers (a word)', change: (e) => void (step(e, 'feel')['labels'] = {low: 'lowest'}), editor: true},
	{
		rule: 'scale: label keys are whole numbers (a fraction)',
		change: (e) => void (step(e, 'feel')['labels'] = {'2.5': 'so-so'}),
		editor: true,
	},
	{
		rule: 'scale: label keys are whole numbers (written plainly)',
		change: (e) => void (step(e, 'feel')['labels'] = {'05': 'middle'}),
		editor: true,
	},
	{
		rule: 'scale: label keys are within -1000..1000',
		change: (e) => void (step(e, 'feel')['labels'] = {'1001': 'past the end'}),
		editor: true,
	},
	{rule: 'scale: label keys are from min to max', change: (e) => void (step(e, 'feel')['labels'] = {'11': 'past the end'}), editor: false},
	{rule: 'scale: labels are non-empty text', change: (e) => void (step(e, 'feel')['labels'] = {'0': ''}), editor: true},
	{rule: 'scale: default from min to max', change: (e) => void (step(e, 'feel')['default'] = 11), editor: false},
	{rule: 'scale: metric is a name', change: (e) => void (step(e, 'feel')['metric'] = 'My Mood'), editor: true},
	// select and multi-select
	{rule: 'select: at least 1 option', change: (e) => void (step(e, 'pick')['options'] = []), editor: true},
	{rule: 'select: at most 50 options', change: (e) => void (step(e, 'pick')['options'] = options(51)), editor: true},
	{rule: 'select: an option has a label', change: (e) => void (step(e, 'pick')['options'] = [{value: 'a'}]), editor: true},
	{
		rule: 'select: an option has only value, label, hint',
		change: (e) => void (step(e, 'pick')['options'] = [{value: 'a', label: 'A', tip: 'x'}]),
		editor: true,
	},
	{
		rule: 'select: option values are unique',
		change: (e) =>
			void (step(e, 'pick')['options'] = [
				{value: 'a', label: 'A'},
				{value: 'a', label: 'B'},
			]),
		editor: false,
	},
	{rule: 'multi-select: min is a count', change: (e) => void (step(e, 'many')['min'] = -1), editor: true},
	{rule: 'multi-select: min ≤ max', change: (e) => Object.assign(step(e, 'many'), {min: 2, max: 1}), editor: false},
	{rule: 'multi-select: max ≤ the number of options', change: (e) => void (step(e, 'many')['max'] = 3), editor: false},
	// list
	{rule: 'list: min ≤ max', change: (e) => Object.assign(step(e, 'items'), {min: 3, max: 2}), editor: false},
	{rule: 'list: max is a count', change: (e) => void (step(e, 'items')['max'] = 'five'), editor: true},
	// emotions
	{
		rule: 'emotions: up to 100 suggestions',
		change: (e) => void (step(e, 'feelings')['suggestions'] = Array.from({length: 101}, (_, i) => `feeling ${i}`)),
		editor: true,
	},
	{
		rule: 'emotions: a suggestion is up to 40 characters',
		change: (e) => void (step(e, 'feelings')['suggestions'] = ['a'.repeat(41)]),
		editor: true,
	},
	{
		rule: 'emotions: rerate names an earlier emotions step',
		change: after({id: 'again', type: 'emotions', prompt: 'Again?', rerate: 'feel'}),
		editor: false,
	},
	// timer
	{rule: 'timer: at least 1 phase', change: (e) => void (step(e, 'breathe')['phases'] = []), editor: true},
	{
		rule: 'timer: at most 20 phases',
		change: (e) => void (step(e, 'breathe')['phases'] = Array.from({length: 21}, () => ({label: 'In', seconds: 4}))),
		editor: true,
	},
	{rule: 'timer: seconds from 1', change: (e) => void (step(e, 'breathe')['phases'] = [{label: 'In', seconds: 0}]), editor: true},
	{rule: 'timer: seconds up to 3600', change: (e) => void (step(e, 'breathe')['phases'] = [{label: 'In', seconds: 3601}]), editor: true},
	{rule: 'timer: rounds from 1 to 100', change: (e) => void (step(e, 'breathe')['rounds'] = 101), editor: true},
	{
		rule: 'timer: checkIn every 10 seconds or more',
		change: (e) => void (step(e, 'breathe')['checkIn'] = {every: 9, prompt: 'Has it eased?'}),
		editor: true,
	},
	{
		rule: 'timer: checkIn every 3600 seconds or less',
		change: (e) => void (step(e, 'breathe')['checkIn'] = {every: 3601, prompt: 'Has it eased?'}),
		editor: true,
	},
	{rule: 'timer: checkIn has a prompt', change: (e) => void (step(e, 'breathe')['checkIn'] = {every: 60}), editor: true},
	// when
	{rule: 'when: names a step', change: after({when: {gte: 3}}), editor: true},
	{rule: 'when: exactly one comparison (none)', change: after({when: {step: 'feel'}}), editor: true},
	{rule: 'when: exactly one comparison (two)', change: after({when: {step: 'feel', gte: 3, lte: 7}}), editor: true},
	{rule: 'when: gte is a number', change: after({when: {step: 'feel', gte: '3'}}), editor: true},
	{rule: 'when: eq is text or a number, never true or false', change: after({when: {step: 'words', eq: true}}), editor: true},
	{rule: 'when: eq is not a list', change: after({when: {step: 'pick', eq: ['a']}}), editor: true},
	{rule: 'when: includes is text', change: after({when: {step: 'items', includes: 3}}), editor: true},
	{rule: 'when: only step and one comparison', change: after({when: {step: 'feel', gte: 3, unit: 'points'}}), editor: true},
	{rule: 'when: an earlier step', change: (e) => void (step(e, 'intro')['when'] = {step: 'feel', gte: 3}), editor: false},
	{rule: 'when: gte and lte on a scale step', change: after({when: {step: 'words', gte: 3}}), editor: false},
	{rule: 'when: gte within the scale', change: after({when: {step: 'feel', gte: 11}}), editor: false},
	{rule: 'when: eq on a step with one answer', change: after({when: {step: 'many', eq: 'x'}}), editor: false},
	{rule: 'when: eq on a select is one of its values', change: after({when: {step: 'pick', eq: 'c'}}), editor: false},
	{rule: 'when: eq on a text step is text', change: after({when: {step: 'words', eq: 5}}), editor: false},
	{rule: 'when: includes on a multi-select or list', change: after({when: {step: 'feel', includes: 'x'}}), editor: false},
];

const allowed: Array<{rule: string; change: (e: Sample) => void}> = [
	{rule: 'info: prompt is optional', change: (e) => void delete step(e, 'intro')['prompt']},
	{
		rule: 'scale: negative label keys within the range',
		change: (e) => Object.assign(step(e, 'feel'), {min: -10, labels: {'-10': 'lowest', '0': 'middle', '10': 'best'}}),
	},
	{
		rule: 'scale: the widest range, labelled at both ends',
		change: (e) => Object.assign(step(e, 'feel'), {min: -1000, max: 1000, labels: {'-1000': 'lowest', '1000': 'best'}}),
	},
	{rule: 'when: eq with a number on a scale', change: after({when: {step: 'feel', eq: 5}})},
	{rule: 'when: eq with one of a select’s values', change: after({when: {step: 'pick', eq: 'a'}})},
	{rule: 'when: includes with text on a list', change: after({when: {step: 'items', includes: 'sleep'}})},
	{rule: 'when: includes with a multi-select value', change: after({when: {step: 'many', includes: 'x'}})},
	{rule: 'summary: up to 200 characters on one line', change: (e) => void (e['summary'] = 'a'.repeat(200))},
	{rule: '$schema for editors', change: (e) => void (e['$schema'] = './schema.json')},
];

describe('docs/exercise-format.md, rule by rule', () => {
	it.each(broken)('$rule: cope refuses it (and editors, where JSON Schema can say it)', ({change, editor}) => {
		const exercise = sampleWith(change);
		expect(validateExercise(exercise, 'f.json').ok).toBe(false);
		if (editor) expect(editorAccepts(exercise)).toBe(false);
	});

	it.each(allowed)('$rule: cope and editors accept it', ({change}) => {
		const exercise = sampleWith(change);
		const result = validateExercise(exercise, 'f.json');
		expect(result.ok ? [] : result.problems).toEqual([]);
		expect(editorAccepts(exercise), JSON.stringify(editorAccepts.errors)).toBe(true);
	});

	it('names a line break in the summary as what the format asks for', () => {
		const result = validateExercise(
			sampleWith((e) => void (e['summary'] = 'line a\nline b')),
			'f.json',
		);
		expect(result.ok ? [] : result.problems).toEqual([
			'f.json: summary: expected one line of text (up to 200 characters, no line breaks), got "line a\\nline b"',
		]);
	});
});
