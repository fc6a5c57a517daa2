import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeHome, ROOT, runCope} from '../helpers/cli.js';
import {sampleExercise} from '../helpers/exercise.js';
import {builtFiles, builtinsLoaded, heavyIn, HEAVY_LIBRARIES, librariesLoaded, staticallyLoaded} from '../helpers/loaded.js';
import {spawnCopeInPty} from '../helpers/pty.js';

let home: string;
let cleanup: () => void;
beforeAll(() => {
	({home, cleanup} = makeHome());
	runCope(['log', '5', 'seed #walk'], {home});
	// Goals of each kind, so that `cope goals` and the report's goals section have work to do.
	runCope(['goal', 'add', 'Walk', '--tag', 'walk', '--per-week', '3'], {home});
	runCope(['goal', 'add', 'Calm', '--metric', 'urge', '--below', '7'], {home});
	runCope(['goal', 'add', 'Call a friend', '--check-in'], {home});
	runCope(['homework', 'set', 'thought-record', '--days', 'mon,thu'], {home});
});
afterAll(() => cleanup());

describe('the build', () => {
	it('keeps the TUI and every heavy library out of what dist/cli.js loads before an import()', () => {
		const built = builtFiles();
		const atStart = staticallyLoaded('cli.js', built).flatMap((file) => built[file]?.sources ?? []);
		expect(atStart.some((source) => source.startsWith('src/commands/'))).toBe(true);
		expect(heavyIn(atStart)).toEqual([]);
		// ...and each of them is built, in chunks of their own that an import() reads.
		const all = Object.values(built).flatMap((file) => file.sources);
		expect(heavyIn(all)).toEqual(Object.keys(HEAVY_LIBRARIES));
	});

	it("gives Ink and the libraries it draws with cope's own measure of terminal cells, not the string-width package", () => {
		const sources = Object.values(builtFiles()).flatMap((file) => file.sources);
		expect(sources.filter((source) => source.includes('node_modules/string-width'))).toEqual([]);
		expect(sources).toContain('src/tui/string-width.ts');
	});

	it("has one copy of React, shared by Ink and cope's own screens", () => {
		const holding = Object.entries(builtFiles()).filter(([, file]) =>
			file.sources.some((source) => /node_modules\/react\/cjs\/react\./.test(source)),
		);
		expect(holding.map(([name]) => name)).toHaveLength(1);
	});
});

describe('fast paths never load the TUI, Ink, React, conf, zod, chrono-node or csv-parse', () => {
	it.each([
		['--version', ['--version']],
		['--help', ['--help']],
		['log', ['log', '5', 'a note #tag', '-u', '2', '-e', 'calm=40']],
		['log with the message after a hard entry', ['log', '1', '-u', '9']],
		['log --at with a plain date', ['log', '6', '--at', '2026-11-20 09:00']],
		['journal', ['journal', 'some words']],
		['list', ['list']],
		['list --json', ['list', '--json', '-n', '5']],
		['show', ['show', 'ZZZZ']],
		['report', ['report']],
		['report --json --since 30d', ['report', '--json', '--since', '30d']],
		['report --by week --tag walk', ['report', '--by', 'week', '--tag', 'walk']],
		['export json', ['export', '--format', 'json', '--since', '30d']],
		['export csv', ['export', '--format', 'csv']],
		['export md', ['export', '--format', 'md']],
		['goals', ['goals']],
		['goals --json', ['goals', '--json']],
		['homework', ['homework']],
		['report with goals', ['report', '--since', '8w']],
		// Help itself stays as light: no Ink unless an exercise is picked.
		['sos', ['sos']],
		['plan', ['plan']],
		['where', ['where']],
	])('%s', (_name, args) => {
		expect(librariesLoaded(args, home)).toEqual([]);
	});
});

describe('the quickest commands skip Node modules they do not need', () => {
	// Each costs milliseconds at start: crypto (entry ids need no secrets: src/domain/entry-id.ts),
	// child_process (commander's executable subcommands: scripts/build.mjs leaves it out), and
	// process.stdin (streams for a pipe or a file), made only by commands that read it (an ES
	// module import of node:process makes it too: src/store/paths.ts), and the streams behind
	// process.stdout and process.stderr, made only when a command uses them (src/process-io.ts).
	const SLOW = ['crypto', 'child_process', '(process.stdin)', 'stream'];
	it.each([
		['log', ['log', '5', 'a note']],
		['journal', ['journal', 'some words']],
		['list', ['list']],
	])('%s', (_name, args) => {
		const {code, builtins} = builtinsLoaded(args, home);
		expect(code).toBe(0);
		// The recording works: bin/cope.js's own import.
		expect(builtins).toContain('module');
		expect(builtins.filter((name) => SLOW.includes(name))).toEqual([]);
	});

	it('writing to /dev/null (output thrown away) makes no stream either: it is no terminal', () => {
		for (const args of [['log', '5', 'a note'], ['list'], ['report']]) {
			const {code, builtins} = builtinsLoaded(args, home, '', 'ignore');
			expect(code).toBe(0);
			expect(builtins).toContain('module');
			expect(builtins.filter((name) => SLOW.includes(name))).toEqual([]);
		}
	});

	it("cope has no fetch: it never uses the network (and Ink's yoga-layout does not load undici for it)", () => {
		const {code, builtins} = builtinsLoaded(['where'], home);
		expect(code).toBe(0);
		expect(builtins).not.toContain('(fetch)');
		expect(builtins.filter((name) => name.includes('undici'))).toEqual([]);
	});

	it('reads node:fs without loading fs/promises and the streams (scripts/build.mjs)', () => {
		// Node 20 reads ES modules with fs/promises itself; from Node 22 only cope could load it.
		if (Number(process.versions.node.split('.')[0]) < 22) return;
		for (const args of [['log', '5', 'x'], ['list']]) expect(builtinsLoaded(args, home).builtins).not.toContain('internal/fs/promises');
	});

	it('the check sees them where they are used: reading a note from stdin, and doctor (it hashes lines)', () => {
		expect(builtinsLoaded(['log', '5', '-'], home, 'from stdin').builtins).toContain('(process.stdin)');
		expect(builtinsLoaded(['doctor'], home).builtins).toContain('crypto');
	});
});

describe('the check sees a heavy library when a command does load it', () => {
	it('config set loads conf', () => {
		expect(librariesLoaded(['config', 'set', 'alerts.urge', '7'], home)).toEqual(['conf']);
	});

	it('exercises list loads zod (the exercise files are validated)', () => {
		expect(librariesLoaded(['exercises', 'list'], home)).toContain('zod');
	});

	it('opening an exercise loads zod only when there are exercise files of the person’s own', () => {
		// Built-ins only: shipped JSON, checked by the test suite, read as it is.
		expect(librariesLoaded(['run', 'box-breathing', '--plain'], home)).not.toContain('zod');
		const {home: own, cleanup: done} = makeHome();
		try {
			mkdirSync(join(own, 'exercises'), {recursive: true});
			writeFileSync(join(own, 'exercises', 'mine.json'), JSON.stringify(sampleExercise()));
			expect(librariesLoaded(['run', 'box-breathing', '--plain'], own)).toContain('zod');
		} finally {
			done();
		}
	});

	it('a time in words loads chrono-node', () => {
		expect(librariesLoaded(['export', '--since', 'last friday of october'], home)).toContain('chrono-node');
		expect(librariesLoaded(['log', '4', '--at', 'yesterday 9pm'], home)).toContain('chrono-node');
	});

	it('importing a CSV file loads csv-parse', () => {
		const file = join(home, '..', 'moods.csv');
		writeFileSync(file, 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-11-01,November 1,Sunday,9:00,good,,,\n');
		expect(librariesLoaded(['import', file, '--from', 'daylio', '--dry-run'], home)).toContain('csv-parse');
	});
});

describe('the screens load the Node modules they use when they use them', () => {
	it('cope run opens its first screen without node:child_process, node:crypto or fs/promises (scripts/build.mjs)', async () => {
		const out = join(home, 'builtins.txt');
		const hook = join(ROOT, 'test', 'helpers', 'record-builtins.mjs');
		const session = spawnCopeInPty(['run', 'mood-log'], {home, env: {NODE_OPTIONS: `--import ${hook}`, COPE_BUILTINS_FILE: out}});
		await session.waitFor(/step 1 of 4/);
		// Until Ink puts the terminal in raw mode, Ctrl+C is the terminal's SIGINT, and no exit hook runs.
		await session.waitForRawMode();
		session.write('\u0003');
		await session.exited;
		const builtins = readFileSync(out, 'utf8').split('\n');
		// The recording works: the screens' own modules are there.
		expect(builtins).toContain('tty');
		expect(builtins.filter((name) => name.includes('child_process'))).toEqual([]);
		// The editor's file (ctrl+e) is named with node:crypto: read when it is opened (src/tui/editor.ts).
		expect(builtins).not.toContain('crypto');
		// Node 20 reads ES modules with fs/promises itself; from Node 22 only cope or a library could load it.
		if (Number(process.versions.node.split('.')[0]) >= 22) expect(builtins).not.toContain('internal/fs/promises');
	});

	it('the home screen draws without starting ICU: cope splits plain text into graphemes itself (src/domain/graphemes.ts)', async () => {
		const out = join(home, 'segmenters.txt');
		const hook = join(ROOT, 'test', 'helpers', 'count-segmenters.mjs');
		const env = {NODE_OPTIONS: `--import ${hook}`, COPE_SEGMENTERS_FILE: out};
		const session = spawnCopeInPty([], {home, env});
		await session.waitFor(/What would help/);
		await session.waitForRawMode();
		session.write('\u0003');
		await session.exited;
		expect(readFileSync(out, 'utf8')).toBe('0');
		// The count works: a real one is counted.
		expect(spawnSync(process.execPath, ['-e', 'new Intl.Segmenter()'], {env: {...process.env, ...env}}).status).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe('1');
	});
});
