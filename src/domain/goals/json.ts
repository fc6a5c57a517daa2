import type {GoalProgress, WeekProgress} from './progress.js';
import {currentVersion} from './types.js';
import {describeMeasure, describeTarget, historyPhrase, weekPhrase} from './words.js';

/** A week in `--json`: the Monday, what counted, what was asked, and the state. */
export function weekJson(week: WeekProgress): Record<string, unknown> {
	const json: Record<string, unknown> = {
		week: week.week,
		through: week.through,
		state: week.state,
		done: week.done,
		set: week.set,
		reached: week.reached,
	};
	if (week.today) json['today'] = week.today;
	return json;
}

/** One goal or homework item in `cope goals --json` / `cope homework --json` (fields: docs/goals.md). */
export function goalJson(item: GoalProgress): Record<string, unknown> {
	const version = currentVersion(item.goal);
	const json: Record<string, unknown> = {
		id: item.goal.id,
		uid: item.goal.uid,
		kind: item.goal.author === 'therapist' ? 'homework' : 'goal',
		author: item.goal.author,
		state: version.state,
		words: version.words,
		...(version.why === undefined ? {} : {why: version.why}),
		label: version.label,
		measure: version.measure,
		target: version.target,
		counts: describeMeasure(version.measure, version.label),
		aim: describeTarget(version),
		created: item.goal.created,
		thisWeek: {...weekJson(item.thisWeek), words: weekPhrase(item.thisWeek, item.version)},
		weeks: item.weeks.map(weekJson),
	};
	const history = historyPhrase(item.weeks);
	if (history !== undefined) json['history'] = history;
	return json;
}
