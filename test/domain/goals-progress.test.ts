import {dayFigures, figuresToJson} from '../../src/domain/stats/day-figures.js';
import {afterEach, describe, expect, it} from 'vitest';
import type {Entry} from '../../src/domain/entry.js';
import {addCheckIn, changeGoal, mergeGoals, newGoal, removeCheckIn} from '../../src/domain/goals/edit.js';
import {parseGoalsText, serializeGoals} from '../../src/domain/goals/file.js';
import {goalsOverPeriod, goalsReadRange} from '../../src/domain/goals/period.js';
import {dueToday, gatherFacts, goalsProgress, lastWeeks, weekProgress} from '../../src/domain/goals/progress.js';
import type {Goal, GoalMeasure, GoalTarget} from '../../src/domain/goals/types.js';
import {historyPhrase, homeLine, weekMark, weekPhrase} from '../../src/domain/goals/words.js';
import {dateToDay} from '../../src/domain/stats/days.js';

let serial = 0;
/** An entry at exactly this `at` (its local day is the date part); `created` can differ (back-dated). */
function entry(at: string, options: {exercise?: string; tags?: string[]; metrics?: Record<string, number>; created?: string} = {}): Entry {
	serial++;
	const exercise = options.exercise ?? 'mood-log';
	return {
		v: 1,
		id: `01KA${String(serial).padStart(22, '0')}`,
		at,
		type: exercise === 'mood-log' ? 'mood' : exercise,
		exercise,
		created: options.created ?? at,
		tags: options.tags ?? [],
		values: {},
		...(options.metrics ? {metrics: options.metrics} : {}),
	};
}

function goal(measure: GoalMeasure, target: GoalTarget, from = '2026-10-05', author: 'you' | 'therapist' = 'you'): Goal {
	return newGoal(
		[],
		{words: 'A goal', measure, target},
		{author, uid: `UID${from.replaceAll('-', '')}XYZ`, now: new Date(`${from}T09:00:00Z`), today: from},
	);
}

function at(day: string, clock = '12:00', offset = '+00:00'): string {
	return `${day}T${clock}:00${offset}`;
}

describe('weeks in the person’s time zone', () => {
	const walk = goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 3});

	it('counts an entry on the local day it was written: Sunday 23:30 in Los Angeles is in the week it ends, though UTC says Monday', () => {
		const entries = [entry('2026-11-29T23:30:00-08:00', {tags: ['walk']}), entry('2026-11-30T00:10:00-08:00', {tags: ['walk']})];
		const facts = gatherFacts(dayFigures(entries), [walk]);
		// Week of Mon 23 Nov: the Sunday walk. Week of Mon 30 Nov: the Monday one.
		expect(weekProgress(walk, facts, '2026-11-23', '2026-12-02')).toMatchObject({done: 1, set: 3, reached: false});
		expect(weekProgress(walk, facts, '2026-11-30', '2026-12-02')).toMatchObject({done: 1, set: 3, current: true, through: '2026-12-02'});
	});

	const originalTz = process.env['TZ'];
	afterEach(() => {
		process.env['TZ'] = originalTz;
	});

	it('"today" is the day where the person is: 07:30 UTC on Monday is still Sunday in Los Angeles, and a new week in London', () => {
		const instant = new Date('2026-11-30T07:30:00Z');
		process.env['TZ'] = 'America/Los_Angeles';
		expect(dateToDay(instant)).toBe('2026-11-29');
		expect(lastWeeks(dateToDay(instant), 1)).toEqual(['2026-11-23']);
		process.env['TZ'] = 'Europe/London';
		expect(dateToDay(instant)).toBe('2026-11-30');
		expect(lastWeeks(dateToDay(instant), 1)).toEqual(['2026-11-30']);
	});

	it('a DST week is seven days like any other (London: clocks go back on Sun 25 Oct 2026, forward on Sun 29 Mar 2026)', () => {
		const entries = [
			// Autumn: the Sunday of the change, before and after 01:00 twice; then just after midnight Monday.
			entry('2026-10-25T00:30:00+01:00', {tags: ['walk']}),
			entry('2026-10-25T23:59:00+00:00', {tags: ['walk']}),
			entry('2026-10-26T00:01:00+00:00', {tags: ['walk']}),
			// Spring: Sunday 00:30 (GMT) and 23:30 (BST) are one day; Monday 00:30 BST is the next week.
			entry('2026-03-29T00:30:00+00:00', {tags: ['walk']}),
			entry('2026-03-29T23:30:00+01:00', {tags: ['walk']}),
			entry('2026-03-30T00:30:00+01:00', {tags: ['walk']}),
		];
		const early = goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 3}, '2026-03-01');
		const facts = gatherFacts(dayFigures(entries), [early]);
		// Tags count days: the two Sunday walks are one day.
		expect(weekProgress(early, facts, '2026-10-19', '2026-12-01')).toMatchObject({done: 1, set: 3});
		expect(weekProgress(early, facts, '2026-10-26', '2026-12-01')).toMatchObject({done: 1});
		expect(weekProgress(early, facts, '2026-03-23', '2026-12-01')).toMatchObject({done: 1});
		expect(weekProgress(early, facts, '2026-03-30', '2026-12-01')).toMatchObject({done: 1});
	});
});

describe('what each kind of goal counts (hand-counted)', () => {
	// The week of Mon 16 – Sun 22 Nov 2026; "today" is Sun 22.
	const week = '2026-11-16';
	const today = '2026-11-22';
	const entries = [
		entry(at('2026-11-16'), {exercise: 'thought-record'}),
		entry(at('2026-11-16', '20:00'), {exercise: 'thought-record'}),
		entry(at('2026-11-18'), {exercise: 'thought-record'}),
		entry(at('2026-11-16'), {tags: ['walk'], metrics: {mood: 6, urge: 8}}),
		entry(at('2026-11-16', '21:00'), {tags: ['walk'], metrics: {mood: 5, urge: 4}}), // Mon: urge average 6
		entry(at('2026-11-17'), {metrics: {mood: 4, urge: 9}}), // Tue: 9
		entry(at('2026-11-19'), {tags: ['walk', 'work'], metrics: {mood: 7, urge: 2}}), // Thu: 2
		entry(at('2026-11-21'), {metrics: {sleep: 7}}),
		entry(at('2026-11-22'), {metrics: {sleep: 5.5}}),
		entry(at('2026-11-15'), {tags: ['walk'], exercise: 'thought-record'}), // the Sunday before: another week
	];

	it('an exercise: each time it was done (3 thought records: two on Monday, one on Wednesday)', () => {
		const g = goal({kind: 'exercise', exercise: 'thought-record'}, {per: 'week', count: 2});
		expect(weekProgress(g, gatherFacts(dayFigures(entries), [g]), week, today)).toMatchObject({done: 3, set: 2, reached: true});
	});

	it('a tag: the days with it (Monday twice is one day; Thursday) — 2 of 3', () => {
		const g = goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 3});
		const progress = weekProgress(g, gatherFacts(dayFigures(entries), [g]), week, today);
		expect(progress).toMatchObject({done: 2, set: 3, reached: false});
		expect(weekPhrase(progress, g.versions[0]!)).toBe('2 of 3 this week');
	});

	it('a metric on days with readings: urge below 7 by the day’s average (Mon 6 yes, Tue 9 no, Thu 2 yes)', () => {
		const perWeek = goal({kind: 'metric', metric: 'urge', op: 'below', value: 7}, {per: 'week', count: 5});
		expect(weekProgress(perWeek, gatherFacts(dayFigures(entries), [perWeek]), week, today)).toMatchObject({done: 2, set: 5});
		const eachDay = goal({kind: 'metric', metric: 'urge', op: 'below', value: 7}, {per: 'day', count: 1});
		const progress = weekProgress(eachDay, gatherFacts(dayFigures(entries), [eachDay]), week, today);
		expect(progress).toMatchObject({done: 2, set: 3});
		expect(weekPhrase(progress, eachDay.versions[0]!)).toBe('on 2 of 3 days with readings this week');
	});

	it('sleep at least 6 on each day with a reading (Sat 7 yes, Sun 5.5 no)', () => {
		const g = goal({kind: 'metric', metric: 'sleep', op: 'at-least', value: 6}, {per: 'day', count: 1});
		expect(weekProgress(g, gatherFacts(dayFigures(entries), [g]), week, today)).toMatchObject({done: 1, set: 2, reached: false});
	});

	it('a plain check-in: the check-ins recorded on days of that week', () => {
		let g = goal({kind: 'check-in'}, {per: 'week', count: 2});
		g = addCheckIn(g, '2026-11-17', new Date('2026-11-17T10:00:00Z'));
		g = addCheckIn(g, '2026-11-23', new Date('2026-11-23T10:00:00Z'));
		expect(weekProgress(g, gatherFacts(dayFigures([]), [g]), week, today)).toMatchObject({done: 1, set: 2});
		expect(removeCheckIn(g, '2026-11-20')).toBeUndefined();
		const undone = removeCheckIn(g, '2026-11-17') as Goal;
		expect(weekProgress(undone, gatherFacts(dayFigures([]), [undone]), week, today)).toMatchObject({done: 0});
	});

	it('set weekdays (homework Mon and Thu): done any day of the week counts toward the two', () => {
		const g = goal({kind: 'exercise', exercise: 'thought-record'}, {per: 'weekdays', days: [0, 3]}, '2026-10-05', 'therapist');
		const facts = gatherFacts(dayFigures(entries), [g]);
		expect(weekProgress(g, facts, week, today)).toMatchObject({done: 3, set: 2, reached: true});
		// Due on a set day with nothing done yet that day; not on other days.
		expect(dueToday(g, facts, '2026-11-19')).toBe(true); // Thursday, none that day
		expect(dueToday(g, facts, '2026-11-16')).toBe(false); // Monday, done
		expect(dueToday(g, facts, '2026-11-17')).toBe(false); // Tuesday
	});

	it('so many a day: days reached so far this week, and today’s count', () => {
		const g = goal({kind: 'exercise', exercise: 'thought-record'}, {per: 'day', count: 2});
		const facts = gatherFacts(dayFigures(entries), [g]);
		// Wednesday 18: Mon had 2 (reached), Tue 0, Wed 1 so far.
		const progress = weekProgress(g, facts, week, '2026-11-18');
		expect(progress).toMatchObject({done: 1, set: 3, today: {done: 1, set: 2}});
		expect(weekPhrase(progress, g.versions[0]!)).toBe('today 1 of 2 · on 1 day this week');
		expect(dueToday(g, facts, '2026-11-18')).toBe(true);
		expect(dueToday(g, facts, '2026-11-16')).toBe(false);
	});

	it('an entry back-dated into a past week counts in that week (by when it happened, not when it was written)', () => {
		const g = goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 1});
		const late = [entry(at('2026-11-03'), {tags: ['walk'], created: '2026-11-20T09:00:00+00:00'})];
		const facts = gatherFacts(dayFigures(late), [g]);
		expect(weekProgress(g, facts, '2026-11-02', today)).toMatchObject({done: 1, reached: true});
		expect(weekProgress(g, facts, '2026-11-16', today)).toMatchObject({done: 0});
	});
});

describe('changes keep history: each week is judged by the goal as it was then', () => {
	const walks = [at('2026-11-03'), at('2026-11-05'), at('2026-11-10'), at('2026-11-12'), at('2026-11-17'), at('2026-11-19')].map((day) =>
		entry(day, {tags: ['walk']}),
	);
	const runs = [entry(at('2026-11-16'), {tags: ['run']})];
	const start = goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 3}, '2026-11-02');

	it('a target changed on a Wednesday applies to that whole week; earlier weeks keep the old one', () => {
		const changed = changeGoal(start, {target: {per: 'week', count: 2}}, {now: new Date('2026-11-11T10:00:00Z'), today: '2026-11-11'});
		expect(changed.versions.map((version) => version.from)).toEqual(['2026-11-02', '2026-11-11']);
		const facts = gatherFacts(dayFigures(walks), [changed]);
		expect(weekProgress(changed, facts, '2026-11-02', '2026-11-22')).toMatchObject({done: 2, set: 3, reached: false});
		expect(weekProgress(changed, facts, '2026-11-09', '2026-11-22')).toMatchObject({done: 2, set: 2, reached: true});
		expect(weekProgress(changed, facts, '2026-11-16', '2026-11-22')).toMatchObject({done: 2, set: 2, reached: true});
	});

	it('a measure changed mid-week counts the new thing over that whole week', () => {
		const changed = changeGoal(start, {measure: {kind: 'tag', tag: 'run'}}, {now: new Date('2026-11-18T10:00:00Z'), today: '2026-11-18'});
		expect(changed.versions[1]?.label).toBe('run');
		const facts = gatherFacts(dayFigures([...walks, ...runs]), [changed]);
		expect(weekProgress(changed, facts, '2026-11-16', '2026-11-22')).toMatchObject({done: 1});
		expect(weekProgress(changed, facts, '2026-11-09', '2026-11-22')).toMatchObject({done: 2});
	});

	it('two changes on one day make one version; a change to nothing new changes nothing', () => {
		const meta = {now: new Date('2026-11-11T10:00:00Z'), today: '2026-11-11'};
		const once = changeGoal(start, {target: {per: 'week', count: 2}}, meta);
		const twice = changeGoal(once, {words: 'Walk twice a week'}, meta);
		expect(twice.versions).toHaveLength(2);
		expect(twice.versions[1]).toMatchObject({words: 'Walk twice a week', target: {per: 'week', count: 2}});
		expect(changeGoal(twice, {words: 'Walk twice a week'}, meta)).toBe(twice);
	});

	it('paused weeks are not counted and show as paused; a week it is resumed in counts whole', () => {
		const paused = changeGoal(start, {state: 'paused'}, {now: new Date('2026-11-11T10:00:00Z'), today: '2026-11-11'});
		const resumed = changeGoal(paused, {state: 'active'}, {now: new Date('2026-11-26T10:00:00Z'), today: '2026-11-26'});
		const facts = gatherFacts(dayFigures([...walks, entry(at('2026-11-24'), {tags: ['walk']})]), [resumed]);
		const [first, second, third, fourth] = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'].map((week) =>
			weekProgress(resumed, facts, week, '2026-11-27'),
		);
		expect(first).toMatchObject({state: 'active', done: 2});
		expect(second).toMatchObject({state: 'paused', done: 0, set: 0});
		expect(third).toMatchObject({state: 'paused'});
		expect(fourth).toMatchObject({state: 'active', done: 1, set: 3, current: true});
		expect([first, second, third, fourth].map((week) => weekMark(week!)).join('')).toBe('◐––◐');
	});

	it('weeks before the goal existed are blank, and the week it was made in counts whole', () => {
		const made = goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 2}, '2026-11-12');
		const facts = gatherFacts(dayFigures(walks), [made]);
		expect(weekProgress(made, facts, '2026-11-02', '2026-11-22')).toMatchObject({state: 'before'});
		expect(weekProgress(made, facts, '2026-11-09', '2026-11-22')).toMatchObject({state: 'active', done: 2, reached: true});
	});
});

describe('the row of marks and the words about past weeks', () => {
	const g = goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 2}, '2026-10-05');
	// 8 weeks to Sun 29 Nov: Oct 5 ●, Oct 12 nothing, Oct 19 ◐, Oct 26 ●, Nov 2 ●, Nov 9 nothing, Nov 16 ●, this week ◐.
	const days = [
		'2026-10-05',
		'2026-10-07',
		'2026-10-20',
		'2026-10-26',
		'2026-10-27',
		'2026-11-02',
		'2026-11-08',
		'2026-11-16',
		'2026-11-17',
		'2026-11-24',
	];
	const facts = gatherFacts(dayFigures(days.map((day) => entry(at(day), {tags: ['walk']}))), [g]);
	const [progress] = goalsProgress([g], facts, '2026-11-26');

	it('a blank for a week with nothing, never a mark of its own', () => {
		expect(progress!.weeks.map(weekMark).join('')).toBe('● ◐●● ●◐');
	});

	it('says what went well, in plain words', () => {
		expect(historyPhrase(progress!.weeks)).toBe('reached most weeks since 5 Oct');
		expect(homeLine([progress!])).toBe('This week: walk 1 of 2');
	});

	it('says nothing about past weeks when none was reached', () => {
		const quiet = goalsProgress([g], gatherFacts(dayFigures([]), [g]), '2026-11-26')[0]!;
		expect(historyPhrase(quiet.weeks)).toBeUndefined();
		expect(quiet.weeks.map(weekMark).join('')).toBe('        ');
		expect(weekPhrase(quiet.thisWeek, g.versions[0]!)).toBe('0 of 2 this week');
	});
});

describe('done vs set over a period (for a report or a session summary)', () => {
	it('widens the period to whole weeks and adds up the weeks the item was active', () => {
		const homework = goal({kind: 'exercise', exercise: 'thought-record'}, {per: 'weekdays', days: [0, 2, 4]}, '2026-11-09', 'therapist');
		const mine = goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 3}, '2026-11-02');
		const entries = [at('2026-11-09'), at('2026-11-11'), at('2026-11-13'), at('2026-11-18')].map((day) =>
			entry(day, {exercise: 'thought-record'}),
		);
		const period = {from: '2026-11-10', to: '2026-11-22', today: '2026-11-25'};
		expect(goalsReadRange(period)).toEqual({from: '2026-11-09', to: '2026-11-22'});
		const result = goalsOverPeriod([mine, homework], dayFigures(entries), period);
		expect(result.weeks).toEqual(['2026-11-09', '2026-11-16']);
		const plan = result.items.find((item) => item.kind === 'homework');
		expect(plan).toMatchObject({done: 4, set: 6, weeksReached: 1, weeksActive: 2, marks: '●◐', aim: 'on Mon, Wed and Fri'});
		expect(result.items.find((item) => item.kind === 'goal')).toMatchObject({done: 0, set: 6, marks: '  '});
	});
});

describe('goals.json', () => {
	it('round-trips, and a damaged goal is set apart while the others are read', () => {
		const a = goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 3});
		const b = {...goal({kind: 'check-in'}, {per: 'week', count: 1}, '2026-11-01'), id: '2'};
		const text = serializeGoals([a, b]);
		expect(parseGoalsText(text)).toEqual({goals: [a, b], damaged: []});
		const broken = JSON.parse(text) as {goals: Array<Record<string, unknown>>};
		broken.goals[1]!['versions'] = [{from: 'someday'}];
		const read = parseGoalsText(JSON.stringify(broken));
		expect(typeof read === 'object' && read.goals).toEqual([a]);
		expect(typeof read === 'object' && read.damaged.map((item) => item.reason)).toEqual(['a version has no valid "from" day']);
		expect(parseGoalsText('{"format": "cope-goals", "version": 1, "goals": [')).toMatch(/^not valid JSON/);
	});

	it('an import adds what is not here, joins what is, and twice changes nothing', () => {
		const here = goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 3});
		const other = {...goal({kind: 'check-in'}, {per: 'week', count: 1}, '2026-11-01'), id: '1'};
		const later = addCheckIn(here, '2026-11-20', new Date('2026-11-20T10:00:00Z'));
		const first = mergeGoals([here], [later, other]);
		expect(first).toMatchObject({added: 1, updated: 1, same: 0});
		expect(first.goals.map((item) => item.id)).toEqual(['1', '2']);
		expect(first.goals[0]?.checkIns).toHaveLength(1);
		const again = mergeGoals(first.goals, [later, other]);
		expect(again).toMatchObject({added: 0, updated: 0, same: 2});
	});
});

describe('the home line', () => {
	it('keeps a label’s own number apart from the count', () => {
		const urge = goal({kind: 'metric', metric: 'urge', op: 'below', value: 7}, {per: 'week', count: 3});
		const facts = gatherFacts(dayFigures([entry(at('2026-11-23'), {metrics: {urge: 3}})]), [urge]);
		expect(homeLine(goalsProgress([urge], facts, '2026-11-25', 1))).toBe('This week: urge below 7: 1 of 3');
	});
});

describe('what goals read of an entry', () => {
	it('counts from the figures of each day, which keep none of the words', () => {
		const goals = [
			goal({kind: 'tag', tag: 'walk'}, {per: 'week', count: 3}),
			goal({kind: 'exercise', exercise: 'thought-record'}, {per: 'week', count: 2}),
			goal({kind: 'metric', metric: 'urge', op: 'below', value: 7}, {per: 'week', count: 5}),
			goal({kind: 'metric', metric: 'sleep', op: 'at-least', value: 6}, {per: 'week', count: 5}),
		];
		const mood = {...entry(at('2026-11-02'), {tags: ['walk']}), values: {mood: 4, urge: 8, note: 'private words'}};
		const record = {...entry(at('2026-11-03'), {exercise: 'thought-record'}), values: {thought: 'private words', traps: ['labelling']}};
		const sleep = {...entry(at('2026-11-04'), {exercise: 'sleep-log', metrics: {sleep: 7}}), values: {hours: 7, note: 'private words'}};
		const entries = [mood, record, sleep];
		const facts = gatherFacts(dayFigures(entries), goals);
		expect(facts.get('2026-11-02')).toMatchObject({tags: new Set(['walk']), metrics: new Map([['urge', {sum: 8, count: 1}]])});
		expect(facts.get('2026-11-03')?.exercises).toEqual(new Map([['thought-record', 1]]));
		expect(facts.get('2026-11-04')?.metrics).toEqual(new Map([['sleep', {sum: 7, count: 1}]]));
		expect(JSON.stringify(figuresToJson(dayFigures(entries)))).not.toContain('private words');
	});
});
