import {chmodSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, readStoreLines, runCope} from '../helpers/cli.js';
import {snapshotDir, storeText} from '../helpers/data-dir.js';
import {spawnCopeInPty} from '../helpers/pty.js';

interface StoredEntry {
	id: string;
	at: string;
	tags: string[];
	values: Record<string, unknown>;
	metrics?: Record<string, number>;
	edited?: string;
	deleted?: true;
}

let home: string;
let cleanup: () => void;
let id: string;

beforeEach(() => {
	({home, cleanup} = makeHome());
	runCope(['log', '7', 'a good morning'], {home});
	runCope(['log', '3', 'the secret sentence', '-u', '5', '-t', 'work', '--at', '2025-11-20 08:30'], {home});
	id = (readStoreLines(home)[1] as StoredEntry).id;
});
afterEach(() => cleanup());

const versionsOf = (entryId: string): StoredEntry[] => (readStoreLines(home) as StoredEntry[]).filter((entry) => entry.id === entryId);

/** An $EDITOR that is a script: it changes the file the way a person would. */
function editorScript(body: string): string {
	const path = join(dirname(home), `editor-${Math.random().toString(36).slice(2)}.mjs`);
	writeFileSync(
		path,
		`import {readFileSync, statSync, writeFileSync} from 'node:fs';\nconst file = process.argv[2];\nconst text = readFileSync(file, 'utf8');\n${body}\n`,
	);
	chmodSync(path, 0o700);
	return `${JSON.stringify(process.execPath)} ${JSON.stringify(path)}`;
}

describe('cope edit --set / --at', () => {
	it('stores a new version with the same id, and the old words leave the disk', () => {
		const result = runCope(['edit', id.slice(-6), '--set', 'mood=5', '--set', 'note=calmer now #walk', '--set', 'urge='], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Saved.');
		const versions = versionsOf(id);
		expect(versions).toHaveLength(1);
		const [edited] = versions as [StoredEntry];
		expect(edited.values).toEqual({mood: 5, note: 'calmer now #walk'});
		expect(edited.metrics).toEqual({mood: 5});
		expect(edited.tags).toEqual(['work', 'walk']);
		expect(edited.at.slice(0, 16)).toBe('2025-11-20T08:30');
		expect(edited.edited).toBeDefined();
		expect(storeText(home)).not.toContain('the secret sentence');
		expect(runCope(['list'], {home}).stdout).toContain('calmer now');
	});

	it('names a field in any case, and keeps the entry’s own spelling (a Daylio import’s moodLabel)', () => {
		const csv = join(dirname(home), 'daylio.csv');
		writeFileSync(csv, 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-11-01,November 1,Sunday,9:00,meh,,,\n');
		expect(runCope(['import', csv, '--from', 'daylio'], {home}).code).toBe(0);
		const imported = (readStoreLines(home) as StoredEntry[]).find((entry) => entry.values['moodLabel'] === 'meh') as StoredEntry;
		const result = runCope(['edit', imported.id, '--set', 'moodLabel=Low', '--set', 'MOOD=2'], {home});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(versionsOf(imported.id)[0]?.values).toMatchObject({mood: 2, moodLabel: 'Low'});
	});

	it('an urge changed into the alert range gets the calm message with help; other edits do not', () => {
		const today = (readStoreLines(home)[0] as StoredEntry).id;
		const quiet = runCope(['edit', today, '--set', 'note=just words'], {home});
		expect(quiet.stderr).not.toMatch(/cope sos/);
		const hard = runCope(['edit', today, '--set', 'urge=9'], {home});
		expect(hard.code).toBe(0);
		expect(hard.stderr).toMatch(/That sounds really hard[\s\S]*cope sos/);
	});

	it('an entry from long ago edited into the alert range gets no "right now" message', () => {
		const old = runCope(['edit', id, '--set', 'urge=9'], {home});
		expect(old.code).toBe(0);
		expect(old.stderr).not.toMatch(/That sounds really hard/);
	});

	it('--set field=- reads the words from stdin, out of the shell history', () => {
		expect(runCope(['edit', id, '--set', 'note=-'], {home, input: 'from stdin\nsecond line\n'}).code).toBe(0);
		expect((versionsOf(id)[0] as StoredEntry).values['note']).toBe('from stdin\nsecond line');
	});

	it('--at moves the entry; --set tags replaces the tags', () => {
		expect(runCope(['edit', id, '--at', '2025-11-19 21:15', '--set', 'tags=#Sleep rest'], {home}).code).toBe(0);
		const [edited] = versionsOf(id) as [StoredEntry];
		expect(edited.at.slice(0, 16)).toBe('2025-11-19T21:15');
		expect(edited.tags).toEqual(['sleep', 'rest']);
	});

	it('an edit that changes nothing says so and writes nothing', () => {
		const before = snapshotDir(home);
		const result = runCope(['edit', id, '--set', 'mood=3', '--set', 'note=the secret sentence'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('No changes.');
		expect(snapshotDir(home)).toEqual(before);
	});

	it.each([
		[['--set', 'mood=11'], /mood must be a whole number from 0 to 10/],
		[['--set', 'mood='], /mood is needed/],
		[['--set', 'sleep=3'], /"sleep" is not a field of this entry/],
		[['--set', 'mood'], /needs a field and a value/],
		[['--set', 'tags=!!'], /is not a tag/],
		[
			['--set', 'emotions=anxious=200'],
			/the strength of "anxious" must be a whole number from 0 to 100; got "200"\.\nOr leave it out: anxious alone is the feeling without a strength\./,
		],
		[['--at', '2026-02-30 08:00'], /2026-02-30 is not a date in the calendar/],
		[['--at', 'next week'], /in the future|not a time/],
		[['--at', 'yesterday', '--set', 'at=today'], /--at or --set at=/],
		[[], /needs a terminal/],
	])('refuses %j (exit 2), the store unchanged', (args, message) => {
		const before = snapshotDir(home);
		const result = runCope(['edit', id, ...args], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(snapshotDir(home)).toEqual(before);
	});

	it('refuses an id that is not there', () => {
		const before = snapshotDir(home);
		expect(runCope(['edit', 'ZZZZZZ', '--set', 'mood=1'], {home}).code).toBe(2);
		expect(runCope(['edit', 'no!', '--set', 'mood=1'], {home}).code).toBe(2);
		expect(snapshotDir(home)).toEqual(before);
	});
});

describe('cope edit in $EDITOR (a real terminal)', () => {
	it('saves what the editor wrote, then removes the private edit file', async () => {
		const probe = join(dirname(home), 'probe.json');
		const editor = editorScript(
			`writeFileSync(${JSON.stringify(probe)}, JSON.stringify({file, mode: statSync(file).mode & 0o777}));\n` +
				"writeFileSync(file, text.replace('mood: 3', 'mood: 6').replace('the secret sentence', 'a kinder sentence\\nover two lines'));",
		);
		const session = spawnCopeInPty(['edit', id], {home, env: {EDITOR: editor}});
		expect(await session.exited).toBe(0);
		expect(session.output()).toContain('Saved.');
		const [edited] = versionsOf(id) as [StoredEntry];
		expect(edited.values).toEqual({mood: 6, urge: 5, note: 'a kinder sentence\nover two lines'});
		expect(storeText(home)).not.toContain('the secret sentence');
		// The editor saw a private file inside the data directory, which is gone now.
		const seen = JSON.parse(readFileSync(probe, 'utf8')) as {file: string; mode: number};
		expect(dirname(seen.file)).toBe(home);
		expect(seen.mode).toBe(0o600);
		expect(readdirSync(home).filter((name) => name.startsWith('.edit-'))).toEqual([]);
	});

	it('closing the editor without changes changes nothing', async () => {
		const before = snapshotDir(home);
		const session = spawnCopeInPty(['edit', id], {home, env: {EDITOR: editorScript('')}});
		expect(await session.exited).toBe(0);
		expect(session.output()).toContain('No changes.');
		expect(snapshotDir(home)).toEqual(before);
	});

	it('says what is wrong and offers to reopen; declining leaves the store as it was (exit 2)', async () => {
		const before = snapshotDir(home);
		const session = spawnCopeInPty(['edit', id], {
			home,
			env: {EDITOR: editorScript("writeFileSync(file, text.replace('mood: 3', 'mood: eleven'));")},
		});
		await session.waitFor('Open it again to fix that?');
		expect(session.output()).toContain('mood must be a whole number from 0 to 10; got "eleven"');
		session.write('n\r');
		expect(await session.exited).toBe(2);
		expect(snapshotDir(home)).toEqual(before);
	});

	it('reopens with the words kept when asked, and saves the fix', async () => {
		// First round: a bad mood. Second round: the script sees the problem note and fixes it.
		const editor = editorScript(
			"writeFileSync(file, text.includes('PLEASE FIX') ? text.replace('mood: eleven', 'mood: 2') : text.replace('mood: 3', 'mood: eleven').replace('the secret sentence', 'kept words'));",
		);
		const session = spawnCopeInPty(['edit', id], {home, env: {EDITOR: editor}});
		await session.waitFor('Open it again to fix that?');
		session.write('\r');
		expect(await session.exited).toBe(0);
		const [edited] = versionsOf(id) as [StoredEntry];
		expect(edited.values).toEqual({mood: 2, urge: 5, note: 'kept words'});
	});

	it('an editor that fails changes nothing (exit 1)', async () => {
		const before = snapshotDir(home);
		const session = spawnCopeInPty(['edit', id], {home, env: {EDITOR: editorScript("writeFileSync(file, 'mood: 1'); process.exit(3);")}});
		expect(await session.exited).toBe(1);
		expect(session.output()).toContain('ended with status 3; nothing was changed');
		expect(snapshotDir(home)).toEqual(before);
	});
});

describe('cope delete', () => {
	it('--yes deletes: the words are gone from the disk, a tombstone stays', () => {
		const result = runCope(['delete', id.slice(-6), '--yes'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Deleted.');
		expect(storeText(home)).not.toContain('the secret sentence');
		expect(storeText(home)).not.toContain('"work"');
		expect(versionsOf(id)).toEqual([expect.objectContaining({id, deleted: true, values: {}, tags: []})]);
		expect(runCope(['list'], {home}).stdout).not.toContain(id.slice(-6));
		expect(runCope(['show', id], {home}).code).toBe(2);
	});

	it("takes the entry's words out of the quarantine too, and leaves the rest of it as it was", () => {
		const lines = storeText(home).split('\n');
		const damaged = (line: string): string => line.slice(0, line.length - 20);
		// A cut-off copy of each entry, and an unfinished edit of the one to delete, moved aside by doctor.
		writeFileSync(
			join(home, 'entries.jsonl'),
			[...lines.slice(0, 2), damaged(lines[1] as string), damaged(lines[0] as string), ''].join('\n'),
		);
		writeFileSync(join(home, `.edit-${id.slice(-6)}-999999-abcd1234.txt`), 'words from an edit that stopped\n', {mode: 0o600});
		expect(runCope(['doctor', '--repair'], {home}).code).toBe(0);
		const quarantine = join(home, 'quarantine.jsonl');
		expect(readFileSync(quarantine, 'utf8')).toContain('the secret sentence');
		expect(readFileSync(quarantine, 'utf8')).toContain('words from an edit that stopped');
		expect(runCope(['delete', id.slice(-6), '--yes'], {home}).code).toBe(0);
		const left = readFileSync(quarantine, 'utf8');
		expect(left).not.toContain('the secret sentence');
		expect(left).not.toContain('words from an edit that stopped');
		expect(left.trim().split('\n')).toHaveLength(1);
		expect(left).toContain('a good morning');
		expect(statSync(quarantine).mode & 0o777).toBe(0o600);
	});

	it('without a terminal and without --yes, refuses (exit 2), the store unchanged', () => {
		const before = snapshotDir(home);
		const result = runCope(['delete', id], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--yes');
		expect(snapshotDir(home)).toEqual(before);
	});

	it('on a terminal, asks first; "n" keeps it', async () => {
		const before = snapshotDir(home);
		const session = spawnCopeInPty(['delete', id], {home});
		await session.waitFor("Delete this entry? It can't be undone. [y/N]");
		expect(session.output()).toContain('the secret sentence');
		session.write('n\r');
		expect(await session.exited).toBe(0);
		expect(session.output()).toContain('nothing was deleted');
		expect(snapshotDir(home)).toEqual(before);
	});

	it('on a terminal, "y" deletes', async () => {
		const session = spawnCopeInPty(['delete', id], {home});
		await session.waitFor('[y/N]');
		session.write('y\r');
		expect(await session.exited).toBe(0);
		expect(storeText(home)).not.toContain('the secret sentence');
	});

	it('a deleted entry does not come back with a re-import', () => {
		const file = join(dirname(home), 'journal.txt');
		writeFileSync(file, '[2025-11-01 10:00] Imported words.\n\nFrom jrnl.\n');
		runCope(['import', file, '--from', 'jrnl'], {home});
		const imported = (readStoreLines(home) as StoredEntry[]).find((entry) => entry.values['text'] !== undefined) as StoredEntry;
		expect(runCope(['delete', imported.id, '--yes'], {home}).code).toBe(0);
		const again = runCope(['import', file, '--from', 'jrnl'], {home});
		expect(again.stdout).toContain('deleted here before');
		expect(storeText(home)).not.toContain('Imported words');
	});
});
