import {chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {format} from 'date-fns';
import {makeHome, runCope} from '../helpers/cli.js';
import {FIRST_DAY, LAST_DAY, installAndWriteFortnight} from '../helpers/fortnight.js';

let home: string;
let cleanup: () => void;
let out: string;
beforeEach(() => {
	({home, cleanup} = makeHome());
	out = join(home, '..', 'out');
	mkdirSync(out, {recursive: true});
});
afterEach(() => cleanup());

const PERIOD = ['--from', FIRST_DAY, '--to', LAST_DAY];

function fortnight(): void {
	installAndWriteFortnight(home);
}

describe('cope summary', () => {
	it('covers the last 14 days by default, and says what is in it and what is left out before it writes', () => {
		runCope(['log', '6', 'today #walk'], {home});
		runCope(['journal', 'my own words'], {home});
		const result = runCope(['summary'], {home});
		expect(result.code).toBe(0);
		const today = new Date();
		const first = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 13);
		expect(result.stdout.split('\n')[0]).toBe(
			`# Between sessions: ${format(first, 'd MMM')}${first.getFullYear() === today.getFullYear() ? '' : ` ${first.getFullYear()}`} – ${format(today, 'd MMM yyyy')}`,
		);
		expect(result.stdout).toContain('*14 days · 1 entry on 1 of 14 days');
		expect(result.stderr).toContain('Summary of');
		expect(result.stderr).toContain('in it: Mood check-in (1)');
		expect(result.stderr).toContain(
			'left out: journal entries (1; add with --include journal), notes written with moods (1; add with --include notes)',
		);
		expect(result.stdout).not.toContain('my own words');
		expect(result.stdout).not.toContain('today');
		const shared = runCope(['summary', '--include', 'journal,notes'], {home});
		expect(shared.stdout).toContain('my own words');
		expect(shared.stdout).toContain('- today #walk');
	});

	it('writes one HTML file, private, never over an existing file or into the data folder', () => {
		fortnight();
		const file = join(out, 'session.html');
		const result = runCope(['summary', ...PERIOD, '-o', file], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`Wrote the summary to ${file}.\n`);
		expect(result.stderr).toContain('it holds what you chose to share');
		const html = readFileSync(file, 'utf8');
		expect(html.startsWith('<!doctype html>')).toBe(true);
		expect(html).toContain('Activity and energy (4 times)');
		expect(statSync(file).mode & 0o777).toBe(0o600);
		const again = runCope(['summary', ...PERIOD, '-o', file], {home});
		expect(again.code).toBe(2);
		expect(again.stderr).toContain('already exists');
		expect(runCope(['summary', ...PERIOD, '-o', file, '--force', '--format', 'md'], {home}).code).toBe(0);
		expect(readFileSync(file, 'utf8').startsWith('# Between sessions')).toBe(true);
		for (const inside of [join(home, 'summary.md'), join(home, 'exercises', 'x.md'), join(home, 'entries.jsonl')]) {
			const refused = runCope(['summary', '-o', inside], {home});
			expect(refused.code).toBe(2);
			expect(refused.stderr).toContain("is in cope's data folder");
		}
		expect(existsSync(join(home, 'summary.md'))).toBe(false);
	});

	it('refuses options it cannot use, with exit 2 and nothing written', () => {
		fortnight();
		const before = readFileSync(join(home, 'entries.jsonl'));
		const cases: Array<[string[], string]> = [
			[['--format', 'pdf'], '--format "pdf" is not a format the summary comes in.'],
			[['--include', 'thought-record'], '--include "thought-record" is not something the summary leaves out.'],
			[['--exclude', 'Not a type!'], 'is not an entry type'],
			[['--open'], '--open opens the file the summary is written to, so it needs -o <file>.'],
			[['--force'], '--force only goes with -o <file>.'],
			[['--from', '2026-11-20', '--to', '2026-11-10'], '--from (2026-11-20) is after --to (2026-11-10).'],
			[['--since', '2w', '--from', '2026-11-01'], '--since cannot be combined with --from or --to.'],
		];
		for (const [args, message] of cases) {
			const result = runCope(['summary', ...args], {home});
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.stderr).toContain(message);
			if (!args.includes('--open') && !args.includes('--force'))
				expect(runCope(['summary', ...args, '-o', join(out, 'x.md')], {home}).code, args.join(' ')).toBe(2);
		}
		expect(readFileSync(join(home, 'entries.jsonl'))).toEqual(before);
		expect(existsSync(join(out, 'x.md'))).toBe(false);
	});

	it('--open uses the desktop when there is one, and says so plainly when there is none', () => {
		fortnight();
		const file = join(out, 'open.html');
		const none = runCope(['summary', ...PERIOD, '-o', file, '--open'], {home, env: {DISPLAY: '', WAYLAND_DISPLAY: ''}});
		expect(none.code).toBe(0);
		expect(none.stdout).toContain('Not opened: there is no desktop here (no DISPLAY or WAYLAND_DISPLAY). Open the file yourself');
		// A stand-in xdg-open that notes what it was asked to open.
		const bin = join(out, 'bin');
		mkdirSync(bin);
		const opened = join(out, 'opened.txt');
		writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
		chmodSync(join(bin, 'xdg-open'), 0o755);
		const other = join(out, 'open2.html');
		const desktop = runCope(['summary', ...PERIOD, '-o', other, '--open'], {
			home,
			env: {DISPLAY: ':0', PATH: `${bin}:${process.env['PATH'] ?? ''}`},
		});
		expect(desktop.code).toBe(0);
		expect(desktop.stdout).not.toContain('Not opened');
		const deadline = Date.now() + 5000;
		while (!existsSync(opened) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
		expect(readFileSync(opened, 'utf8')).toBe(other);
	});
});

describe('cope summary: goals and homework', () => {
	it("shows homework done vs set and the person's goals with why they matter, counted by hand", () => {
		const cope = (...args: string[]) => runCope(args, {home});
		expect(
			cope(
				'goal',
				'add',
				'Walk three times a week',
				'--tag',
				'walk',
				'--per-week',
				'3',
				'--since',
				'2026-11-16',
				'--why',
				'to play with my kids',
			).code,
		).toBe(0);
		expect(cope('homework', 'set', 'thought-record', '--per-week', '2').code).toBe(0);
		// Walks: Fri 20 and Sat 21 (the first week: 2 of 3), Wed 25, Thu 26 and Sun 29 (the second: 3 of 3).
		for (const day of ['20', '21', '25', '26', '29']) expect(cope('log', '6', 'out #walk', '--at', `2026-11-${day} 08:00`).code).toBe(0);
		const result = cope('summary', '--from', '2026-11-16', '--to', '2026-11-29', '--yes');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('## Goals');
		expect(result.stdout).toContain(
			'- Walk three times a week — days with #walk, on 3 days a week: 5 of 6 over 2 weeks (why it matters: to play with my kids)',
		);
		expect(result.stdout.endsWith('\n')).toBe(true);
		// Homework counts from the week it was set (this week), which the default period holds.
		const now = cope('summary', '--yes');
		expect(now.stdout).toContain('## Homework from the therapy plan');
		expect(now.stdout).toMatch(/- Thought record — .*twice a week: 0 of 2 over 1 week/);
		expect(now.stdout).not.toMatch(/missed|failed|streak/i);
	});
});
