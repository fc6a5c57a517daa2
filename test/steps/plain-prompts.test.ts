import {beforeAll, describe, expect, it} from 'vitest';
import {STEP_TYPES} from '../../src/domain/exercise/types.js';
import type {Answers, Step, StepValue} from '../../src/domain/exercise/types.js';
import type {Ask, Read} from '../../src/plain/ask.js';
import {askStep} from '../../src/steps/plain.js';
import {kindByType} from '../../src/steps/registry.js';
import {loadStepScreens, screenOf} from '../../src/tui/steps/registry.js';

beforeAll(loadStepScreens);

/** An Ask with typed lines (or pauses) and a clock that moves only when a wait runs out. */
function fakeAsk(lines: Array<string | 'stop'>, options: {current?: StepValue; answers?: Answers; typed?: boolean} = {}) {
	const said: string[] = [];
	const refused: string[] = [];
	let time = 0;
	const queue = [...lines];
	const next = (): Read => {
		const line = queue.shift();
		return line === undefined || line === 'stop'
			? {kind: 'stop', reason: line === 'stop' ? 'interrupt' : 'end'}
			: {kind: 'line', text: line};
	};
	const ask: Ask = {
		say: (...text) => void said.push(...text),
		read: () => Promise.resolve(next()),
		refuse: (expected) => void refused.push(expected),
		wait: (ms) => {
			// A typed line (not "wait") ends the wait early, as Enter does on a terminal.
			if (queue[0] !== undefined && queue[0] !== 'wait') {
				time += 500;
				return Promise.resolve(next());
			}
			if (queue[0] === 'wait') queue.shift();
			time += ms;
			return Promise.resolve('done');
		},
		now: () => time,
		current: options.current,
		answers: options.answers ?? {},
		typed: options.typed ?? true,
		today: new Date('2026-11-25T12:00:00Z'),
	};
	return {ask, said, refused};
}

describe('the step registry', () => {
	it('has a kind and a screen for every type the schema knows', () => {
		for (const type of STEP_TYPES) {
			expect(kindByType(type)?.type).toBe(type);
			expect(screenOf({type} as Step)).toBeDefined();
		}
		expect(kindByType('slider')).toBeUndefined();
	});

	it('a rating asked again reads in the review with where it started: a scale, and each feeling', () => {
		const answers: Answers = {before: 8, feelings: {anxious: 78, sad: 60}};
		const scale = kindByType('scale') as {answerText(step: Step, value: StepValue, answers: Answers): string};
		expect(scale.answerText({id: 'after', type: 'scale', prompt: 'Now?', min: 0, max: 10, rerate: 'before'} as Step, 2, answers)).toBe(
			'2 (was 8)',
		);
		const emotions = kindByType('emotions') as typeof scale;
		const again = {id: 'again', type: 'emotions', prompt: 'And now?', rerate: 'feelings'} as Step;
		expect(emotions.answerText(again, {anxious: 40, sad: 50, calm: 20}, answers)).toBe('anxious 40 (was 78), sad 50 (was 60), calm 20');
		expect(emotions.answerText({id: 'feelings', type: 'emotions', prompt: 'Feelings?'} as Step, {anxious: 78}, answers)).toBe('anxious 78');
	});
});

describe('plain prompts', () => {
	const timer: Step = {
		id: 'ride',
		type: 'timer',
		prompt: 'Ride it',
		phases: [{label: 'Notice', seconds: 30}],
		rounds: 4,
		checkIn: {every: 60, prompt: 'Has it eased?'},
	};

	it('a timer prints a line per phase and asks its check-in; "It\'s easing" ends it with the seconds done', async () => {
		const {ask, said} = fakeAsk(['', 'wait', 'wait', '2']);
		const asked = await askStep(timer, ask);
		expect(asked).toEqual({kind: 'answer', value: 60});
		expect(said).toContain('Round 1 of 4. Notice, 30 s');
		expect(said).toContain('Round 2 of 4. Notice, 30 s');
		expect(said).toContain('Has it eased?');
		expect(said).toContain("  2. It's easing");
	});

	it('a timer: Enter while it runs stops it, keeping the seconds done; s skips it', async () => {
		const stopped = fakeAsk(['', 'wait', '']);
		expect(await askStep(timer, stopped.ask)).toEqual({kind: 'answer', value: 30});
		expect(stopped.said).toContain('Stopped after 30 s.');
		expect(await askStep(timer, fakeAsk(['s']).ask)).toEqual({kind: 'answer', value: 0});
	});

	it('a timer interrupted (Ctrl+C) keeps the seconds done as the draft', async () => {
		expect(await askStep(timer, fakeAsk(['', 'wait', 'stop']).ask)).toEqual({kind: 'stop', reason: 'interrupt', partial: 30});
	});

	it('feelings: a name alone is asked how strong; a strength out of range is refused gently and asked again', async () => {
		const step: Step = {id: 'feel', type: 'emotions', prompt: 'Feelings?'};
		const {ask, said, refused} = fakeAsk(['Anxious', '120', '70', 'sad: 40', '']);
		expect(await askStep(step, ask)).toEqual({kind: 'answer', value: {anxious: 70, sad: 40}});
		expect(said).toContain('How strong is anxious, from 0 to 100?');
		expect(refused).toEqual(['a whole number from 0 to 100']);
	});

	it('a required scale refuses an empty line, and a multi-select checks its numbers and its minimum', async () => {
		const scale: Step = {id: 'mood', type: 'scale', prompt: 'Mood?', min: 0, max: 10};
		const first = fakeAsk(['', '11', '4']);
		expect(await askStep(scale, first.ask)).toEqual({kind: 'answer', value: 4});
		expect(first.refused).toHaveLength(2);
		const many: Step = {
			id: 'traps',
			type: 'multi-select',
			prompt: 'Which?',
			min: 2,
			options: [
				{value: 'a', label: 'A'},
				{value: 'b', label: 'B'},
				{value: 'c', label: 'C'},
			],
		};
		const second = fakeAsk(['4', '1', '1, c']);
		expect(await askStep(many, second.ask)).toEqual({kind: 'answer', value: ['a', 'c']});
		expect(second.refused).toHaveLength(2);
	});

	it('a list stops at its most, and an empty first line keeps the answer it had', async () => {
		const list: Step = {id: 'see', type: 'list', prompt: 'What do you see?', max: 2};
		const full = fakeAsk(['a lamp', 'a door', 'never asked']);
		expect(await askStep(list, full.ask)).toEqual({kind: 'answer', value: ['a lamp', 'a door']});
		expect(full.said).toContain("That's 2, the most this list holds.");
		expect(await askStep(list, fakeAsk([''], {current: ['a chair']}).ask)).toEqual({kind: 'answer', value: ['a chair']});
	});
});
