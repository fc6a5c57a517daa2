import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';
import {columns, line, moodLine, nextId, writeStore} from './report-store.js';

// 3 Nov 2025 is a Monday; the period is three whole weeks, 3–23 Nov 2025.
const PERIOD = ['--from', '2025-11-03', '--to', '2025-11-23'];
const day = (n: number, time = '12:00:00'): string => `2025-11-${String(3 + n).padStart(2, '0')}T${time}+01:00`;

/**
 * A hand-made store. Mood by day (index 0 = 3 Nov): 0:4 1:5 2:6&8 4:5 6:6 7:7 9:6 11:8 13:7 14:8
 * — 11 readings, mean 70/11 = 6.36; daily means rise 1.46 a week (10 days over 15).
 * #gym on days 2, 7, 11, 14 (7, 7, 8, 8 → 7.5) vs the other 6 days (4, 5, 5, 6, 6, 7 → 5.5).
 * Urges 8, 3, 7, 2 → 5.0; two days at 7 or above, the last on 7 Nov.
 */
function seededLines(): string[] {
	const moved = nextId();
	const edited = nextId();
	const deleted = nextId();
	const thoughtRecord = (at: string, values: Record<string, unknown>): string => line({at, type: 'thought-record', values});
	return [
		// 00:30 at +02:00 is 22:30 UTC on 2 Nov: it belongs to the local day, 3 Nov.
		moodLine('2025-11-03T00:30:00+02:00', 4, {urge: 8, tags: ['work']}),
		moodLine(day(1), 5, {urge: 3, tags: ['work']}),
		moodLine(day(2, '09:00:00'), 6, {tags: ['gym']}),
		moodLine(day(2, '21:00:00'), 8),
		line({at: day(3), type: 'journal', tags: ['gym'], values: {text: 'Walked it off. #gym'}}),
		moodLine(day(4), 5, {urge: 7}),
		thoughtRecord(day(5), {
			situation: 'meeting',
			emotions: {anxious: 80, ashamed: 40},
			traps: ['fortune-telling', 'mind-reading'],
			rerate: {anxious: 50, ashamed: 20},
		}),
		// Another key order: read by the full parser, not the fast look at `at`.
		JSON.stringify({
			id: nextId(),
			v: 1,
			type: 'mood',
			at: day(6),
			exercise: 'mood-log',
			created: day(6),
			tags: [],
			values: {mood: 6},
			metrics: {mood: 6},
		}),
		moodLine(day(7), 7, {tags: ['gym']}),
		moodLine(day(9), 6, {urge: 2}),
		line({at: day(9, '22:00:00'), type: 'journal', values: {text: 'Quiet evening.'}}),
		moodLine(day(10), 0, {id: moved}),
		moodLine(day(11), 2, {id: edited, tags: ['gym']}),
		moodLine(day(12), 1, {id: deleted}),
		// Imported: no metrics, the mood read from values.
		line({at: day(13), values: {mood: 7, note: 'from Daylio'}}),
		moodLine(day(14), 8, {tags: ['gym']}),
		thoughtRecord(day(16), {situation: 'call', emotions: {sad: 70}, traps: ['fortune-telling'], rerate: {sad: 40}}),
		// Outside the period: 00:30 at +01:00 on 24 Nov is still 23 Nov in UTC.
		moodLine('2025-11-24T00:30:00+01:00', 0, {urge: 10}),
		moodLine('2025-11-02T23:59:00+00:00', 0),
		'this line is not an entry',
		// Later versions: moved out of the period, edited to 8, deleted.
		moodLine('2025-01-01T10:00:00+00:00', 0, {id: moved}),
		moodLine(day(11), 8, {id: edited, tags: ['gym']}),
		line({at: day(12), id: deleted, deleted: true}),
	];
}

let home: string;
let cleanup: () => void;

beforeEach(() => {
	({home, cleanup} = makeHome());
});

afterEach(() => cleanup());

function report(args: string[], env?: NodeJS.ProcessEnv) {
	return runCope(['report', ...args], {home, env: {TZ: 'UTC', ...env}});
}

describe('cope report on a seeded store', () => {
	beforeEach(() => writeStore(home, seededLines()));

	it('states the figures with their n, in the order of the sketch', () => {
		const result = report(PERIOD);
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n');
		expect(lines[0]).toBe('3 Nov 2025 – 23 Nov 2025 · 15 entries on 13 of 21 days');
		expect(result.stdout).toContain('Mood  average 6.4 (n=11) · range 4–8 · rising about 1.5 a week');
		expect(result.stdout).toContain('Urges  average 5.0 (n=4) · 2 days at 7 or above · last one on 7 Nov');
		expect(result.stdout).toContain('Entries  mood 11 · journal 2 · thought record 2 · days with an entry: 13 of 21');
		expect(result.stdout).toContain('  On days with #gym: mood 7.5 vs 5.5 without (n=4 vs 6 days)');
		expect(result.stdout).not.toContain('#work:'); // 2 days with it: too few to compare
		// The traps do not fit after the count in 80 columns, so they take the next line.
		expect(result.stdout).toContain(
			[
				'Thought records  2',
				'                 common thinking traps: fortune telling (2), mind reading (1)',
				'                 feelings before → after re-rating: 63\u00A0→\u00A037 on average (n=3)',
			].join('\n'),
		);
		const order = ['Mood  ', 'Urges  ', 'Entries  ', 'Tags  ', 'Thought records  ', 'Mood by day'].map((title) =>
			lines.findIndex((text) => text.startsWith(title)),
		);
		expect(order.every((index) => index > 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(result.stdout).not.toMatch(/NaN|undefined|Infinity/);
	});

	it('draws the chart with gaps and a date axis', () => {
		const {stdout} = report(PERIOD);
		const lines = stdout.split('\n');
		const chart = lines.filter((text) => /^ +\d+ [┤┼]/.test(text));
		// Round labels from 8 down to 4, one row each.
		expect(chart.map((text) => text.trim().split(' ')[0])).toEqual(['8', '7', '6', '5', '4']);
		// Day 0 (mood 4) sits on the axis; day 3 has no mood, so the line breaks: ╴ then ╶.
		expect(chart[4]).toMatch(/^ 4 ┼/);
		expect(stdout).toMatch(/╴/);
		expect(stdout).toMatch(/╶/);
		const axis = lines[lines.indexOf(chart[4] as string) + 1] ?? '';
		expect(axis.trim().startsWith('3 Nov')).toBe(true);
		expect(axis.trim().endsWith('23 Nov')).toBe(true);
	});

	it('draws the calendar heat map, Monday first, with a legend', () => {
		const {stdout} = report(PERIOD);
		const lines = stdout.split('\n');
		const start = lines.indexOf('Mood by day');
		expect(lines.slice(start + 1, start + 5)).toEqual([
			'        Mon Tue Wed Thu Fri Sat Sun',
			'  3 Nov  ▒   ▓   ▓   ·   ▓   ·   ▓',
			' 10 Nov  ▓   ·   ▓   ·   █   ·   ▓',
			' 17 Nov  █   ·   ·   ·   ·   ·   ·',
		]);
		expect(lines[start + 5]).toBe('░ under 2.5  ▒ 2.5–5  ▓ 5–7.5  █ 7.5–10  · not logged');
	});

	it('warns about unreadable lines on stderr and still reports', () => {
		const {stderr, code} = report(PERIOD);
		expect(code).toBe(0);
		expect(stderr).toContain('skipped line 20');
		expect(stderr).toContain('not valid JSON');
	});

	it('gives the same figures as --json, with documented fields and nulls for gaps', () => {
		const result = report([...PERIOD, '--json']);
		expect(result.code).toBe(0);
		const json = JSON.parse(result.stdout);
		expect(json.version).toBe(1);
		expect(json.period).toEqual({from: '2025-11-03', to: '2025-11-23', days: 21});
		expect(json.metric).toBe('mood');
		expect(json.by).toBe('day');
		expect(json.tag).toBeNull();
		expect(json.entries).toEqual({count: 15, daysWithEntry: 13, byType: {mood: 11, journal: 2, 'thought-record': 2}});
		expect(json.summary).toEqual({
			n: 11,
			days: 10,
			mean: 6.36,
			min: 4,
			max: 8,
			trend: {judged: true, perWeek: 1.46, direction: 'rising', days: 10, spanDays: 15},
		});
		expect(json.series).toHaveLength(21);
		expect(json.series[0]).toEqual({start: '2025-11-03', end: '2025-11-03', mean: 4, days: 1, n: 1});
		expect(json.series[2]).toEqual({start: '2025-11-05', end: '2025-11-05', mean: 7, days: 1, n: 2});
		expect(json.series[3]).toEqual({start: '2025-11-06', end: '2025-11-06', mean: null, days: 0, n: 0});
		expect(json.urges).toEqual({
			n: 4,
			days: 4,
			mean: 5,
			min: 2,
			max: 8,
			alertLevel: 7,
			daysAtOrAbove: 2,
			lastAtOrAbove: '2025-11-07',
			daysSinceLast: 16,
			riddenOut: {n: 0, before: null, after: null},
		});
		expect(json.tags.patterns).toEqual([{tag: 'gym', with: {mean: 7.5, days: 4}, without: {mean: 5.5, days: 6}, difference: 2}]);
		expect(json.tags.tooFewDays).toEqual(['work']);
		expect(json.thoughtRecords).toEqual({
			count: 2,
			traps: [
				{trap: 'fortune-telling', label: 'fortune telling', count: 2},
				{trap: 'mind-reading', label: 'mind reading', count: 1},
			],
			intensity: {before: 63.3, after: 36.7, n: 3, records: 2},
			belief: {before: null, after: null, n: 0},
		});
		expect(json.heatMap.scale).toEqual({min: 0, max: 10});
		expect(json.heatMap.days).toHaveLength(21);
		expect(json.heatMap.days[0]).toEqual({day: '2025-11-03', mean: 4, n: 1, level: 1});
		expect(json.heatMap.days[3]).toEqual({day: '2025-11-06', mean: null, n: 0, level: null});
	});

	it('groups by week (Monday to Sunday) and by month', () => {
		const weeks = report([...PERIOD, '--by', 'week']);
		expect(weeks.code).toBe(0);
		expect(weeks.stdout).toContain('Weeks  3 Nov 5.4 (5 days) · 10 Nov 7.0 (4 days) · 17 Nov 8.0 (1 day)');
		const json = JSON.parse(report([...PERIOD, '--by', 'week', '--json']).stdout);
		expect(json.series).toEqual([
			{start: '2025-11-03', end: '2025-11-09', mean: 5.4, days: 5, n: 6},
			{start: '2025-11-10', end: '2025-11-16', mean: 7, days: 4, n: 4},
			{start: '2025-11-17', end: '2025-11-23', mean: 8, days: 1, n: 1},
		]);
		const months = JSON.parse(report(['--from', '2025-10-20', '--to', '2025-11-23', '--by', 'month', '--json']).stdout);
		expect(months.series.map((b: {start: string; end: string; days: number}) => [b.start, b.end, b.days])).toEqual([
			['2025-10-20', '2025-10-31', 0],
			// 2 Nov's entry is in this longer period: 11 days with readings.
			['2025-11-01', '2025-11-23', 11],
		]);
	});

	it('filters by tag and says so', () => {
		const result = report([...PERIOD, '--tag', '#GYM']);
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe('3 Nov 2025 – 23 Nov 2025 · tagged #gym · 5 entries on 5 of 21 days');
		// Only the tagged readings: 6, 7, 8, 8 (the untagged 8 on 5 Nov is left out).
		expect(result.stdout).toContain('Mood  average 7.3 (n=4)');
		expect(result.stdout).not.toContain('On days with #gym');
	});

	it('fits every line in --width 40, 80 and 120, and in 80 when piped', () => {
		for (const width of [40, 80, 120]) {
			for (const by of ['day', 'week', 'month']) {
				const {stdout, code} = report([...PERIOD, '--width', String(width), '--by', by]);
				expect(code).toBe(0);
				const widest = Math.max(...stdout.split('\n').map((text) => columns(text)));
				expect(widest, `--width ${width} --by ${by}`).toBeLessThanOrEqual(width);
			}
		}
		const piped = report(PERIOD).stdout.split('\n');
		expect(Math.max(...piped.map((text) => columns(text)))).toBeLessThanOrEqual(80);
		expect(Math.max(...piped.map((text) => columns(text)))).toBeGreaterThan(60);
	});

	it('has no escape codes when piped, even with colour allowed', () => {
		const {stdout} = report(PERIOD, {NO_COLOR: ''});
		expect(stdout).not.toContain('\u001B');
		expect(stdout).toContain('Mood  average');
	});

	it('reads the store without changing a byte', () => {
		const before = readFileSync(join(home, 'entries.jsonl'));
		report(PERIOD);
		report(['--width', '10']);
		expect(readFileSync(join(home, 'entries.jsonl')).equals(before)).toBe(true);
	});
});

describe('cope report with little or no data', () => {
	it('explains how to start on an empty store, never an error or NaN', () => {
		const result = report([]);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('Nothing recorded yet');
		expect(result.stdout).toContain('cope log 6');
		expect(result.stdout).not.toMatch(/NaN|undefined|null/);
		const json = JSON.parse(report(['--json']).stdout);
		expect(json.entries.count).toBe(0);
		expect(json.summary).toEqual({
			n: 0,
			days: 0,
			mean: null,
			min: null,
			max: null,
			trend: {judged: false, perWeek: null, direction: null, days: 0, spanDays: 0},
		});
		expect(json.series).toHaveLength(30);
		expect(json.series.every((bucket: {mean: unknown}) => bucket.mean === null)).toBe(true);
	});

	it('says when a period has no entries but the store has some', () => {
		writeStore(home, [moodLine('2025-06-01T10:00:00+01:00', 5)]);
		const result = report(PERIOD);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('No entries for 3 Nov 2025 – 23 Nov 2025.');
		expect(result.stdout).toContain('--since 3m');
	});

	it('labels a small sample and holds back the trend', () => {
		writeStore(home, [moodLine(day(0), 4), moodLine(day(1), 6), moodLine(day(2), 5, {urge: 9})]);
		const {stdout} = report(PERIOD);
		expect(stdout).toContain('Mood  average 5.0 (n=3) · range 4–6 · no trend yet: needs 7 days over 2 weeks');
		expect(stdout).toContain('only 3 days with readings so far — patterns need more');
		expect(stdout).toContain('Urges  average 9.0 (n=1) · 1 day at 7 or above · last one on 5 Nov');
		expect(stdout).not.toMatch(/NaN/);
	});

	it('reports the last 30 days by default, today included, and counts days since the last high urge', () => {
		const today = new Date().toISOString().slice(0, 10);
		const daysAgo = (n: number): string => new Date(Date.parse(`${today}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
		writeStore(home, [
			moodLine(`${today}T08:00:00+00:00`, 6),
			moodLine(`${daysAgo(11)}T08:00:00+00:00`, 3, {urge: 8}),
			moodLine(`${daysAgo(29)}T08:00:00+00:00`, 5),
			moodLine(`${daysAgo(30)}T08:00:00+00:00`, 1),
		]);
		const {stdout, code} = report([]);
		expect(code).toBe(0);
		expect(stdout.split('\n')[0]).toMatch(/^Last 30 days · .* · 3 entries on 3 of 30 days$/);
		expect(stdout).toContain('last one 11 days ago');
		expect(report(['--since', '7d']).stdout.split('\n')[0]).toMatch(/^Last 7 days · .* · 1 entry on 1 of 7 days$/);
	});
});

describe('cope report --metric', () => {
	it('charts any metric the entries record, matching its name without regard to case', () => {
		writeStore(home, [
			line({at: day(0), type: 'sleep-log', metrics: {sleep: 6}, values: {hours: 6}}),
			line({at: day(1), type: 'sleep-log', metrics: {sleep: 8}, values: {hours: 8}}),
			moodLine(day(1), 5),
		]);
		const result = report([...PERIOD, '--metric', 'Sleep']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Sleep  average 7.0 (n=2) · range 6–8');
		expect(result.stdout).toContain('Sleep by day');
		expect(JSON.parse(report([...PERIOD, '--metric', 'sleep', '--json']).stdout).summary.mean).toBe(7);
	});

	it('accepts a metric recorded only outside the period, with no readings in it', () => {
		writeStore(home, [line({at: '2025-01-05T10:00:00+00:00', type: 'sleep-log', metrics: {sleep: 6}}), moodLine(day(1), 5)]);
		const result = report([...PERIOD, '--metric', 'sleep']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Sleep  no readings in this period');
	});

	it('refuses a metric no entry has, listing the ones there are (exit 2)', () => {
		writeStore(home, [line({at: day(0), type: 'sleep-log', metrics: {sleep: 6}}), moodLine(day(1), 5)]);
		const result = report([...PERIOD, '--metric', 'energy']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('there is no metric called "energy"');
		expect(result.stderr).toContain('Metrics you have: mood, sleep, urge.');
	});
});

describe('cope report refuses invalid options with exit 2', () => {
	const cases: Array<[string[], RegExp]> = [
		[['--width', '39'], /--width must be a whole number of columns from 40 to 200; got "39"/],
		[['--width', '201'], /--width must be .* got "201"/],
		[['--width', 'wide'], /--width must be .* got "wide"/],
		[['--by', 'year'], /--by must be day, week or month; got "year"/],
		[['--since', '30'], /--since "30" needs a unit/],
		[['--since', 'fortnight-ish'], /--since "fortnight-ish" is not a span or a date/],
		[['--since', '7d', '--from', '2025-11-01'], /--since cannot be combined with --from or --to/],
		[['--from', '2025-11-10', '--to', '2025-11-01'], /--from \(2025-11-10\) is after --to \(2025-11-01\)/],
		[['--from', '2025-02-30'], /--from "2025-02-30" is not a date in the calendar/],
		[['--to', 'blurple'], /--to "blurple" is not a time cope understands/],
		[['--from', 'next friday'], /--from "next friday" is in the future; a report covers days up to today/],
		[['--tag', '#'], /--tag "#" is not a tag/],
		[['--metric', ''], /--metric "" is not a metric name/],
	];
	for (const [args, message] of cases) {
		it(`cope report ${args.join(' ')}`, () => {
			writeStore(home, [moodLine(day(0), 5)]);
			const before = readFileSync(join(home, 'entries.jsonl'));
			const result = report(args);
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(message);
			expect(result.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
			expect(readFileSync(join(home, 'entries.jsonl')).equals(before)).toBe(true);
		});
	}
});

describe('cope report shows user text inert', () => {
	it('never lets a tag, type or trap move the cursor or change colour', () => {
		const evil = 'x\u001B[2J\u001B[31m';
		const lines = [
			...[0, 1, 2].map((n) => moodLine(day(n), 8, {tags: [evil]})),
			...[4, 5, 6].map((n) => moodLine(day(n), 3)),
			line({at: day(7), type: `odd\u001B]0;title\u0007`, values: {}}),
			line({at: day(8), type: 'thought-record', values: {traps: [`trap\u001B[1A`]}}),
		];
		writeStore(home, lines);
		const {stdout, code} = report(PERIOD);
		expect(code).toBe(0);
		expect(stdout).not.toContain('\u001B');
		expect(stdout).not.toContain('\u0007');
		expect(stdout).toContain('On days with #x^[[2J^[[31m:');
		expect(stdout).toContain('trap^[[1A (1)');
	});
});
