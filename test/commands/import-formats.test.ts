import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, readStoreLines, runCope} from '../helpers/cli.js';
import {snapshotDir} from '../helpers/data-dir.js';

/*
 * The import as someone switching from jrnl or Daylio meets it: without --from when
 * the file leaves no doubt, every journal jrnl reads (or a message saying exactly
 * why not), the Daylio mood word and the jrnl star kept and shown, and entries that
 * came from those apps named when they come back changed in a cope export.
 */

interface StoredEntry {
	id: string;
	at: string;
	type: string;
	tags: string[];
	values: Record<string, unknown>;
	source?: {from: string; key: string};
}

const JOURNALS = join(import.meta.dirname, '..', 'fixtures', 'jrnl');

let home: string;
let cleanup: () => void;
let files: string;

beforeEach(() => {
	({home, cleanup} = makeHome());
	files = join(dirname(home), 'files');
	mkdirSync(files);
});
afterEach(() => cleanup());

function fixture(name: string, content: string | Buffer): string {
	const path = join(files, name);
	writeFileSync(path, content);
	return path;
}

/** A copy of one of test/fixtures/jrnl, under a plain name (error messages quote the path). */
function journal(name: string): string {
	const path = join(files, name);
	copyFileSync(join(JOURNALS, name), path);
	return path;
}

const entries = (): StoredEntry[] => readStoreLines(home) as StoredEntry[];

const DAYLIO =
	'full_date,date,weekday,time,mood,activities,note_title,note\n2020-07-21,21 July,Tuesday,07:31,Anxious ,"Sleeping ","",""\n2020-07-21,21 July,Tuesday,10:31,bad,"","",""\n';

/** Whatever happens, a refused import leaves the data directory byte for byte as it was. */
function refused(args: string[], input?: string): {stderr: string; stdout: string} {
	runCope(['log', '6', 'keep me'], {home});
	const before = snapshotDir(home);
	const result = runCope(args, {home, ...(input === undefined ? {} : {input})});
	expect(result.code).toBe(2);
	expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
	expect(snapshotDir(home)).toEqual(before);
	return result;
}

describe('cope import without --from', () => {
	it('imports a jrnl journal and says what it read it as', () => {
		const result = runCope(['import', journal('basic.journal')], {home});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('basic.journal as a jrnl journal (found from its content).');
		expect(result.stdout).toContain('Imported 3 journal entries');
		expect(entries().map((entry) => entry.type)).toEqual(['journal', 'journal', 'journal']);
	});

	it("reads jrnl's JSON export from stdin (the way that never writes the words to disk)", () => {
		const exported = JSON.stringify({
			tags: {'@sam': 1},
			entries: [{title: 'From the pipe.', body: 'With @sam.', date: '2021-03-02', time: '08:15', tags: ['@sam'], starred: true}],
		});
		const result = runCope(['import', '-'], {home, input: exported});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Read stdin as a jrnl journal (found from its content).');
		expect(entries().map((entry) => [entry.values, entry.tags])).toEqual([
			[{text: 'From the pipe.\n\nWith @sam.', starred: true}, ['sam']],
		]);
	});

	it("imports Daylio's CSV export, and --dry-run says what it would read it as", () => {
		const file = fixture('daylio.csv', DAYLIO);
		const dry = runCope(['import', file, '--dry-run', '--mood-map', 'anxious=3'], {home});
		expect(dry.code).toBe(0);
		expect(dry.stdout).toContain("daylio.csv (Daylio's CSV export, found from its content): 2 rows");
		expect(snapshotDir(home)).toEqual({});
		const result = runCope(['import', file, '--mood-map', 'anxious=3'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("as Daylio's CSV export (found from its content).");
		expect(entries()).toHaveLength(2);
	});

	it('refuses options that do not fit the format it found', () => {
		const result = refused(['import', journal('basic.journal'), '--mood-map', 'sad=3']);
		expect(result.stderr).toContain("--mood-map is only for Daylio's CSV export (this file is a jrnl journal).");
		expect(refused(['import', fixture('daylio.csv', DAYLIO), '--date-format', '%d.%m.%Y %H:%M']).stderr).toContain(
			'--date-format is only for a jrnl journal',
		);
	});

	it('names the line and not the words when the journal it found cannot be read', () => {
		const file = fixture('j.txt', '[2021-03-02 08:15] Fine.\n\n[30.02.2021 08:15] Not a day in any order.\n');
		const {stderr} = refused(['import', file]);
		expect(stderr).toContain(
			'j.txt (read as a jrnl journal, from its content): line 3, column 2: what is in the brackets is not a date cope can read.',
		);
		expect(stderr).not.toContain('Not a day');
	});
});

describe('cope import: the Daylio mood word and the jrnl star are kept and shown', () => {
	it('keeps "Anxious" as values.moodLabel, and list and show say it beside the level', () => {
		expect(runCope(['import', fixture('daylio.csv', DAYLIO), '--from', 'daylio', '--mood-map', 'anxious=3'], {home}).code).toBe(0);
		const anxious = entries().find((entry) => entry.values['moodLabel'] === 'Anxious');
		expect(anxious?.values).toEqual({mood: 3, moodLabel: 'Anxious'});
		const list = runCope(['list'], {home}).stdout;
		expect(list).toMatch(/mood {11}mood 3 \(Anxious\) {2}#sleeping/);
		expect(list).toMatch(/mood 3 \(bad\)/);
		const show = runCope(['show', anxious?.id ?? ''], {home}).stdout;
		expect(show).toContain('Mood: 3 (Anxious)');
		expect(show).toContain('imported from Daylio');
		expect(show).not.toContain('MoodLabel');
		const markdown = runCope(['export', '--format', 'md'], {home}).stdout;
		expect(markdown).toContain('### 07:31 · mood 3 (Anxious)');
		expect(markdown).not.toContain('MoodLabel');
	});

	it('shows a starred jrnl entry with a ★ in list and show', () => {
		runCope(['import', journal('basic.journal'), '--from', 'jrnl'], {home});
		const list = runCope(['list'], {home}).stdout.split('\n');
		expect(list.filter((line) => line.includes('★'))).toHaveLength(1);
		expect(list.find((line) => line.includes('★'))).toContain('★ A better evening than I expected.');
		const starred = entries().find((entry) => entry.values['starred'] === true);
		const show = runCope(['show', starred?.id ?? ''], {home}).stdout;
		expect(show.split('\n')[0]).toMatch(/^journal · Thursday 4 March 2021, 19:40 · ★ starred$/);
		expect(show).not.toContain('Starred:');
	});
});

describe('cope import --from jrnl: every journal jrnl reads, or exactly why not', () => {
	it('day and month that could be either way: says so, shows the option, and imports once it is given', () => {
		const file = journal('day-first.journal');
		const {stderr} = refused(['import', file, '--from', 'jrnl']);
		expect(stderr).toContain('can be read day first or month first');
		expect(stderr).toContain('--date-format "%d.%m.%Y %H:%M"   if 03.04.2026 21:40 is 3 April');
		const result = runCope(['import', file, '--from', 'jrnl', '--date-format', '%d.%m.%Y %H:%M'], {home});
		expect(result.code).toBe(0);
		expect(entries().flatMap((entry) => (entry.type === 'journal' ? [entry.at.slice(0, 16)] : []))).toEqual([
			'2013-06-09T15:39',
			'2013-06-10T15:40',
		]);
	});

	it('finds the order itself when one date settles it', () => {
		expect(runCope(['import', journal('day-first-clear.journal')], {home}).code).toBe(0);
		expect(entries().map((entry) => entry.at.slice(0, 10))).toEqual(['2013-06-09', '2013-06-23']);
	});

	it('reads a jrnl 1.x journal (no brackets)', () => {
		const result = runCope(['import', journal('jrnl-1.journal')], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Read as a jrnl 1.x journal');
		expect(entries()).toHaveLength(2);
	});

	it('an empty journal: "Nothing to import", exit 0, nothing written', () => {
		const result = runCope(['import', journal('empty.journal'), '--from', 'jrnl'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`Nothing to import: ${join(files, 'empty.journal')} is empty.\n`);
		expect(snapshotDir(home)).toEqual({});
		expect(runCope(['import', '-'], {home, input: ''}).stdout).toBe('Nothing to import: stdin is empty.\n');
	});

	it('an unreadable date: names the line and column and what a date looks like, never the words', () => {
		const {stderr} = refused(['import', journal('unreadable-dates.journal'), '--from', 'jrnl']);
		expect(stderr).toContain('unreadable-dates.journal: line 1, column 2: what is in the brackets is not a date cope can read.');
		expect(stderr).toContain('like [2026-11-20 21:40] A title.');
		expect(stderr).not.toMatch(/kdjf88|An entry with no date|lost its time/);
	});

	it('a folder (a jrnl folder journal) is refused with the way that works', () => {
		mkdirSync(join(files, 'journal', '2020', '08'), {recursive: true});
		writeFileSync(join(files, 'journal', '2020', '08', '31.txt'), '[2020-08-31 14:32] A day.\n');
		const {stderr} = refused(['import', join(files, 'journal')]);
		expect(stderr).toMatch(/is a folder/);
		expect(stderr).toContain('jrnl --export json | cope import - --from jrnl');
	});

	it('a --date-format it cannot use is refused before the file is read', () => {
		expect(refused(['import', join(files, 'not-there.journal'), '--from', 'jrnl', '--date-format', '%H:%M']).stderr).toContain(
			'--date-format "%H:%M" cannot be used: it has no year',
		);
	});

	describe('encrypted journals: what to do instead', () => {
		const V3 = Buffer.concat([
			Buffer.from('JRNLv3'),
			Buffer.from([0, 12]),
			Buffer.from('{"salt":"x"}'),
			Buffer.from('gAAAAABhZ2V0dGluZy1ub3QtcmVhbA=='),
		]);
		const V1 = Buffer.from(Array.from({length: 64}, (_, index) => (index * 73 + 11) % 256));

		it.each([
			[
				'jrnl 2+ (Fernet text)',
				() => journal('encrypted.journal'),
				['--from', 'jrnl'],
				/encrypted jrnl journal \(as jrnl 2 and later write them\)/,
			],
			['jrnl 2+ without --from', () => journal('encrypted.journal'), [], /encrypted jrnl journal/],
			['jrnl 2+ taken for Daylio', () => journal('encrypted.journal'), ['--from', 'daylio'], /encrypted jrnl journal/],
			["jrnl's newest format (JRNLv3)", () => fixture('v3.journal', V3), [], /encrypted jrnl journal \(in jrnl's newest format\)/],
			[
				'jrnl 1.x (AES bytes)',
				() => fixture('v1.journal', V1),
				['--from', 'jrnl'],
				/not a text file\. If it is a journal that jrnl 1\.x encrypted/,
			],
		])('%s', (_name, file, from, message) => {
			const {stderr} = refused(['import', file(), ...from]);
			expect(stderr).toMatch(message);
			expect(stderr).toContain('jrnl --export json | cope import - --from jrnl');
			expect(stderr).toContain('jrnl --decrypt journal-copy.txt');
		});

		it('on stdin too', () => {
			expect(refused(['import', '-', '--from', 'jrnl'], 'gAAAAAB' + 'x'.repeat(120) + '==\n').stderr).toMatch(
				/^cope: stdin: this is an encrypted jrnl journal/,
			);
		});

		it('binary that is not a jrnl journal keeps the plain message', () => {
			const {stderr} = refused(['import', fixture('v1.csv', V1), '--from', 'daylio']);
			expect(stderr).toMatch(/is not (a text file|UTF-8 text)/);
			expect(stderr).not.toContain('jrnl');
		});
	});
});

describe('cope import --from cope: an entry that came from Daylio or jrnl, changed, is named', () => {
	it('names the differing entries and keeps the ones here (not "Nothing new to import" alone)', () => {
		runCope(['import', fixture('daylio.csv', DAYLIO), '--from', 'daylio', '--mood-map', 'anxious=3'], {home});
		runCope(['import', journal('basic.journal'), '--from', 'jrnl'], {home});
		const exported = JSON.parse(runCope(['export', '--format', 'json'], {home}).stdout) as {entries: StoredEntry[]};
		const changed = exported.entries.map((entry) =>
			entry.type === 'journal' && entry.values['starred'] === true
				? {...entry, values: {...entry.values, text: 'Changed elsewhere.'}}
				: entry.values['moodLabel'] === 'Anxious'
					? {...entry, values: {...entry.values, mood: 8}}
					: entry,
		);
		const before = snapshotDir(home);
		const result = runCope(['import', fixture('changed.json', JSON.stringify({...exported, entries: changed})), '--from', 'cope'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Nothing new to import. 3 entries were already here.');
		expect(result.stdout).toMatch(/2 entries have the id of an entry here but different content; the one here is kept \(\w{6}, \w{6}\)/);
		expect(snapshotDir(home)).toEqual(before);
		// Unchanged, they are simply here already.
		const same = runCope(['import', fixture('same.json', JSON.stringify(exported)), '--from', 'cope'], {home});
		expect(same.stdout).toContain('Nothing new to import: all 5 entries are already here.');
	});
});
