import {afterEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';
import {type PtySession, spawnCopeInPty, stopPtySessions} from '../helpers/pty.js';

/**
 * Help now (ctrl+g) in a real terminal of 40×15 and 100×30: the person's own
 * contact and the first crisis line are in its first lines, addresses are never
 * broken across lines, and Esc returns to the step with the typing kept.
 */
const cleanups: Array<() => void> = [];
afterEach(() => {
	stopPtySessions();
	for (const done of cleanups.splice(0)) done();
});

/** What was drawn since the last help-now title: the frame's lines, without escapes. */
const helpFrame = (screen: PtySession): string[] => {
	const text = screen.text();
	return text.slice(text.lastIndexOf('Help now')).split(/\r?\n/);
};
const helpShown = (screen: PtySession) => (): boolean => helpFrame(screen).some((line) => line.includes('esc back'));

/**
 * A person never presses a key in the very instant a screen appears; under a loaded machine
 * a key sent then may come before the screen listens. The tests wait a moment first.
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
		const screen = spawnCopeInPty(['run', 'journal'], {home: dir, cols: 40, rows: 15, env: {LANG: 'en_GB.UTF-8'}});
		await screen.waitForRawMode();
		screen.write('half a thought');
		await screen.waitFor(() => screen.text().includes('half a thought'));
		screen.write('\u0007');
		await screen.waitFor(helpShown(screen));
		const lines = helpFrame(screen);
		expect(lines[2]).toContain('Your contact: Sam 07700 900123');
		expect(lines[3]).toContain('Samaritans: call 116 123');
		for (const line of lines) expect([...line.trimEnd()].length).toBeLessThanOrEqual(40);
		const before = screen.text().length;
		screen.write('\u001B');
		await screen.waitFor(() => screen.text().slice(before).includes('half a thought'));
		await settle();
		screen.write('\u0003');
		expect(await screen.exited).toBe(0);
	});

	it('at 40×15 with LANG=C: the directory line stays, and no address is broken across lines', async () => {
		const dir = home();
		const screen = spawnCopeInPty(['run', 'journal'], {home: dir, cols: 40, rows: 15, env: {LANG: 'C', LC_ALL: '', LC_MESSAGES: ''}});
		await screen.waitForRawMode();
		screen.write('\u0007');
		await screen.waitFor(helpShown(screen));
		const lines = helpFrame(screen).map((line) => line.trim());
		expect(lines[2]).toBe('Find a helpline where you are:');
		expect(lines).toContain('findahelpline.com');
		expect(lines).toContain('www.iasp.info/crisis-centres-helplines');
		// Scrolled down, the page says there is more above (the lines that come first).
		const before = screen.text().length;
		screen.write('\u001B[B'.repeat(4));
		await screen.waitFor(() => /↑ \d+ more/.test(screen.text().slice(before)));
		await settle();
		screen.write('\u0003');
		expect(await screen.exited).toBe(0);
	});

	it('at 100×30: the whole page fits, with the keys to start something', async () => {
		const dir = home();
		const screen = spawnCopeInPty(['run', 'journal'], {home: dir, cols: 100, rows: 30, env: {LANG: 'en_AU.UTF-8'}});
		await screen.waitForRawMode();
		screen.write('\u0007');
		await screen.waitFor(helpShown(screen));
		const text = helpFrame(screen).join('\n');
		expect(text).toContain('Lifeline: call 13 11 14');
		expect(text).toContain('If you are in danger now, call 000.');
		expect(text).toContain('g grounding · b breathing · u ride out an urge · t things to try · p your whole plan');
		expect(text).not.toContain('more');
		await settle();
		screen.write('\u0003');
		expect(await screen.exited).toBe(0);
	});
});
