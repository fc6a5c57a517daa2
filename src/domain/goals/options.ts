import {metricScale} from '../stats/readings.js';
import {invalid} from '../../errors.js';
import {normaliseTag} from '../text.js';
import {EXERCISE_ID, METRIC_NAME} from './file.js';
import type {GoalMeasure, GoalTarget, MetricOp} from './types.js';
import {parseWeekdays} from './words.js';

/** The options `cope goal add|edit` and `cope homework set` take for what to count and how often. */
export interface MeasureOptions {
	exercise?: string;
	tag?: string;
	metric?: string;
	below?: string;
	above?: string;
	atLeast?: string;
	atMost?: string;
	checkIn?: boolean;
	perWeek?: string;
	perDay?: string;
	daysPerWeek?: string;
	days?: string;
}

const MEASURE_HINT =
	'Count one of: --exercise <id>, --tag <tag>, --metric <name> with --below/--above/--at-least/--at-most <n>, or --check-in (you mark it with cope goal done).';
const TARGET_HINT = 'How often: --per-week <n>, --per-day <n>, --days-per-week <n> (with --tag or --metric) or --days mon,wed,fri.';

function wholeNumber(text: string, option: string, max: number): number {
	const trimmed = text.trim();
	const value = /^\d+$/.test(trimmed) ? Number.parseInt(trimmed, 10) : Number.NaN;
	if (!(value >= 1 && value <= max))
		throw invalid(`${option} ${JSON.stringify(text)} is not a whole number from 1 to ${max}.`, TARGET_HINT);
	return value;
}

/** What to count, from the options; undefined when none names a measure. */
export function parseMeasure(options: MeasureOptions): GoalMeasure | undefined {
	const conditions: Array<[MetricOp, string | undefined, string]> = [
		['below', options.below, '--below'],
		['above', options.above, '--above'],
		['at-least', options.atLeast, '--at-least'],
		['at-most', options.atMost, '--at-most'],
	];
	const given = conditions.filter(([, text]) => text !== undefined);
	const kinds = [
		options.exercise !== undefined && '--exercise',
		options.tag !== undefined && '--tag',
		options.metric !== undefined && '--metric',
		options.checkIn === true && '--check-in',
	].filter((kind): kind is string => kind !== false);
	if (kinds.length > 1) throw invalid(`a goal counts one thing, and ${kinds.join(' and ')} are two.`, MEASURE_HINT);
	if (given.length > 0 && options.metric === undefined)
		throw invalid(
			`${given.map(([, , option]) => option).join(' and ')} ${given.length === 1 ? 'goes' : 'go'} with --metric <name>.`,
			'For example: --metric urge --below 7',
		);
	if (options.exercise !== undefined) {
		const id = options.exercise.trim().toLowerCase();
		if (!EXERCISE_ID.test(id))
			throw invalid(
				`--exercise ${JSON.stringify(options.exercise)} is not an exercise id.`,
				'Exercise ids are lower-case letters, digits and -, as cope exercises lists them.',
			);
		return {kind: 'exercise', exercise: id};
	}
	if (options.tag !== undefined) {
		const tag = normaliseTag(options.tag.replace(/^#/, ''));
		if (tag === undefined)
			throw invalid(`--tag ${JSON.stringify(options.tag)} is not a tag.`, 'A tag is a word of letters, digits, - or _, e.g. --tag walk');
		return {kind: 'tag', tag};
	}
	if (options.metric !== undefined) {
		const metric = options.metric.trim();
		if (!METRIC_NAME.test(metric))
			throw invalid(
				`--metric ${JSON.stringify(options.metric)} is not a metric name.`,
				'For example: --metric urge, --metric mood, or a metric your exercises record.',
			);
		if (given.length !== 1)
			throw invalid(
				`--metric ${metric} needs one condition, e.g. --below 7 or --at-least 6.`,
				'Conditions: --below, --above, --at-least, --at-most, each with a number.',
			);
		const [op, text, option] = given[0] as [MetricOp, string, string];
		const value = Number(text.trim());
		if (text.trim() === '' || !Number.isFinite(value))
			throw invalid(`${option} ${JSON.stringify(text)} is not a number.`, 'For example: --below 7 or --at-least 6.5');
		const [min, max] = metricScale(metric);
		if (value < min || value > max)
			throw invalid(`${option} ${text.trim()}: ${metric} goes from ${min} to ${max}.`, `Give a number from ${min} to ${max}.`);
		return {kind: 'metric', metric, op, value};
	}
	if (options.checkIn) return {kind: 'check-in'};
	return undefined;
}

/** How often, from the options; undefined when none is given. */
export function parseTarget(options: MeasureOptions, measure: GoalMeasure): GoalTarget | undefined {
	const given = [
		options.perWeek !== undefined && '--per-week',
		options.perDay !== undefined && '--per-day',
		options.daysPerWeek !== undefined && '--days-per-week',
		options.days !== undefined && '--days',
	].filter((name): name is string => name !== false);
	if (given.length > 1) throw invalid(`say how often once: ${given.join(' and ')} were both given.`, TARGET_HINT);
	if (options.perWeek !== undefined) return {per: 'week', count: wholeNumber(options.perWeek, '--per-week', 100)};
	if (options.daysPerWeek !== undefined) {
		if (measure.kind !== 'tag' && measure.kind !== 'metric')
			throw invalid('--days-per-week goes with --tag or --metric, which count days.', 'For an exercise or a check-in, use --per-week <n>.');
		return {per: 'week', count: wholeNumber(options.daysPerWeek, '--days-per-week', 7)};
	}
	if (options.perDay !== undefined) {
		const count = wholeNumber(options.perDay, '--per-day', 20);
		if ((measure.kind === 'tag' || measure.kind === 'metric') && count !== 1)
			throw invalid(`--per-day ${count}: a ${measure.kind} goal counts a day once.`, 'Use --per-day 1, or --days-per-week <n>.');
		return {per: 'day', count};
	}
	if (options.days !== undefined) {
		const days = parseWeekdays(options.days);
		if (days === undefined)
			throw invalid(`--days ${JSON.stringify(options.days)} is not a list of weekdays.`, 'For example: --days mon,wed,fri');
		return {per: 'weekdays', days};
	}
	return undefined;
}

/** When none is given: a metric is looked at each day with readings; anything else once a week. */
export function defaultTarget(measure: GoalMeasure): GoalTarget {
	return measure.kind === 'metric' ? {per: 'day', count: 1} : {per: 'week', count: 1};
}

/** The person's words, checked: not empty, one line, not too long. */
export function parseWords(text: string, what: string, max = 200): string {
	const words = text.replace(/\s+/g, ' ').trim();
	if (words === '') throw invalid(`${what} is empty.`, 'Write it in your own words, e.g. "Walk three times a week".');
	if (/[\u0000-\u001F\u007F-\u009F]/.test(words)) throw invalid(`${what} holds control characters.`, 'Use plain text.');
	if ([...words].length > max) throw invalid(`${what} is longer than ${max} characters.`, 'A few words are enough.');
	return words;
}
