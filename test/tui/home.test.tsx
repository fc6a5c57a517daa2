import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {createMoodEntry} from '../../src/domain/mood-entry.js';
import {appendEntry} from '../../src/store/append.js';
import {dataPaths} from '../../src/store/paths.js';
import {exerciseOf, journal, moodLog} from '../fixtures/exercises.js';
import {makeHome} from '../helpers/cli.js';
import {KEYS, frameOf, press, waitForText} from '../helpers/ink.js';
import {FakeClock, startTui, type Harness} from '../helpers/tui.js';
import {testId} from '../helpers/entries.js';

const harnesses: Harness[] = [];
const homes: Array<() => void> = [];
afterEach(() => {
	cleanup();
	for (const harness of harnesses.splice(0)) harness.cleanup();
	for (const done of homes.splice(0)) done();
});

const worry = exerciseOf('worry-time', [{id: 'worry', type: 'text', prompt: 'What is the worry?'}], {title: 'Worry time', minutes: 15});

async function openHome(setup?: (home: string, clock: FakeClock) => void): Promise<Harness> {
	const {home, cleanup: done} = makeHome();
	homes.push(done);
	const clock = new FakeClock(new Date(2026, 10, 25, 21, 40).getTime());
	setup?.(home, clock);
	const harness = await startTui(
		{kind: 'home'},
		{
			home,
			clock,
			choices: [
				{exercise: moodLog, origin: 'built-in'},
				{exercise: journal, origin: 'built-in'},
				{exercise: worry, origin: 'user'},
			],
		},
	);
	harnesses.push(harness);
	return harness;
}

describe('home screen', () => {
	it('shows the date, a 14-day mood sparkline with gaps, today at a glance, the exercises and the keys', async () => {
		const h = await openHome((home) => {
			const paths = dataPaths(home);
			const log = (daysAgo: number, mood: number, hour = 9): void => {
				const at = new Date(2026, 10, 25 - daysAgo, hour, 0);
				appendEntry(paths, createMoodEntry({mood, at, now: at, id: testId()}));
			};
			log(13, 2);
			log(1, 10);
			log(0, 6, 8);
			log(0, 4, 9);
		});
		const frame = await waitForText(h.rendered, 'What would help right now?');
		expect(frame).toContain('Wed 25 Nov, 21:40');
		// 13 days ago: 2 → ▂; 12 days of gaps; yesterday 10 → █; today (6+4)/2 = 5 → ▅.
		expect(frame).toContain(`Last 14 days  ▂${' '.repeat(11)}█▅`);
		expect(frame).toContain('mood today: 4 (2 entries)');
		expect(frame).toMatch(/❯ Mood check-in\s+A test exercise\.\s+—/);
		expect(frame).toContain('─ your exercises ─');
		expect(frame).toMatch(/Worry time .*15 min/);
		expect(frame).toContain('↑↓ move · enter start · r report · ctrl+g help now · ctrl+c quit');
	});

	it('enter starts the exercise under the cursor; after the summary it comes back home', async () => {
		const h = await openHome();
		await waitForText(h.rendered, 'Last 14 days: no moods logged yet   nothing logged yet today');
		await press(h.rendered, KEYS.down);
		await waitForText(h.rendered, '❯ Journal');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Journal · step 1 of 1');
		await press(h.rendered, 'from home', KEYS.ctrlD);
		await waitForText(h.rendered, 'Look it over');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Saved.');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, '1 entry today');
		// Back where it was: the cursor stays on the exercise just done.
		expect(h.rendered.lastFrame()).toContain('❯ Journal');
		await press(h.rendered, 'q');
		const outcome = await h.outcome;
		expect(outcome.ending).toBe('nothing');
		expect(outcome.saved).toHaveLength(1);
	});

	it('esc on the first step of an exercise goes back home, keeping a draft that home marks as unfinished', async () => {
		const h = await openHome();
		await waitForText(h.rendered, 'What would help');
		await press(h.rendered, KEYS.end, KEYS.enter);
		await waitForText(h.rendered, 'What is the worry?');
		await press(h.rendered, 'the bills', KEYS.escape);
		await waitForText(h.rendered, '(unfinished)');
	});

	it('r asks for the report; ctrl+g shows help now and esc comes back', async () => {
		const h = await openHome();
		await waitForText(h.rendered, 'What would help');
		await press(h.rendered, KEYS.ctrlG);
		await waitForText(h.rendered, 'Samaritans');
		await press(h.rendered, 'r');
		await press(h.rendered, KEYS.escape);
		await waitForText(h.rendered, 'What would help');
		await press(h.rendered, 'r');
		expect((await h.outcome).ending).toBe('report');
	});

	it('re-lays out on resize: at 40 columns the summaries give way and nothing is cut mid-line', async () => {
		const h = await openHome();
		await waitForText(h.rendered, 'A test exercise.');
		Object.defineProperty(h.rendered.stdout, 'columns', {value: 40, configurable: true});
		h.rendered.stdout.emit('resize');
		const frame = await waitFor40(h);
		for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
		expect(frame).toContain('❯ Mood check-in');
		expect(frame).not.toContain('A test exercise.');
	});
});

async function waitFor40(h: Harness): Promise<string> {
	await waitForText(h.rendered, /^ ─{38}$/m);
	return frameOf(h.rendered);
}
