import {addDays, type Day} from '../stats/days.js';
import {inert} from '../text.js';
import type {GoalProgress} from './progress.js';
import {currentVersion} from './types.js';
import {
	dayName,
	describeMeasure,
	describeTarget,
	FROM_PLAN,
	historyPhrase,
	MARKS_LEGEND,
	shortDate,
	weekMark,
	weekPhrase,
} from './words.js';

/** `cope goals` and `cope homework` as lines of text (words from goals.json made inert). */

function one(text: string): string {
	return inert(text, {singleLine: true});
}

function pausedSince(item: GoalProgress): string | undefined {
	const versions = item.goal.versions;
	let since: string | undefined;
	for (let index = versions.length - 1; index >= 0 && versions[index]?.state === 'paused'; index--) since = versions[index]?.from;
	return since;
}

/** The lines for one goal or homework item. */
export function goalLines(item: GoalProgress, weeks: number): string[] {
	const version = currentVersion(item.goal);
	const lines = [`${item.goal.id.padStart(2)}  ${one(version.words)}`];
	const pad = '    ';
	if (version.why !== undefined) lines.push(`${pad}why it matters: ${one(version.why)}`);
	lines.push(`${pad}counts ${one(describeMeasure(version.measure, version.label))}, ${describeTarget(version)}`);
	if (version.state === 'paused') {
		const since = pausedSince(item);
		lines.push(
			`${pad}paused${since === undefined ? '' : ` since ${shortDate(since)}`} · cope goal resume ${item.goal.id} when you want it back`,
		);
	} else if (version.state === 'archived') {
		lines.push(`${pad}put away`);
	} else {
		const history = historyPhrase(item.weeks);
		lines.push(`${pad}${weekPhrase(item.thisWeek, item.version)}${history === undefined ? '' : ` · ${history}`}`);
		if (version.measure.kind === 'check-in') lines.push(`${pad}mark it with: cope goal done ${item.goal.id}`);
	}
	lines.push(`${pad}last ${weeks === 1 ? 'week' : `${weeks} weeks`} [${item.weeks.map(weekMark).join('')}]`);
	return lines;
}

/** The whole view: the person's goals, then the therapy plan's items, then what the marks mean. */
export function renderGoals(progress: readonly GoalProgress[], options: {today: Day; weeks: number; only?: 'you' | 'therapist'}): string[] {
	const monday = progress[0]?.thisWeek.week;
	const mine = progress.filter((item) => item.goal.author === 'you');
	const plan = progress.filter((item) => item.goal.author === 'therapist');
	const lines: string[] = [];
	const week = monday === undefined ? '' : ` · this week: ${dayName(monday)} – ${dayName(addDays(monday, 6))}`;
	if (options.only !== 'therapist') {
		lines.push(`Your goals${week}`, '');
		if (mine.length === 0)
			lines.push('No goals yet. Add one in your own words, e.g.', '  cope goal add "Walk three times a week" --tag walk --per-week 3', '');
		for (const item of mine) lines.push(...goalLines(item, options.weeks), '');
	}
	if (options.only !== 'you' && (plan.length > 0 || options.only === 'therapist')) {
		lines.push(options.only === 'therapist' ? `Homework ${FROM_PLAN}${week}` : `Homework ${FROM_PLAN}`, '');
		if (plan.length === 0)
			lines.push('Nothing set. Your therapist can set an exercise, e.g.', '  cope homework set thought-record --days mon,thu', '');
		for (const item of plan) lines.push(...goalLines(item, options.weeks), '');
	}
	if (progress.length > 0) lines.push(MARKS_LEGEND);
	else if (lines[lines.length - 1] === '') lines.pop();
	return lines;
}
