import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {addCheckIn, newGoal} from '../../src/domain/goals/edit.js';
import type {GoalInput} from '../../src/domain/goals/edit.js';
import type {Goal} from '../../src/domain/goals/types.js';
import {createEntry, createMoodEntry} from '../../src/domain/mood-entry.js';
import {appendEntry} from '../../src/store/append.js';
import {writeGoals} from '../../src/store/goals.js';
import {dataPaths} from '../../src/store/paths.js';
import {exerciseOf, journal, moodLog} from '../fixtures/exercises.js';
import {makeHome} from '../helpers/cli.js';
import {testId} from '../helpers/entries.js';
import {KEYS, press, waitForText} from '../helpers/ink.js';
import {FakeClock, startTui, type Harness} from '../helpers/tui.js';

const harnesses: Harness[] = [];
const homes: Array<() => void> = [];
afterEach(() => {
	cleanup();
	for (const harness of harnesses.splice(0)) harness.cleanup();
	for (const done of homes.splice(0)) done();
});

const thoughtRecord = exerciseOf('thought-record', [{id: 'situation', type: 'text', prompt: 'What happened?'}], {
	title: 'Thought record',
	minutes: 10,
});
const worry = exerciseOf('worry-time', [{id: 'worry', type: 'text', prompt: 'What is the worry?'}], {title: 'Worry time', minutes: 15});

// Wednesday 25 Nov 2026, 21:40 local; the week began on Monday 23.
const NOW = new Date(2026, 10, 25, 21, 40);
const MONDAY = new Date(2026, 10, 23, 9, 0);

function day(offset: number, hour = 9): Date {
	return new Date(2026, 10, 23 + offset, hour, 0);
}

async function openHome(setup: (home: string) => void): Promise<Harness> {
	const {home, cleanup: done} = makeHome();
	homes.push(done);
	setup(home);
	const harness = await startTui(
		{kind: 'home'},
		{
			home,
			clock: new FakeClock(NOW.getTime()),
			choices: [
				{exercise: thoughtRecord, origin: 'built-in'},
				{exercise: journal, origin: 'built-in'},
				{exercise: moodLog, origin: 'built-in'},
				{exercise: worry, origin: 'user'},
			],
		},
	);
	harnesses.push(harness);
	return harness;
}

function goals(...inputs: Array<GoalInput & {author?: 'you' | 'therapist'}>): Goal[] {
	const made: Goal[] = [];
	for (const [index, {author, ...input}] of inputs.entries())
		made.push(newGoal(made, input, {author: author ?? 'you', uid: `UIDHOME${index}XXXXXX`, now: MONDAY, today: '2026-11-23'}));
	return made;
}

describe('home screen: goals and homework', () => {
	it('shows one line of this week’s progress on the person’s goals, matching a hand count', async () => {
		const h = await openHome((home) => {
			const paths = dataPaths(home);
			// Walks on Monday and Wednesday (twice on Wednesday: one day); one thought record on Tuesday.
			for (const at of [day(0), day(2), day(2, 18)])
				appendEntry(paths, createMoodEntry({mood: 6, tags: ['walk'], at, now: at, id: testId()}));
			appendEntry(
				paths,
				createEntry({type: 'thought-record', exercise: 'thought-record', at: day(1), now: day(1), values: {}, id: testId()}),
			);
			// Last week's walk is not this week's.
			appendEntry(paths, createMoodEntry({mood: 6, tags: ['walk'], at: day(-1), now: day(-1), id: testId()}));
			let list = goals(
				{words: 'Walk three times a week', measure: {kind: 'tag', tag: 'walk'}, target: {per: 'week', count: 3}},
				{
					words: 'Two thought records',
					measure: {kind: 'exercise', exercise: 'thought-record'},
					target: {per: 'week', count: 2},
					exerciseTitle: 'Thought record',
					label: 'thought records',
				},
				{words: 'Call a friend', measure: {kind: 'check-in'}, target: {per: 'week', count: 1}, label: 'call'},
			);
			list = [list[0]!, list[1]!, addCheckIn(list[2]!, '2026-11-24', day(1))];
			writeGoals(paths, list);
		});
		const frame = await waitForText(h.rendered, 'This week:');
		expect(frame).toContain('This week: walk 2 of 3 · thought records 1 of 2 · call 1 of 1');
		// Nothing is set as homework: the list keeps its order.
		expect(frame).toMatch(/❯ Thought record\s+A test exercise\./);
	});

	it('puts homework set for today first, marked as from the therapy plan, and enter starts it', async () => {
		const h = await openHome((home) => {
			writeGoals(
				dataPaths(home),
				goals(
					{
						words: 'Journal',
						measure: {kind: 'exercise', exercise: 'journal'},
						target: {per: 'weekdays', days: [0, 2]},
						exerciseTitle: 'Journal',
						author: 'therapist',
					},
					// Set for Thursdays only: not today, so it stays in its place.
					{
						words: 'Worry time',
						measure: {kind: 'exercise', exercise: 'worry-time'},
						target: {per: 'weekdays', days: [3]},
						exerciseTitle: 'Worry time',
						author: 'therapist',
					},
				),
			);
		});
		const frame = await waitForText(h.rendered, 'What would help right now?');
		const rows = frame
			.split('\n')
			.filter((line) => /^\s*[❯ ] (Journal|Thought record|Mood check-in|Worry time)/.test(line.replace(/^│/, '')));
		expect(rows[0]).toMatch(/❯ Journal\s+from your therapy plan · for today/);
		expect(rows[1]).toMatch(/Thought record/);
		expect(frame).not.toMatch(/Worry time\s+from your therapy plan/);
		// Homework for the therapist is not part of the person's own line.
		expect(frame).not.toContain('This week:');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Journal · step 1 of 1');
	});

	it('once today’s homework is done it goes back to its place', async () => {
		const h = await openHome((home) => {
			const paths = dataPaths(home);
			appendEntry(
				paths,
				createEntry({type: 'journal', exercise: 'journal', at: day(2, 8), now: day(2, 8), values: {text: 'done'}, id: testId()}),
			);
			writeGoals(
				paths,
				goals({
					words: 'Journal',
					measure: {kind: 'exercise', exercise: 'journal'},
					target: {per: 'weekdays', days: [2]},
					exerciseTitle: 'Journal',
					author: 'therapist',
				}),
			);
		});
		const frame = await waitForText(h.rendered, 'What would help right now?');
		expect(frame).toMatch(/❯ Thought record/);
		expect(frame).not.toContain('from your therapy plan');
	});
});
