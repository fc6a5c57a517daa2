import {describe, expect, it} from 'vitest';
import {entryFromAnswers, keptValues} from '../../src/domain/exercise/answers-entry.js';
import {answerProblem, conditionHolds, firstUnfinished, fittingAnswers, shownStepIndexes} from '../../src/domain/exercise/progress.js';
import {durationInWords, formatDuration, summarizeRun} from '../../src/domain/exercise/run-summary.js';
import {glance, sparkline} from '../../src/domain/glance.js';
import {createMoodEntry} from '../../src/domain/mood-entry.js';
import {dayFigures} from '../../src/domain/stats/day-figures.js';
import {branching, exerciseOf, moodLog} from '../fixtures/exercises.js';
import {testId} from '../helpers/entries.js';

describe('when conditions', () => {
	it('gte, lte, eq and includes, on the answers so far', () => {
		expect(conditionHolds(undefined, {})).toBe(true);
		expect(conditionHolds({step: 'mood', gte: 7}, {mood: 7})).toBe(true);
		expect(conditionHolds({step: 'mood', gte: 7}, {mood: 6})).toBe(false);
		expect(conditionHolds({step: 'mood', lte: 3}, {})).toBe(false);
		expect(conditionHolds({step: 'where', eq: 'work'}, {where: 'work'})).toBe(true);
		expect(conditionHolds({step: 'traps', includes: 'labelling'}, {traps: ['labelling']})).toBe(true);
		expect(conditionHolds({step: 'feel', includes: 'sad'}, {feel: {sad: 40}})).toBe(true);
		expect(conditionHolds({step: 'feel', includes: 'toString'}, {feel: {sad: 40}})).toBe(false);
		expect(conditionHolds({step: '__proto__', eq: 1}, {})).toBe(false);
	});

	it('the shown steps follow the answers', () => {
		expect(shownStepIndexes(branching, {})).toEqual([0, 3]);
		expect(shownStepIndexes(branching, {mood: 2})).toEqual([0, 1, 3]);
		expect(shownStepIndexes(branching, {mood: 9})).toEqual([0, 2, 3]);
	});
});

describe('required answers', () => {
	it('scale and select are required by default, text is not; min on lists counts', () => {
		expect(answerProblem({id: 'a', type: 'scale', prompt: '', min: 0, max: 10}, undefined)).toMatch(/Choose a number/);
		expect(answerProblem({id: 'a', type: 'text', prompt: ''}, '  ')).toBeUndefined();
		expect(answerProblem({id: 'a', type: 'text', prompt: '', required: true}, '  ')).toMatch(/A few words/);
		expect(answerProblem({id: 'a', type: 'list', prompt: '', min: 2}, ['x'])).toBe('Add 1 more (at least 2 in all).');
		expect(answerProblem({id: 'a', type: 'list', prompt: '', min: 2}, [])).toBe('Add at least 2, one per line.');
		expect(answerProblem({id: 'a', type: 'multi-select', prompt: '', options: [], max: 1}, ['a', 'b'])).toBe('Up to 1, please.');
	});

	it('firstUnfinished finds the first shown step still needing an answer', () => {
		expect(firstUnfinished(branching, {mood: 5})).toMatchObject({index: 3});
		expect(firstUnfinished(branching, {mood: 5, end: 'no'})).toBeUndefined();
	});
});

describe('answers from a draft', () => {
	it('keeps only answers that fit the steps as they are now', () => {
		expect(fittingAnswers(moodLog, {mood: 'seven', urge: 3, emotions: {sad: 140}, note: 'kept', gone: 'x'})).toEqual({
			urge: 3,
			note: 'kept',
		});
		expect(fittingAnswers(branching, {mood: 11, end: 'maybe'})).toEqual({});
	});
});

describe('the entry from the answers', () => {
	const now = new Date('2026-11-25T21:40:00Z');

	it('type = kind ?? id, values by step id, metrics from scale steps, tags from text; hidden and empty answers dropped', () => {
		const entry = entryFromAnswers(moodLog, {mood: 4, urge: 6, emotions: {anxious: 60}, note: 'bad day at #Work  '}, now, testId());
		expect(entry).toMatchObject({
			type: 'mood',
			exercise: 'mood-log',
			tags: ['work'],
			values: {mood: 4, urge: 6, emotions: {anxious: 60}, note: 'bad day at #Work'},
			metrics: {mood: 4, urge: 6},
		});
		const plain = entryFromAnswers(branching, {mood: 8, low: 'was low once', good: '', end: 'no'}, now, testId());
		expect(plain.type).toBe('branching');
		expect(plain.values).toEqual({mood: 8, end: 'no'});
		expect(plain.metrics).toBeUndefined();
	});

	it('tags come from list items too, and a feeling named __proto__ stays a plain key', () => {
		const exercise = exerciseOf('x', [
			{id: 'items', type: 'list', prompt: ''},
			{id: 'feel', type: 'emotions', prompt: ''},
		]);
		const feel = Object.fromEntries([['__proto__', 5]]) as Record<string, number>;
		const values = keptValues(exercise, {items: ['went to #gym'], feel});
		expect(Object.keys(values['feel'] as object)).toEqual(['__proto__']);
		expect(entryFromAnswers(exercise, {items: ['went to #gym']}, now, testId()).tags).toEqual(['gym']);
	});

	it('the summary lists each re-rated feeling before → after, and the balanced thought', () => {
		const exercise = exerciseOf(
			'thought-record',
			[
				{id: 'emotions', type: 'emotions', prompt: ''},
				{id: 'balanced', type: 'text', prompt: ''},
				{id: 'rerate', type: 'emotions', prompt: '', rerate: 'emotions'},
			],
			{kind: 'thought-record'},
		);
		const entry = entryFromAnswers(
			exercise,
			{emotions: {anxious: 78, ashamed: 40}, balanced: ' One stumble is not everything. ', rerate: {anxious: 45, ashamed: 20, calm: 30}},
			now,
			testId(),
		);
		expect(summarizeRun(exercise, entry)).toEqual({
			headline: 'Saved. Well done for slowing this down.',
			changes: [
				{name: 'anxious', before: 78, after: 45},
				{name: 'ashamed', before: 40, after: 20},
				{name: 'calm', before: undefined, after: 30},
			],
			balanced: 'One stumble is not everything.',
			facts: [],
			next: 'See how things go over time: cope report',
		});
		expect(formatDuration(90)).toBe('1:30');
		expect([durationInWords(60), durationInWords(120), durationInWords(45), durationInWords(90)]).toEqual([
			'One minute',
			'2 minutes',
			'45 seconds',
			'1:30',
		]);
	});
});

describe('the summary of a timer exercise', () => {
	it('shows a metric rated before and after as before → after, and the time with the timer', () => {
		const exercise = exerciseOf('wave', [
			{id: 'before', type: 'scale', prompt: '', min: 0, max: 10, metric: 'urge'},
			{id: 'ride', type: 'timer', prompt: '', phases: [{label: 'Breathe', seconds: 60}]},
			{id: 'after', type: 'scale', prompt: '', min: 0, max: 10, metric: 'urge'},
		]);
		const entry = entryFromAnswers(exercise, {before: 6, ride: 75, after: 3}, new Date('2026-11-25T21:40:00Z'), testId());
		expect(summarizeRun(exercise, entry).facts).toEqual(['urge 6 → 3', '1:15 with the timer']);
	});
});

describe('a scale rated again (rerate)', () => {
	const exercise = exerciseOf('wave', [
		{id: 'urge', type: 'scale', prompt: '', min: 0, max: 10, metric: 'urge'},
		{id: 'ride', type: 'timer', prompt: '', phases: [{label: 'Breathe', seconds: 60}]},
		{id: 'urge-after', type: 'scale', prompt: '', min: 0, max: 10, rerate: 'urge'},
		{id: 'eased', type: 'info', text: 'It eased.', when: {step: 'urge-after', lowerThan: 'urge'}},
		{id: 'not-yet', type: 'info', text: 'Not yet.', when: {step: 'urge-after', notLowerThan: 'urge'}},
	]);
	const at = new Date('2026-11-25T21:40:00Z');

	it('records the latest rating as the metric and the first as <metric>-start', () => {
		const entry = entryFromAnswers(exercise, {urge: 8, ride: 120, 'urge-after': 2}, at, testId());
		expect(entry.metrics).toEqual({urge: 2, 'urge-start': 8});
		expect(entry.values).toMatchObject({urge: 8, 'urge-after': 2});
		expect(summarizeRun(exercise, entry).facts).toEqual(['urge 8 → 2', '2:00 with the timer']);
	});

	it('keeps the one rating when the second is not given', () => {
		const entry = entryFromAnswers(exercise, {urge: 8}, at, testId());
		expect(entry.metrics).toEqual({urge: 8});
		expect(summarizeRun(exercise, entry).facts).toEqual(['urge 8']);
	});

	it('"eased" means lower than at the start, whatever the numbers', () => {
		const shown = (answers: Record<string, number>) => shownStepIndexes(exercise, answers).map((index) => exercise.steps[index]?.id);
		expect(shown({urge: 8, 'urge-after': 7})).toContain('eased');
		expect(shown({urge: 3, 'urge-after': 2})).toContain('eased');
		expect(shown({urge: 3, 'urge-after': 3})).toContain('not-yet');
		expect(shown({urge: 3, 'urge-after': 3})).not.toContain('eased');
		expect(shown({urge: 2, 'urge-after': 6})).toContain('not-yet');
	});
});

describe('today at a glance', () => {
	it('averages mood per local day, leaves gaps, counts entries today and shows the last mood', () => {
		const now = new Date(2026, 10, 25, 20, 0);
		const at = (daysAgo: number, hour: number): Date => new Date(2026, 10, 25 - daysAgo, hour);
		const entries = [
			createMoodEntry({mood: 3, at: at(2, 9), now, id: testId()}),
			createMoodEntry({mood: 7, at: at(2, 18), now, id: testId()}),
			createMoodEntry({mood: 8, at: at(0, 8), now, id: testId()}),
		];
		const result = glance(dayFigures(entries), {mood: 8, day: '2026-11-25'}, '2026-11-25', 4);
		expect(result.moodByDay).toEqual([undefined, 5, undefined, 8]);
		expect(result.entriesToday).toBe(1);
		expect(result.lastMood).toEqual({mood: 8, day: '2026-11-25'});
		// A last mood from before the days it covers is not shown as the last one.
		expect(glance(dayFigures(entries), {mood: 2, day: '2026-11-01'}, '2026-11-25', 4).lastMood).toBeUndefined();
		expect(sparkline(result.moodByDay)).toBe(' ▅ ▇');
		expect(sparkline([0, 10, 12, -1])).toBe('▁██▁');
	});
});

describe('the summary of an exercise with a metric of its own', () => {
	it('names it by its step label, on its scale: "Energy 2/10", not "ba-energy 2"', () => {
		const exercise = exerciseOf('ba', [
			{id: 'energy', type: 'scale', prompt: 'How is your energy?', label: 'Energy', min: 0, max: 10, metric: 'ba-energy'},
			{id: 'sleep', type: 'scale', prompt: 'Sleep?', min: 1, max: 5, metric: 'sleep-quality'},
		]);
		const entry = entryFromAnswers(exercise, {energy: 2, sleep: 3}, new Date('2026-11-25T21:40:00Z'), testId());
		expect(summarizeRun(exercise, entry).facts).toEqual(['Energy 2/10', 'sleep quality 3']);
	});
});
