import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {Exercise} from '../../src/domain/exercise/types.js';
import {HELP_ACTIONS, type HelpContent} from '../../src/safety/help-content.js';
import {loadBuiltInExercises} from '../../src/store/exercises.js';
import {moodLog} from '../fixtures/exercises.js';
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
		for (const prompt of [
			'five things you can see',
			'four things you can feel',
			'three things you can hear',
			'two things you can smell',
			'one thing you can taste',
			'One slow breath',
		]) {
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

function contentWith(plan: HelpContent['plan'] = []): HelpContent {
	return {
		reach: [
			{text: 'Your contact: Sam 07700 900123'},
			{text: 'Samaritans: call 116 123, email jo@samaritans.org (free, 24/7)'},
			{text: 'If you are in danger now, call 999.'},
		],
		plan,
		...(plan.length > 0 ? {planAt: '2026-11-20T21:30:00+00:00'} : {}),
		actions: HELP_ACTIONS,
	};
}

describe('help now in the screens (ctrl+g)', () => {
	it('shows the contact, the lines and the plan in short, with the actions by key and no shell commands', async () => {
		const plan = [
			{title: 'Things I can do on my own', items: ['a walk with headphones on', 'a shower']},
			{title: 'People I can ask for help', items: ['Sam 07700 900123']},
		];
		const h = await run(builtIn('journal'), {help: contentWith(plan)});
		await press(h.rendered, 'half a thought', KEYS.ctrlG);
		const frame = await waitForText(h.rendered, 'Help now');
		const lines = frameOf(h.rendered).split('\n');
		expect(lines[2]).toContain('Your contact: Sam 07700 900123');
		expect(lines[3]).toContain('Samaritans: call 116 123');
		expect(frame).toContain('Things I can do on my own: a walk with headphones on · a shower');
		for (const key of ['g grounding', 'b breathing', 'u ride out an urge', 't things to try', 'p your whole plan', 'esc back'])
			expect(frameOf(h.rendered)).toContain(key);
		expect(frame).not.toMatch(/cope (plan|sos|run)/);
	});

	it('g starts grounding in place; finishing it comes back to help, and esc to the same step with the typing kept', async () => {
		const h = await run(builtIn('journal'), {help: contentWith()});
		await waitForText(h.rendered, 'step 1');
		await press(h.rendered, 'half a thought', KEYS.ctrlG);
		await waitForText(h.rendered, 'Help now');
		await press(h.rendered, 'g');
		await waitForText(h.rendered, 'Come back to the room');
		for (let step = 0; step < 7; step++) await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Look it over before saving');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Saved.');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'g grounding');
		await press(h.rendered, KEYS.escape);
		await waitForText(h.rendered, 'half a thought▌');
		expect(frameOf(h.rendered)).toContain('step 1');
		expect(h.entries().map((entry) => entry.type)).toEqual(['grounding']);
		// The grounding entry counts among those saved (for the note after the screens close).
		await press(h.rendered, KEYS.ctrlC);
		const outcome = await h.outcome;
		expect(outcome.saved.map((entry) => entry.type)).toEqual(['grounding']);
		expect(outcome.ending).toBe('draft');
	});

	it('esc on the first step of an exercise started from help comes back to help, then to where you were', async () => {
		const h = await run(builtIn('journal'), {help: contentWith()});
		await press(h.rendered, 'kept words', KEYS.ctrlG);
		await waitForText(h.rendered, 'Help now');
		await press(h.rendered, 'b');
		await waitForText(h.rendered, 'Box breathing');
		await press(h.rendered, KEYS.escape);
		await waitForText(h.rendered, 'g grounding');
		await press(h.rendered, KEYS.escape);
		await waitForText(h.rendered, 'kept words▌');
	});

	it('p shows the whole plan; esc goes back to help', async () => {
		const h = await run(builtIn('journal'), {help: contentWith([{title: 'Reasons for living', items: ['my sister', 'the sea']}])});
		await press(h.rendered, KEYS.ctrlG);
		await waitForText(h.rendered, 'Help now');
		await press(h.rendered, 'p');
		await waitForText(h.rendered, 'Your safety plan');
		expect(frameOf(h.rendered)).toContain('• my sister');
		await press(h.rendered, KEYS.escape);
		await waitForText(h.rendered, 'g grounding');
	});

	it('u from inside urge surfing itself just goes back to it', async () => {
		const h = await run(builtIn('urge-surfing'), {help: contentWith()});
		await waitForText(h.rendered, 'Before you start');
		await press(h.rendered, KEYS.ctrlG);
		await waitForText(h.rendered, 'Help now');
		await press(h.rendered, 'u');
		await waitForText(h.rendered, 'Before you start');
	});

	it('ctrl+c inside an exercise started from help leaves, keeping both drafts', async () => {
		const h = await run(builtIn('journal'), {help: contentWith()});
		await press(h.rendered, 'my words', KEYS.ctrlG);
		await waitForText(h.rendered, 'Help now');
		await press(h.rendered, 'g');
		await waitForText(h.rendered, 'Come back to the room');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'five things you can see');
		await press(h.rendered, 'a lamp', KEYS.ctrlC);
		const outcome = await h.outcome;
		expect(outcome.ending).toBe('draft');
		expect(h.deps.drafts.read('journal')?.answers).toMatchObject({text: 'my words'});
		expect(h.deps.drafts.read('grounding-54321')).toBeDefined();
	});
});

/** Through the fixture mood check-in: mood, urge, no feelings, no note, then Save. */
async function saveMood(h: Harness, mood: string, urge: string): Promise<void> {
	await waitForText(h.rendered, 'step 1 of 4');
	await press(h.rendered, mood, KEYS.enter);
	await waitForText(h.rendered, 'step 2 of 4');
	await press(h.rendered, urge, KEYS.enter);
	await waitForText(h.rendered, 'A feeling:');
	await press(h.rendered, KEYS.enter);
	await waitForText(h.rendered, 'A note?');
	await press(h.rendered, KEYS.enter);
	await waitForText(h.rendered, 'Look it over before saving');
	await press(h.rendered, KEYS.enter);
}

describe('the summary after a hard entry', () => {
	it('offers help now’s actions by key instead of the report line; u starts riding out the urge, and closing it comes back', async () => {
		const h = await run(moodLog, {
			help: contentWith(),
			helpAfterSave: () => ['That sounds really hard.', 'If you need someone now: Samaritans 116 123 (free, 24/7). ctrl+g shows more.'],
		});
		await saveMood(h, '2', '8');
		const frame = await waitForText(h.rendered, 'That sounds really hard.');
		expect(frame).toContain('u ride out an urge');
		expect(frame).not.toContain('cope report');
		await press(h.rendered, 'u');
		await waitForText(h.rendered, 'Before you start');
		await press(h.rendered, KEYS.escape);
		await waitForText(h.rendered, 'That sounds really hard.');
	});

	it('an ordinary entry keeps the report line and offers nothing by key', async () => {
		const h = await run(moodLog, {help: contentWith()});
		await saveMood(h, '7', '0');
		const frame = await waitForText(h.rendered, 'Saved.');
		expect(frame).toContain('cope report');
		await press(h.rendered, 'u');
		expect(frameOf(h.rendered)).toContain('Saved.');
	});
});

describe('the home screen after a hard entry today', () => {
	it('brings "Ride out an urge" to the top, with the cursor on it and no label', async () => {
		const h = await startTui({kind: 'home'}, {exercises: builtIns, lastEntryHard: true});
		harnesses.push(h);
		const frame = await waitForText(h.rendered, 'What would help');
		const rows = frame.split('\n').filter((line) => line.includes(' min'));
		expect(rows[0]).toContain('❯ Ride out an urge');
		expect(frame).not.toMatch(/recommend|because|suggested|after a hard/i);
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Before you start');
	});

	it('keeps the usual order otherwise', async () => {
		const h = await startTui({kind: 'home'}, {exercises: builtIns});
		harnesses.push(h);
		const frame = await waitForText(h.rendered, 'What would help');
		expect(frame.split('\n').find((line) => line.includes('❯'))).not.toContain('Ride out an urge');
	});
});
