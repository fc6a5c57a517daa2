import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {makeHome, readStoreLines, ROOT, runCope} from '../helpers/cli.js';
import {type PtySession, spawnCopeInPty, stopPtySessions} from '../helpers/pty.js';

/**
 * The built `cope` in a real pseudo-terminal: raw mode, real key bytes, Ink's real
 * output. Each step waits for the screen before typing.
 */
const cleanups: Array<() => void> = [];
afterEach(() => {
	stopPtySessions();
	for (const done of cleanups.splice(0)) done();
});

const start = (args: string[], home: string): PtySession => spawnCopeInPty(args, {home, rows: 40});

function home(): string {
	const made = makeHome();
	cleanups.push(made.cleanup);
	return made.home;
}

describe('cope run in a real terminal', () => {
	it('types through the built thought-record and finds the entry in entries.jsonl', async () => {
		const dir = home();
		const s = start(['run', 'thought-record'], dir);
		await s.waitForText('Thought record · step 1 of 12');
		await s.waitForRawMode();
		s.write('Presentation at #work');
		await s.waitForText('Presentation at #work▌');
		s.write('\u0004');
		await s.waitForText('A feeling:');
		s.write('anxious');
		await s.waitForText('A feeling: anxious▌');
		s.write('\r');
		await s.waitForText('❯ anxious');
		s.write('7');
		s.write('8');
		await s.waitForText(' 78');
		s.write('\r');
		await s.waitForText('What went through your mind?');
		s.write('I will mess it up');
		await s.waitForText('I will mess it up▌');
		s.write('\r');
		await s.waitForText('• I will mess it up');
		s.write('\r');
		await s.waitForText('Which thought felt the hottest?');
		s.write('I will mess it up\r');
		await s.waitForText('How much do you believe that thought right now?');
		s.write('85');
		await s.waitForText(' 85');
		s.write('\r');
		await s.waitForText('Can you spot any thinking traps in it?');
		s.write('\u001B[B');
		await s.waitForText('❯ [ ] Overgeneralising');
		s.write(' ');
		await s.waitForText('[x] Overgeneralising');
		s.write('\r');
		await s.waitForText('What supports the hot thought?');
		s.write('\r');
		await s.waitForText("What doesn't quite fit with it?");
		s.write('I prepared\r');
		await s.waitForText('• I prepared');
		s.write('\r');
		await s.waitForText("What's a more balanced way to see it?");
		s.write('One stumble is not the whole talk.');
		await s.waitForText('whole talk.▌');
		s.write('\u0004');
		await s.waitForText('How much do you believe the balanced thought?');
		s.write('60');
		await s.waitForText(' 60');
		s.write('\r');
		await s.waitForText('was 78');
		s.write('40');
		await s.waitForText(' 40');
		s.write('\r');
		await s.waitForText('And the hot thought, now');
		s.write('50');
		await s.waitForText(' 50');
		s.write('\r');
		await s.waitForText('Look it over before saving');
		s.write('\r');
		await s.waitForText('Saved. Well done for slowing this down.');
		await s.waitForText('anxious  78 → 40');
		await s.waitForText('belief 85 → 50');
		s.write('\r');
		expect(await s.exited).toBe(0);
		// NO_COLOR: not one colour or style sequence in the whole session.
		expect(s.output()).not.toMatch(/\u001B\[[0-9;]*m/);
		const lines = readStoreLines(dir);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({
			type: 'thought-record',
			exercise: 'thought-record',
			tags: ['work'],
			values: {
				situation: 'Presentation at #work',
				emotions: {anxious: 78},
				thoughts: ['I will mess it up'],
				'hot-thought': 'I will mess it up',
				traps: ['overgeneralising'],
				'evidence-against': ['I prepared'],
				balanced: 'One stumble is not the whole talk.',
				rerate: {anxious: 40},
				'hot-belief': 85,
				'balanced-belief': 60,
				'hot-belief-after': 50,
			},
			metrics: {belief: 50, 'belief-start': 85},
		});
		expect(existsSync(join(dir, 'drafts', 'thought-record.json'))).toBe(false);
	});

	it('ctrl+c mid-way leaves a draft with what was typed, and says so calmly', async () => {
		const dir = home();
		const s = start(['run', 'journal'], dir);
		await s.waitForText('Journal · step 1 of 1');
		await s.waitForRawMode();
		s.write('Half of what I wanted to say');
		await s.waitForText('Half of what I wanted to say▌');
		s.write('\u0003');
		expect(await s.exited).toBe(0);
		expect(s.text()).toContain('Saved as a draft. Run it again to pick up where you left off.');
		const draft = JSON.parse(readFileSync(join(dir, 'drafts', 'journal.json'), 'utf8')) as {answers: unknown};
		expect(draft.answers).toEqual({text: 'Half of what I wanted to say'});
		expect(readStoreLines(dir)).toEqual([]);
	});

	it('keys that arrive together (down, then enter) act one after the other, and none spills into the next screen', async () => {
		const dir = home();
		const first = start(['run', 'journal'], dir);
		await first.waitForText('Journal · step 1 of 1');
		await first.waitForRawMode();
		first.write('An old draft');
		await first.waitForText('An old draft▌');
		first.write('\u0003');
		expect(await first.exited).toBe(0);

		const s = start(['run', 'journal'], dir);
		await s.waitForText('Start fresh');
		await s.waitForRawMode();
		// One write, as a fast typist or a paste delivers it: "Start fresh", chosen.
		s.write('\u001b[B\r');
		await s.waitForText('start anywhere');
		s.write('New words');
		await s.waitForText('New words▌');
		s.write('\u0004');
		await s.waitForText('Look it over before saving');
		s.write('\r');
		await s.waitForText('Saved.');
		s.write('\r');
		expect(await s.exited).toBe(0);
		expect((readStoreLines(dir) as Array<{values: unknown}>).map((entry) => entry.values)).toEqual([{text: 'New words'}]);
	});

	it('after a hard entry the calm message shows once, in the summary, and not again on the way out', async () => {
		const dir = home();
		const s = start(['run', 'mood-log'], dir);
		await s.waitForText('Mood check-in · step 1 of 4');
		await s.waitForRawMode();
		s.write('1\r');
		await s.waitForText('step 2 of 4');
		s.write('9\r');
		await s.waitForText('step 3 of 4');
		s.write('\u0004');
		await s.waitForText('step 4 of 4');
		s.write('\r');
		await s.waitForText('Look it over before saving');
		s.write('\r');
		// In the summary, drawn by the TUI (dist/tui.cjs), indented by its frame...
		await s.waitForText(' That sounds really hard.');
		s.write('\r');
		expect(await s.exited).toBe(0);
		// ...and the CLI (dist/cli.cjs), which prints it flush left after a save, knows it was shown.
		expect(s.text()).not.toMatch(/(^|\n)That sounds really hard\./);
	});

	it('puts the terminal in raw mode before the first frame: a key pressed as a screen appears is a key, not a signal', async () => {
		const hook = join(ROOT, 'test', 'helpers', 'record-raw-at-first-frame.mjs');
		for (const [args, words] of [
			[[], 'What would help right now?'],
			[['run', 'journal'], 'Journal · step 1 of 1'],
		] as const) {
			const dir = home();
			const out = join(dir, '..', 'raw-at-first-frame.txt');
			const s = spawnCopeInPty([...args], {home: dir, rows: 40, env: {NODE_OPTIONS: `--import ${hook}`, COPE_RAW_FILE: out}});
			await s.waitForText(words);
			await s.waitForRawMode();
			s.write('\u0003');
			expect(await s.exited).toBe(0);
			expect(readFileSync(out, 'utf8')).toBe('raw');
		}
	});

	it('the home screen draws before the step screens are read, and an exercise chosen at once still opens', async () => {
		const s = start([], home());
		// Enter the moment the first frame is there (the terminal hands it over once keys are
		// taken): the first exercise on the list opens, and runs.
		await s.waitForText('What would help right now?');
		s.write('\r');
		await s.waitForText('step 1 of');
		s.write('\u0003');
		expect(await s.exited).toBe(0);
	});

	it('the home screen shows today, this week’s goals and, after a hard entry today, riding out an urge first', async () => {
		const dir = home();
		expect(runCope(['goal', 'add', 'Gym three times a week', '--tag', 'gym', '--per-week', '3'], {home: dir}).code).toBe(0);
		expect(runCope(['log', '7', 'went to the #gym'], {home: dir}).code).toBe(0);
		expect(runCope(['log', '2', 'rough evening', '--urge', '9'], {home: dir}).code).toBe(0);
		const s = start([], dir);
		await s.waitForText('What would help right now?');
		await s.waitForText('Thought record');
		const frame = s.text();
		expect(frame).toContain('mood today: 2 (2 entries)');
		expect(frame).toContain('This week: gym 1 of 3');
		expect(frame).toMatch(/❯ Ride out an urge/);
		await s.waitForRawMode();
		s.write('\u0003');
		expect(await s.exited).toBe(0);
	});

	it('after the window narrows, leaving puts the shell prompt on a line of its own', async () => {
		const s = start([], home());
		await s.waitForText('What would help right now?');
		await s.waitForRawMode();
		const before = s.output().length;
		// Narrower and shorter: Ink redraws the old layout as tall as the terminal, then the new one.
		s.resize(50, 20);
		await s.waitFor(() => s.output().slice(before).includes('\u001b[2J'));
		await new Promise((resolve) => setTimeout(resolve, 300));
		s.write('\u0003');
		expect(await s.exited).toBe(0);
		expect(s.text()).toMatch(/ctrl\+c quit\r?\n$/);
	});

	it('a closed terminal (SIGHUP) mid-sentence still leaves the words typed so far in the draft', async () => {
		const dir = home();
		const s = start(['run', 'journal'], dir);
		await s.waitForText('Journal · step 1 of 1');
		await s.waitForRawMode();
		s.write('Words typed just before the window closed');
		await s.waitForText('window closed▌');
		s.kill('SIGHUP');
		await s.exited;
		const draft = JSON.parse(readFileSync(join(dir, 'drafts', 'journal.json'), 'utf8')) as {answers: unknown};
		expect(draft.answers).toEqual({text: 'Words typed just before the window closed'});
	});
});
