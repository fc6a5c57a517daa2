import {isDay} from '../stats/days.js';
import {describeSpot, findJsonError} from '../syntax-error.js';
import {TAG_PATTERN} from '../text.js';
import {
	type CheckIn,
	type Goal,
	type GoalMeasure,
	GOALS_FORMAT,
	GOALS_VERSION,
	type GoalsFile,
	type GoalTarget,
	type GoalVersion,
	METRIC_OPS,
	type MetricOp,
} from './types.js';

/**
 * goals.json, checked by hand (no schema library: `cope goals` is a fast command).
 * Unknown keys are kept out; every goal is checked on its own, so one damaged goal
 * can be set aside while the rest are kept (`cope doctor --repair`).
 */

export const EXERCISE_ID = /^[a-z0-9-]{1,64}$/;
export const METRIC_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,39}$/u;

// Tags and metric names are nearly always ASCII: told so without the Unicode patterns, whose
// first use costs ~0.3 ms each (the home screen reads goals.json at every start).
const ASCII_TAG = /^[a-z0-9_][a-z0-9_-]*$/i;
const ASCII_METRIC = /^[a-z0-9_][a-z0-9_.-]{0,39}$/i;
const isTag = (text: string): boolean => ASCII_TAG.test(text) || TAG_PATTERN.test(text);
const isMetricName = (text: string): boolean => ASCII_METRIC.test(text) || METRIC_NAME.test(text);

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is string {
	return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isCount(value: unknown, max: number): value is number {
	return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max;
}

function toMeasure(value: unknown): GoalMeasure | string {
	if (!isRecord(value)) return 'its measure is not an object';
	switch (value['kind']) {
		case 'exercise':
			return typeof value['exercise'] === 'string' && EXERCISE_ID.test(value['exercise'])
				? {kind: 'exercise', exercise: value['exercise']}
				: 'its exercise is not an exercise id';
		case 'tag':
			return typeof value['tag'] === 'string' && isTag(value['tag']) ? {kind: 'tag', tag: value['tag']} : 'its tag is not a tag';
		case 'metric': {
			const {metric, op, value: threshold} = value;
			if (typeof metric !== 'string' || !isMetricName(metric)) return 'its metric is not a metric name';
			if (!(METRIC_OPS as readonly unknown[]).includes(op)) return `its metric condition is not one of ${METRIC_OPS.join(', ')}`;
			if (typeof threshold !== 'number' || !Number.isFinite(threshold)) return 'its metric value is not a number';
			return {kind: 'metric', metric, op: op as MetricOp, value: threshold};
		}
		case 'check-in':
			return {kind: 'check-in'};
		default:
			return 'its measure is not exercise, tag, metric or check-in';
	}
}

function toTarget(value: unknown): GoalTarget | string {
	if (!isRecord(value)) return 'its target is not an object';
	if (value['per'] === 'week' && isCount(value['count'], 100)) return {per: 'week', count: value['count']};
	if (value['per'] === 'day' && isCount(value['count'], 20)) return {per: 'day', count: value['count']};
	const days = value['days'];
	if (
		value['per'] === 'weekdays' &&
		Array.isArray(days) &&
		days.length > 0 &&
		days.every((day) => Number.isInteger(day) && day >= 0 && day <= 6) &&
		new Set(days).size === days.length
	) {
		return {per: 'weekdays', days: [...(days as number[])].sort((a, b) => a - b)};
	}
	return 'its target is not so many a week, a day, or on set weekdays';
}

function toVersion(value: unknown): GoalVersion | string {
	if (!isRecord(value)) return 'a version is not an object';
	if (typeof value['from'] !== 'string' || !isDay(value['from'])) return 'a version has no valid "from" day';
	if (typeof value['words'] !== 'string' || value['words'].trim() === '') return 'a version has no words';
	if (value['why'] !== undefined && typeof value['why'] !== 'string') return '"why" is not text';
	if (typeof value['label'] !== 'string' || value['label'].trim() === '') return 'a version has no label';
	if (value['state'] !== 'active' && value['state'] !== 'paused' && value['state'] !== 'archived')
		return 'a version has no state (active, paused or archived)';
	if (!isTime(value['changed'])) return 'a version has no valid "changed" time';
	const measure = toMeasure(value['measure']);
	if (typeof measure === 'string') return measure;
	const target = toTarget(value['target']);
	if (typeof target === 'string') return target;
	const version: GoalVersion = {
		from: value['from'],
		words: value['words'],
		label: value['label'],
		measure,
		target,
		state: value['state'],
		changed: value['changed'],
	};
	if (typeof value['why'] === 'string' && value['why'] !== '') version.why = value['why'];
	return version;
}

/** One goal, checked: the goal, or a short reason it is not one. */
export function toGoal(value: unknown): Goal | string {
	if (!isRecord(value)) return 'not an object';
	if (typeof value['id'] !== 'string' || !/^[1-9]\d{0,5}$/.test(value['id'])) return 'no id (a whole number)';
	if (typeof value['uid'] !== 'string' || !/^[0-9A-Za-z]{10,40}$/.test(value['uid'])) return 'no uid';
	if (value['author'] !== 'you' && value['author'] !== 'therapist') return 'no author (you or therapist)';
	if (!isTime(value['created'])) return 'no valid "created" time';
	if (!Array.isArray(value['versions']) || value['versions'].length === 0) return 'no versions';
	const versions: GoalVersion[] = [];
	for (const item of value['versions']) {
		const version = toVersion(item);
		if (typeof version === 'string') return version;
		versions.push(version);
	}
	versions.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
	const checkIns: CheckIn[] = [];
	if (!Array.isArray(value['checkIns'])) return 'no check-in list';
	for (const item of value['checkIns']) {
		if (!isRecord(item) || typeof item['day'] !== 'string' || !isDay(item['day']) || !isTime(item['at']))
			return 'a check-in has no valid day and time';
		checkIns.push({day: item['day'], at: item['at']});
	}
	return {id: value['id'], uid: value['uid'], author: value['author'], created: value['created'], versions, checkIns};
}

export interface GoalsRead {
	goals: Goal[];
	/** Goals that could not be read, with their place in the list and why. */
	damaged: Array<{index: number; reason: string; value: unknown}>;
}

/** The goals in a parsed goals.json (or an export's "goals"); a reason string when the whole is not one. */
export function readGoalsValue(value: unknown): GoalsRead | string {
	if (!isRecord(value) || value['format'] !== GOALS_FORMAT || !Array.isArray(value['goals']))
		return `it is not a goals file (it should start {"format": "${GOALS_FORMAT}", ...} and hold a "goals" list)`;
	if (value['version'] !== GOALS_VERSION)
		return `it is version ${JSON.stringify(value['version'])}; this cope reads version ${GOALS_VERSION}`;
	const goals: Goal[] = [];
	const damaged: GoalsRead['damaged'] = [];
	const ids = new Set<string>();
	const uids = new Set<string>();
	value['goals'].forEach((item: unknown, index) => {
		const goal = toGoal(item);
		if (typeof goal === 'string') damaged.push({index, reason: goal, value: item});
		else if (ids.has(goal.id) || uids.has(goal.uid)) damaged.push({index, reason: `goal ${goal.id} appears twice`, value: item});
		else {
			ids.add(goal.id);
			uids.add(goal.uid);
			goals.push(goal);
		}
	});
	return {goals, damaged};
}

/** Parses goals.json's text: the goals, or a reason the file cannot be read at all. */
export function parseGoalsText(text: string): GoalsRead | string {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		// Where, in lines and columns: what JSON.parse says ("at position 53") means little to a person.
		return `not valid JSON (${describeSpot(findJsonError(text) ?? {line: 1, column: 1, expected: 'valid JSON'})})`;
	}
	return readGoalsValue(value);
}

export function emptyGoalsFile(): GoalsFile {
	return {format: GOALS_FORMAT, version: GOALS_VERSION, goals: []};
}

/** goals.json's text: readable by a person, a goal per block. */
export function serializeGoals(goals: readonly Goal[]): string {
	const file: GoalsFile = {format: GOALS_FORMAT, version: GOALS_VERSION, goals: [...goals]};
	return `${JSON.stringify(file, null, 2)}\n`;
}
