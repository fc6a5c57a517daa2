import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, readStoreLines} from '../helpers/cli.js';
import {spawnCopeInPty, type PtySession} from '../helpers/pty.js';

/**
 * Pasting in a real terminal: cope turns bracketed paste on (ESC [?2004h), the terminal
 * wraps what is pasted in ESC [200~ … ESC [201~ (as a terminal does, line breaks as CR),
 * and cope turns the mode off again however it ends (ESC [?2004l).
 */
const ON = '\u001B[?2004h';
const OFF = '\u001B[?2004l';
const paste = (text: string): string => `\u001B[200~${text}\u001B[201~`;
const plain = (session: PtySession): string => session.output().replace(/\u001B\[[0-9;?]*[ -/]*[@-~]/g, '');

let home: string;
let cleanup: () => void;
const sessions: PtySession[] = [];
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => {
	for (const session of sessions.splice(0)) session.kill('SIGKILL');
	cleanup();
});

function start(args: string[], dir = home): PtySession {
	const session = spawnCopeInPty(args, {home: dir});
	sessions.push(session);
	return session;
}

async function waitForText(session: PtySession, text: string): Promise<void> {
	const deadline = Date.now() + 15_000;
	while (!plain(session).includes(text)) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}" in:\n${plain(session).slice(-1500)}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/** The mode is off at the end: the last mode change the program wrote is OFF. */
function endsWithPasteOff(output: string): boolean {
	return output.includes(ON) && output.lastIndexOf(OFF) > output.lastIndexOf(ON);
}

/** Ends the journal's text, saves it from the review, and closes cope (exit 0). */
async function finishJournal(session: PtySession): Promise<void> {
	session.write('\u0004');
	await waitForText(session, 'Look it over before saving');
	session.write('\r');
	await waitForText(session, 'Saved');
	session.write('\r');
	expect(await session.exited).toBe(0);
}

async function toMoodNote(session: PtySession): Promise<void> {
	await session.waitForRawMode();
	await waitForText(session, 'How are you feeling right now?');
	session.write('5');
	session.write('\r');
	await waitForText(session, 'step 2 of 4');
	session.write('\r');
	await waitForText(session, 'step 3 of 4');
	session.write('\r');
	await waitForText(session, "Anything you'd like to add?");
}

describe('pasting into the screens (bracketed paste)', () => {
	it('keeps both lines of a paste in a one-line field, on one line, and turns the mode off on the way out', async () => {
		const session = start(['log']);
		await toMoodNote(session);
		expect(session.output()).toContain(ON);
		session.write(paste('line a\rline b'));
		await waitForText(session, 'line a line b');
		session.write('\r');
		await waitForText(session, 'Look it over before saving');
		session.write('\r');
		await waitForText(session, 'Saved.');
		session.write('\r');
		expect(await session.exited).toBe(0);
		expect(readStoreLines(home)).toMatchObject([{type: 'mood', values: {mood: 5, note: 'line a line b'}}]);
		expect(endsWithPasteOff(session.output())).toBe(true);
	});

	it('keeps a pasted line break as a line break in a multi-line field', async () => {
		const session = start(['journal']);
		await session.waitForRawMode();
		await waitForText(session, "What's on your mind?");
		session.write(paste('line a\r\nline b\rline c'));
		await waitForText(session, 'line c');
		await finishJournal(session);
		expect(readStoreLines(home)).toMatchObject([{type: 'journal', values: {text: 'line a\nline b\nline c'}}]);
		expect(endsWithPasteOff(session.output())).toBe(true);
	});

	it('a key Ink has no name for (Ctrl+F1) and colour codes in a paste leave the screen and the words as they were', async () => {
		const session = start(['journal']);
		await session.waitForRawMode();
		await waitForText(session, "What's on your mind?");
		session.write('before ');
		// Ctrl+F1 as xterm and tmux send it: Ink 6 crashed on it (scripts/build.mjs, ink-unknown-ctrl-key).
		session.write('\u001B[1;5P');
		session.write(paste('red \u001B[31mRED\u001B[0m done'));
		session.write(' after');
		await waitForText(session, 'before red RED done after');
		await finishJournal(session);
		expect(readStoreLines(home)).toMatchObject([{type: 'journal', values: {text: 'before red RED done after'}}]);
	});

	it('turns the mode off on Ctrl+C', async () => {
		const session = start(['log']);
		await toMoodNote(session);
		session.write('\u0003');
		await session.exited;
		expect(plain(session)).toContain('Saved as a draft.');
		expect(endsWithPasteOff(session.output())).toBe(true);
	});

	it('turns the mode off when the window closes or cope is stopped (SIGHUP, SIGTERM)', async () => {
		for (const signal of ['SIGTERM', 'SIGHUP']) {
			const own = makeHome();
			const session = start(['log'], own.home);
			await toMoodNote(session);
			session.write('half a sentence');
			await waitForText(session, 'half a sentence');
			session.kill(signal);
			await session.exited;
			expect(endsWithPasteOff(session.output()), signal).toBe(true);
			// The draft was kept too, with the words being typed.
			expect(readFileSync(join(own.home, 'drafts', 'mood-log.json'), 'utf8')).toContain('half a sentence');
			own.cleanup();
		}
	});
});
