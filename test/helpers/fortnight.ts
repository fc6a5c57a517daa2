/**
 * Two weeks of a person's practice, as a therapist would review them: moods with
 * tags (and a note now and then), thought records, urges ridden out, a journal, and
 * runs of a behavioural-activation exercise of the therapist's (fixtures/activity-energy.json).
 * Every figure a summary should state is known here, so tests can check what it says.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Entry} from '../../src/domain/entry.js';
import {entryFromAnswers} from '../../src/domain/exercise/answers-entry.js';
import {validateExercise} from '../../src/domain/exercise/validate.js';
import type {Answers, Exercise} from '../../src/domain/exercise/types.js';
import {createEntry, createMoodEntry, createJournalEntry} from '../../src/domain/mood-entry.js';
import {entryIdMaker} from '../../src/domain/entry-id.js';
import {ROOT, runCope} from './cli.js';
import {writeEntries} from './entries.js';

export const ACTIVITY_FILE = join(ROOT, 'test', 'fixtures', 'activity-energy.json');

export function activityExercise(): Exercise {
	const result = validateExercise(JSON.parse(readFileSync(ACTIVITY_FILE, 'utf8')) as unknown, 'activity-energy.json');
	if (!result.ok) throw new Error(result.problems.join('\n'));
	return result.exercise;
}

/** The last day of the fortnight; the first is 13 days before. */
export const LAST_DAY = '2026-11-29';
export const FIRST_DAY = '2026-11-16';

/** Mood each day (null: nothing logged), 16 to 29 November. */
export const MOODS: Array<number | null> = [3, 4, null, 4, 5, 6, 5, null, 6, 7, 6, 7, null, 8];
export const URGES: Array<number | null> = [7, 5, null, 4, 3, 2, 3, null, 2, 1, 2, 1, null, 0];
/** #walk on these days (index into the fortnight): the days with better moods. */
export const WALK_DAYS = [4, 5, 9, 10, 13];
export const ENERGY = [2, 4, 5, 7];
const ACTIVITY_DAYS = [1, 5, 9, 12];

function at(dayIndex: number, time: string): Date {
	const day = 16 + dayIndex;
	return new Date(`2026-11-${String(day).padStart(2, '0')}T${time}:00Z`);
}

export function fortnightEntries(activity: Exercise): Entry[] {
	const idAt = entryIdMaker(Math.random);
	const entries: Entry[] = [];
	MOODS.forEach((mood, index) => {
		if (mood === null) return;
		const when = at(index, '20:00');
		const tags = WALK_DAYS.includes(index) ? ['walk'] : ['home'];
		entries.push(
			createMoodEntry({
				id: idAt(when),
				mood,
				urge: URGES[index] ?? 0,
				note: index === 0 ? 'a private note about a hard evening' : undefined,
				tags,
				at: when,
				now: when,
			}),
		);
	});
	const record = (index: number, values: Record<string, unknown>): void => {
		const when = at(index, '21:30');
		entries.push(
			createEntry({
				id: idAt(when),
				type: 'thought-record',
				exercise: 'thought-record',
				at: when,
				now: when,
				values: values as Entry['values'],
			}),
		);
	};
	record(1, {
		situation: 'Presentation at work went quiet',
		emotions: {anxious: 80, ashamed: 60},
		'hot-thought': 'Everyone thinks I am useless',
		traps: ['mind-reading', 'labelling'],
		balanced: 'One quiet room is not a verdict on me',
		rerate: {anxious: 40, ashamed: 30},
		belief: 90,
		'belief-after': 40,
	});
	record(6, {
		situation: 'Friend did not reply',
		emotions: {sad: 70},
		'hot-thought': 'They are tired of me',
		traps: ['mind-reading'],
		balanced: 'They are often busy on Fridays',
		rerate: {sad: 40},
	});
	const surf = (index: number, urge: number, after: number, seconds: number): void => {
		const when = at(index, '22:15');
		entries.push(
			createEntry({
				id: idAt(when),
				type: 'urge-surfing',
				exercise: 'urge-surfing',
				at: when,
				now: when,
				values: {urge, ride: seconds, 'urge-after': after},
				metrics: {urge},
			}),
		);
	};
	surf(0, 8, 4, 300);
	surf(3, 6, 3, 240);
	const journal = at(2, '09:00');
	entries.push(createJournalEntry({id: idAt(journal), text: 'My private journal words', at: journal, now: journal}));
	ACTIVITY_DAYS.forEach((index, n) => {
		const answers: Answers = {
			activities: [`walk ${n + 1}`, 'call Sam'],
			'when-where': 'after lunch, the park',
			type: n % 2 === 0 ? 'pleasure' : 'mastery',
			energy: ENERGY[n] as number,
			ride: 120,
		};
		entries.push(entryFromAnswers(activity, answers, at(index, '10:00'), idAt(at(index, '10:00'))));
	});
	return entries;
}

export function writeFortnight(home: string): Entry[] {
	const entries = fortnightEntries(activityExercise());
	writeEntries(home, entries);
	return entries;
}

/** The activity exercise installed as a person would (`cope exercises add`), then the fortnight written. */
export function installAndWriteFortnight(home: string): Entry[] {
	const added = runCope(['exercises', 'add', ACTIVITY_FILE], {home});
	if (added.code !== 0) throw new Error(`cope exercises add ${ACTIVITY_FILE} exited ${added.code}: ${added.stderr}`);
	return writeFortnight(home);
}
