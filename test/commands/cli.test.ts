import {readFileSync, statSync, writeFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, readStoreLines, runCope} from '../helpers/cli.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

const store = (): string => {
	try {
		return readFileSync(join(home, 'entries.jsonl'), 'utf8');
	} catch {
		return '<none>';
	}
};

describe('cope log', () => {
	it('saves a mood entry with every option, in the mood-log shape', () => {
		const result = runCope(
			['log', '4', 'rough', 'day', 'at', '#Work', '-t', 'sleep', '-u', '6', '-e', 'anxious=60', '-e', 'tired', '--at', '2026-11-20 08:30'],
			{home},
		);
		expect(result).toMatchObject({code: 0, stderr: expect.not.stringMatching(/Error|at .*\.js/)});
		expect(result.stdout).toContain('Saved.');
		const [entry] = readStoreLines(home) as Array<Record<string, unknown>>;
		expect(entry).toMatchObject({
			v: 1,
			type: 'mood',
			exercise: 'mood-log',
			tags: ['sleep', 'work'],
			values: {mood: 4, urge: 6, emotions: {anxious: 60, tired: null}, note: 'rough day at #Work'},
			metrics: {mood: 4, urge: 6},
		});
		expect(entry?.['at']).toMatch(/^2026-11-20T08:30:00[+-]\d\d:\d\d$/);
	});

	it('takes words that start with "-" after --, and an urge glued to -u', () => {
		expect(runCope(['log', '5', '--', '-exhausted'], {home}).code).toBe(0);
		expect(runCope(['log', '3', '-u8'], {home}).code).toBe(0);
		expect(runCope(['journal', '--', '-tired again'], {home}).code).toBe(0);
		expect(readStoreLines(home).map((entry) => (entry as {values: unknown}).values)).toEqual([
			{mood: 5, note: '-exhausted'},
			{mood: 3, urge: 8},
			{text: '-tired again'},
		]);
	});

	it('reads the note from stdin with "-", so it stays out of shell history', () => {
		const result = runCope(['log', '5', '-'], {home, input: 'words from stdin\n'});
		expect(result.code).toBe(0);
		expect(readStoreLines(home)).toMatchObject([{values: {mood: 5, note: 'words from stdin'}}]);
	});

	it('keeps the data directory 0700 and the file 0600', () => {
		runCope(['log', '5'], {home});
		expect(statSync(home).mode & 0o777).toBe(0o700);
		expect(statSync(join(home, 'entries.jsonl')).mode & 0o777).toBe(0o600);
	});

	it('without a mood and without a terminal, says what to type (exit 2)', () => {
		const result = runCope(['log'], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/needs a terminal/);
		expect(result.stderr).toMatch(/cope log 6/);
	});
});

describe('invalid input: exit 2, a clear message, the store byte-for-byte unchanged', () => {
	const cases: Array<[string, string[], RegExp]> = [
		['mood too high', ['log', '11'], /mood must be from 0 to 10; got 11/],
		['mood not a number', ['log', 'rough day'], /mood must be a whole number from 0 to 10/],
		['mood with a decimal', ['log', '4.5'], /whole number/],
		['urge out of range', ['log', '5', '-u', '12'], /urge.*from 0 to 10/],
		['urge missing its value', ['log', '5', '-u'], /option '-u, --urge <0-10>' argument missing/],
		['emotion strength too high', ['log', '5', '-e', 'sad=300'], /strength of "sad" must be a whole number from 0 to 100/],
		['a tag with spaces', ['log', '5', '-t', 'two words'], /is not a tag/],
		['a time in the future', ['log', '5', '--at', 'tomorrow 9am'], /in the future/],
		['a time that is not one', ['log', '5', '--at', 'whenever'], /not a time cope understands/],
		['a day that is not in the calendar', ['log', '5', '--at', '2026-02-30 08:00'], /2026-02-30 is not a date in the calendar/],
		[
			'a note that starts with "-" (it would be -e "xhausted")',
			['log', '5', '-exhausted'],
			/"-exhausted" reads as the option -e with "xhausted"\.\nFor the option, put a space after it: -e xhausted\. For words that start with "-", put -- before them: cope log 5 -- "-exhausted"/,
		],
		['a note that starts with "-t"', ['log', '5', '-tired'], /"-tired" reads as the option -t with "ired"/],
		['a glued option echoed inert', ['log', '5', '-e\u001B[2J'], /"-e\^\[\[2J" reads as the option -e/],
		['journal words that start with "-t"', ['journal', '-tired again'], /cope journal -- "-tired again"/],
		['an unknown option', ['log', '5', '--frob'], /unknown option '--frob'/],
		['an unknown command', ['frobnicate'], /"frobnicate" is not a cope command/],
		['a mistyped command with arguments', ['lgo', '5'], /"lgo" is not a cope command. Did you mean "log"\?/],
		['help for a command there is not', ['help', 'nosuch'], /"nosuch" is not a cope command\.\nCommands: log, journal/],
		['help for a mistyped command', ['help', 'lgo'], /"lgo" is not a cope command. Did you mean "log"\?/],
		[
			'help for a mistyped subcommand',
			['config', 'help', 'sett'],
			/"sett" is not a cope config command. Did you mean "set"\?\nCommands: list, get, set/,
		],
		[
			'a mistyped subcommand of a command with a default one',
			['config', 'lsit'],
			/"lsit" is not a cope config command\. Did you mean "list"\?/,
		],
		[
			'a mistyped subcommand, with arguments',
			['homework', 'st', 'thought-record'],
			/"st" is not a cope homework command\. Did you mean "set"\?/,
		],
		['a mistyped plan edit', ['plan', 'edt'], /"edt" is not a cope plan command\. Did you mean "edit"\?/],
		['an empty journal from stdin', ['journal', '-'], /nothing to save/],
		['a journal with no text and no terminal', ['journal'], /nothing to save/],
		['list -n zero', ['list', '-n', '0'], /-n must be a whole number of 1 or more/],
		['list with a bad span', ['list', '--since', '12'], /needs a unit/],
		['list with a bad tag', ['list', '--tag', 'a b'], /is not a tag/],
		[
			'list since a day to come',
			['list', '--since', 'tomorrow'],
			/--since "tomorrow" is in the future: nothing has been recorded from then yet/,
		],
		['list with a minus span', ['list', '--since', '-7d'], /--since "-7d" needs no minus: 7d already counts back from today/],
		['export up to a day to come', ['export', '--to', 'tomorrow'], /--to "tomorrow" is in the future; the latest day it can be is today/],
		['show of an unknown id', ['show', 'ZZZZZZ'], /no entry has the id ZZZZZZ/],
		['show of something that is not an id', ['show', '!!'], /is not an entry id/],
		['config set of an unknown key', ['config', 'set', 'colour', 'blue'], /no setting called "colour"/],
		['config set of a bad value', ['config', 'set', 'alerts.urge', 'high'], /alerts.urge must be a whole number from 0 to 10/],
		['config set of a bad country', ['config', 'set', 'country', 'Narnia'], /country must be a two-letter country code/],
		['config get of an unknown key', ['config', 'get', 'nope'], /no setting called "nope"/],
		['a contact with an escape code', ['config', 'set', 'crisis.custom', 'Sam \u001B[31m'], /no control characters or escape codes/],
		['export -o with no name', ['export', '-o', ''], /-o needs a file name/],
		['summary -o with no name', ['summary', '-o', ''], /-o needs a file name/],
		['an empty --home', ['--home', '', 'list'], /--home needs a directory/],
		['the home screen without a terminal', [], /needs a terminal/],
	];

	it.each(cases)('%s', (_name, args, message) => {
		runCope(['log', '6', 'already here'], {home});
		const before = store();
		const config = join(home, 'config.json');
		writeFileSync(config, '{"country":"GB"}\n');
		const result = runCope(args, {home: args[0] === '--home' ? undefined : home});
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
		expect(result.stdout).toBe('');
		expect(store()).toBe(before);
		expect(readFileSync(config, 'utf8')).toBe('{"country":"GB"}\n');
	});

	it('adds a stack trace only with COPE_DEBUG=1', () => {
		const result = runCope(['log', '11'], {home, env: {COPE_DEBUG: '1'}});
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/\n\s+at .+:\d+:\d+/);
	});
});

describe('cope journal', () => {
	it('saves text from the arguments and from stdin, with #tags and -t', () => {
		expect(runCope(['journal', 'Walked', 'by', 'the', 'river', '#outside'], {home}).code).toBe(0);
		expect(runCope(['journal', '-', '-t', 'therapy'], {home, input: 'Line one.\n\nLine three.\n'}).code).toBe(0);
		expect(readStoreLines(home)).toMatchObject([
			{type: 'journal', exercise: 'journal', tags: ['outside'], values: {text: 'Walked by the river #outside'}},
			{type: 'journal', tags: ['therapy'], values: {text: 'Line one.\n\nLine three.'}},
		]);
	});
});

describe('cope list and show', () => {
	beforeEach(() => {
		runCope(['log', '3', 'tired', '-t', 'work', '--at', '2026-11-01 09:00'], {home});
		runCope(['log', '7', 'good walk', '--at', '2026-11-02 18:00'], {home});
		runCope(['journal', 'a quiet evening', '--at', '2026-11-03 21:00'], {home});
	});

	it('lists newest first, with short ids, types and summaries', () => {
		const {stdout, code} = runCope(['list'], {home});
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/^[0-9A-Z]{6} {2}.*3 Nov.*journal +a quiet evening$/);
		expect(lines[2]).toMatch(/mood 3 — tired {2}#work$/);
	});

	it('filters by type, tag, text and count, and prints JSON', () => {
		expect(runCope(['list', '--type', 'journal'], {home}).stdout).toMatch(/^[^\n]*a quiet evening\n$/);
		expect(runCope(['list', '--tag', 'work'], {home}).stdout).toMatch(/tired/);
		expect(runCope(['list', '--grep', 'WALK'], {home}).stdout).toMatch(/good walk/);
		// As the README says: tags count too ("tired" was logged with -t work, not in its text).
		expect(runCope(['list', '--grep', 'wor'], {home}).stdout).toMatch(/^[^\n]*tired {2}#work\n$/);
		expect(runCope(['list', '-n', '1'], {home}).stdout.trim().split('\n')).toHaveLength(1);
		const json = JSON.parse(runCope(['list', '--json'], {home}).stdout) as Array<{values: Record<string, unknown>}>;
		expect(json.map((e) => e.values['mood'] ?? e.values['text'])).toEqual(['a quiet evening', 7, 3]);
	});

	it('says which types there are when a --type is one no exercise writes', () => {
		const result = runCope(['list', '--type', 'moood'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(
			/^No entries match\.\nNo exercise writes entries of type "moood"\. Did you mean mood\? Types: mood, journal, .*thought-record/,
		);
		expect(runCope(['list', '--type', 'thought-record'], {home}).stdout).toBe('No entries match.\n');
	});

	it('says so kindly when nothing matches', () => {
		expect(runCope(['list', '--tag', 'nothing'], {home}).stdout).toBe('No entries match.\n');
	});

	it('shows one entry in full by its short id', () => {
		const [id] = runCope(['list', '--type', 'mood', '-n', '1'], {home}).stdout.split(' ');
		const {stdout, code} = runCope(['show', id ?? ''], {home});
		expect(code).toBe(0);
		expect(stdout).toMatch(/^mood · Monday 2 November 2026, 18:00/);
		expect(stdout).toMatch(/Note: good walk/);
		expect(JSON.parse(runCope(['show', id ?? '', '--json'], {home}).stdout)).toMatchObject({values: {mood: 7}});
	});

	it('shows user text inert: escape sequences cannot move the cursor or change colour', () => {
		runCope(['log', '5', 'evil\u001B[2J\u001B[31mred\u001B]0;title\u0007'], {home});
		const list = runCope(['list', '-n', '1'], {home}).stdout;
		expect(list).not.toContain('\u001B');
		expect(list).toContain('evil^[[2J^[[31mred');
		const [id] = list.split(' ');
		expect(runCope(['show', id ?? ''], {home}).stdout).not.toContain('\u001B');
	});
});

describe('config and where', () => {
	it('sets, gets and lists settings through conf, 0600', () => {
		expect(runCope(['config', 'set', 'country', 'ie'], {home}).stdout).toBe('country = "IE"\n');
		expect(runCope(['config', 'set', 'alerts.urge', '6'], {home}).code).toBe(0);
		expect(runCope(['config', 'get', 'alerts.urge'], {home}).stdout).toBe('6\n');
		expect(JSON.parse(runCope(['config', 'list', '--json'], {home}).stdout)).toMatchObject({
			country: 'IE',
			'alerts.urge': 6,
			'alerts.mood': 2,
		});
		expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'))).toMatchObject({country: 'IE', alerts: {urge: 6}});
		expect(statSync(join(home, 'config.json')).mode & 0o777).toBe(0o600);
	});

	it('warns about a hand-edited bad value and uses the default', () => {
		mkdirSync(home, {recursive: true});
		writeFileSync(join(home, 'config.json'), '{"alerts":{"urge":"lots"}}');
		const result = runCope(['config', 'get', 'alerts.urge'], {home});
		expect(result.stdout).toBe('7\n');
		expect(result.stderr).toMatch(/alerts.urge .* is not a whole number from 0 to 10; using 7/);
	});

	it('prints the data directory: --home, then COPE_HOME', () => {
		expect(runCope(['where'], {home}).stdout.split('\n')[0]).toBe(home);
		expect(runCope(['--home', join(home, 'other'), 'where'], {home}).stdout.split('\n')[0]).toBe(join(home, 'other'));
		expect(runCope(['where', '--home', join(home, 'after')], {home}).stdout.split('\n')[0]).toBe(join(home, 'after'));
	});

	it('falls back to ~/.config/cope (XDG), without a -nodejs suffix', () => {
		const result = runCope(['where', '--json'], {env: {XDG_CONFIG_HOME: join(home, 'xdg')}});
		expect(JSON.parse(result.stdout)).toMatchObject({dir: join(home, 'xdg', 'cope')});
	});
});

describe('help and version', () => {
	it('prints help with every command and where help is, exit 0', () => {
		const result = runCope(['--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/log \[options\] \[mood\] \[note\.\.\.\]/);
		expect(result.stdout).toMatch(/Help now: cope sos/);
	});
	it.each([
		[['help', 'log'], /^Usage: cope log /],
		[['help'], /^Usage: cope \[options\] \[command\]/],
		[['config', 'help', 'set'], /^Usage: cope config set /],
		[['exercises', 'help'], /^Usage: cope exercises /],
	])('cope %j prints that help, exit 0', (args, usage) => {
		const result = runCope(args);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(usage);
	});
	it('prints the version, exit 0', () => {
		expect(runCope(['-V'])).toMatchObject({code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/)});
	});
});

describe('pipes', () => {
	it('a reader that closes early (cope list | head) gets no error and no stack trace', async () => {
		// 40 long entries, written directly (40 `cope log` runs would only make the test slow).
		mkdirSync(home, {recursive: true});
		const lines = Array.from({length: 40}, (_, i) => {
			const id = `01KAAAAAAAAAAAAAAAAAAAAA${String(i).padStart(2, '0')}`;
			return JSON.stringify({
				v: 1,
				id,
				at: '2026-11-02T10:00:00+00:00',
				type: 'mood',
				exercise: 'mood-log',
				created: '2026-11-02T10:00:00+00:00',
				tags: [],
				values: {mood: 5, note: `note ${i} ${'x'.repeat(2000)}`},
				metrics: {mood: 5},
			});
		});
		writeFileSync(join(home, 'entries.jsonl'), lines.join('\n') + '\n');
		const {spawn} = await import('node:child_process');
		const {BIN, testEnv} = await import('../helpers/cli.js');
		const child = spawn(
			'bash',
			['-c', `"${process.execPath}" "${BIN}" list -n all | head -c 10 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`],
			{env: testEnv(home)},
		);
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr += data));
		await new Promise((resolve) => child.on('close', resolve));
		expect(stderr).toBe('status 0\n');
	});
});

describe('small things people noticed', () => {
	it('a data folder that is a file is said in plain words, by every command (exit 1)', () => {
		const file = join(home, '..', 'not-a-folder');
		writeFileSync(file, 'x');
		for (const args of [['log', '5', 'x'], ['list'], ['report'], ['export']]) {
			const result = runCope(args, {env: {COPE_HOME: file}});
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(/is a file, not a folder|part of that path is a file, not a folder/);
			expect(result.stderr).not.toMatch(/E[A-Z]{3,}:|something went wrong/);
		}
		expect(runCope(['where'], {env: {COPE_HOME: file}}).stdout).toContain(
			`${file} is a file, not a folder, so cope cannot keep anything there.`,
		);
		const below = runCope(['doctor'], {env: {COPE_HOME: join(file, 'sub')}});
		expect(below.code).toBe(1);
		expect(below.stdout).toContain(`${file} is a file, not a folder, so cope cannot make its data folder`);
		const settings = runCope(['config', 'list'], {env: {COPE_HOME: file}});
		expect(settings.stderr).toContain('cannot read the settings:');
		expect(settings.stderr).not.toMatch(/ENOTDIR|delete the file/);
	});

	it('list keeps its columns when some dates are of another year', () => {
		for (const at of ['2025-12-31 12:00', '2025-01-01 12:00', '1 hour ago']) runCope(['log', '5', 'words', '--at', at], {home});
		const rows = runCope(['list'], {home}).stdout.trimEnd().split('\n');
		expect(rows).toHaveLength(3);
		expect(new Set(rows.map((row) => row.indexOf('mood  ')))).toHaveProperty('size', 1);
	});

	it('list keeps a space after a long type, and sums up an entry of lists', () => {
		mkdirSync(home, {recursive: true});
		const line = (id: string, type: string, values: Record<string, unknown>): string =>
			JSON.stringify({
				v: 1,
				id,
				at: '2026-11-02T10:00:00+00:00',
				type,
				exercise: type,
				created: '2026-11-02T10:00:00+00:00',
				tags: [],
				values,
			});
		writeFileSync(
			join(home, 'entries.jsonl'),
			`${line('01KAAAAAAAAAAAAAAAAAAAAAA1', 'thought-record', {situation: 'meeting'})}\n${line('01KAAAAAAAAAAAAAAAAAAAAAA2', 'safety-plan', {coping: ['walk', 'music']})}\n`,
		);
		const {stdout} = runCope(['list'], {home});
		expect(stdout).toMatch(/thought record meeting/);
		expect(stdout).toMatch(/safety plan +walk · music/);
	});

	it('cope sos says where help is before the first-run note', async () => {
		const {spawnSync} = await import('node:child_process');
		const {BIN, testEnv} = await import('../helpers/cli.js');
		const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" sos 2>&1 </dev/null`], {
			env: testEnv(home, {COPE_NO_WELCOME: ''}),
			encoding: 'utf8',
		});
		expect(result.stdout.indexOf('Help now')).toBe(0);
		expect(result.stdout).toMatch(/does not replace professional care/);
	});
});
