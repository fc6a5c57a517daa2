import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome} from '../helpers/cli.js';
import {type PtySession, spawnCopeInPty, stopPtySessions} from '../helpers/pty.js';

/**
 * `cope sos` and the alert in a real terminal (a pty): the prompt for an
 * exercise, and that Enter closes it. Polls for output; no fixed sleeps.
 */
let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => {
	stopPtySessions();
	cleanup();
});

const start = (args: string[]): PtySession => spawnCopeInPty(args, {home, rows: 40});

describe('cope sos in a terminal', () => {
	it('prints the lines, offers an exercise, and Enter closes it (exit 0)', async () => {
		const run = start(['sos']);
		await run.waitFor('Press g grounding · b breathing · u ride out an urge · t things to try · p your whole plan · Enter to close');
		expect(run.output()).toContain('Samaritans: call 116 123');
		// A key that means nothing here is ignored; Enter closes.
		run.write('x');
		run.write('\r');
		expect(await run.exited).toBe(0);
	});

	it('p prints the whole plan and offers the keys again', async () => {
		const run = start(['sos']);
		await run.waitFor('Enter to close');
		run.write('p');
		await run.waitFor('It has seven parts');
		// The keys are offered again after the plan.
		await run.waitFor(() => run.output().slice(run.output().indexOf('It has seven parts')).includes('Enter to close'));
		run.write('\r');
		expect(await run.exited).toBe(0);
	});

	it('Ctrl+C closes it too, calmly (exit 0)', async () => {
		const run = start(['sos']);
		await run.waitFor('Enter to close');
		run.write('\u0003');
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
