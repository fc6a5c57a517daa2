import {spawnSync} from 'node:child_process';
import {spawn, type IPty} from '@lydell/node-pty';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, makeHome, runCope, testEnv} from '../helpers/cli.js';

/**
 * Help now (ctrl+g) in a real terminal of 40×15 and 100×30: the person's own
 * contact and the first crisis line are in its first lines, addresses are never
 * broken across lines, and Esc returns to the step with the typing kept.
 */
const terminals: IPty[] = [];
const cleanups: Array<() => void> = [];
afterEach(() => {
	for (const terminal of terminals.splice(0)) {
		try {
			terminal.kill();
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

interface Screen {
	/** What was drawn since the last help-now title: the frame's lines, without escapes. */
	helpFrame(): string[];
	output(): string;
	type(text: string): void;
	waitFor(check: () => boolean, what: string): Promise<void>;
	exited: Promise<number>;
}

function open(args: string[], home: string, size: {cols: number; rows: number}, env: NodeJS.ProcessEnv = {}): Screen {
	const childEnv = testEnv(home, {TERM: 'xterm-256color', ...env});
	delete childEnv['CI'];
	const terminal = spawn(process.execPath, [BIN, ...args], {name: 'xterm-256color', ...size, env: childEnv as Record<string, string>});
	terminals.push(terminal);
	let output = '';
	terminal.onData((data) => (output += data));
	// The exit code; if cope has not ended within 15 s, a failure that shows the screen.
	const exited = new Promise<number>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`cope did not exit:\n${strip(output).slice(-1500)}`)), 15_000);
		terminal.onExit(({exitCode}) => {
			clearTimeout(timer);
			resolve(exitCode);
		});
	});
	// Awaited by the tests that end cope; the others stop it in afterEach.
	exited.catch(() => undefined);
	return {
		output: () => strip(output),
		helpFrame: () => {
			const plain = strip(output);
			return plain.slice(plain.lastIndexOf('Help now')).split(/\r?\n/);
		},
		type: (text) => terminal.write(text),
		exited,
		async waitFor(check, what) {
			const deadline = Date.now() + 10_000;
			while (!check()) {
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${strip(output).slice(-1500)}`);
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		},
	};
}

async function rawMode(screen: Screen, terminal: IPty): Promise<void> {
	const device = (terminal as unknown as {ptsName: string}).ptsName;
	await screen.waitFor(() => /(^|\s)-icanon(\s|$)/.test(spawnSync('stty', ['-a', '-F', device], {encoding: 'utf8'}).stdout), 'raw mode');
}

/**
 * A person never presses a key in the very instant a screen appears; under a loaded machine
 * a key sent then may come before the screen listens. The tests wait a moment first, as
 * pty.test.ts does.
 */
async function settle(): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, 300));
}

function home(): string {
	const made = makeHome();
	cleanups.push(made.cleanup);
	return made.home;
}

describe('help now in a real terminal', () => {
	it('at 40×15: the contact and the first crisis line come first; esc returns to the typing', async () => {
		const dir = home();
		expect(runCope(['config', 'set', 'crisis.custom', 'Sam 07700 900123'], {home: dir}).code).toBe(0);
		const screen = open(['run', 'journal'], dir, {cols: 40, rows: 15}, {LANG: 'en_GB.UTF-8'});
		await rawMode(screen, terminals.at(-1) as IPty);
		screen.type('half a thought');
		await screen.waitFor(() => screen.output().includes('half a thought'), 'the typing');
		screen.type('\u0007');
		await screen.waitFor(() => screen.helpFrame().some((line) => line.includes('esc back')), 'help now');
		const lines = screen.helpFrame();
		expect(lines[2]).toContain('Your contact: Sam 07700 900123');
		expect(lines[3]).toContain('Samaritans: call 116 123');
		for (const line of lines) expect([...line.trimEnd()].length).toBeLessThanOrEqual(40);
		const before = screen.output().length;
		screen.type('\u001B');
		await screen.waitFor(() => screen.output().slice(before).includes('half a thought'), 'the step again');
		await settle();
		screen.type('\u0003');
		expect(await screen.exited).toBe(0);
	});

	it('at 40×15 with LANG=C: the directory line stays, and no address is broken across lines', async () => {
		const dir = home();
		const screen = open(['run', 'journal'], dir, {cols: 40, rows: 15}, {LANG: 'C', LC_ALL: '', LC_MESSAGES: ''});
		await rawMode(screen, terminals.at(-1) as IPty);
		screen.type('\u0007');
		await screen.waitFor(() => screen.helpFrame().some((line) => line.includes('esc back')), 'help now');
		const lines = screen.helpFrame().map((line) => line.trim());
		expect(lines[2]).toBe('Find a helpline where you are:');
		expect(lines).toContain('findahelpline.com');
		expect(lines).toContain('www.iasp.info/crisis-centres-helplines');
		await settle();
		screen.type('\u0003');
		expect(await screen.exited).toBe(0);
	});

	it('at 100×30: the whole page fits, with the keys to start something', async () => {
		const dir = home();
		const screen = open(['run', 'journal'], dir, {cols: 100, rows: 30}, {LANG: 'en_AU.UTF-8'});
		await rawMode(screen, terminals.at(-1) as IPty);
		screen.type('\u0007');
		await screen.waitFor(() => screen.helpFrame().some((line) => line.includes('esc back')), 'help now');
		const text = screen.helpFrame().join('\n');
		expect(text).toContain('Lifeline: call 13 11 14');
		expect(text).toContain('If you are in danger now, call 000.');
		expect(text).toContain('g grounding · b breathing · u ride out an urge · t things to try · p your whole plan');
		expect(text).not.toContain('more');
		await settle();
		screen.type('\u0003');
		expect(await screen.exited).toBe(0);
	});
});
