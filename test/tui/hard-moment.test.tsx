import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {Exercise} from '../../src/domain/exercise/types.js';
import {loadBuiltInExercises} from '../../src/store/exercises.js';
import {frameOf, KEYS, press, waitForText} from '../helpers/ink.js';
import {startTui, type Harness} from '../helpers/tui.js';

const harnesses: Harness[] = [];
afterEach(() => {
	cleanup();
	for (const harness of harnesses.splice(0)) harness.cleanup();
});

const builtIns = loadBuiltInExercises().exercises;
function builtIn(id: string): Exercise {
	const exercise = builtIns.find((candidate) => candidate.id === id);
	if (!exercise) throw new Error(`no built-in ${id}`);
	return exercise;
}

async function run(exercise: Exercise, options: Parameters<typeof startTui>[1] = {}): Promise<Harness> {
	const harness = await startTui({kind: 'exercise', exercise}, {exercises: builtIns, ...options});
	harnesses.push(harness);
	return harness;
}

describe('the review of optional steps left blank', () => {
	it('grounding done in your head reads neutrally, never "(not answered)"', async () => {
		const h = await run(builtIn('grounding-54321'));
		await waitForText(h.rendered, 'Come back to the room');
		// The intro, five lists left empty (named in the head), the last breath.
		for (const prompt of ['five things you can see', 'four things you can feel', 'three things you can hear', 'two things you can smell', 'one thing you can taste', 'One slow breath']) {
			await press(h.rendered, KEYS.enter);
			await waitForText(h.rendered, prompt);
		}
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Look it over before saving');
		const frame = frameOf(h.rendered);
		expect(frame).not.toContain('not answered');
		expect(frame.match(/ –$/gm)?.length).toBe(5);
	});
});

describe('urge surfing', () => {
	it('the review has two rows that read differently, the second with where it started', async () => {
		const h = await run(builtIn('urge-surfing'));
		await waitForText(h.rendered, 'Before you start');
		await press(h.rendered, '8', KEYS.enter);
		await waitForText(h.rendered, 'Urges come in waves');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Ride the wave');
		await press(h.rendered, 's');
		await waitForText(h.rendered, 'after riding it');
		await press(h.rendered, '2', KEYS.enter);
		await waitForText(h.rendered, 'It eased');
		expect(frameOf(h.rendered)).not.toMatch(/easier with practice/);
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Look it over before saving');
		const rows = frameOf(h.rendered)
			.split('\n')
			.filter((line) => /^ {3}(Before you start|And now)/.test(line));
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatch(/ 8$/);
		expect(rows[1]).toMatch(/ 2 \(was 8\)$/);
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'urge 8 → 2');
		expect(h.entries()[0]).toMatchObject({type: 'urge-surfing', values: {urge: 8, 'urge-after': 2}, metrics: {urge: 2, 'urge-start': 8}});
	});

	it('an urge that did not come down is met calmly, without "It eased"', async () => {
		const h = await run(builtIn('urge-surfing'));
		await waitForText(h.rendered, 'Before you start');
		await press(h.rendered, '3', KEYS.enter);
		await waitForText(h.rendered, 'Urges come in waves');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Ride the wave');
		await press(h.rendered, 's');
		await waitForText(h.rendered, 'after riding it');
		await press(h.rendered, '4', KEYS.enter);
		await waitForText(h.rendered, "It hasn't eased yet, and that's OK");
	});
});
