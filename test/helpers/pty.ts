import {spawnSync} from 'node:child_process';
import pty from '@lydell/node-pty';
import {BIN, testEnv} from './cli.js';

/**
 * The built `cope` in a real pseudo-terminal: stdin, stdout and stderr are all a TTY, keys
 * arrive as the bytes a terminal sends, and the output is what a terminal would draw.
 * Waits poll; no test sleeps for a fixed time to let the screen catch up.
 */
export interface PtySession {
	/** Everything written to the terminal so far, escape sequences and all. */
	output(): string;
	/** The same without escape sequences, and no-break spaces as spaces: the words drawn. */
	text(): string;
	write(text: string): void;
	/** Resolves once output() matches the text or pattern, or the check holds. */
	waitFor(pattern: string | RegExp | (() => boolean), timeoutMs?: number): Promise<void>;
	/**
	 * Resolves once text() has the words at or after where the previous waitForText found
	 * its own: the next screen's words are waited for, not the ones of a screen gone by.
	 */
	waitForText(words: string): Promise<void>;
	/**
	 * Resolves once the program has put the terminal in raw mode (its key input is attached).
	 * Until then Ctrl+C is the terminal's SIGINT, not a key, and typed keys are echoed.
	 */
	waitForRawMode(timeoutMs?: number): Promise<void>;
	resize(cols: number, rows: number): void;
	/** Sends a signal to the program (SIGHUP by default, as a closed window does). */
	kill(signal?: string): void;
	/** The exit code; fails, showing the screen, if cope has not exited within 20 s. */
	exited: Promise<number>;
}

const live = new Set<pty.IPty>();

/** Stops every session still running; for afterEach, so a failed test leaves no cope behind. */
export function stopPtySessions(): void {
	for (const terminal of live) {
		try {
			terminal.kill();
		} catch {
			// Gone already.
		}
	}
	live.clear();
}

const ESCAPES = /\u001B\[[0-9;?]*[A-Za-z]|\u001B[()][A-Z0-9]/g;
const words = (output: string): string => output.replaceAll('\u00A0', ' ').replace(ESCAPES, '');
const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the built cope in a terminal of 100×30 unless told otherwise. CI is unset: with it, Ink draws only the last frame. */
export function spawnCopeInPty(args: string[], options: {home: string; env?: NodeJS.ProcessEnv; cols?: number; rows?: number}): PtySession {
	const env = testEnv(options.home, {TERM: 'xterm-256color', ...options.env});
	delete env['CI'];
	// A variable given as undefined is unset (node-pty would pass the word "undefined").
	for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
	const {cols = 100, rows = 30} = options;
	const child = pty.spawn(process.execPath, [BIN, ...args], {cols, rows, env: env as Record<string, string>});
	live.add(child);
	let output = '';
	child.onData((data) => (output += data));
	const exited = new Promise<number>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`cope did not exit; the terminal shows:\n${words(output).slice(-1500)}`)), 20_000);
		child.onExit(({exitCode}) => {
			clearTimeout(timer);
			live.delete(child);
			resolve(exitCode);
		});
	});
	// Awaited by the tests that end cope; stopPtySessions ends the others.
	exited.catch(() => undefined);
	const poll = async (holds: () => boolean, what: string, timeoutMs: number): Promise<void> => {
		const deadline = Date.now() + timeoutMs;
		while (!holds()) {
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the terminal shows:\n${words(output).slice(-2000)}`);
			await tick(10);
		}
	};
	let seenUpTo = 0;
	return {
		output: () => output,
		text: () => words(output),
		write: (text) => child.write(text),
		exited,
		resize: (columns, lines) => child.resize(columns, lines),
		kill: (signal = 'SIGHUP') => child.kill(signal),
		async waitFor(pattern, timeoutMs = 15_000) {
			if (typeof pattern === 'function') return poll(pattern, 'a check', timeoutMs);
			const holds = (): boolean => (typeof pattern === 'string' ? output.includes(pattern) : pattern.test(output));
			return poll(holds, String(pattern), timeoutMs);
		},
		async waitForText(text) {
			const found = (): boolean => {
				const at = words(output).indexOf(text, seenUpTo);
				if (at !== -1) seenUpTo = at;
				return at !== -1;
			};
			await poll(found, JSON.stringify(text), 10_000);
		},
		async waitForRawMode(timeoutMs = 15_000) {
			// Ink turns canonical mode off when its input attaches. Not in the typings, but every
			// Unix pty has it: the device path of the program's side.
			const device = (child as unknown as {ptsName: string}).ptsName;
			const rawMode = (): boolean => /(^|\s)-icanon(\s|$)/.test(spawnSync('stty', ['-a', '-F', device], {encoding: 'utf8'}).stdout);
			await poll(rawMode, 'raw mode', timeoutMs);
		},
	};
}
