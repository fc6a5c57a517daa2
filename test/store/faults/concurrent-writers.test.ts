import {existsSync, readFileSync, utimesSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope, runCopeAsync} from '../../helpers/cli.js';
import {filesHolding, generateStore, signalWhen, startCope, tempOf} from '../../helpers/faults.js';

/*
 * Issue #9, reproductions 1–3: whatever runs beside a writer or stops it, what cope
 * acknowledged stays, and a confirmed delete stays deleted. Every test runs the
 * built CLI as child processes on a generated store large enough that a rewrite
 * can be caught part-way (watching for its temp file, as a tester would).
 */

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

const STORE = 20_000;
const FAST_LOCK = {COPE_LOCK_WAIT_MS: '1500'};

interface Listed {
	id: string;
	values: Record<string, unknown>;
}

function listAll(): Listed[] {
	const result = runCope(['list', '-n', 'all', '--json'], {home});
	expect(result.code).toBe(0);
	return JSON.parse(result.stdout) as Listed[];
}

function findById(id: string): Listed | undefined {
	const result = runCope(['show', id.slice(-10), '--json'], {home});
	return result.code === 0 ? (JSON.parse(result.stdout) as Listed) : undefined;
}

function doctorJson(): {healthy: boolean; checks: Array<{check: string; status: string; summary: string}>} {
	return JSON.parse(runCope(['doctor', '--json'], {home}).stdout) as {
		healthy: boolean;
		checks: Array<{check: string; status: string; summary: string}>;
	};
}

describe('a paused rewrite (reproduction 1)', () => {
	it('keeps its lock: a writer beside it waits, then says plainly that nothing was saved; nothing acknowledged is lost', async () => {
		const ids = generateStore(home, STORE);
		const target = ids[100] as string;
		let caught = false;
		for (let attempt = 0; attempt < 5 && !caught; attempt++) {
			const edit = startCope(['edit', target.slice(-10), '--set', `note=edited ${attempt}`], home);
			const pid = edit.child.pid as number;
			caught = signalWhen(pid, () => tempOf(home, pid) !== undefined, 'SIGSTOP');
			if (!caught) {
				await edit.done;
				continue;
			}
			try {
				// As if the pause had lasted long: the lock looks old. A live holder is still never robbed.
				const old = new Date(Date.now() - 120_000);
				utimesSync(join(home, 'entries.lock'), old, old);
				const log = runCope(['log', '5', 'ACKED'], {home, env: FAST_LOCK});
				expect(log.stdout).not.toContain('Saved.');
				expect(log.code).toBe(1);
				expect(log.stderr).toMatch(/this entry was not saved: another cope \(process \d+\) is still writing/);
				expect(log.stderr).toContain('Entries saved before are safe.');
			} finally {
				process.kill(pid, 'SIGCONT');
			}
			const result = await edit.done;
			expect(result.code).toBe(0);
			expect(result.stdout).toContain('Saved.');
			expect(findById(target)?.values['note']).toBe(`edited ${attempt}`);
		}
		expect(caught).toBe(true);
		// Nothing that was acknowledged is gone; the log that was refused is not there either.
		const entries = listAll();
		expect(entries).toHaveLength(STORE);
		expect(entries.some((entry) => entry.values['note'] === 'ACKED')).toBe(false);
		// And now the store takes entries again.
		expect(runCope(['log', '5', 'ACKED later'], {home}).stdout).toContain('Saved.');
		expect(doctorJson().healthy).toBe(true);
		expect(existsSync(join(home, 'entries.lock'))).toBe(false);
	}, 90_000);

	it('carries over lines appended while it was paused by a writer that did not wait for the lock', async () => {
		const ids = generateStore(home, STORE);
		let caught = false;
		for (let attempt = 0; attempt < 5 && !caught; attempt++) {
			const edit = startCope(['delete', (ids[200 + attempt] as string).slice(-10), '--yes'], home);
			const pid = edit.child.pid as number;
			caught = signalWhen(pid, () => tempOf(home, pid) !== undefined, 'SIGSTOP');
			if (!caught) {
				await edit.done;
				continue;
			}
			// An older cope, or anything else that appends without the lock.
			const rogue = readFileSync(join(home, 'entries.jsonl'), 'utf8').split('\n')[5] as string;
			const stray = rogue.replace(/"id":"[^"]+"/, '"id":"01KAZZZZZZZZZZZZZZZZZZZZZZ"').replace(/filler \d+/, 'STRAY APPEND');
			const {appendFileSync} = await import('node:fs');
			appendFileSync(join(home, 'entries.jsonl'), stray + '\n');
			process.kill(pid, 'SIGCONT');
			expect((await edit.done).code).toBe(0);
		}
		expect(caught).toBe(true);
		expect(listAll().some((entry) => entry.values['note'] === 'STRAY APPEND')).toBe(true);
	}, 90_000);
});

describe('edits and deletes side by side (reproductions 2 and 3)', () => {
	it('a confirmed delete is never undone by an edit running beside it, and its words leave the disk', async () => {
		const ids = generateStore(home, STORE);
		for (let round = 0; round < 4; round++) {
			const id = ids[1000 + round] as string;
			const short = id.slice(-10);
			const [deleted, edited] = await Promise.all([
				runCopeAsync(['delete', short, '--yes'], {home}),
				runCopeAsync(['edit', short, '--set', 'mood=4'], {home}),
			]);
			expect(deleted.code).toBe(0);
			expect(deleted.stdout).toContain('Deleted.');
			// The edit either came first (and was then deleted) or was refused plainly.
			if (edited.code !== 0)
				expect(edited.stderr).toMatch(/your change was not saved: (the entry was deleted|no entry has the id)|no entry has the id/);
			expect(findById(id)).toBeUndefined();
			expect(filesHolding(home, `"filler ${1000 + round}"`)).toEqual([]);
		}
		// Exactly those four are gone: a delete never takes the line that moved into its entry's place.
		const deletedIds = new Set(ids.slice(1000, 1004));
		expect(
			listAll()
				.map((entry) => entry.id)
				.sort(),
		).toEqual(ids.filter((id) => !deletedIds.has(id)).sort());
		expect(doctorJson().healthy).toBe(true);
	}, 90_000);

	it('two edits of different fields at once: both land, or the second is refused; never one lost after "Saved."', async () => {
		const ids = generateStore(home, STORE);
		for (let round = 0; round < 3; round++) {
			const id = ids[2000 + round] as string;
			const short = id.slice(-10);
			const [noteEdit, urgeEdit] = await Promise.all([
				runCopeAsync(['edit', short, '--set', `note=a${round}`], {home}),
				runCopeAsync(['edit', short, '--set', 'urge=6'], {home}),
			]);
			const entry = findById(id);
			expect(entry).toBeDefined();
			if (noteEdit.code === 0) expect(entry?.values['note']).toBe(`a${round}`);
			else expect(noteEdit.stderr).toContain('your change was not saved: another cope changed this entry while you were editing it');
			if (urgeEdit.code === 0) expect(entry?.values['urge']).toBe(6);
			else expect(urgeEdit.stderr).toContain('your change was not saved: another cope changed this entry while you were editing it');
			expect(noteEdit.code === 0 || urgeEdit.code === 0).toBe(true);
		}
	}, 90_000);

	it('edits, deletes, logs and imports at once, round after round: every acknowledgement holds', async () => {
		const ids = generateStore(home, 5000);
		const {writeFileSync} = await import('node:fs');
		for (let round = 0; round < 3; round++) {
			const exportFile = join(home, '..', `more-${round}.json`);
			const more = Array.from({length: 50}, (_, i) => ({
				v: 1,
				id: `01KB${round}${String(i).padStart(21, '0')}`,
				at: '2026-01-01T10:00:00+00:00',
				type: 'journal',
				exercise: 'journal',
				created: '2026-01-01T10:00:00+00:00',
				tags: [],
				values: {text: `imported ${round}-${i}`},
			}));
			writeFileSync(exportFile, JSON.stringify({format: 'cope-export', version: 1, exported: '2026-01-02T00:00:00+00:00', entries: more}));
			const deleteIndex = 10 + round;
			const jobs = [
				runCopeAsync(['delete', (ids[deleteIndex] as string).slice(-10), '--yes'], {home}),
				runCopeAsync(['edit', (ids[20 + round] as string).slice(-10), '--set', `note=kept edit ${round}`], {home}),
				runCopeAsync(['import', exportFile, '--from', 'cope'], {home}),
				runCopeAsync(['edit', (ids[30] as string).slice(-10), '--set', `urge=${round}`], {home}),
				...Array.from({length: 5}, (_, i) => runCopeAsync(['log', '5', `log ${round}-${i}`], {home})),
			];
			const [deleted, edited, imported, , ...logs] = await Promise.all(jobs);
			const entries = listAll();
			const notes = new Set(entries.map((entry) => entry.values['note'] ?? entry.values['text']));
			expect(deleted?.code).toBe(0);
			expect(entries.some((entry) => entry.id === ids[deleteIndex])).toBe(false);
			expect(filesHolding(home, `"filler ${deleteIndex}"`)).toEqual([]);
			if (edited?.code === 0) expect(notes.has(`kept edit ${round}`)).toBe(true);
			else expect(edited?.stderr).toContain('your change was not saved');
			if (imported?.code === 0) for (let i = 0; i < 50; i++) expect(notes.has(`imported ${round}-${i}`)).toBe(true);
			logs.forEach((log, i) => {
				if (log.stdout.includes('Saved.')) expect(notes.has(`log ${round}-${i}`)).toBe(true);
				else expect(log.stderr).toContain('this entry was not saved');
			});
			expect(doctorJson().healthy).toBe(true);
		}
	}, 90_000);
});
