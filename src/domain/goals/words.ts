import {type Day, dayToDate} from '../stats/days.js';
import {dayLabel} from '../time.js';
import type {GoalProgress, WeekProgress} from './progress.js';
import {type GoalMeasure, type GoalVersion, type MetricOp} from './types.js';

/**
 * Every sentence goals and homework say, in one file, so that one test can read them all
 * (test/domain/goals-words.test.ts). CONTRIBUTING's tone: what happened ("2 of 3 this
 * week"), never a streak, a failure or a count of days without; a week with nothing is a
 * blank; a new week starts fresh.
 */

/** How homework is marked wherever it appears. */
export const FROM_PLAN = 'from your therapy plan';

/** Weekday names as goals number them: 0 is Monday. */
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "5 Oct" */
export function shortDate(day: Day): string {
	return dayLabel(dayToDate(day));
}

/** "Mon 5 Oct" */
export function dayName(day: Day): string {
	return dayLabel(dayToDate(day), {weekday: true});
}

const OP_WORDS: Record<MetricOp, string> = {below: 'below', above: 'above', 'at-least': 'at least', 'at-most': 'at most'};

function times(count: number): string {
	return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** "Mon, Wed and Fri" */
export function weekdayList(days: readonly number[]): string {
	const names = days.map((day) => DAY_NAMES[day] ?? '?');
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A short label when the person gives none: "walk", "thought record", "urge below 7". */
export function defaultLabel(measure: GoalMeasure, words: string, exerciseTitle?: string): string {
	switch (measure.kind) {
		case 'exercise': {
			const title = exerciseTitle ?? measure.exercise.replaceAll('-', ' ');
			return title.charAt(0).toLowerCase() + title.slice(1);
		}
		case 'tag':
			return measure.tag;
		case 'metric':
			return `${measure.metric} ${OP_WORDS[measure.op]} ${measure.value}`;
		default: {
			const short = words.trim().split(/\s+/).slice(0, 3).join(' ');
			return (short.length > 24 ? `${short.slice(0, 23)}…` : short).toLowerCase();
		}
	}
}

/** What a goal counts: "days with #walk", "each time you do thought record". */
export function describeMeasure(measure: GoalMeasure, label: string): string {
	switch (measure.kind) {
		case 'exercise':
			// The id in brackets only when the label does not already say it.
			return label.toLowerCase() === measure.exercise.replaceAll('-', ' ')
				? `each time you do ${label}`
				: `each time you do ${label} (${measure.exercise})`;
		case 'tag':
			return `days with #${measure.tag}`;
		case 'metric':
			return `days when ${measure.metric} is ${OP_WORDS[measure.op]} ${measure.value} (the day's average, on days with readings)`;
		default:
			return 'your check-ins (cope goal done)';
	}
}

/** How often: "3 times a week", "on 5 days a week", "on Mon, Wed and Fri", "each day". */
export function describeTarget(version: Pick<GoalVersion, 'measure' | 'target'>): string {
	const {measure, target} = version;
	const byDays = measure.kind === 'tag' || measure.kind === 'metric';
	if (target.per === 'weekdays') return `on ${weekdayList(target.days)}`;
	if (target.per === 'week') return byDays ? `on ${plural(target.count, 'day')} a week` : `${times(target.count)} a week`;
	if (measure.kind === 'metric') return 'each day with readings';
	if (byDays || target.count === 1) return 'each day';
	return `${times(target.count)} a day`;
}

/** One week's mark: ● reached, ◐ part of the way, – paused, a blank for a week with nothing (or before the goal). */
export function weekMark(week: WeekProgress): string {
	if (week.state === 'paused') return '–';
	if (week.state !== 'active' || week.done === 0) return ' ';
	return week.reached ? '●' : '◐';
}

export const MARKS_LEGEND = '● reached · ◐ part of the way · – paused · blank: a week with nothing to count';

/** This week in words: "2 of 3 this week", "done today · on 3 days this week", "paused". */
export function weekPhrase(week: WeekProgress, version: Pick<GoalVersion, 'measure' | 'target'>): string {
	if (week.state === 'paused') return 'paused';
	if (week.state === 'archived') return 'put away';
	if (week.state === 'before') return 'starts this week';
	const {target, measure} = version;
	if (target.per !== 'day') return `${week.done} of ${week.set} this week`;
	if (measure.kind === 'metric')
		return week.set === 0 ? 'no readings yet this week' : `on ${week.done} of ${plural(week.set, 'day')} with readings this week`;
	const days = week.done === 0 ? 'a fresh week' : `on ${plural(week.done, 'day')} this week`;
	if (!week.today) return days;
	if (target.count === 1) return week.today.done >= 1 ? `done today · ${days}` : days;
	return `today ${Math.min(week.today.done, target.count)} of ${target.count} · ${days}`;
}

/** A few words for the one-line views: "walk 2 of 3", "thought record done today". */
export function shortPhrase(week: WeekProgress, version: Pick<GoalVersion, 'measure' | 'target' | 'label'>): string | undefined {
	if (week.state !== 'active') return undefined;
	const {target, measure} = version;
	// "urge below 7: 3 of 5", so that the label's number and the count stay apart.
	const label = /\d$/.test(version.label) ? `${version.label}:` : version.label;
	if (target.per !== 'day') return `${label} ${week.done} of ${week.set}`;
	if (measure.kind === 'metric') return week.set === 0 ? undefined : `${label} ${week.done} of ${plural(week.set, 'day')}`;
	if (week.today && target.count > 1) return `${label} today ${Math.min(week.today.done, target.count)} of ${target.count}`;
	if (week.today && week.today.done >= 1) return `${label} done today`;
	return `${label} on ${plural(week.done, 'day')}`;
}

/** The home screen's line: "This week: walk 2 of 3 · thought record 1 of 2" (the person's own goals). */
export function homeLine(progress: readonly GoalProgress[]): string | undefined {
	const parts = progress.filter((item) => item.goal.author === 'you').flatMap((item) => shortPhrase(item.thisWeek, item.version) ?? []);
	return parts.length === 0 ? undefined : `This week: ${parts.join(' · ')}`;
}

/**
 * What the finished weeks show, said only when there is something good to say:
 * "reached most weeks since 5 Oct", "reached twice since 5 Oct". Nothing otherwise.
 */
export function historyPhrase(weeks: readonly WeekProgress[]): string | undefined {
	const finished = weeks.filter((week) => !week.current && week.state === 'active');
	const reached = finished.filter((week) => week.reached).length;
	const first = finished[0];
	if (!first || reached === 0) return undefined;
	const since = `since ${shortDate(first.week)}`;
	if (finished.length >= 3 && reached * 2 > finished.length)
		return reached === finished.length ? `reached every week ${since}` : `reached most weeks ${since}`;
	return `reached ${times(reached)} ${since}`;
}

/** Homework beside its exercise on the home screen: "from your therapy plan · 1 of 2 this week". */
export function planNote(week: WeekProgress, version: Pick<GoalVersion, 'measure' | 'target'>): string {
	// Short enough to stand beside the exercise's title on an 80-column home screen; cope homework lists the days.
	if (version.target.per === 'weekdays') return `${FROM_PLAN} · for today`;
	return `${FROM_PLAN} · ${weekPhrase(week, version)}`;
}

const FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The weekdays a person may type for --days ("mon,wed,fri", "Monday Thursday"): 0 = Monday; undefined when one is not a day. */
export function parseWeekdays(text: string): number[] | undefined {
	const days = new Set<number>();
	for (const part of text
		.toLowerCase()
		.split(/[\s,]+/)
		.filter((item) => item !== '')) {
		const index = FULL_DAYS.findIndex((name) => part.length >= 2 && name.startsWith(part));
		if (index === -1 || (part.length === 2 && FULL_DAYS.filter((name) => name.startsWith(part)).length > 1)) return undefined;
		days.add(index);
	}
	return days.size === 0 ? undefined : [...days].sort((a, b) => a - b);
}
