import {spawnSync} from 'node:child_process';
import pty from '@lydell/node-pty';
import {BIN, testEnv} from './cli.js';

export interface PtySession {
	/** Everything written to the terminal so far. */
	output(): string;
	write(text: string): void;
	/** Resolves once the output matches; polls, never a fixed sleep. */
	waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<void>;
	exited: Promise<number>;
	/** Resolves once the program has put the terminal in raw mode (its key input is attached). */
	waitForRawMode(timeoutMs?: number): Promise<void>;
	/** Sends a signal to the program. */
	kill(signal: string): void;
}

/** Runs the built cope in a real pseudo-terminal (stdin, stdout and stderr are all a TTY). */
export function spawnCopeInPty(args: string[], options: {home: string; env?: NodeJS.ProcessEnv}): PtySession {
	const env = testEnv(options.home, {TERM: 'xterm-256color', ...options.env});
	delete env['CI'];
	// A variable given as undefined is unset (node-pty would pass the word "undefined").
	for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
	const child = pty.spawn(process.execPath, [BIN, ...args], {cols: 100, rows: 30, env: env as Record<string, string>});
	let output = '';
	child.onData((data) => {
		output += data;
	});
	const exited = new Promise<number>((resolve) => child.onExit(({exitCode}) => resolve(exitCode)));
	return {
		output: () => output,
		write: (text) => child.write(text),
		exited,
		kill: (signal) => child.kill(signal),
		async waitForRawMode(timeoutMs = 15_000) {
			// Ink turns canonical mode off when its input attaches. Not in the typings, but every
			// Unix pty has it: the device path of the program's side.
			const device = (child as unknown as {ptsName: string}).ptsName;
			const deadline = Date.now() + timeoutMs;
			while (!/(^|\s)-icanon(\s|$)/.test(spawnSync('stty', ['-a', '-F', device], {encoding: 'utf8'}).stdout)) {
				if (Date.now() > deadline) throw new Error('timed out waiting for raw mode');
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		},
		async waitFor(pattern, timeoutMs = 15_000) {
			const deadline = Date.now() + timeoutMs;
			const matches = (): boolean => (typeof pattern === 'string' ? output.includes(pattern) : pattern.test(output));
			while (!matches()) {
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}; the terminal shows:\n${output}`);
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		},
	};
}
