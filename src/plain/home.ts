import type {Glance} from '../domain/glance.js';
import type {Exercise} from '../domain/exercise/types.js';
import type {HomePlan} from '../domain/goals/home.js';
import {inert} from '../domain/text.js';
import {homeOrder} from '../domain/home-order.js';
import {dayAndTime, dayLabel} from '../domain/time.js';
import type {PlainIO} from './run.js';
import {HELP_WORDS} from './run.js';

export type HomeChoice = {kind: 'start'; exercise: Exercise} | {kind: 'report'} | {kind: 'close'};

/** The mood line of the home screen, in words. */
export function moodLine(glance: Glance): string {
	const entries = `${glance.entriesToday} ${glance.entriesToday === 1 ? 'entry' : 'entries'}`;
	if (glance.lastMood && glance.lastMood.day === glance.today) return `Mood today: ${glance.lastMood.mood} (${entries}).`;
	if (glance.lastMood)
		return `Last mood: ${glance.lastMood.mood} on ${dayLabel(new Date(`${glance.lastMood.day}T12:00:00`))}; ${entries} today.`;
	return glance.entriesToday > 0 ? `${entries} today.` : 'Nothing logged yet today.';
}

/**
 * `cope` in plain mode: a numbered menu of the exercises. A number starts one, r the
 * report, ? help now, Enter (or the end of the input) closes.
 */
export async function plainHome(
	io: PlainIO,
	options: {
		now: Date;
		glance: Glance;
		exercises: readonly Exercise[];
		unfinished: ReadonlySet<string>;
		helpLines: () => string[];
		plan?: HomePlan;
		/** The last entry today was a hard one: riding out an urge comes first, as on the screens. */
		urgeFirst?: boolean;
	},
): Promise<HomeChoice> {
	const say = (...lines: string[]): void => io.write(lines.map((line) => `${line}\n`).join(''));
	const plan = options.plan ?? {due: []};
	// In the screens' order (src/domain/home-order.ts): homework with its note from the plan first.
	const noteOf = (exercise: Exercise): string | undefined => plan.due.find((item) => item.exercise === exercise.id)?.note;
	const exercises = homeOrder(
		options.exercises.map((exercise) => exercise.id),
		plan,
		options.urgeFirst ?? false,
	).map((place) => options.exercises[place] as Exercise);
	say(`cope, ${dayAndTime(options.now)}. ${moodLine(options.glance)}`);
	if (options.plan?.line !== undefined) say(inert(options.plan.line, {singleLine: true}));
	say('What would help right now?');
	exercises.forEach((exercise, index) => {
		// "Journal (unfinished), about 5 min: Write freely…": the summary ends the line, with its own full stop.
		const minutes = exercise.minutes === undefined ? '' : `, about ${exercise.minutes} min`;
		const unfinished = options.unfinished.has(exercise.id) ? ' (unfinished)' : '';
		say(
			`  ${index + 1}. ${inert(exercise.title, {singleLine: true})}${unfinished}${minutes}: ${inert(noteOf(exercise) ?? exercise.summary, {singleLine: true})}`,
		);
	});
	const how = `Type a number to start one, r for your report, ? for help now, or press Enter to close.`;
	say(how);
	for (;;) {
		io.write('> ');
		const read = await io.reader.next();
		if (read.kind === 'stop') {
			io.write('\n');
			return {kind: 'close'};
		}
		if (!io.typed) io.write(`${read.text}\n`);
		const text = read.text.trim().toLowerCase();
		if (text === '' || text === 'q') return {kind: 'close'};
		if (text === 'r') return {kind: 'report'};
		if (HELP_WORDS.includes(text)) {
			say('', 'Help now', ...options.helpLines().map((line) => `  ${inert(line, {singleLine: true})}`), '', how);
			continue;
		}
		const exercise = /^\d+$/.test(text) ? exercises[Number(text) - 1] : exercises.find((candidate) => candidate.id === text);
		if (exercise) return {kind: 'start', exercise};
		say(`Please type a number from 1 to ${exercises.length}, or press Enter to close.`);
	}
}
