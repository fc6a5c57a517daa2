import {readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Entry} from '../../src/domain/entry.js';
import {addDays, startOfWeek} from '../../src/domain/stats/days.js';
import {makeHome, runCope} from '../helpers/cli.js';
import {snapshotDir} from '../helpers/data-dir.js';
import {writeEntries} from '../helpers/entries.js';

// The built cope runs with TZ=UTC (test/helpers/cli.ts), so "today" is the UTC day.
const TODAY = new Date().toISOString().slice(0, 10);
const W0 = startOfWeek(TODAY);
const week = (back: number, day: number): string => addDays(W0, -7 * back + day);

let serial = 0;
function entry(day: string, options: {exercise?: string; tags?: string[]; urge?: number; clock?: string}): Entry {
	serial++;
	const exercise = options.exercise ?? 'mood-log';
	const at = `${day}T${options.clock ?? '12:00'}:00+00:00`;
	return {
		v: 1,
		id: `01KB${String(serial).padStart(22, '0')}`,
		at,
		type: exercise === 'mood-log' ? 'mood' : exercise,
		exercise,
		created: at,
		tags: options.tags ?? [],
		values: options.urge === undefined ? {mood: 5} : {mood: 5, urge: options.urge},
		...(options.urge === undefined ? {metrics: {mood: 5}} : {metrics: {mood: 5, urge: options.urge}}),
	};
}

/**
 * Four weeks lived: three before this one (W-3, W-2, W-1) and this week's Monday (W0).
 * Hand count, per week W-3 / W-2 / W-1 / W0:
 *   walk (days with #walk, 3 a week):        3 / 1 / 0 / 1
 *   thought records (2 a week):              2 / 2 / 1 / 0
 *   urge below 7 (3 days a week):            2 (3, 5; not 8) / 3 (2, 4, 6; not 9) / 0 / 1 (5)
 *   call a friend (check-in, once a week):   0 / 0 / 1 / 1
 */
function livedWeeks(): Entry[] {
	return [
		entry(week(3, 0), {tags: ['walk'], urge: 3}),
		entry(week(3, 1), {tags: ['walk'], urge: 8}),
		entry(week(3, 2), {tags: ['walk'], urge: 5}),
		entry(week(3, 2), {tags: ['walk'], clock: '18:00'}),
		entry(week(3, 3), {exercise: 'thought-record'}),
		entry(week(3, 5), {exercise: 'thought-record'}),
		entry(week(2, 0), {urge: 2}),
		entry(week(2, 1), {urge: 4, tags: ['walk']}),
		entry(week(2, 2), {urge: 6}),
		entry(week(2, 3), {urge: 9}),
		entry(week(2, 4), {exercise: 'thought-record'}),
		entry(week(2, 6), {exercise: 'thought-record', clock: '23:30'}),
		entry(week(1, 2), {exercise: 'thought-record'}),
		entry(week(0, 0), {tags: ['walk'], urge: 5, clock: '00:01'}),
		// Four weeks back: before the goals were counted; never shown.
		entry(week(4, 2), {tags: ['walk'], urge: 1}),
	];
}

let home: string;
let cleanup: () => void;
const cope = (...args: string[]) => runCope(args, {home});

beforeAll(() => {
	({home, cleanup} = makeHome());
	writeEntries(home, livedWeeks());
	const since = ['--since', week(3, 0)];
	expect(
		cope('goal', 'add', 'Walk three times a week', '--tag', 'walk', '--per-week', '3', '--why', 'to play with my kids', ...since).code,
	).toBe(0);
	expect(
		cope(
			'goal',
			'add',
			'Two thought records a week',
			'--exercise',
			'thought-record',
			'--per-week',
			'2',
			'--label',
			'thought records',
			...since,
		).code,
	).toBe(0);
	expect(cope('goal', 'add', 'Ride out urges', '--metric', 'urge', '--below', '7', '--days-per-week', '3', ...since).code).toBe(0);
	expect(cope('goal', 'add', 'Call a friend', '--check-in', ...since).code).toBe(0);
	expect(cope('goal', 'done', '4', '--on', week(1, 1)).code).toBe(0);
	expect(cope('goal', 'done', '4', '--on', week(0, 0)).code).toBe(0);
});
afterAll(() => cleanup());

describe('cope goals: three kinds and a check-in, over weeks lived, match a hand count', () => {
	it('shows this week’s progress, the marks of the last 8 weeks and what went well', () => {
		const {code, stdout, stderr} = cope('goals');
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const block = (id: string): string => stdout.split('\n\n').find((part) => part.startsWith(` ${id}  `)) ?? '';
		expect(block('1')).toContain('why it matters: to play with my kids');
		expect(block('1')).toContain('counts days with #walk, on 3 days a week');
		expect(block('1')).toContain(`1 of 3 this week · reached once since ${shortDay(week(3, 0))}`);
		expect(block('1')).toContain('last 8 weeks [    ●◐ ◐]');
		expect(block('2')).toContain(`0 of 2 this week · reached most weeks since ${shortDay(week(3, 0))}`);
		expect(block('2')).toContain('last 8 weeks [    ●●◐ ]');
		expect(block('3')).toContain('1 of 3 this week · reached once since');
		expect(block('3')).toContain('last 8 weeks [    ◐● ◐]');
		expect(block('4')).toContain('1 of 1 this week');
		expect(block('4')).toContain('last 8 weeks [      ●●]');
		expect(stdout).toContain('● reached · ◐ part of the way · – paused · blank: a week with nothing to count');
	});

	it('--json gives the same numbers, week by week', () => {
		const {code, stdout} = cope('goals', '--json', '--weeks', '4');
		expect(code).toBe(0);
		const json = JSON.parse(stdout) as {
			today: string;
			goals: Array<{
				id: string;
				kind: string;
				weeks: Array<{week: string; done: number; set: number; reached: boolean}>;
				thisWeek: {words: string};
			}>;
		};
		expect(json.today).toBe(TODAY);
		const done = Object.fromEntries(json.goals.map((goal) => [goal.id, goal.weeks.map((row) => `${row.done}/${row.set}`).join(' ')]));
		expect(done).toEqual({'1': '3/3 1/3 0/3 1/3', '2': '2/2 2/2 1/2 0/2', '3': '2/3 3/3 0/3 1/3', '4': '0/1 0/1 1/1 1/1'});
		expect(json.goals.map((goal) => goal.weeks[0]?.week)).toEqual(['1', '2', '3', '4'].map(() => week(3, 0)));
		expect(json.goals[0]?.thisWeek.words).toBe('1 of 3 this week');
	});

	it('cope report has a goals section with done vs set over the weeks of the period (text and --json)', () => {
		const text = cope('report', '--from', week(3, 0));
		expect(text.code).toBe(0);
		const section = text.stdout.slice(text.stdout.indexOf('\nGoals  '));
		expect(section).toContain(`Goals  the weeks from ${shortDay(week(3, 0))}`);
		expect(section).toMatch(/Walk three times a week\s+\[●◐ ◐\]  5 of 12/);
		expect(section).toMatch(/Two thought records a week\s+\[●●◐ \]  5 of 8/);
		expect(section).toMatch(/Ride out urges\s+\[◐● ◐\]  6 of 12/);
		expect(section).toMatch(/Call a friend\s+\[  ●●\]  2 of 4/);
		const json = JSON.parse(cope('report', '--from', week(3, 0), '--json').stdout) as {
			goals: {weeks: string[]; items: Array<{id: string; done: number; set: number; weeksReached: number; weeksActive: number}>};
		};
		expect(json.goals.weeks).toEqual([week(3, 0), week(2, 0), week(1, 0), W0]);
		expect(json.goals.items.map((item) => [item.id, item.done, item.set, item.weeksReached, item.weeksActive])).toEqual([
			['1', 5, 12, 1, 4],
			['2', 5, 8, 2, 4],
			['3', 6, 12, 1, 4],
			['4', 2, 4, 2, 4],
		]);
	});

	it('goals.json is private (0600) and readable by a person', () => {
		const path = join(home, 'goals.json');
		expect(statSync(path).mode & 0o777).toBe(0o600);
		expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({format: 'cope-goals', version: 1});
	});
});

function shortDay(day: string): string {
	const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
	return `${Number(day.slice(8, 10))} ${months[Number(day.slice(5, 7)) - 1]}`;
}

describe('changing a goal keeps its history', () => {
	it('edit, pause, resume and archive, each from this week on; earlier weeks keep the goal they had', () => {
		const {home: own, cleanup: done} = makeHome();
		try {
			writeEntries(own, livedWeeks());
			const run = (...args: string[]) => runCope(args, {home: own});
			expect(run('goal', 'add', 'Walk', '--tag', 'walk', '--per-week', '3', '--since', week(3, 0)).code).toBe(0);
			const edit = run('goal', 'edit', '1', '--per-week', '1');
			expect(edit.code).toBe(0);
			expect(edit.stdout).toContain('Changed goal 1 from this week on');
			const weeks = () =>
				(
					JSON.parse(run('goals', '--json', '--weeks', '4').stdout) as {
						goals: Array<{weeks: Array<{set: number; state: string}>; state: string}>;
					}
				).goals[0]!;
			expect(weeks().weeks.map((row) => row.set)).toEqual([3, 3, 3, 1]);
			expect(run('goal', 'pause', '1').stdout).toContain('Paused the goal 1 (Walk). Paused weeks are not counted');
			expect(weeks().weeks.map((row) => row.state)).toEqual(['active', 'active', 'active', 'paused']);
			expect(run('goals').stdout).toContain('last 8 weeks [    ●◐ –]');
			expect(run('goal', 'pause', '1').stdout).toContain('already paused');
			expect(run('goal', 'resume', '1').code).toBe(0);
			expect(weeks().weeks.map((row) => row.set)).toEqual([3, 3, 3, 1]);
			expect(run('goal', 'archive', '1').stdout).toContain('Put away the goal 1');
			expect(run('goals').stdout).toContain('No goals yet.');
			expect(run('goals', '--all').stdout).toContain('put away');
		} finally {
			done();
		}
	});
});

describe('homework is a goal from the therapy plan', () => {
	it('set, see, change and stop; cope goals lists it apart, in the plan’s words', () => {
		const {home: own, cleanup: done} = makeHome();
		try {
			const run = (...args: string[]) => runCope(args, {home: own});
			const set = run('homework', 'set', 'thought-record', '--days', 'mon,thu', '--note', 'after a hard moment');
			expect(set.code).toBe(0);
			expect(set.stdout).toContain(
				'Set as homework (1): Thought record, on Mon and Thu. It shows on the home screen, from your therapy plan.',
			);
			const list = run('homework');
			expect(list.stdout).toContain('Homework from your therapy plan');
			expect(list.stdout).toContain(' 1  Thought record — after a hard moment');
			expect(list.stdout).toContain('0 of 2 this week');
			expect(run('goals').stdout).toMatch(/No goals yet[\s\S]*Homework from your therapy plan/);
			const again = run('homework', 'set', 'thought-record', '--per-week', '3');
			expect(again.stdout).toContain('Homework 1 now reads: Thought record, 3 times a week, from this week on.');
			const json = JSON.parse(run('homework', '--json').stdout) as {goals: Array<{kind: string; author: string; target: unknown}>};
			expect(json.goals).toEqual([expect.objectContaining({kind: 'homework', author: 'therapist', target: {per: 'week', count: 3}})]);
			expect(run('homework', 'stop', 'thought-record').stdout).toContain('Stopped the homework item 1');
			expect(run('homework').stdout).toContain('Nothing set.');
			expect(run('homework', 'stop', 'thought-record').code).toBe(2);
		} finally {
			done();
		}
	});
});

describe('check-ins', () => {
	it('cope goal done counts in its week, --undo takes it back, and goals that count by themselves say so', () => {
		const {home: own, cleanup: done} = makeHome();
		try {
			const run = (...args: string[]) => runCope(args, {home: own});
			run('goal', 'add', 'Call a friend', '--per-week', '2');
			run('goal', 'add', 'Walk', '--tag', 'walk');
			expect(run('goal', 'done', '1').stdout).toContain('Noted today: Call a friend.');
			expect(run('goal', 'done', '#1').stdout).toContain('(2 times today)');
			expect(run('goal', 'done', '1', '--undo').stdout).toContain('Took back a check-in today');
			expect(run('goals').stdout).toContain('1 of 2 this week');
			const refused = run('goal', 'done', '2');
			expect(refused.code).toBe(2);
			expect(refused.stderr).toContain('goal 2 counts days with #walk by itself, so there is nothing to mark.');
			expect(refused.stderr).toContain('cope log 6 -t walk');
			// A day long before the goal's first week is no check-in of it; a day of another year says its year.
			const early = run('goal', 'done', '1', '--on', '1900-01-01');
			expect(early.code).toBe(2);
			expect(early.stderr).toMatch(/--on 1900-01-01: goal 1 counts from the week of \d+ \w+ \d{4}, after that day\./);
			// A threshold outside the metric's scale would count every day or none.
			expect(run('goal', 'add', 'x', '--metric', 'mood', '--below', '11').stderr).toContain('--below 11: mood goes from 0 to 10.');
		} finally {
			done();
		}
	});
});

describe('bad input: a clear message, exit 2, nothing written', () => {
	it.each([
		[['goal', 'add', '   ', '--tag', 'walk'], 'The goal is empty.'],
		[['goal', 'add', 'Walk', '--tag', 'walk', '--exercise', 'journal'], 'a goal counts one thing, and --exercise and --tag are two.'],
		[['goal', 'add', 'Walk', '--tag', 'walk', '--per-week', '0'], '--per-week "0" is not a whole number from 1 to 100.'],
		[['goal', 'add', 'Walk', '--tag', 'walk', '--per-week', '2', '--days', 'mon'], 'say how often once'],
		[['goal', 'add', 'Calm', '--metric', 'urge'], '--metric urge needs one condition'],
		[['goal', 'add', 'Calm', '--below', '7'], '--below goes with --metric <name>.'],
		[['goal', 'add', 'Calm', '--metric', 'urge', '--below', 'seven'], '--below "seven" is not a number.'],
		[['goal', 'add', 'Read', '--exercise', 'no-such-thing'], 'there is no exercise called "no-such-thing"'],
		[['goal', 'add', 'Walk', '--tag', 'walk', '--days', 'mon,funday'], '--days "mon,funday" is not a list of weekdays.'],
		[['goal', 'add', 'Walk', '--tag', 'walk', '--since', 'tomorrow'], '--since'],
		[['goal', 'done', '7'], 'there is no goal "7".'],
		[['goal', 'edit', '7', '--per-week', '2'], 'there is no goal "7".'],
		[['goals', '--weeks', '0'], '--weeks "0" is not a whole number from 1 to 52.'],
		[['homework', 'set', 'no-such-thing'], 'there is no exercise called "no-such-thing"'],
		[['homework', 'set', 'journal', '--days', 'mon', '--per-week', '2'], 'say how often once'],
	])('%j', (args, message) => {
		const {home: own, cleanup: done} = makeHome();
		try {
			runCope(['goal', 'add', 'Keep this', '--tag', 'keep'], {home: own});
			const before = snapshotDir(own);
			const result = runCope(args, {home: own});
			expect(result.code).toBe(2);
			expect(result.stderr).toContain(message);
			expect(result.stderr).not.toMatch(/\n\s+at /);
			expect(snapshotDir(own)).toEqual(before);
		} finally {
			done();
		}
	});
});

describe('goals travel with the data and are looked after', () => {
	it('export --format json holds them; import --from cope brings them back once; doctor checks and repairs', () => {
		const {home: other, cleanup: done} = makeHome();
		try {
			const file = join(other, '..', 'backup.json');
			expect(cope('export', '--format', 'json', '-o', file).stdout).toContain('and 4 goals');
			const first = runCope(['import', file, '--from', 'cope'], {home: other});
			expect(first.stdout).toContain('Goals and homework: 4 added.');
			expect(runCope(['import', file, '--from', 'cope'], {home: other}).stdout).toContain('Goals and homework: 4 already here.');
			expect(runCope(['goals'], {home: other}).stdout).toBe(cope('goals').stdout);

			expect(runCope(['doctor'], {home: other}).stdout).toContain('✓ goals.json: 4 goals; every one reads.');
			const path = join(other, 'goals.json');
			const text = readFileSync(path, 'utf8');
			const broken = JSON.parse(text) as {goals: Array<Record<string, unknown>>};
			broken.goals[1]!['author'] = 'someone';
			writeFileSync(path, JSON.stringify(broken));
			const looked = runCope(['doctor'], {home: other});
			expect(looked.code).toBe(1);
			expect(looked.stdout).toContain('goal 2 in the file: no author (you or therapist)');
			expect(runCope(['goals'], {home: other}).stderr).toContain('one goal in goals.json cannot be read and is not shown.');
			const refused = runCope(['goal', 'add', 'More', '--tag', 'more'], {home: other});
			expect(refused.code).toBe(1);
			expect(refused.stderr).toContain('goals.json has a goal that cannot be read, so nothing was changed.');
			expect(refused.stderr).toContain('`cope doctor --repair` keeps a copy');
			// A file that is not goals at all: each command says so, and changes nothing.
			const aside = join(other, '..', 'goals-aside.json');
			writeFileSync(aside, readFileSync(path));
			writeFileSync(path, 'not json');
			const unread = runCope(['goals'], {home: other});
			expect(unread.code).toBe(1);
			expect(unread.stderr).toMatch(/goals\.json cannot be read: not valid JSON \(line 1, column 1: .+\)\./);
			expect(unread.stderr).toContain('Your goals are kept as they are.');
			expect(runCope(['goal', 'add', 'More', '--tag', 'more'], {home: other}).stderr).toMatch(
				/goals\.json cannot be read \(.+\), so nothing was changed\./,
			);
			expect(readFileSync(path, 'utf8')).toBe('not json');
			writeFileSync(path, readFileSync(aside));
			const repaired = runCope(['doctor', '--repair'], {home: other});
			expect(repaired.code).toBe(0);
			expect(repaired.stdout).toContain('goals.json now holds the 3 that read');
			const quarantined = readFileSync(join(other, 'quarantine.jsonl'), 'utf8')
				.trim()
				.split('\n')
				.map((line) => JSON.parse(line) as {from: string; text: string});
			expect(quarantined.at(-1)?.from).toBe('goals.json');
			expect(JSON.parse(quarantined.at(-1)?.text ?? '{}')).toMatchObject({id: '2', author: 'someone'});

			writeFileSync(path, '{"format": "cope-goals", "vers');
			expect(runCope(['goals'], {home: other}).code).toBe(1);
			expect(runCope(['report'], {home: other}).code).toBe(0);
			expect(runCope(['doctor', '--repair'], {home: other}).stdout).toContain('Kept the unreadable goals.json');
			expect(readFileSync(join(other, 'quarantine.jsonl'), 'utf8')).toContain('{\\"format\\": \\"cope-goals\\", \\"vers');
		} finally {
			done();
		}
	});
});
