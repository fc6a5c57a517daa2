import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';
import {builtinsLoaded, builtSources, HEAVY_LIBRARIES, librariesLoaded} from '../helpers/loaded.js';

let home: string;
let cleanup: () => void;
beforeAll(() => {
	({home, cleanup} = makeHome());
	runCope(['log', '5', 'seed #walk'], {home});
});
afterAll(() => cleanup());

describe('the build', () => {
	it('keeps the TUI and every heavy library out of dist/cli.cjs, each in a file of its own', () => {
		const outputs = builtSources();
		const heavyIn = (file: string) => Object.entries(HEAVY_LIBRARIES).filter(([, folder]) => (outputs[file] ?? []).some((source) => folder.test(source))).map(([name]) => name);
		expect(outputs['cli.cjs']?.some((source) => source.startsWith('src/commands/'))).toBe(true);
		expect(heavyIn('cli.cjs')).toEqual([]);
		expect(heavyIn('tui.cjs')).toEqual(['cope tui']);
		// The TUI has no copies of cope's other modules: it uses cli.cjs's own (one store, one "already shown").
		expect(outputs['tui.cjs']?.filter((source) => source.startsWith('src/') && !(HEAVY_LIBRARIES['cope tui'] as RegExp).test(source))).toEqual([]);
		expect(outputs['tui.cjs']).toContain('core:src/store/entries.ts');
		expect(heavyIn('vendor/ui.cjs')).toEqual(['ink', 'react']);
		expect(heavyIn('vendor/zod.cjs')).toEqual(['zod']);
		expect(heavyIn('vendor/conf.cjs')).toEqual(['conf']);
		expect(heavyIn('vendor/chrono.cjs')).toEqual(['chrono-node']);
		expect(heavyIn('vendor/csv.cjs')).toEqual(['csv-parse']);
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
		// Help itself stays as light: no Ink unless an exercise is picked.
		['sos', ['sos']],
		['plan', ['plan']],
		['where', ['where']],
	])('%s', (_name, args) => {
		expect(librariesLoaded(args, home)).toEqual([]);
	});
});

describe('the quickest commands skip Node modules they do not need', () => {
	// Each costs milliseconds at start: crypto (ulid's default randomness; cope gives its own),
	// child_process (commander's subcommands), and process.stdin (streams for a pipe or a
	// file), made only by commands that read it.
	const SLOW = ['crypto', 'child_process', '(process.stdin)'];
	it.each([
		['log', ['log', '5', 'a note']],
		['journal', ['journal', 'some words']],
		['list', ['list']],
	])('%s', (_name, args) => {
		const {code, builtins} = builtinsLoaded(args, home);
		expect(code).toBe(0);
		expect(builtins).toContain('vm');
		expect(builtins.filter((name) => SLOW.includes(name))).toEqual([]);
	});

	it('the check sees them where they are used: reading a note from stdin, and an import', () => {
		expect(builtinsLoaded(['log', '5', '-'], home, 'from stdin').builtins).toContain('(process.stdin)');
		const file = join(home, '..', 'entries.json');
		writeFileSync(file, '[]');
		expect(builtinsLoaded(['import', file, '--from', 'cope', '--dry-run'], home).builtins).toContain('crypto');
	});
});

describe('the check sees a heavy library when a command does load it', () => {
	it('config set loads conf', () => {
		expect(librariesLoaded(['config', 'set', 'alerts.urge', '7'], home)).toEqual(['conf']);
	});

	it('exercises list loads zod (the exercise files are validated)', () => {
		expect(librariesLoaded(['exercises', 'list'], home)).toContain('zod');
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
