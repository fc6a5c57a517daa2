import {spawn, type IPty} from '@lydell/node-pty';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {BIN, makeHome, testEnv} from '../helpers/cli.js';

/**
 * `cope sos` and the alert in a real terminal (a pty): the prompt for an
 * exercise, and that Enter closes it. Polls for output; no fixed sleeps.
 */
let home: string;
let cleanup: () => void;
let terminal: IPty | undefined;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => {
	terminal?.kill();
	terminal = undefined;
	cleanup();
});

function start(args: string[]): {output: () => string; exited: Promise<number>} {
	let output = '';
	// CI removed: with CI set, Ink draws only the last frame (docs/architecture.md, "Tests").
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(testEnv(home))) if (value !== undefined && key !== 'CI') env[key] = value;
	const pty = spawn(process.execPath, [BIN, ...args], {cols: 100, rows: 40, env});
	terminal = pty;
	pty.onData((data) => (output += data));
	const exited = new Promise<number>((resolve) => pty.onExit(({exitCode}) => resolve(exitCode)));
	return {output: () => output, exited};
}

async function waitFor(output: () => string, text: string, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!output().includes(text)) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(text)}; got:\n${output()}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe('cope sos in a terminal', () => {
	it('prints the lines, offers an exercise, and Enter closes it (exit 0)', async () => {
		const run = start(['sos']);
		await waitFor(
			run.output,
			'Press g grounding · b breathing · u ride out an urge · t things to try · p your whole plan · Enter to close',
		);
		expect(run.output()).toContain('Samaritans: call 116 123');
		// A key that means nothing here is ignored; Enter closes.
		terminal?.write('x');
		terminal?.write('\r');
		expect(await run.exited).toBe(0);
	});

	it('p prints the whole plan and offers the keys again', async () => {
		const run = start(['sos']);
		await waitFor(run.output, 'Enter to close');
		terminal?.write('p');
		await waitFor(run.output, 'It has seven parts');
		// The keys are offered again after the plan.
		await waitFor(() => run.output().slice(run.output().indexOf('It has seven parts')), 'Enter to close');
		terminal?.write('\r');
		expect(await run.exited).toBe(0);
	});

	it('Ctrl+C closes it too, calmly (exit 0)', async () => {
		const run = start(['sos']);
		await waitFor(run.output, 'Enter to close');
		terminal?.write('\u0003');
		expect(await run.exited).toBe(0);
	});
});

describe('the alert in a terminal', () => {
	it('follows "Saved." in the terminal', async () => {
		const run = start(['log', '2', '-u', '8']);
		expect(await run.exited).toBe(0);
		const text = run.output().replaceAll('\r\n', '\n');
		expect(text).toContain(
			'Saved.\nThat sounds really hard.\nIf you need someone now: Samaritans 116 123 (free, 24/7). Or run: cope sos\nSomething to start now: cope run urge-surfing · cope run grounding-54321 · cope run box-breathing\n',
		);
	});
});
