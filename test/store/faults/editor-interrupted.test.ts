import {chmodSync, existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../../helpers/cli.js';
import {generateStore} from '../../helpers/faults.js';
import {spawnCopeInPty, stopPtySessions} from '../../helpers/pty.js';

/*
 * Ctrl+C while the person's editor has the terminal (src/editor-process.ts). An editor that
 * leaves the terminal cooked ("code --wait", a script) is stopped by it; the terminal sends
 * the same SIGINT to cope, which must live on: the words typed on the screen are kept, and
 * no edit file is left behind.
 */

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => {
	stopPtySessions();
	cleanup();
});

/** An "editor" that says it is open, then waits, as "code --wait" does, until Ctrl+C stops it. */
function waitingEditor(): {editor: string; opened: string} {
	const opened = join(home, '..', 'opened');
	const editor = join(home, '..', 'waiting-editor.sh');
	writeFileSync(editor, `#!/bin/sh\ntouch "${opened}"\nwhile :; do sleep 0.05; done\n`);
	chmodSync(editor, 0o755);
	return {editor, opened};
}

const editFiles = (): string[] => readdirSync(home).filter((name) => name.startsWith('.edit-'));

describe('Ctrl+C in the editor stops the editor, not cope', () => {
	it('ctrl+e from a step: the screen comes back with the typing, and leaving keeps it as a draft', async () => {
		const {editor, opened} = waitingEditor();
		const session = spawnCopeInPty(['run', 'journal'], {home, env: {EDITOR: editor}});
		await session.waitForText('Journal · step 1 of 1');
		await session.waitForRawMode();
		session.write('Words from before the editor');
		await session.waitForText('Words from before the editor▌');
		session.write('\u0005');
		await session.waitFor(() => existsSync(opened));
		// The terminal is cooked again while the editor has it: this is the terminal's SIGINT.
		session.write('\u0003');
		await session.waitForText('was stopped, so its text was not used.');
		await session.waitForRawMode();
		session.write('\u0003');
		expect(await session.exited).toBe(0);
		expect(session.text()).toContain('Saved as a draft.');
		const draft = JSON.parse(readFileSync(join(home, 'drafts', 'journal.json'), 'utf8')) as {answers: unknown};
		expect(draft.answers).toEqual({text: 'Words from before the editor'});
		expect(editFiles()).toEqual([]);
	});

	it('cope edit: says the editor was stopped, changes nothing and leaves no edit file', async () => {
		const ids = generateStore(home, 20);
		const short = (ids[4] as string).slice(-10);
		const before = runCope(['show', short, '--json'], {home}).stdout;
		const {editor, opened} = waitingEditor();
		const session = spawnCopeInPty(['edit', short], {home, env: {EDITOR: editor}});
		await session.waitFor(() => existsSync(opened));
		session.write('\u0003');
		expect(await session.exited).toBe(1);
		expect(session.text()).toContain(`your editor (${editor}) was stopped; nothing was changed.`);
		expect(runCope(['show', short, '--json'], {home}).stdout).toBe(before);
		expect(editFiles()).toEqual([]);
	});
});
