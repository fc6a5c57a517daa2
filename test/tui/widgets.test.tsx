import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {Step, StepValue} from '../../src/domain/exercise/types.js';
import {exerciseOf} from '../fixtures/exercises.js';
import {KEYS, press, waitForText} from '../helpers/ink.js';
import {startTui, type Harness} from '../helpers/tui.js';

const harnesses: Harness[] = [];
afterEach(() => {
	cleanup();
	for (const harness of harnesses.splice(0)) harness.cleanup();
});

/** Runs an exercise of `step` alone: `drive` types into it, then review → save; returns the saved value. */
async function valueAfter(step: Step, drive: (h: Harness) => Promise<void>): Promise<StepValue | undefined> {
	const harness = await startTui({kind: 'exercise', exercise: exerciseOf('widget', [step])});
	harnesses.push(harness);
	await waitForText(harness.rendered, 'step 1 of 1');
	await drive(harness);
	await waitForText(harness.rendered, 'Look it over before saving');
	await press(harness.rendered, KEYS.enter);
	await waitForText(harness.rendered, 'Saved.');
	const [entry] = harness.entries();
	return entry?.values[step.id] as StepValue | undefined;
}

describe('text step', () => {
	it('types, pastes, edits with backspace (key.delete) and arrows, and enter moves on', async () => {
		const value = await valueAfter({id: 'note', type: 'text', prompt: 'A note'}, async (h) => {
			await press(
				h.rendered,
				'helo',
				KEYS.left,
				'l',
				KEYS.end,
				' wrld',
				KEYS.left,
				KEYS.left,
				KEYS.left,
				'o',
				KEYS.end,
				'!!',
				KEYS.backspace,
			);
			await waitForText(h.rendered, 'hello world!▌');
			await press(h.rendered, KEYS.enter);
		});
		expect(value).toBe('hello world!');
	});

	it('a paste arrives as one input and is inserted whole; a line break pasted into a one-line field becomes a space', async () => {
		const value = await valueAfter({id: 'note', type: 'text', prompt: 'A note'}, async (h) => {
			h.rendered.stdin.write('first line\nsecond line');
			await waitForText(h.rendered, 'first line second line');
			await press(h.rendered, KEYS.enter);
		});
		expect(value).toBe('first line second line');
	});

	it('multi-line: enter adds a line, ctrl+d finishes; home, up and down move the cursor', async () => {
		const value = await valueAfter({id: 'text', type: 'text', prompt: 'Write', multiline: true}, async (h) => {
			await press(h.rendered, 'one', KEYS.enter, 'two', KEYS.up, KEYS.home, '>', KEYS.down, KEYS.end, '.');
			await waitForText(h.rendered, 'two.▌');
			await press(h.rendered, KEYS.ctrlD);
		});
		expect(value).toBe('>one\ntwo.');
	});

	it('stops at maxLength with a gentle line', async () => {
		const value = await valueAfter({id: 'word', type: 'text', prompt: 'One word', maxLength: 5}, async (h) => {
			await press(h.rendered, 'abcdefgh');
			await waitForText(h.rendered, "That's the most this field holds (5 characters).");
			await press(h.rendered, KEYS.enter);
		});
		expect(value).toBe('abcde');
	});

	it('a required field asks gently instead of moving on', async () => {
		const value = await valueAfter({id: 'situation', type: 'text', prompt: 'What happened?', required: true}, async (h) => {
			await press(h.rendered, KEYS.enter);
			await waitForText(h.rendered, 'A few words here would help. Take your time.');
			await press(h.rendered, 'the bus was late', KEYS.enter);
		});
		expect(value).toBe('the bus was late');
	});

	it('ctrl+e hands the text to the editor and takes back what it saved', async () => {
		const harness = await startTui(
			{kind: 'exercise', exercise: exerciseOf('widget', [{id: 'text', type: 'text', prompt: 'Write', multiline: true}])},
			{editor: (text) => `${text} and more from the editor\n`},
		);
		harnesses.push(harness);
		await waitForText(harness.rendered, 'step 1 of 1');
		await press(harness.rendered, 'typed here', KEYS.ctrlE);
		await waitForText(harness.rendered, 'typed here and more from the editor▌');
		expect(harness.edits).toEqual(['typed here']);
	});

	it('an editor that fails leaves the text as it was, with a calm line', async () => {
		const harness = await startTui({kind: 'exercise', exercise: exerciseOf('widget', [{id: 'text', type: 'text', prompt: 'Write'}])});
		harnesses.push(harness);
		await waitForText(harness.rendered, 'step 1 of 1');
		await press(harness.rendered, 'kept', KEYS.ctrlE);
		await waitForText(harness.rendered, 'Your text is as it was.');
		expect(harness.rendered.lastFrame()).toContain('kept▌');
	});
});

describe('scale step', () => {
	const step: Step = {id: 'mood', type: 'scale', prompt: 'Mood', min: 0, max: 10, labels: {'0': 'lowest', '10': 'best'}};

	it('the first arrow picks the middle, labels are shown, digits type a number (1 then 0 is 10)', async () => {
		const value = await valueAfter(step, async (h) => {
			await waitForText(h.rendered, '0 lowest … 10 best');
			expect(h.rendered.lastFrame()).toContain('Not chosen yet');
			await press(h.rendered, KEYS.right);
			await waitForText(h.rendered, '[5]');
			await press(h.rendered, KEYS.right);
			await waitForText(h.rendered, '[6]');
			await press(h.rendered, '1', '0');
			await waitForText(h.rendered, '10 · best');
			await press(h.rendered, KEYS.left, KEYS.left, KEYS.enter);
		});
		expect(value).toBe(8);
	});

	it('without a default, enter asks for a choice first', async () => {
		const value = await valueAfter(step, async (h) => {
			await press(h.rendered, KEYS.enter);
			await waitForText(h.rendered, 'Choose a number with ←→ or type it');
			await press(h.rendered, '3', KEYS.enter);
		});
		expect(value).toBe(3);
	});

	it('starts at the default', async () => {
		const value = await valueAfter({...step, default: 2} as Step, async (h) => {
			await waitForText(h.rendered, '[2]');
			await press(h.rendered, KEYS.enter);
		});
		expect(value).toBe(2);
	});
});

describe('select step', () => {
	it('↑↓ move, enter chooses the option under the cursor', async () => {
		const value = await valueAfter(
			{
				id: 'where',
				type: 'select',
				prompt: 'Where?',
				options: [
					{value: 'home', label: 'At home'},
					{value: 'work', label: 'At work', hint: 'or school'},
					{value: 'out', label: 'Out'},
				],
			},
			async (h) => {
				await waitForText(h.rendered, 'or school');
				await press(h.rendered, KEYS.down, KEYS.down, KEYS.down, KEYS.up);
				await waitForText(h.rendered, '❯ At work');
				await press(h.rendered, KEYS.enter);
			},
		);
		expect(value).toBe('work');
	});
});

describe('multi-select step', () => {
	const step: Step = {
		id: 'traps',
		type: 'multi-select',
		prompt: 'Traps?',
		min: 1,
		max: 2,
		options: [
			{value: 'a', label: 'Alpha'},
			{value: 'b', label: 'Beta'},
			{value: 'c', label: 'Gamma'},
		],
	};

	it('space toggles, min and max are kept with a gentle line', async () => {
		const value = await valueAfter(step, async (h) => {
			await press(h.rendered, KEYS.enter);
			await waitForText(h.rendered, 'Choose at least one');
			await press(h.rendered, KEYS.space, KEYS.down, KEYS.down, KEYS.space, KEYS.up, KEYS.space);
			await waitForText(h.rendered, 'Up to 2.');
			await press(h.rendered, KEYS.up, KEYS.space, KEYS.down, KEYS.space);
			await waitForText(h.rendered, '[x] Beta');
			await press(h.rendered, KEYS.enter);
		});
		expect(value).toEqual(['b', 'c']);
	});
});

describe('list step', () => {
	it('one item per line, backspace on an empty line takes the last back, an empty line ends', async () => {
		const value = await valueAfter({id: 'evidence', type: 'list', prompt: 'Evidence?', min: 2}, async (h) => {
			await press(h.rendered, 'first', KEYS.enter, 'secnd', KEYS.enter, KEYS.backspace);
			await waitForText(h.rendered, '› secnd▌');
			await press(h.rendered, KEYS.left, KEYS.left, 'o', KEYS.end, KEYS.enter);
			await waitForText(h.rendered, '• second');
			await press(h.rendered, 'pasted one\npasted two\n');
			await waitForText(h.rendered, '• pasted two');
			await press(h.rendered, KEYS.enter);
		});
		expect(value).toEqual(['first', 'second', 'pasted one', 'pasted two']);
	});

	it('asks for more when fewer than min', async () => {
		const value = await valueAfter({id: 'evidence', type: 'list', prompt: 'Evidence?', min: 2}, async (h) => {
			await press(h.rendered, 'only one', KEYS.enter, KEYS.enter);
			await waitForText(h.rendered, 'Add 1 more (at least 2 in all).');
			await press(h.rendered, 'two', KEYS.enter, KEYS.enter);
		});
		expect(value).toEqual(['only one', 'two']);
	});
});

describe('emotions step', () => {
	it('adds from suggestions or typed names, ←→ by 5, typed numbers, backspace', async () => {
		const value = await valueAfter(
			{id: 'emotions', type: 'emotions', prompt: 'Feelings?', suggestions: ['anxious', 'sad', 'angry']},
			async (h) => {
				await waitForText(h.rendered, 'A feeling:');
				await press(h.rendered, KEYS.down, KEYS.enter);
				await waitForText(h.rendered, '❯ anxious');
				await press(h.rendered, KEYS.right, KEYS.right, KEYS.right);
				await waitForText(h.rendered, ' 65');
				await press(h.rendered, KEYS.down, KEYS.enter, 'let down', KEYS.enter);
				await waitForText(h.rendered, '❯ let down');
				await press(h.rendered, KEYS.down, KEYS.enter, 'an', KEYS.tab);
				await waitForText(h.rendered, 'A feeling: angry▌');
				await press(h.rendered, KEYS.enter, KEYS.backspace, KEYS.backspace);
				await waitForText(h.rendered, /❯ angry +0\n/);
				await press(h.rendered, KEYS.backspace);
				await waitForText(h.rendered, '❯ + add another');
				expect(h.rendered.lastFrame()).not.toContain('angry');
				await press(h.rendered, KEYS.up);
				await waitForText(h.rendered, '❯ let down');
				await press(h.rendered, '3', '0', KEYS.backspace, '5');
				await waitForText(h.rendered, ' 35');
				await press(h.rendered, KEYS.enter);
			},
		);
		expect(value).toEqual({anxious: 65, 'let down': 35});
	});

	it('re-rates the names of an earlier step, showing what they were', async () => {
		const harness = await startTui({
			kind: 'exercise',
			exercise: exerciseOf('rerate', [
				{id: 'before', type: 'emotions', prompt: 'Feelings?', suggestions: ['anxious']},
				{id: 'after', type: 'emotions', prompt: 'Now?', rerate: 'before'},
			]),
		});
		harnesses.push(harness);
		await press(harness.rendered, 'anxious', KEYS.enter, '8', '0', KEYS.enter);
		await waitForText(harness.rendered, 'was 80');
		await press(harness.rendered, KEYS.left, KEYS.left, KEYS.left, KEYS.left, KEYS.enter);
		await waitForText(harness.rendered, 'Look it over');
		await press(harness.rendered, KEYS.enter);
		await waitForText(harness.rendered, 'anxious  80 → 60');
		expect(harness.entries()[0]?.values).toEqual({before: {anxious: 80}, after: {anxious: 60}});
	});
});

describe('timer step', () => {
	const step: Step = {
		id: 'ride',
		type: 'timer',
		prompt: 'Ride the wave',
		phases: [
			{label: 'Breathe in', seconds: 4},
			{label: 'Breathe out', seconds: 6},
		],
		rounds: 3,
		checkIn: {every: 20, prompt: 'Has it eased?'},
	};

	it('counts down by the injected clock, checks in, and stores the seconds completed', async () => {
		const value = await valueAfter(step, async (h) => {
			await waitForText(h.rendered, '0:00 of 0:30');
			h.clock.advance(5000);
			await waitForText(h.rendered, /Breathe out ·+ 5/);
			expect(h.rendered.lastFrame()).toContain('round 1 of 3');
			h.clock.advance(16_000);
			await waitForText(h.rendered, '20 seconds gone. Has it eased?');
			await waitForText(h.rendered, '0:20 of 0:30');
			await press(h.rendered, KEYS.enter);
			await waitForText(h.rendered, 'space pause');
			h.clock.advance(3000);
			await waitForText(h.rendered, '0:23 of 0:30');
			await press(h.rendered, 's');
		});
		expect(value).toBe(23);
	});

	it('waits while help now is open', async () => {
		const value = await valueAfter(step, async (h) => {
			await waitForText(h.rendered, 'space pause');
			h.clock.advance(2000);
			await waitForText(h.rendered, '0:02 of 0:30');
			await press(h.rendered, KEYS.ctrlG);
			await waitForText(h.rendered, 'Help now');
			h.clock.advance(10_000);
			await press(h.rendered, KEYS.escape);
			await waitForText(h.rendered, 'space pause');
			h.clock.advance(1000);
			await waitForText(h.rendered, '0:03 of 0:30');
			await press(h.rendered, 's');
		});
		expect(value).toBe(3);
	});

	it('"It\'s easing" at a check-in ends the timer', async () => {
		const value = await valueAfter(step, async (h) => {
			h.clock.advance(25_000);
			await waitForText(h.rendered, 'Has it eased?');
			await press(h.rendered, KEYS.right, KEYS.enter);
		});
		expect(value).toBe(20);
	});
});

describe('info step and going back', () => {
	it('esc on a later step goes back with the answer kept', async () => {
		const harness = await startTui({
			kind: 'exercise',
			exercise: exerciseOf('back', [
				{id: 'intro', type: 'info', text: 'Take a breath.'},
				{id: 'name', type: 'text', prompt: 'Your words'},
				{id: 'level', type: 'scale', prompt: 'How much?', min: 0, max: 5},
			]),
		});
		harnesses.push(harness);
		await waitForText(harness.rendered, 'Take a breath.');
		await press(harness.rendered, KEYS.enter, 'kept words', KEYS.enter, '4');
		await waitForText(harness.rendered, '[4]');
		await press(harness.rendered, KEYS.escape);
		await waitForText(harness.rendered, 'kept words▌');
		await press(harness.rendered, KEYS.enter);
		await waitForText(harness.rendered, '[4]');
		await press(harness.rendered, KEYS.escape, KEYS.escape);
		await waitForText(harness.rendered, 'Take a breath.');
		await press(harness.rendered, KEYS.escape);
		await waitForText(harness.rendered, 'This is the first step.');
	});
});
