import type {Context} from '../../context.js';
import {addCheckIn, changeGoal, type GoalChange, newGoal, removeCheckIn} from '../../domain/goals/edit.js';
import {defaultTarget, parseMeasure, parseTarget, parseWords} from '../../domain/goals/options.js';
import {currentVersion, type Goal, type GoalMeasure, type GoalState} from '../../domain/goals/types.js';
import {describeMeasure, describeTarget} from '../../domain/goals/words.js';
import {parseSince} from '../../domain/period.js';
import {dateToDay, dayToDate, startOfWeek} from '../../domain/stats/days.js';
import {dayLabel} from '../../domain/time.js';
import {inert} from '../../domain/text.js';
import {invalid} from '../../errors.js';
import {updateGoals} from '../../store/goals.js';
import type {GoalOptions} from './index.js';

/** A goal by the id `cope goals` shows ("3" or "#3"); for homework also by its exercise id. */
export function findGoal(goals: readonly Goal[], idText: string, options: {homework?: boolean} = {}): Goal {
	const id = idText.trim().replace(/^#/, '');
	const byId = goals.find((goal) => goal.id === id);
	if (byId) return byId;
	if (options.homework) {
		const byExercise = goals
			.filter((goal) => goal.author === 'therapist' && currentVersion(goal).state !== 'archived')
			.find((goal) => {
				const {measure} = currentVersion(goal);
				return measure.kind === 'exercise' && measure.exercise === id.toLowerCase();
			});
		if (byExercise) return byExercise;
	}
	const ids = goals.filter((goal) => currentVersion(goal).state !== 'archived').map((goal) => goal.id);
	throw invalid(
		`there is no ${options.homework ? 'homework item' : 'goal'} ${JSON.stringify(inert(idText, {singleLine: true}))}.`,
		ids.length === 0
			? 'There are none yet: cope goal add "<your words>" ... (see cope goal --help).'
			: `The ids are: ${ids.join(', ')} (cope goals shows them).`,
	);
}

/** The title of an exercise that exists; bad input (exit 2) naming the ids there are when it does not. */
export async function exerciseTitle(context: Context, id: string): Promise<string> {
	// Loaded only here: the exercise files are checked with zod, which `cope goals` never needs.
	const {runnableExercises, runnableExercise} = await import('../run/catalog.js');
	return runnableExercise(await runnableExercises(context), context, id).title;
}

function printGoal(context: Context, goal: Goal, json: boolean | undefined, sentence: string, more: string[] = []): void {
	if (json) {
		context.stdout.write(`${JSON.stringify({goal}, null, 2)}\n`);
		return;
	}
	context.stdout.write(`${[sentence, ...more].join('\n')}\n`);
}

/** "days with #walk, on 3 days a week" */
function aimOf(goal: Goal): string {
	const version = currentVersion(goal);
	return `${inert(describeMeasure(version.measure, version.label), {singleLine: true})}, ${describeTarget(version)}`;
}

function noun(goal: Goal): string {
	return goal.author === 'therapist' ? 'homework item' : 'goal';
}

export async function addGoalCommand(context: Context, wordsText: string, options: GoalOptions): Promise<void> {
	const words = parseWords(wordsText, 'The goal');
	const why = options.why === undefined ? undefined : parseWords(options.why, '--why');
	const label = options.label === undefined ? undefined : parseWords(options.label, '--label', 40);
	const measure: GoalMeasure = parseMeasure(options) ?? {kind: 'check-in'};
	const target = parseTarget(options, measure) ?? defaultTarget(measure);
	const now = context.now();
	const today = dateToDay(now);
	// --since: the goal counts from then, so weeks already lived show in its marks.
	const from = options.since === undefined ? today : dateToDay(await parseSince(options.since, now));
	const title = measure.kind === 'exercise' ? await exerciseTitle(context, measure.exercise) : undefined;
	const goal = updateGoals(context.paths, (goals) => {
		const made = newGoal(
			goals,
			{
				words,
				measure,
				target,
				...(why === undefined ? {} : {why}),
				...(label === undefined ? {} : {label}),
				...(title === undefined ? {} : {exerciseTitle: title}),
			},
			{author: 'you', uid: context.newId(now), now, today: from},
		);
		return {goals: [...goals, made], result: made};
	});
	const more = measure.kind === 'check-in' ? [`Mark it when you do it: cope goal done ${goal.id}`] : [];
	printGoal(context, goal, options.json, `Added goal ${goal.id}: ${inert(words, {singleLine: true})} (counts ${aimOf(goal)}).`, [
		...more,
		'See how it goes: cope goals',
	]);
}

export async function editGoalCommand(context: Context, idText: string, options: GoalOptions): Promise<void> {
	const change: GoalChange = {};
	if (options.words !== undefined) change.words = parseWords(options.words, '--words');
	if (options.why !== undefined) change.why = options.why.trim() === '' ? '' : parseWords(options.why, '--why');
	if (options.label !== undefined) change.label = parseWords(options.label, '--label', 40);
	const measure = parseMeasure(options);
	if (measure !== undefined) change.measure = measure;
	const now = context.now();
	const today = dateToDay(now);
	// The target is read against the measure it will have; checked before anything is written.
	const title = measure?.kind === 'exercise' ? await exerciseTitle(context, measure.exercise) : undefined;
	if (title !== undefined) change.exerciseTitle = title;
	const outcome = updateGoals(context.paths, (goals) => {
		const goal = findGoal(goals, idText);
		const target = parseTarget(options, change.measure ?? currentVersion(goal).measure);
		if (target !== undefined) change.target = target;
		else if (change.measure !== undefined && change.measure.kind !== currentVersion(goal).measure.kind)
			change.target = defaultTarget(change.measure);
		if (Object.keys(change).filter((key) => key !== 'exerciseTitle').length === 0) {
			throw invalid(
				`say what to change about goal ${goal.id}.`,
				'For example: cope goal edit 1 --per-week 4, --words "...", --why "...", or a new measure such as --tag run.',
			);
		}
		const changed = changeGoal(goal, change, {now, today});
		if (changed === goal) return {result: {goal, changed: false}};
		return {goals: goals.map((item) => (item === goal ? changed : item)), result: {goal: changed, changed: true}};
	});
	const {goal} = outcome;
	if (!outcome.changed) {
		printGoal(context, goal, options.json, `Goal ${goal.id} already reads that way; nothing changed.`);
		return;
	}
	printGoal(
		context,
		goal,
		options.json,
		`Changed ${noun(goal)} ${goal.id} from this week on: ${inert(currentVersion(goal).words, {singleLine: true})} (counts ${aimOf(goal)}).`,
		['Earlier weeks keep the goal as it was then.'],
	);
}

const STATE_OF: Record<'pause' | 'resume' | 'archive', GoalState> = {pause: 'paused', resume: 'active', archive: 'archived'};

export function setGoalStateCommand(
	context: Context,
	idText: string,
	action: 'pause' | 'resume' | 'archive',
	options: {json?: boolean},
): void {
	const now = context.now();
	const today = dateToDay(now);
	const state = STATE_OF[action];
	const outcome = updateGoals(context.paths, (goals) => {
		const goal = findGoal(goals, idText);
		const changed = changeGoal(goal, {state}, {now, today});
		if (changed === goal) return {result: {goal, changed: false}};
		return {goals: goals.map((item) => (item === goal ? changed : item)), result: {goal: changed, changed: true}};
	});
	const {goal} = outcome;
	const name = `${noun(goal)} ${goal.id} (${inert(currentVersion(goal).words, {singleLine: true})})`;
	if (!outcome.changed) {
		printGoal(
			context,
			goal,
			options.json,
			`The ${name} is already ${state === 'active' ? 'going' : state === 'paused' ? 'paused' : 'put away'}.`,
		);
		return;
	}
	const sentence =
		state === 'paused'
			? `Paused the ${name}. Paused weeks are not counted; cope goal resume ${goal.id} takes it up again.`
			: state === 'active'
				? `The ${name} is going again, from this week.`
				: goal.author === 'therapist'
					? `Stopped the ${name}. Its weeks so far are kept; cope homework --all still shows it.`
					: `Put away the ${name}. Its weeks so far are kept; cope goals --all still shows it.`;
	printGoal(context, goal, options.json, sentence);
}

export async function checkInCommand(
	context: Context,
	idText: string,
	options: {on?: string; undo?: boolean; json?: boolean},
): Promise<void> {
	const now = context.now();
	const today = dateToDay(now);
	let day = today;
	if (options.on !== undefined) {
		const {parseWhen} = await import('../../domain/when.js');
		day = dateToDay(await parseWhen(options.on, now, '--on'));
	}
	const outcome = updateGoals(context.paths, (goals) => {
		const goal = findGoal(goals, idText);
		const version = currentVersion(goal);
		if (version.measure.kind !== 'check-in') {
			const counted = inert(describeMeasure(version.measure, version.label), {singleLine: true});
			throw invalid(
				`goal ${goal.id} counts ${counted} by itself, so there is nothing to mark.`,
				version.measure.kind === 'tag'
					? `Log it with the tag, e.g. cope log 6 -t ${version.measure.tag}`
					: 'It counts what you record in cope.',
			);
		}
		if (version.state !== 'active')
			throw invalid(
				`goal ${goal.id} is ${version.state === 'paused' ? 'paused' : 'put away'}.`,
				version.state === 'paused' ? `Take it up again with: cope goal resume ${goal.id}` : undefined,
			);
		// A goal counts from the week it started in: a day before that week is no check-in of it.
		const started = goal.versions[0]?.from;
		if (started !== undefined && day < startOfWeek(started))
			throw invalid(
				`--on ${options.on ?? ''}: goal ${goal.id} counts from the week of ${dayLabel(dayToDate(started), {year: true})}, after that day.`,
				"A check-in counts in the goal's own weeks, from the week it started.",
			);
		const changed = options.undo ? removeCheckIn(goal, day) : addCheckIn(goal, day, now);
		if (changed === undefined) return {result: {goal, changed: false}};
		return {goals: goals.map((item) => (item === goal ? changed : item)), result: {goal: changed, changed: true}};
	});
	const {goal} = outcome;
	const when = day === today ? 'today' : `on ${dayLabel(dayToDate(day), {year: day.slice(0, 4) !== today.slice(0, 4)})}`;
	const count = goal.checkIns.filter((checkIn) => checkIn.day === day).length;
	const name = inert(currentVersion(goal).words, {singleLine: true});
	if (options.undo) {
		printGoal(
			context,
			goal,
			options.json,
			outcome.changed
				? `Took back a check-in ${when} for goal ${goal.id} (${name}).`
				: `Goal ${goal.id} has no check-in ${when}; nothing changed.`,
		);
		return;
	}
	printGoal(context, goal, options.json, `Noted ${when}: ${name}${count > 1 ? ` (${count} times ${when})` : ''}.`, [
		'See the week: cope goals',
	]);
}
