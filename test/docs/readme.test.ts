import {spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Entry} from '../../src/domain/entry.js';
import {createEntry} from '../../src/domain/mood-entry.js';
import {BIN, makeHome, runCope} from '../helpers/cli.js';
import {testId, writeEntries} from '../helpers/entries.js';

/**
 * What README.md shows is what cope does. Every line of every ```sh block is run, in
 * order, with the built cope, in a scratch HOME whose data directory starts with a
 * few entries (two with the ids the README uses) and a working folder with the files
 * the examples name. A line must exit 0, unless it says otherwise in its comment:
 *
 *   cope plan edit          # ... (needs a terminal)   -> exit 2, and cope says why
 *   cope delete 7K2QXA      # ... (exits 2)            -> exit 2
 *
 * A block can say it for all its lines in an HTML comment just before it
 * (`<!-- docs-test: needs a terminal -->`), or that it is not to be run here
 * (`<!-- docs-test: skip (why) -->`, e.g. `npm install`). stdin is a pipe holding a
 * line of text, so `cope journal -` and `--set note=-` read it as they would a pipe.
 *
 * And every `--option` the README names for a command (in examples, in `code`, and in
 * the option tables under the command's heading) must be one that command's --help
 * lists; every command's help has examples, as the README says.
 */

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

interface ShLine {
	/** The line as written (comment included). */
	line: string;
	/** What it is expected to exit with. */
	code: number;
	terminal: boolean;
	/** The README line number, for the failure message. */
	at: number;
}

/** Where a line's comment starts: a # at the start of a word, outside quotes. */
function commentStart(line: string): number {
	let quote: string | undefined;
	for (let i = 0; i < line.length; i++) {
		const char = line[i] as string;
		if (quote) {
			if (char === quote) quote = undefined;
		} else if (char === '"' || char === "'") quote = char;
		else if (char === '#' && (i === 0 || /\s/.test(line[i - 1] as string))) return i;
	}
	return -1;
}

function shBlocks(markdown: string): {lines: ShLine[]; skipped: string[]} {
	const lines: ShLine[] = [];
	const skipped: string[] = [];
	const all = markdown.split('\n');
	for (let i = 0; i < all.length; i++) {
		if (all[i] !== '```sh') continue;
		const before = (all[i - 1] ?? '').trim();
		const blockMark = /^<!--\s*docs-test:\s*(.*?)\s*-->$/.exec(before)?.[1] ?? '';
		const body: Array<[string, number]> = [];
		for (i++; i < all.length && all[i] !== '```'; i++) body.push([all[i] as string, i + 1]);
		if (blockMark.startsWith('skip')) {
			skipped.push(...body.map(([line]) => line));
			continue;
		}
		for (const [line, at] of body) {
			if (line.trim() === '' || line.trim().startsWith('#')) continue;
			const hash = commentStart(line);
			const comment = hash === -1 ? '' : line.slice(hash);
			const marks = `${blockMark} ${comment}`;
			const terminal = /needs a terminal/.test(marks);
			const exits = /exits (\d+)/.exec(marks)?.[1];
			lines.push({line, at, terminal, code: exits !== undefined ? Number(exits) : terminal ? 2 : 0});
		}
	}
	return {lines, skipped};
}

/** The ids the README's examples use, given to two seeded entries. */
const JOURNAL_ID = '01M8AE0EN3N2EYEK7XPJRE0FAW';
const MOOD_ID = '01M8AE0EN3N2EYEK7XPJ7K2QXA';

function seed(dataDir: string): void {
	const day = (daysAgo: number, hour = 21): Date => new Date(Date.now() - daysAgo * 86_400_000 - (Date.now() % 3_600_000) - hour * 60_000);
	const entries: Entry[] = [];
	for (let daysAgo = 1; daysAgo <= 40; daysAgo += 3) {
		const at = day(daysAgo);
		const mood = 3 + (daysAgo % 5);
		entries.push(
			createEntry({
				id: testId(),
				type: 'mood',
				exercise: 'mood-log',
				at,
				now: at,
				tags: daysAgo % 2 === 0 ? ['work'] : ['sleep'],
				values: {mood, urge: daysAgo % 4, note: 'a note'},
				metrics: {mood, urge: daysAgo % 4},
			}),
		);
	}
	const mood = createEntry({
		id: MOOD_ID,
		type: 'mood',
		exercise: 'mood-log',
		at: day(2),
		now: day(2),
		tags: ['work'],
		values: {mood: 4, urge: 3, emotions: {anxious: 60}, note: 'rough day at #work'},
		metrics: {mood: 4, urge: 3},
	});
	const journal = createEntry({
		id: JOURNAL_ID,
		type: 'journal',
		exercise: 'journal',
		at: day(1),
		now: day(1),
		values: {text: 'A quiet evening. Called Sam.'},
	});
	entries.push(mood, journal);
	entries.sort((a, b) => a.at.localeCompare(b.at));
	writeEntries(dataDir, entries);
	// As cope makes them: only the person can read them.
	chmodSync(dataDir, 0o700);
	chmodSync(join(dataDir, 'entries.jsonl'), 0o600);
}

/** The files the examples name, in the folder they run in. */
function files(work: string, home: string): void {
	const exerciseFormat = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'exercise-format.md'), 'utf8');
	const worryTime = /<!-- example: worry-time[^\n]*\n```json\n([\s\S]*?)\n```/.exec(exerciseFormat)?.[1];
	if (worryTime === undefined) throw new Error('docs/exercise-format.md has no worry-time example');
	const file = worryTime.replace(/\s*"\$schema": "\.\/schema\.json",/, '');
	writeFileSync(join(work, 'worry-time.json'), file);
	// "One of your own", as the README's examples assume.
	const exercises = join(home, '.config', 'cope', 'exercises');
	mkdirSync(exercises, {mode: 0o700});
	writeFileSync(join(exercises, 'worry-time.json'), file, {mode: 0o600});
	writeFileSync(join(work, 'notes.txt'), 'Notes from the day.\nA second line.\n');
	writeFileSync(
		join(work, 'daylio_export.csv'),
		[
			'full_date,date,weekday,time,mood,activities,note_title,note',
			'2026-10-02,October 2,Friday,9:10 pm,good,"work | reading","","a calm day"',
			'2026-10-03,October 3,Saturday,8:00 pm,meh,"Movies / TV","Title","a note"',
		].join('\n') + '\n',
	);
	writeFileSync(join(work, 'journal.txt'), '[2026-10-20 21:40] A title.\n\nThe body @walk.\n');
	// A backup to import: what cope export writes.
	const backup = runCope(['export'], {home: join(home, '.config', 'cope')});
	if (backup.code !== 0) throw new Error(`could not make a backup to import: ${backup.stderr}`);
	writeFileSync(join(work, 'cope-backup.json'), backup.stdout);
}

/** cope itself, and stand-ins for programs the examples pipe from that this machine may not have. */
function bin(dir: string): void {
	mkdirSync(dir);
	const script = (name: string, body: string): void => {
		writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
		chmodSync(join(dir, name), 0o755);
	};
	script('cope', `exec "${process.execPath}" "${BIN}" "$@"`);
	script('pbpaste', "printf 'Pasted from the clipboard.\\n'");
	const jrnlExport = JSON.stringify({
		tags: {},
		entries: [{title: 'From jrnl.', body: 'A body.', date: '2026-10-21', time: '08:00', tags: [], starred: false}],
	});
	script('jrnl', `printf '%s\\n' '${jrnlExport}'`);
	// jq and less only read what cope wrote here; where they are missing, passing it on is enough.
	for (const tool of ['jq', 'less']) {
		if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) script(tool, 'cat');
	}
}

const {lines, skipped} = shBlocks(README);
let root: string;
let cleanup: () => void;
let home: string;
let work: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
	({home: root, cleanup} = makeHome());
	home = join(root, 'user');
	work = join(root, 'work');
	mkdirSync(work, {recursive: true});
	const dataDir = join(home, '.config', 'cope');
	seed(dataDir);
	files(work, home);
	bin(join(root, 'bin'));
	// No COPE_HOME: the data directory is the usual place under this HOME, as for a reader.
	env = {
		PATH: `${join(root, 'bin')}:${process.env['PATH'] ?? ''}`,
		HOME: home,
		TZ: 'UTC',
		LANG: 'en_GB.UTF-8',
		NO_COLOR: '1',
		COPE_NO_WELCOME: '1',
		EDITOR: 'false',
	};
});
afterAll(() => cleanup());

describe('README.md: every sh example', () => {
	it('finds the examples, and runs every line but the development ones', () => {
		expect(lines.length).toBeGreaterThan(40);
		expect(
			skipped.every((line) => !/^\s*cope\b/.test(line)),
			`only non-cope lines are skipped: ${skipped.join(' | ')}`,
		).toBe(true);
	});

	// In order: later examples build on earlier ones, as they would for a reader.
	it.each(lines)('README.md:$at  $line', ({line, code, terminal}) => {
		const result = spawnSync('bash', ['-o', 'pipefail', '-c', line], {
			cwd: work,
			env,
			input: 'A few words from stdin.\n',
			encoding: 'utf8',
			timeout: 30_000,
		});
		expect(result.status, `README.md: ${line}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`).toBe(code);
		if (terminal) expect(result.stderr).toMatch(/terminal/);
		expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
	});
});

/** Commands and subcommands (`["config", "set"]`), read from the built cope's own help. */
function commandsIn(help: string): string[] {
	const section = /\nCommands:\n([\s\S]*?)(?:\n\n|$)/.exec(help)?.[1] ?? '';
	return section
		.split('\n')
		.map((line) => /^ {2}(\S+)/.exec(line)?.[1])
		.filter((name): name is string => name !== undefined && name !== 'help');
}

const GLOBAL_OPTIONS = ['--home', '--no-color', '--version', '--help'];

describe('README.md: options and help', () => {
	const helps = new Map<string, string>();
	const help = (path: string[]): string => {
		const key = path.join(' ');
		if (!helps.has(key)) helps.set(key, runCope([...path, '--help']).stdout);
		return helps.get(key) as string;
	};
	/** Every command path cope has. */
	const paths = (): string[][] => {
		const found: string[][] = [];
		for (const name of commandsIn(help([]))) {
			found.push([name]);
			for (const sub of commandsIn(help([name]))) found.push([name, sub]);
		}
		return found;
	};

	/** `cope config set country GB --json` → the path ["config", "set"] and its options. */
	function commandUse(words: string[]): {path: string[]; options: string[]} {
		const path: string[] = [];
		let known = commandsIn(help([]));
		let i = 0;
		for (; i < words.length; i++) {
			const word = words[i] as string;
			if (word.startsWith('-')) continue;
			if (!known.includes(word)) break;
			path.push(word);
			known = commandsIn(help(path));
		}
		const options = words.filter((word) => /^--[a-z][a-z-]*/.test(word)).map((word) => word.replace(/=.*$/, ''));
		return {path, options};
	}

	/** Every place the README names an option for a command. */
	function namedOptions(): Array<{path: string[]; option: string; where: string}> {
		const named: Array<{path: string[]; option: string; where: string}> = [];
		const uses = (text: string, where: string): void => {
			// `cope ...` up to the end of the code, a pipe, a redirect or a comment.
			for (const match of text.matchAll(/(?:^|[\s`(|&;])cope((?: +[^\s|&;<>#`]+)*)/g)) {
				const words = (match[1] ?? '').trim().split(/ +/).filter(Boolean);
				const {path, options} = commandUse(words);
				for (const option of options) named.push({path, option, where});
			}
		};
		let heading: string[] = [];
		let inSh = false;
		README.split('\n').forEach((line, index) => {
			const where = `README.md:${index + 1}`;
			if (line.startsWith('```')) {
				inSh = line === '```sh';
				return;
			}
			if (inSh) {
				const hash = commentStart(line);
				uses(hash === -1 ? line : line.slice(0, hash), where);
				return;
			}
			const title = /^(#+) (.*)$/.exec(line);
			if (title) {
				const command = /`cope((?: [a-z-]+)*)`/.exec(title[2] as string);
				if (command) heading = commandUse((command[1] ?? '').trim().split(' ').filter(Boolean)).path;
				else if ((title[1] as string).length <= 3) heading = [];
				return;
			}
			for (const code of line.matchAll(/`([^`]+)`/g)) if ((code[1] as string).startsWith('cope')) uses(code[1] as string, where);
			// An option table under a command's heading: the options in its first column.
			const cell = /^\| *([^|]*?) *\|/.exec(line)?.[1];
			if (cell !== undefined && !cell.includes('cope')) {
				for (const option of cell.matchAll(/`(--[a-z][a-z-]*)/g)) named.push({path: heading, option: option[1] as string, where});
			}
		});
		return named;
	}

	it('names only options that the command’s --help lists', () => {
		const named = namedOptions();
		expect(named.length).toBeGreaterThan(40);
		const missing = named.filter(
			({path, option}) => !GLOBAL_OPTIONS.includes(option) && !new RegExp(`(^|[\\s,])${option}(?![\\w-])`).test(help(path)),
		);
		expect(missing.map(({path, option, where}) => `${where}: cope ${path.join(' ')} ${option}`)).toEqual([]);
		// One --help per command and subcommand (over 40 of them): on a busy machine that takes a while.
	}, 60_000);

	it('is right that every command’s help has examples', () => {
		const withoutExamples = paths().filter((path) => !help(path).includes('\nExamples:\n'));
		expect(withoutExamples.map((path) => `cope ${path.join(' ')} --help`)).toEqual([]);
	});

	it('lists the fields of cope where --json', () => {
		const section = /## `cope where`\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
		const named = [...section.matchAll(/`([a-z]+)`/g)].map((match) => match[1]);
		const fields = Object.keys(JSON.parse(runCope(['where', '--json'], {home: join(root, 'where')}).stdout) as object);
		expect(named.sort()).toEqual(fields.sort());
	});

	it('says in log --help what the README says of --at, and report --help where the --json fields are', () => {
		const log = help(['log']).replace(/\s+/g, ' ');
		expect(log).toContain('not in the future');
		expect(log).toContain('"last friday 9pm"');
		expect(README).toMatch(/`--at <when>` \| when it happened: [^\n]*"last friday 9pm"[^\n]*not in the future/);
		expect(help(['report'])).toContain('docs/report.md');
		expect(README).toContain('[field reference](docs/report.md#cope-report---json)');
	});
});

describe('README.md: the development section', () => {
	const section = /## Development\n([\s\S]*?)\n- /.exec(README)?.[1] ?? '';
	const folders = (dir: string): string[] =>
		readdirSync(join(import.meta.dirname, '..', '..', dir), {withFileTypes: true})
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);

	it.each(['src', 'test'])('names every folder of %s/', (dir) => {
		expect(section).not.toBe('');
		// Named as src/name/ or in the list of test/'s folders ("test/domain, store, ...").
		const unnamed = folders(dir).filter((name) => !new RegExp(`\\b${name}\\b`).test(section));
		expect(unnamed.map((name) => `${dir}/${name}`)).toEqual([]);
	});
});
