import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {spawn, type IPty} from '@lydell/node-pty';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, makeHome, readStoreLines, runCope, testEnv} from '../helpers/cli.js';

/**
 * The built `cope` in a real pseudo-terminal: raw mode, real key bytes, Ink's real
 * output. CI is removed from the child's environment (with CI set Ink draws only the
 * last frame). Each step waits for the screen before typing.
 */
interface Session {
	pty: IPty;
	output(): string;
	/** Everything the program wrote, escape sequences and all. */
	raw(): string;
	waitFor(text: string): Promise<void>;
	/** Resolves once the program has put the terminal in raw mode: its input is attached. */
	waitForRawMode(): Promise<void>;
	type(text: string): void;
	exited: Promise<number>;
}

const sessions: Session[] = [];
const cleanups: Array<() => void> = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		try {
			session.pty.kill();
		} catch {
			// Already gone.
		}
	}
	for (const done of cleanups.splice(0)) done();
});

const strip = (text: string): string =>
	text
		.replaceAll('\u00A0', ' ')
		.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '')
		.replace(/\u001B[()][A-Z0-9]/g, '');

function start(args: string[], home: string): Session {
	const env = testEnv(home, {TERM: 'xterm-256color'});
	delete env['CI'];
	const pty = spawn(process.execPath, [BIN, ...args], {
		name: 'xterm-256color',
		cols: 100,
		rows: 40,
		cwd: process.cwd(),
		env: env as Record<string, string>,
	});
	let output = '';
	let seenUpTo = 0;
	pty.onData((data) => {
		output += data;
	});
	const exited = new Promise<number>((resolve) => pty.onExit(({exitCode}) => resolve(exitCode)));
	const session: Session = {
		pty,
		output: () => strip(output),
		raw: () => output,
		exited,
		type: (text) => pty.write(text),
		async waitFor(text) {
			const deadline = Date.now() + 10_000;
			for (;;) {
				const plain = strip(output);
				const at = plain.indexOf(text, seenUpTo);
				if (at !== -1) {
					seenUpTo = at;
					return;
				}
				if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}" in:\n${plain.slice(-2000)}`);
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		},
		async waitForRawMode() {
			// The terminal's own settings are the ready marker: Ink turns canonical mode off when useInput attaches.
			const deadline = Date.now() + 10_000;
			// Not in the typings, but every Unix pty has it: the slave side's device path.
			const device = (pty as unknown as {ptsName: string}).ptsName;
			while (!/(^|\s)-icanon(\s|$)/.test(spawnSync('stty', ['-a', '-F', device], {encoding: 'utf8'}).stdout)) {
				if (Date.now() > deadline) throw new Error('timed out waiting for raw mode');
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		},
	};
	sessions.push(session);
	return session;
}

function home(): string {
	const made = makeHome();
	cleanups.push(made.cleanup);
	return made.home;
}

describe('cope run in a real terminal', () => {
	it('types through the built thought-record and finds the entry in entries.jsonl', async () => {
		const dir = home();
		const s = start(['run', 'thought-record'], dir);
		await s.waitFor('Thought record · step 1 of 12');
		await s.waitForRawMode();
		s.type('Presentation at #work');
		await s.waitFor('Presentation at #work▌');
		s.type('\u0004');
		await s.waitFor('A feeling:');
		s.type('anxious');
		await s.waitFor('A feeling: anxious▌');
		s.type('\r');
		await s.waitFor('❯ anxious');
		s.type('7');
		s.type('8');
		await s.waitFor(' 78');
		s.type('\r');
		await s.waitFor('What went through your mind?');
		s.type('I will mess it up');
		await s.waitFor('I will mess it up▌');
		s.type('\r');
		await s.waitFor('• I will mess it up');
		s.type('\r');
		await s.waitFor('Which thought felt the hottest?');
		s.type('I will mess it up\r');
		await s.waitFor('How much do you believe that thought right now?');
		s.type('85');
		await s.waitFor(' 85');
		s.type('\r');
		await s.waitFor('Can you spot any thinking traps in it?');
		s.type('\u001B[B');
		await s.waitFor('❯ [ ] Overgeneralising');
		s.type(' ');
		await s.waitFor('[x] Overgeneralising');
		s.type('\r');
		await s.waitFor('What supports the hot thought?');
		s.type('\r');
		await s.waitFor("What doesn't quite fit with it?");
		s.type('I prepared\r');
		await s.waitFor('• I prepared');
		s.type('\r');
		await s.waitFor("What's a more balanced way to see it?");
		s.type('One stumble is not the whole talk.');
		await s.waitFor('whole talk.▌');
		s.type('\u0004');
		await s.waitFor('How much do you believe the balanced thought?');
		s.type('60');
		await s.waitFor(' 60');
		s.type('\r');
		await s.waitFor('was 78');
		s.type('40');
		await s.waitFor(' 40');
		s.type('\r');
		await s.waitFor('And the hot thought, now');
		s.type('50');
		await s.waitFor(' 50');
		s.type('\r');
		await s.waitFor('Look it over before saving');
		s.type('\r');
		await s.waitFor('Saved. Well done for slowing this down.');
		await s.waitFor('anxious  78 → 40');
		await s.waitFor('belief 85 → 50');
		s.type('\r');
		expect(await s.exited).toBe(0);
		// NO_COLOR: not one colour or style sequence in the whole session.
		expect(s.raw()).not.toMatch(/\u001B\[[0-9;]*m/);
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
		await s.waitFor('Journal · step 1 of 1');
		await s.waitForRawMode();
		s.type('Half of what I wanted to say');
		await s.waitFor('Half of what I wanted to say▌');
		s.type('\u0003');
		expect(await s.exited).toBe(0);
		expect(s.output()).toContain('Saved as a draft. Run it again to pick up where you left off.');
		const draft = JSON.parse(readFileSync(join(dir, 'drafts', 'journal.json'), 'utf8')) as {answers: unknown};
		expect(draft.answers).toEqual({text: 'Half of what I wanted to say'});
		expect(readStoreLines(dir)).toEqual([]);
	});

	it('keys that arrive together (down, then enter) act one after the other, and none spills into the next screen', async () => {
		const dir = home();
		const first = start(['run', 'journal'], dir);
		await first.waitFor('Journal · step 1 of 1');
		await first.waitForRawMode();
		first.type('An old draft');
		await first.waitFor('An old draft▌');
		first.type('\u0003');
		expect(await first.exited).toBe(0);

		const s = start(['run', 'journal'], dir);
		await s.waitFor('Start fresh');
		await s.waitForRawMode();
		// One write, as a fast typist or a paste delivers it: "Start fresh", chosen.
		s.type('\u001b[B\r');
		await s.waitFor('start anywhere');
		s.type('New words');
		await s.waitFor('New words▌');
		s.type('\u0004');
		await s.waitFor('Look it over before saving');
		s.type('\r');
		await s.waitFor('Saved.');
		s.type('\r');
		expect(await s.exited).toBe(0);
		expect((readStoreLines(dir) as Array<{values: unknown}>).map((entry) => entry.values)).toEqual([{text: 'New words'}]);
	});

	it('after a hard entry the calm message shows once, in the summary, and not again on the way out', async () => {
		const dir = home();
		const s = start(['run', 'mood-log'], dir);
		await s.waitFor('Mood check-in · step 1 of 4');
		await s.waitForRawMode();
		s.type('1\r');
		await s.waitFor('step 2 of 4');
		s.type('9\r');
		await s.waitFor('step 3 of 4');
		s.type('\u0004');
		await s.waitFor('step 4 of 4');
		s.type('\r');
		await s.waitFor('Look it over before saving');
		s.type('\r');
		// In the summary, drawn by the TUI (dist/tui.cjs), indented by its frame...
		await s.waitFor(' That sounds really hard.');
		s.type('\r');
		expect(await s.exited).toBe(0);
		// ...and the CLI (dist/cli.cjs), which prints it flush left after a save, knows it was shown.
		expect(s.output()).not.toMatch(/(^|\n)That sounds really hard\./);
	});

	it('the home screen draws before the step screens are read, and an exercise chosen at once still opens', async () => {
		const s = start([], home());
		// Enter the moment the first frame is there (the terminal hands it over once keys are
		// taken): the first exercise on the list opens, and runs.
		await s.waitFor('What would help right now?');
		s.type('\r');
		await s.waitFor('step 1 of');
		s.type('\u0003');
		expect(await s.exited).toBe(0);
	});

	it('the home screen shows today, this week’s goals and, after a hard entry today, riding out an urge first', async () => {
		const dir = home();
		expect(runCope(['goal', 'add', 'Gym three times a week', '--tag', 'gym', '--per-week', '3'], {home: dir}).code).toBe(0);
		expect(runCope(['log', '7', 'went to the #gym'], {home: dir}).code).toBe(0);
		expect(runCope(['log', '2', 'rough evening', '--urge', '9'], {home: dir}).code).toBe(0);
		const s = start([], dir);
		await s.waitFor('What would help right now?');
		await s.waitFor('Thought record');
		const frame = s.output();
		expect(frame).toContain('mood today: 2 (2 entries)');
		expect(frame).toContain('This week: gym 1 of 3');
		expect(frame).toMatch(/❯ Ride out an urge/);
		s.type('\u0003');
		expect(await s.exited).toBe(0);
	});

	it('after the window narrows, leaving puts the shell prompt on a line of its own', async () => {
		const s = start([], home());
		await s.waitFor('What would help right now?');
		await s.waitForRawMode();
		const before = s.raw().length;
		// Narrower and shorter: Ink redraws the old layout as tall as the terminal, then the new one.
		s.pty.resize(50, 20);
		const deadline = Date.now() + 10_000;
		while (!s.raw().slice(before).includes('\u001b[2J')) {
			if (Date.now() > deadline) throw new Error('the frame was not redrawn after the resize');
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
		await new Promise((resolve) => setTimeout(resolve, 300));
		s.type('\u0003');
		expect(await s.exited).toBe(0);
		expect(s.output()).toMatch(/ctrl\+c quit\r?\n$/);
	});

	it('a closed terminal (SIGHUP) mid-sentence still leaves the words typed so far in the draft', async () => {
		const dir = home();
		const s = start(['run', 'journal'], dir);
		await s.waitFor('Journal · step 1 of 1');
		await s.waitForRawMode();
		s.type('Words typed just before the window closed');
		await s.waitFor('window closed▌');
		s.pty.kill('SIGHUP');
		await s.exited;
		const draft = JSON.parse(readFileSync(join(dir, 'drafts', 'journal.json'), 'utf8')) as {answers: unknown};
		expect(draft.answers).toEqual({text: 'Words typed just before the window closed'});
	});
});
