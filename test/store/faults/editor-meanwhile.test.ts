import {chmodSync, existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../../helpers/cli.js';
import {filesHolding, generateStore} from '../../helpers/faults.js';
import {spawnCopeInPty} from '../../helpers/pty.js';

/*
 * Issue #9, reproduction 2 (the $EDITOR half): an edit made in the editor is checked,
 * when it is saved, against the version it was opened from. An editor that waits
 * for the test stands in for a person taking their time.
 */

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

/** An "editor" that says it is open, waits for the test's go-ahead, then changes the note. */
function slowEditor(dir: string): {editor: string; opened: string; go: string} {
	const opened = join(dir, '..', 'opened');
	const go = join(dir, '..', 'go');
	const editor = join(dir, '..', 'slow-editor.sh');
	writeFileSync(
		editor,
		`#!/bin/sh\ntouch "${opened}"\nwhile [ ! -e "${go}" ]; do sleep 0.02; done\nsed -i 's/^filler 9$/WORDS FROM THE EDITOR/' "$1"\n`,
	);
	chmodSync(editor, 0o755);
	return {editor, opened, go};
}

async function until(check: () => boolean, ms = 15_000): Promise<void> {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe('an edit in $EDITOR saved after the entry changed', () => {
	it('is refused when the entry was deleted meanwhile, and leaves none of its words', async () => {
		const ids = generateStore(home, 50);
		const short = (ids[9] as string).slice(-10);
		const {editor, opened, go} = slowEditor(home);
		const session = spawnCopeInPty(['edit', short], {home, env: {EDITOR: editor}});
		await until(() => existsSync(opened));
		expect(runCope(['delete', short, '--yes'], {home}).stdout).toContain('Deleted.');
		writeFileSync(go, '');
		expect(await session.exited).toBe(1);
		expect(session.output()).toMatch(/your change was not saved: the entry was deleted/);
		expect(runCope(['show', short], {home}).code).toBe(2);
		expect(filesHolding(home, 'filler 9')).toEqual([]);
		expect(filesHolding(home, 'WORDS FROM THE EDITOR')).toEqual([]);
	});

	it('is refused when another cope changed the entry meanwhile; both changes are kept (the edit file with its path)', async () => {
		const ids = generateStore(home, 50);
		const short = (ids[9] as string).slice(-10);
		const {editor, opened, go} = slowEditor(home);
		const session = spawnCopeInPty(['edit', short], {home, env: {EDITOR: editor}});
		await until(() => existsSync(opened));
		expect(runCope(['edit', short, '--set', 'urge=6'], {home}).code).toBe(0);
		writeFileSync(go, '');
		expect(await session.exited).toBe(1);
		const output = session.output().replace(/\s+/g, ' ');
		expect(output).toContain('your change was not saved: another cope changed this entry while you were editing it');
		const shown = JSON.parse(runCope(['show', short, '--json'], {home}).stdout) as {values: Record<string, unknown>};
		expect(shown.values['urge']).toBe(6);
		// What the person wrote is not thrown away: the edit file stays, and doctor knows it.
		const kept = readdirSync(home).filter((name) => name.startsWith('.edit-'));
		expect(kept).toHaveLength(1);
		expect(readFileSync(join(home, kept[0] as string), 'utf8')).toContain('WORDS FROM THE EDITOR');
		expect(output).toContain('What you wrote is kept in');
		expect(runCope(['doctor'], {home}).stdout).toContain('unfinished edit');
	});
});
