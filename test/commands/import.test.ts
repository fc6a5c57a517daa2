import {spawn} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {BIN, makeHome, readStoreLines, runCope, runCopeAsync, testEnv} from '../helpers/cli.js';
import {snapshotDir} from '../helpers/data-dir.js';
import {spawnCopeInPty} from '../helpers/pty.js';

interface StoredEntry {
	id: string;
	at: string;
	type: string;
	tags: string[];
	values: Record<string, unknown>;
	source?: {from: string; key: string};
}

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

const entries = (): StoredEntry[] => readStoreLines(home) as StoredEntry[];

// Daylio's three header variants, written here with the quirks of real exports.
const DAYLIO_8 =
	'\uFEFFfull_date,date,weekday,time,mood,activities,note_title,note\r\n' +
	'2021-09-28,28 September,Tuesday,10:00 pm,sad ,"clean | music | movies / tv ","Evening","long day<br>slept early"\r\n' +
	'2021-09-28,28 September,Tuesday,10:00 pm,sad ,"clean | music | movies / tv ","Evening","long day<br>slept early"\r\n' +
	'2021-09-27,27 September,Monday,8:00 am,Good,"work","",""\r\n' +
	'2021-09-26,26 September,Sunday,11:00 pm,average,"","",""';
const DAYLIO_7 =
	'year,date,weekday,time,mood,activities,note\n2018,28 September,Friday,22:15,rad,"gym | friends","strong, happy"\n2018,27 September,Thursday,07:00,meh,"",""\n';
const DAYLIO_9 =
	'full_date,date,weekday,time,mood,activities,note_title,note,scales\n2024-01-02,2 January,Tuesday,21:00,awful,"reading","","","Stress: 4"\n';

describe('cope import --from daylio', () => {
	it('imports every row (identical rows twice), and a re-import adds nothing', () => {
		const file = fixture('daylio.csv', DAYLIO_8);
		const result = runCope(['import', file, '--from', 'daylio', '--mood-map', 'sad=3, average = 5'], {home});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Imported 4 mood entries');
		const stored = entries();
		expect(stored.map((entry) => [entry.at.slice(0, 16), entry.values['mood']])).toEqual([
			['2021-09-26T23:00', 5],
			['2021-09-27T08:00', 7],
			['2021-09-28T22:00', 3],
			['2021-09-28T22:00', 3],
		]);
		expect(stored[3]?.values['note']).toBe('Evening\n\nlong day\nslept early');
		expect(stored[3]?.tags).toEqual(['clean', 'music', 'movies-tv']);
		expect(stored.every((entry) => entry.type === 'mood' && entry.source?.from === 'daylio')).toBe(true);

		const before = snapshotDir(home);
		const again = runCope(['import', file, '--from', 'daylio', '--mood-map', 'sad=3,average=5'], {home});
		expect(again.code).toBe(0);
		expect(again.stdout).toContain('Nothing new to import: all 4 entries are already here.');
		expect(snapshotDir(home)).toEqual(before);
	});

	it('stops quietly when the reader closes the pipe early (cope import ... | head -1)', async () => {
		const child = spawn(
			process.execPath,
			[BIN, 'import', fixture('daylio.csv', DAYLIO_8), '--from', 'daylio', '--mood-map', 'sad=3,average=5'],
			{env: testEnv(home)},
		);
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr += data));
		child.stdout.destroy();
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(entries()).toHaveLength(4);
	});

	it('reads the 7- and 9-column exports', () => {
		expect(runCope(['import', fixture('old.csv', DAYLIO_7), '--from', 'daylio'], {home}).code).toBe(0);
		const nine = runCope(['import', fixture('new.csv', DAYLIO_9), '--from', 'daylio'], {home});
		expect(nine.code).toBe(0);
		expect(nine.stdout).toMatch(/scales .*not imported/);
		expect(entries().map((entry) => [entry.at.slice(0, 16), entry.values['mood'], entry.tags])).toEqual([
			['2018-09-27T07:00', 5, []],
			['2018-09-28T22:15', 9, ['gym', 'friends']],
			['2024-01-02T21:00', 1, ['reading']],
		]);
	});

	it('says when entries are dated after today (kept as the file has them)', () => {
		const result = runCope(
			[
				'import',
				fixture('future.csv', 'full_date,date,weekday,time,mood,activities,note_title,note\n2099-01-01,x,x,10:00,good,,,\n'),
				'--from',
				'daylio',
			],
			{home},
		);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('1 entry is dated after today, as in the file.');
		expect(entries()[0]?.at.slice(0, 10)).toBe('2099-01-01');
	});

	it('stops before writing anything when a mood name has no level, and lists every one', () => {
		runCope(['log', '6', 'already here'], {home});
		const before = snapshotDir(home);
		const result = runCope(['import', fixture('daylio.csv', DAYLIO_8), '--from', 'daylio'], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('"sad" (2 rows)');
		expect(result.stderr).toContain('"average" (1 row)');
		expect(result.stderr).toContain('--mood-map "sad=N,average=N"');
		expect(snapshotDir(home)).toEqual(before);
	});

	it('says when a time fell in the hour the clocks went forward, and keeps it an hour on', () => {
		const file = fixture(
			'dst.csv',
			'full_date,date,weekday,time,mood,activities,note_title,note\n2021-03-28,28 March,Sunday,02:30,good,"","",""\n',
		);
		const result = runCope(['import', file, '--from', 'daylio'], {home, env: {TZ: 'Europe/Berlin'}});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(
			'1 entry has a time in the hour the clocks went forward here, which no clock showed; it is kept at the same time an hour on.',
		);
		expect((readStoreLines(home)[0] as {at: string}).at).toBe('2021-03-28T03:30:00+02:00');
	});

	it('a mood name with a comma: the command cope suggests, with a level put in, imports it', () => {
		const file = fixture(
			'comma.csv',
			'full_date,date,weekday,time,mood,activities,note_title,note\n2021-05-12,12 May,Wednesday,18:52,"meh, tired","","",""\n',
		);
		const refused = runCope(['import', file], {home});
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain(`--mood-map '"meh, tired"=N'`);
		const result = runCope(['import', file, '--from', 'daylio', '--mood-map', '"meh, tired"=4'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Moods: meh, tired → 4 (1 row)');
	});

	it('shows names from the file inert: escape sequences cannot move the cursor or change colours', () => {
		const file = fixture(
			'escape.csv',
			'full_date,date,weekday,time,mood,activities,note_title,note\n2021-09-28,x,x,10:00 pm,\u001B[2J\u001B[31mred,"",""\n',
		);
		const result = runCope(['import', file, '--from', 'daylio', '--dry-run'], {home});
		expect(result.code).toBe(2);
		expect(result.stdout + result.stderr).not.toContain('\u001B');
		expect(result.stderr).toContain('"^[[2j^[[31mred" (1 row)');
	});

	it('--dry-run shows what would come in and writes nothing', () => {
		const result = runCope(['import', fixture('daylio.csv', DAYLIO_8), '--from', 'daylio', '--mood-map', 'sad=3,average=5', '--dry-run'], {
			home,
		});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Dry run: nothing was written.');
		expect(result.stdout).toContain('Would import 4 mood entries · 26 Sep 2021 – 28 Sep 2021.');
		expect(result.stdout).toContain('sad → 3 (2 rows)');
		expect(result.stdout).toContain('#movies-tv (2)');
		expect(snapshotDir(home)).toEqual({});
	});

	it('--dry-run with unmapped names shows the names and exits 2', () => {
		const result = runCope(['import', fixture('daylio.csv', DAYLIO_8), '--from', 'daylio', '--dry-run'], {home});
		expect(result.code).toBe(2);
		expect(result.stdout).toContain('sad → ? (2 rows)');
		// The file's span covers every row: only "Good" (27 Sep) is mapped, the rows around it are not.
		expect(result.stdout).toContain("daylio.csv (Daylio's CSV export): 4 rows · 26 Sep 2021 – 28 Sep 2021.");
		expect(result.stderr).toContain('--mood-map');
		expect(snapshotDir(home)).toEqual({});
	});

	it('shows progress on a terminal for a large file, and none in a pipe', async () => {
		const rows = Array.from(
			{length: 2600},
			(_, index) =>
				`2020-01-${String((index % 28) + 1).padStart(2, '0')},x,x,${(index % 12) + 1}:${String(index % 60).padStart(2, '0')} pm,good,"work | reading","","a note that makes the row longer ${index}"`,
		);
		const file = fixture('large.csv', ['full_date,date,weekday,time,mood,activities,note_title,note', ...rows].join('\n'));
		const session = spawnCopeInPty(['import', file, '--from', 'daylio', '--dry-run'], {home});
		expect(await session.exited).toBe(0);
		expect(session.output()).toMatch(/Reading .*large\.csv… \d+%/);
		expect(session.output()).toContain('Would import 2600 mood entries');
		const piped = runCope(['import', file, '--from', 'daylio'], {home});
		expect(piped.code).toBe(0);
		expect(piped.stderr).toBe('');
		expect(entries()).toHaveLength(2600);
	});

	it('imports the same file once when two imports run at the same time', async () => {
		const file = fixture('daylio.csv', DAYLIO_8);
		const runs = await Promise.all(
			[0, 1, 2].map(() => runCopeAsync(['import', file, '--from', 'daylio', '--mood-map', 'sad=3,average=5'], {home})),
		);
		expect(runs.map((run) => run.code)).toEqual([0, 0, 0]);
		expect(entries()).toHaveLength(4);
	});
});

describe('cope import --from jrnl', () => {
	const JOURNAL =
		'[2020-08-29 11:11] Entry the first.\n\nLorem @ipsum dolor.\n\n[2020-08-31 14:32] A second entry. *\n\nBody with @TagTwo.\n';
	const JSON_EXPORT = JSON.stringify({
		tags: {'@ipsum': 1, '@tagtwo': 1},
		entries: [
			{title: 'Entry the first.', body: 'Lorem @ipsum dolor.', date: '2020-08-29', time: '11:11', tags: ['@ipsum'], starred: false},
			{title: 'A second entry.', body: 'Body with @TagTwo.', date: '2020-08-31', time: '14:32', tags: ['@tagtwo'], starred: true},
			{title: 'Only in the JSON.', body: '', date: '2020-09-01', time: '08:00', tags: [], starred: false},
		],
	});

	it('imports the text journal, then its JSON export adds only what is new', () => {
		const text = runCope(['import', fixture('journal.txt', JOURNAL), '--from', 'jrnl'], {home});
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('Imported 2 journal entries');
		const stored = entries();
		expect(stored.map((entry) => [entry.type, entry.values, entry.tags])).toEqual([
			['journal', {text: 'Entry the first.\n\nLorem @ipsum dolor.'}, ['ipsum']],
			['journal', {text: 'A second entry.\n\nBody with @TagTwo.', starred: true}, ['tagtwo']],
		]);
		const json = runCope(['import', fixture('journal.json', JSON_EXPORT), '--from', 'jrnl'], {home});
		expect(json.code).toBe(0);
		expect(json.stdout).toContain('Imported 1 journal entry');
		expect(json.stdout).toContain('2 entries were already here.');
		expect(entries()).toHaveLength(3);
	});

	it('reads from stdin with "-"', () => {
		const result = runCope(['import', '-', '--from', 'jrnl'], {home, input: JSON_EXPORT});
		expect(result.code).toBe(0);
		expect(entries()).toHaveLength(3);
	});
});

describe('cope import --from cope', () => {
	it('takes back an export losslessly: same ids, times, values, tags', () => {
		runCope(['log', '4', 'rough day, "really"', '-u', '6', '-e', 'anxious=60', '-t', 'work', '--at', '2025-11-20 08:30'], {home});
		runCope(['journal', 'Walked by the river.\nFelt lighter.'], {home});
		runCope(['import', fixture('daylio.csv', DAYLIO_7), '--from', 'daylio'], {home});
		const exported = runCope(['export', '--format', 'json'], {home});
		expect(exported.code).toBe(0);

		const other = makeHome();
		try {
			const result = runCope(['import', fixture('export.json', exported.stdout), '--from', 'cope'], {home: other.home});
			expect(result.code).toBe(0);
			expect(result.stdout).toContain('Imported 4 entries (3 mood, 1 journal)');
			const sortById = (list: StoredEntry[]): StoredEntry[] => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
			expect(sortById(readStoreLines(other.home) as StoredEntry[])).toEqual(sortById(entries()));
			const again = runCope(['import', join(files, 'export.json'), '--from', 'cope'], {home: other.home});
			expect(again.stdout).toContain('Nothing new to import: all 4 entries are already here.');
			// Entries from Daylio keep their source: importing the Daylio file itself adds nothing either.
			const daylio = runCope(['import', join(files, 'daylio.csv'), '--from', 'daylio'], {home: other.home});
			expect(daylio.stdout).toContain('Nothing new to import');
		} finally {
			other.cleanup();
		}
	});

	it('refuses a file with a bad entry, naming it, and writes nothing', () => {
		runCope(['log', '5'], {home});
		const before = snapshotDir(home);
		const file = fixture(
			'bad.json',
			JSON.stringify({
				format: 'cope-export',
				version: 1,
				exported: 'x',
				entries: [{v: 1, id: '01KAZZZZZZZZZZZZZZZZZZZZZZ', at: 'not a time'}],
			}),
		);
		const result = runCope(['import', file, '--from', 'cope'], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('entry 1 of the export cannot be imported: no valid "at" time');
		expect(snapshotDir(home)).toEqual(before);
	});

	it('refuses what cope log would refuse: a mood or urge outside 0–10, a strength over 100, a metric off its scale, a type that is no name', () => {
		runCope(['log', '4', 'rough day', '-u', '6', '-e', 'anxious=60'], {home});
		const exported = JSON.parse(runCope(['export', '--format', 'json'], {home}).stdout) as {entries: StoredEntry[]};
		const [entry] = exported.entries as [StoredEntry];
		const other = makeHome();
		try {
			const before = snapshotDir(other.home);
			for (const [change, reason] of [
				[{values: {...entry.values, mood: 42}}, 'its mood is 42; a mood is a whole number from 0 to 10'],
				[{values: {...entry.values, mood: 'seven'}}, 'its mood is "seven"; a mood is a whole number from 0 to 10'],
				[{values: {...entry.values, urge: -1}}, 'its urge is -1'],
				[{values: {...entry.values, emotions: {anxious: 160}}}, 'the strength of "anxious" is 160'],
				[{metrics: {mood: 1000}}, 'the metric "mood" is 1000; it can be from 0 to 10'],
				[{metrics: {worry: 1e9}}, 'the metric "worry" is 1000000000; it can be from -1000 to 1000'],
				[{type: 'Mood Entry'}, 'the type "Mood Entry" is not an entry type'],
				[{exercise: '../../etc/passwd'}, 'the exercise "../../etc/passwd" is not an exercise id'],
				// The file's own words in the reason are shown inert: no right-to-left override reaches the terminal.
				[{type: 'mood\u202E'}, 'the type "mood�" is not an entry type'],
			] as const) {
				const file = fixture('changed.json', JSON.stringify({...exported, entries: [{...entry, ...change}]}));
				const result = runCope(['import', file, '--from', 'cope'], {home: other.home});
				expect(result.code).toBe(2);
				expect(result.stderr).toContain(`entry 1 of the export cannot be imported: ${reason}`);
				expect(snapshotDir(other.home)).toEqual(before);
			}
		} finally {
			other.cleanup();
		}
	});

	it('keeps the version here when an id comes back with other content, and says so', () => {
		runCope(['log', '5', 'mine'], {home});
		const [mine] = entries() as [StoredEntry];
		const file = fixture(
			'other.json',
			JSON.stringify({format: 'cope-export', version: 1, exported: 'x', entries: [{...mine, values: {mood: 9, note: 'theirs'}}]}),
		);
		const result = runCope(['import', file, '--from', 'cope'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('the one here is kept');
		expect(entries()).toEqual([mine]);
	});
});

it('stops reading an endless pipe at the limit, and says so (exit 2)', async () => {
	const before = snapshotDir(home);
	const child = spawn('sh', ['-c', `yes | "${process.execPath}" "${BIN}" import - --from jrnl`], {env: testEnv(home)});
	let stderr = '';
	child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	expect(code).toBe(2);
	expect(stderr).toContain('stdin is more than 256 MB; cope imports files of up to 256 MB.');
	expect(snapshotDir(home)).toEqual(before);
});

describe('cope import: bad input leaves the store as it was (exit 2)', () => {
	const cases: Array<[string, () => string[], RegExp]> = [
		['a missing file', () => ['import', join(files, 'nope.csv'), '--from', 'daylio'], /cannot find .*nope\.csv/],
		['a folder', () => ['import', files, '--from', 'daylio'], /is a folder/],
		// Read only up to the limit: a device or a pipe has no size to check first.
		[
			'an endless device',
			() => ['import', '/dev/zero', '--from', 'jrnl'],
			/\/dev\/zero is more than 256 MB; cope imports files of up to 256 MB/,
		],
		[
			'no --from, and a file whose app cannot be told',
			() => ['import', fixture('d.csv', 'date,mood\n2021-09-28,5\n')],
			/cannot tell which app made this file[\s\S]*--from: cope/,
		],
		['an unknown --from', () => ['import', fixture('d.csv', DAYLIO_8), '--from', 'excel'], /--from "excel" is not a format/],
		['the wrong --from', () => ['import', fixture('d.csv', DAYLIO_8), '--from', 'jrnl'], /try --from daylio/],
		['a jrnl file as Daylio', () => ['import', fixture('j.txt', '[2020-01-01 10:00] Hi.\n'), '--from', 'daylio'], /try --from jrnl/],
		[
			'a binary file',
			() => ['import', fixture('b.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), '--from', 'daylio'],
			/not a text file/,
		],
		['bad UTF-8', () => ['import', fixture('u.csv', Buffer.from([0x66, 0xff, 0xfe, 0x0a])), '--from', 'jrnl'], /not UTF-8/],
		[
			'a bad --mood-map',
			() => ['import', fixture('d.csv', DAYLIO_8), '--from', 'daylio', '--mood-map', 'sad=eleven'],
			/--mood-map: "sad" needs a level/,
		],
		[
			'--mood-map with jrnl',
			() => ['import', fixture('j.txt', '[2020-01-01 10:00] Hi.\n'), '--from', 'jrnl', '--mood-map', 'sad=3'],
			/--mood-map is only for Daylio's CSV export/,
		],
		['a cope file that is not JSON', () => ['import', fixture('c.json', '{"format": "cope-export", '), '--from', 'cope'], /not valid JSON/],
		[
			'a bad row',
			() => [
				'import',
				fixture('r.csv', 'full_date,date,weekday,time,mood,activities,note_title,note\n2021-09-28,x,x,lunchtime,good,,,\n'),
				'--from',
				'daylio',
			],
			/row 1: the time \(the time column\) is not a time cope can read/,
		],
	];

	it.each(cases)('%s', (_name, args, message) => {
		runCope(['log', '6', 'keep me'], {home});
		const before = snapshotDir(home);
		const result = runCope(args(), {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
		expect(snapshotDir(home)).toEqual(before);
	});
});
