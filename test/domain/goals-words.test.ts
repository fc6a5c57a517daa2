import {dayFigures} from '../../src/domain/stats/day-figures.js';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import type {Entry} from '../../src/domain/entry.js';
import {changeGoal, newGoal} from '../../src/domain/goals/edit.js';
import {homePlan} from '../../src/domain/goals/home.js';
import {goalsOverPeriod} from '../../src/domain/goals/period.js';
import {gatherFacts, goalsProgress} from '../../src/domain/goals/progress.js';
import {renderGoals} from '../../src/domain/goals/render.js';
import {doneOfSet, renderGoalsSection} from '../../src/domain/goals/report.js';
import type {Goal, GoalMeasure, GoalTarget} from '../../src/domain/goals/types.js';
import {
	describeMeasure,
	describeTarget,
	historyPhrase,
	homeLine,
	MARKS_LEGEND,
	planNote,
	shortPhrase,
	weekMark,
	weekPhrase,
} from '../../src/domain/goals/words.js';
import {addDays} from '../../src/domain/stats/days.js';
import {ROOT} from '../helpers/cli.js';

/**
 * CONTRIBUTING: no streaks, nothing missed, failed or behind, no "you should". Every
 * sentence goals and homework can say is produced here for every kind of goal, target,
 * state and amount of progress, and checked; and every sentence written in their source.
 */
const JUDGING =
	/\b(streaks?|miss(ed|es|ing)?|fail(ed|s|ing|ure)?|(?<!left )behind|broke|broken|overdue|late|lapsed?|slipp?ed|skipped|gave up|you should|you must|only \d|red)\b/i;

const MEASURES: GoalMeasure[] = [
	{kind: 'exercise', exercise: 'thought-record'},
	{kind: 'tag', tag: 'walk'},
	{kind: 'metric', metric: 'urge', op: 'below', value: 7},
	{kind: 'metric', metric: 'sleep', op: 'at-least', value: 6},
	{kind: 'metric', metric: 'mood', op: 'above', value: 4},
	{kind: 'metric', metric: 'mood', op: 'at-most', value: 8},
	{kind: 'check-in'},
];
const TARGETS: GoalTarget[] = [
	{per: 'week', count: 1},
	{per: 'week', count: 3},
	{per: 'day', count: 1},
	{per: 'day', count: 2},
	{per: 'weekdays', days: [0]},
	{per: 'weekdays', days: [0, 2, 4]},
];

const TODAY = '2026-11-25';
const START = '2026-09-28';

/** Entries giving every week some, none or plenty, for every measure. */
function entries(density: number): Entry[] {
	const made: Entry[] = [];
	for (let day = START; day <= TODAY; day = addDays(day, 1)) {
		const n = Number(day.slice(8)) % density === 0 ? 2 : 0;
		for (let i = 0; i < n; i++) {
			const at = `${day}T1${i}:00:00+00:00`;
			made.push({
				v: 1,
				id: `01KC${day.replaceAll('-', '')}${i}`.padEnd(26, '0'),
				at,
				type: 'thought-record',
				exercise: 'thought-record',
				created: at,
				tags: ['walk'],
				values: {},
				metrics: {urge: (Number(day.slice(8)) * 3) % 11, sleep: Number(day.slice(8)) % 9, mood: Number(day.slice(8)) % 11},
			});
		}
	}
	return made;
}

function goalsOfEveryKind(): Goal[] {
	const goals: Goal[] = [];
	for (const author of ['you', 'therapist'] as const) {
		for (const measure of MEASURES) {
			for (const target of TARGETS) {
				let goal = newGoal(
					goals,
					{words: 'My goal', why: 'it matters', measure, target, exerciseTitle: 'Thought record'},
					{author, uid: `UIDWORDS${goals.length}XXXX`, now: new Date(`${START}T09:00:00Z`), today: START},
				);
				// Some paused for a while, some put away, some changed mid-week.
				const index = goals.length % 4;
				if (index === 1)
					goal = changeGoal(
						changeGoal(goal, {state: 'paused'}, {now: new Date('2026-10-14T09:00:00Z'), today: '2026-10-14'}),
						{state: 'active'},
						{now: new Date('2026-11-04T09:00:00Z'), today: '2026-11-04'},
					);
				if (index === 2) goal = changeGoal(goal, {state: 'archived'}, {now: new Date('2026-11-18T09:00:00Z'), today: '2026-11-18'});
				if (index === 3) goal = changeGoal(goal, {state: 'paused'}, {now: new Date('2026-11-24T09:00:00Z'), today: '2026-11-24'});
				goals.push(goal);
			}
		}
	}
	return goals;
}

function everySentence(): string[] {
	const goals = goalsOfEveryKind();
	const said: string[] = [MARKS_LEGEND];
	for (const density of [1, 3, 7, 40]) {
		const list = entries(density);
		const facts = gatherFacts(dayFigures(list), goals);
		for (const weeks of [1, 8, 12]) {
			const progress = goalsProgress(goals, facts, TODAY, weeks);
			said.push(
				...renderGoals(progress, {today: TODAY, weeks}),
				...renderGoals(progress, {today: TODAY, weeks, only: 'therapist'}),
				...renderGoals(progress, {today: TODAY, weeks, only: 'you'}),
			);
			said.push(homeLine(progress) ?? '');
			for (const item of progress) {
				said.push(
					describeMeasure(item.version.measure, item.version.label),
					describeTarget(item.version),
					planNote(item.thisWeek, item.version),
					historyPhrase(item.weeks) ?? '',
				);
				for (const week of item.weeks) said.push(weekPhrase(week, item.version), shortPhrase(week, item.version) ?? '');
			}
		}
		const period = goalsOverPeriod(goals, dayFigures(list), {from: START, to: TODAY, today: TODAY});
		said.push(
			...renderGoalsSection(period, 80),
			...period.items.map(doneOfSet),
			...period.items.map((item) => `${item.counts} ${item.aim}`),
		);
		const plan = homePlan(goals, dayFigures(list), TODAY);
		said.push(plan.line ?? '', ...plan.due.map((due) => due.note));
	}
	renderGoals([], {today: TODAY, weeks: 8}).forEach((line) => said.push(line));
	renderGoals([], {today: TODAY, weeks: 8, only: 'therapist'}).forEach((line) => said.push(line));
	return said;
}

/** Files whose strings a person can read: the goals domain, the commands, the store's and doctor's words, the home screen's. */
const SOURCES = [
	'src/domain/goals',
	'src/commands/goal',
	'src/commands/goals',
	'src/commands/homework',
	'src/commands/report/goals.ts',
	'src/commands/import/goals.ts',
	'src/commands/common/goals.ts',
	'src/store/goals.ts',
	'src/store/doctor-goals.ts',
	'src/commands/doctor/goals.ts',
	'src/tui/screens/home-plan.ts',
];

function sourceFiles(path: string): string[] {
	const full = join(ROOT, path);
	if (statSync(full).isFile()) return [full];
	return readdirSync(full).flatMap((name) => sourceFiles(join(path, name)));
}

/** Every string and template literal in a file, as written. */
function literals(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
		else if (ts.isTemplateExpression(node)) found.push(node.getText());
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

describe('goals and homework never judge', () => {
	const sentences = everySentence();

	it('produces many sentences to check (the generator reaches every branch)', () => {
		const joined = sentences.join('\n');
		for (const phrase of [
			'this week',
			'paused',
			'done today',
			'with readings',
			'reached most weeks',
			'reached every week',
			'reached once',
			'a fresh week',
			'from your therapy plan',
			'for today',
			'today 1 of 2',
			'no readings yet',
			'Homework from your therapy plan',
			'Nothing set.',
			'No goals yet.',
			'put away',
		]) {
			expect(joined).toContain(phrase);
		}
		expect(new Set(sentences).size).toBeGreaterThan(200);
	});

	it('none of them says streak, missed, failed, behind, broke or the like', () => {
		const judging = [...new Set(sentences)].filter((sentence) => JUDGING.test(sentence));
		expect(judging).toEqual([]);
	});

	it('marks are only ● ◐ – and blanks: nothing marks a week with nothing', () => {
		const goals = goalsOfEveryKind();
		const progress = goalsProgress(goals, gatherFacts(dayFigures(entries(3)), goals), TODAY, 12);
		const marks = new Set(progress.flatMap((item) => item.weeks.map(weekMark)));
		expect([...marks].every((mark) => ['●', '◐', '–', ' '].includes(mark))).toBe(true);
	});

	it('no sentence written in the goals and homework source says so either', () => {
		const files = SOURCES.flatMap(sourceFiles).filter((file) => /\.tsx?$/.test(file));
		expect(files.length).toBeGreaterThan(15);
		const judging = files.flatMap((file) =>
			literals(file)
				.filter((text) => /\s/.test(text) && JUDGING.test(text))
				.map((text) => `${file}: ${text}`),
		);
		expect(judging).toEqual([]);
	});

	it('the check itself catches such words', () => {
		for (const bad of ['streak broken', 'You missed 2 days', 'failed this week', '3 days behind', 'you should walk more'])
			expect(JUDGING.test(bad)).toBe(true);
	});
});
