import {describe, expect, it} from 'vitest';
import {fillPrompt, quotedIds, withQuotes} from '../../src/domain/exercise/quote.js';
import type {Exercise} from '../../src/domain/exercise/types.js';
import {validateExercise} from '../../src/domain/exercise/validate.js';
import {sampleWith} from '../helpers/exercise.js';
import {activityExercise} from '../helpers/fortnight.js';

// Steps of sampleExercise(): 0 intro (info), 1 feel (scale 0–10), 2 pick (select a/b),
// 3 many (multi-select x/y), 4 items (list), 5 feelings (emotions), 6 words (text), 7 breathe (timer).
const sample = sampleWith(() => undefined) as unknown as Exercise;

function problems(value: unknown): string[] {
	const result = validateExercise(value, 'my.json');
	return result.ok ? [] : result.problems;
}

describe('fillPrompt: a prompt quotes earlier answers', () => {
	it('quotes each kind of answer in words', () => {
		const answers = {
			feel: 4,
			pick: 'b',
			many: ['x', 'y'],
			items: ['walk', 'call Sam'],
			feelings: {sad: 40, tired: 20},
			words: 'the park',
			breathe: 120,
		};
		expect(fillPrompt('Which of {items} first?', answers, sample)).toBe('Which of walk, call Sam first?');
		expect(fillPrompt('{pick} / {many} / {feel} / {feelings} / {words} / {breathe}', answers, sample)).toBe(
			'B / X, Y / 4 / sad, tired / the park / 2 min',
		);
	});

	it('shows … for an answer not given, keeps unknown names and writes {{ }} as braces', () => {
		expect(fillPrompt('Do {items} now', {}, sample)).toBe('Do … now');
		expect(fillPrompt('{nobody} and {{items}}', {items: ['a']}, sample)).toBe('{nobody} and {items}');
	});

	it('makes the quoted answer inert and one line, and cuts a long one', () => {
		const quoted = fillPrompt('About {words}?', {words: 'red \u001B[31mtext\nnext line'}, sample);
		expect(quoted).not.toContain('\u001B');
		expect(quoted).not.toContain('\n');
		expect(quoted).toContain('^[');
		const long = fillPrompt('{words}', {words: 'word '.repeat(100)}, sample);
		expect([...long].length).toBeLessThanOrEqual(120);
		expect(long.endsWith('…')).toBe(true);
	});

	it('lists the ids a text quotes, and fills prompt and help of a step', () => {
		expect(quotedIds('{a} {b} {a} {{c}}')).toEqual(['a', 'b']);
		const step = withQuotes(
			{id: 's', type: 'text', prompt: 'When will you do {items}?', help: 'Pick from {items}.'},
			{items: ['walk']},
			sample,
		);
		expect(step).toMatchObject({prompt: 'When will you do walk?', help: 'Pick from walk.'});
	});

	it('the BA fixture asks about the activities listed before', () => {
		const exercise = activityExercise();
		const step = exercise.steps.find((s) => s.id === 'when-where');
		expect(step && withQuotes(step, {activities: ['walk', 'call Sam']}, exercise).prompt).toBe(
			'When and where will you do walk, call Sam?',
		);
	});
});

describe('validateExercise: quotes must name an earlier step with an answer', () => {
	it('accepts a quote of an earlier step', () => {
		expect(problems(sampleWith((e) => void ((e.steps[6] as {prompt: string}).prompt = 'Write about {items} and {{this}}')))).toEqual([]);
	});

	it('names a later step, an unknown one, the step itself and an info step', () => {
		const input = sampleWith((e) => {
			(e.steps[1] as {prompt: string}).prompt = 'How are you about {words}?';
			(e.steps[2] as {help?: string}).help = 'See {nothing-here}';
			(e.steps[4] as {prompt: string}).prompt = 'List {items}';
			(e.steps[6] as {prompt: string}).prompt = 'After {intro}';
		});
		expect(problems(input)).toEqual([
			'my.json: steps[1].prompt: expected the id of an earlier step in {…} (write {{ for a brace itself), got "{words}" (that step comes later, at steps[6])',
			'my.json: steps[2].help: expected the id of an earlier step in {…} (write {{ for a brace itself), got "{nothing-here}" (no step has that id)',
			'my.json: steps[4].prompt: expected the id of an earlier step in {…} (write {{ for a brace itself), got "{items}" (that is this step)',
			'my.json: steps[6].prompt: expected the id of an earlier step in {…} (write {{ for a brace itself), got "{intro}" (an info step has no answer to quote)',
		]);
	});
});
