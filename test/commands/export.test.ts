import {spawn} from 'node:child_process';
import {mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {parse} from 'csv-parse/sync';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {BIN, makeHome, readStoreLines, runCope, testEnv} from '../helpers/cli.js';
import {snapshotDir} from '../helpers/data-dir.js';

let home: string;
let cleanup: () => void;
let out: string;
let outCount = 0;

// Exports only read the store: one store for every test, a fresh output folder for each.
beforeAll(() => {
	({home, cleanup} = makeHome());
	runCope(['log', '4', 'rough day, "really"\nsecond line', '-u', '6', '-t', 'work', '--at', '2025-11-20 08:30'], {home});
	runCope(['journal', 'Walked by the river.\n\nFelt lighter, after.', '--at', '2025-11-21 22:05'], {home});
	runCope(['log', '7', '--at', '2025-10-01 12:00'], {home});
});
afterAll(() => cleanup());
beforeEach(() => {
	out = join(dirname(home), `out-${++outCount}`);
	mkdirSync(out);
});

describe('cope export', () => {
	it('json: the cope-export envelope with full entries, oldest first', () => {
		const result = runCope(['export'], {home});
		expect(result.code).toBe(0);
		const parsed = JSON.parse(result.stdout) as {
			format: string;
			version: number;
			exported: string;
			entries: Array<{id: string; at: string}>;
		};
		expect(parsed.format).toBe('cope-export');
		expect(parsed.version).toBe(1);
		expect(Number.isNaN(Date.parse(parsed.exported))).toBe(false);
		expect(parsed.entries.map((entry) => entry.at.slice(0, 16))).toEqual(['2025-10-01T12:00', '2025-11-20T08:30', '2025-11-21T22:05']);
		const stored = readStoreLines(home) as Array<{id: string}>;
		expect(parsed.entries.map((entry) => entry.id).sort()).toEqual(stored.map((entry) => entry.id).sort());
		expect(parsed.entries[1]).toEqual(stored.find((entry) => entry.id === parsed.entries[1]?.id));
	});

	it('csv: one quoted row per entry that a CSV reader takes back exactly', () => {
		const result = runCope(['export', '--format', 'csv'], {home});
		expect(result.code).toBe(0);
		const rows = parse(result.stdout, {columns: true}) as Array<Record<string, string>>;
		expect(rows).toHaveLength(3);
		const mood = rows[1] as Record<string, string>;
		expect(mood['type']).toBe('mood');
		expect(mood['tags']).toBe('work');
		expect(mood['mood']).toBe('4');
		expect(mood['urge']).toBe('6');
		expect(mood['text']).toBe('rough day, "really"\nsecond line');
		expect(JSON.parse(mood['values'] ?? '')).toEqual({mood: 4, urge: 6, note: 'rough day, "really"\nsecond line'});
		expect(rows[2]?.['text']).toBe('Walked by the river.\n\nFelt lighter, after.');
		expect(result.stdout.split('\n')[0]).toBe('id,at,type,exercise,tags,mood,urge,text,values,answers');
	});

	it('md: a heading per day, each entry with its time, type and words', () => {
		const result = runCope(['export', '--format', 'md'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(
			'## Thursday 20 November 2025\n\n### 08:30 · mood 4 · urge 6\n\n#work\n\nrough day, "really"\nsecond line',
		);
		expect(result.stdout).toContain('## Friday 21 November 2025\n\n### 22:05 · journal\n\nWalked by the river.');
		expect(result.stdout.indexOf('1 October 2025')).toBeLessThan(result.stdout.indexOf('20 November 2025'));
	});

	it('--since, --from and --to pick whole local days', () => {
		const ids = (args: string[]): string[] =>
			(JSON.parse(runCope(['export', ...args], {home}).stdout) as {entries: Array<{at: string}>}).entries.map((entry) =>
				entry.at.slice(0, 10),
			);
		expect(ids(['--from', '2025-11-20'])).toEqual(['2025-11-20', '2025-11-21']);
		expect(ids(['--to', '2025-11-20'])).toEqual(['2025-10-01', '2025-11-20']);
		expect(ids(['--from', '2025-11-20', '--to', '2025-11-20'])).toEqual(['2025-11-20']);
		expect(ids(['--since', '2025-11-21'])).toEqual(['2025-11-21']);
		// A plain day to come is taken as it is, as the report takes it.
		expect(ids(['--from', '2025-11-21', '--to', '2099-12-31'])).toEqual(['2025-11-21']);
	});

	it('-o writes a private file (0600) and warns that it holds private writing', () => {
		const file = join(out, 'backup.json');
		const result = runCope(['export', '-o', file], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Exported 3 entries to');
		expect(result.stderr).toContain('private writing');
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect((JSON.parse(readFileSync(file, 'utf8')) as {entries: unknown[]}).entries).toHaveLength(3);
		expect(snapshotDir(out)).toEqual({'backup.json': expect.any(String)});
	});

	it('-o without --format writes what the file name ends in: .csv, .md, else JSON', () => {
		const written = (name: string): string => {
			expect(runCope(['export', '-o', join(out, name)], {home}).code).toBe(0);
			return readFileSync(join(out, name), 'utf8');
		};
		expect(written('mood.csv')).toMatch(/^id,at,type,exercise,/);
		expect(written('notes.MD')).toMatch(/^# cope export/);
		expect(written('backup.txt')).toMatch(/^\{"format": "cope-export"/);
		// --format says it outright.
		expect(runCope(['export', '--format', 'json', '-o', join(out, 'all.csv')], {home}).code).toBe(0);
		expect(readFileSync(join(out, 'all.csv'), 'utf8')).toMatch(/^\{"format": "cope-export"/);
	});

	it('an unknown --type gives an empty export, and says on stderr which types there are', () => {
		const result = runCope(['export', '--type', 'moood'], {home});
		expect(result.code).toBe(0);
		expect((JSON.parse(result.stdout) as {entries: unknown[]}).entries).toEqual([]);
		expect(result.stderr).toMatch(/^cope: no exercise writes entries of type "moood"\. Did you mean mood\? Types: mood, journal, /);
		expect(runCope(['export', '--type', 'thought-record'], {home}).stderr).toBe('');
	});

	it('-o refuses to replace a file unless --force', () => {
		const file = join(out, 'backup.json');
		writeFileSync(file, 'precious');
		const refused = runCope(['export', '-o', file], {home});
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('already exists');
		expect(refused.stderr).toContain('--force');
		expect(readFileSync(file, 'utf8')).toBe('precious');
		const forced = runCope(['export', '--format', 'md', '-o', file, '--force'], {home});
		expect(forced.code).toBe(0);
		expect(readFileSync(file, 'utf8')).toContain('# cope export');
		expect(statSync(file).mode & 0o777).toBe(0o600);
	});

	it.each([
		[['--format', 'xml'], /--format "xml" is not a format/],
		[['--since', '30d', '--from', '2025-01-01'], /--since, or --from and --to, not both/],
		[['--from', '2025-11-21', '--to', '2025-11-01'], /is after --to/],
		[['--since', 'whenever'], /--since "whenever"/],
		[['--force'], /--force only goes with -o/],
		[['-o', '/nonexistent-dir/x.json'], /does not exist/],
	])('refuses %j (exit 2), writing nothing', (args, message) => {
		const before = snapshotDir(home);
		const result = runCope(['export', ...args], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stdout).toBe('');
		expect(snapshotDir(home)).toEqual(before);
		expect(snapshotDir(out)).toEqual({});
	});

	it("refuses to write over cope's own data files", () => {
		const before = snapshotDir(home);
		const result = runCope(['export', '-o', join(home, 'entries.jsonl'), '--force'], {home});
		expect(result.code).toBe(2);
		expect(snapshotDir(home)).toEqual(before);
	});

	it('stops quietly when the reader closes the pipe early (cope export | head)', async () => {
		const big = makeHome();
		try {
			mkdirSync(big.home, {mode: 0o700});
			const lines = Array.from({length: 3000}, (_, index) =>
				JSON.stringify({
					v: 1,
					id: `01K${String(index).padStart(23, '0')}`,
					at: '2025-01-01T10:00:00+00:00',
					type: 'journal',
					exercise: 'journal',
					created: '2025-01-01T10:00:00+00:00',
					tags: [],
					values: {text: 'words '.repeat(20)},
				}),
			);
			writeFileSync(join(big.home, 'entries.jsonl'), lines.join('\n') + '\n', {mode: 0o600});
			const child = spawn(process.execPath, [BIN, 'export'], {env: testEnv(big.home)});
			let stderr = '';
			child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr += data));
			child.stdout.once('data', () => child.stdout.destroy());
			const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
			expect(stderr).toBe('');
			expect(code).toBe(0);
		} finally {
			big.cleanup();
		}
	});
});
