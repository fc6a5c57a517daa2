import {existsSync, readFileSync, statSync} from 'node:fs';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {Exercise} from '../../src/domain/exercise/types.js';
import {readDraft} from '../../src/store/drafts.js';
import {loadBuiltInExercises} from '../../src/store/exercises.js';
import {branching, journal, moodLog} from '../fixtures/exercises.js';
import {KEYS, press, waitFor, waitForText} from '../helpers/ink.js';
import {draftFile, startTui, type Harness} from '../helpers/tui.js';

const harnesses: Harness[] = [];
afterEach(() => {
	cleanup();
	for (const harness of harnesses.splice(0)) harness.cleanup();
});

async function run(exercise: Exercise, options: Parameters<typeof startTui>[1] = {}): Promise<Harness> {
	const harness = await startTui({kind: 'exercise', exercise}, options);
	harnesses.push(harness);
	return harness;
}

/** The real built-in, as the loader gives it. */
const thoughtRecord = loadBuiltInExercises().exercises.find((exercise) => exercise.id === 'thought-record') as Exercise;

describe('runner end to end', () => {
	it('mood-log: keys in → a mood entry on disk with metrics and #tags, then the summary', async () => {
		const h = await run(moodLog);
		await waitForText(h.rendered, 'Mood check-in · step 1 of 4');
		await press(h.rendered, '4', KEYS.enter);
		await waitForText(h.rendered, 'step 2 of 4');
		await press(h.rendered, KEYS.right, KEYS.right, KEYS.enter);
		await waitForText(h.rendered, 'A feeling:');
		await press(h.rendered, 'sad', KEYS.enter, '6', '0', KEYS.enter);
		await waitForText(h.rendered, 'A note?');
		await press(h.rendered, 'rough day at #work', KEYS.enter);
		await waitForText(h.rendered, 'Look it over before saving');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Saved. Thanks for checking in with yourself.');
		expect(h.rendered.lastFrame()).toContain('mood 4 · urge 2');
		const [entry] = h.entries();
		expect(entry).toMatchObject({
			type: 'mood',
			exercise: 'mood-log',
			tags: ['work'],
			values: {mood: 4, urge: 2, emotions: {sad: 60}, note: 'rough day at #work'},
			metrics: {mood: 4, urge: 2},
		});
		await press(h.rendered, KEYS.enter);
		const outcome = await h.outcome;
		expect(outcome.ending).toBe('done');
		expect(outcome.saved.map((e) => e.id)).toEqual([entry?.id]);
		expect(existsSync(draftFile(h.paths, 'mood-log'))).toBe(false);
	});

	it('after a hard entry, the summary shows the calm message with help at once', async () => {
		const seen: string[] = [];
		const h = await run(moodLog, {
			helpAfterSave: (entry) => {
				seen.push(entry.id);
				return entry.metrics?.['urge'] !== undefined && entry.metrics['urge'] >= 7
					? ['That sounds really hard.', 'Or run: cope sos']
					: undefined;
			},
		});
		await waitForText(h.rendered, 'step 1 of 4');
		await press(h.rendered, '2', KEYS.enter);
		await waitForText(h.rendered, 'step 2 of 4');
		await press(h.rendered, '8', KEYS.enter);
		await waitForText(h.rendered, 'A feeling:');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'A note?');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Look it over before saving');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'That sounds really hard.');
		expect(h.rendered.lastFrame()).toContain('Or run: cope sos');
		expect(seen).toEqual([h.entries()[0]?.id]);
	});

	it('journal: multi-line text with the rotating prompt → a journal entry', async () => {
		const h = await run(journal);
		await waitForText(h.rendered, 'A prompt, if you want one: What went well?');
		await press(h.rendered, 'Walked by the river.', KEYS.enter, 'Felt lighter. #walk', KEYS.ctrlD);
		await waitForText(h.rendered, 'Look it over');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Saved. Thank you for taking the time to write.');
		expect(h.rendered.lastFrame()).toContain('7 words');
		expect(h.entries()[0]).toMatchObject({
			type: 'journal',
			exercise: 'journal',
			tags: ['walk'],
			values: {text: 'Walked by the river.\nFelt lighter. #walk'},
		});
	});

	it('thought-record: every step → the entry, and the summary shows before → after and the balanced thought', async () => {
		const h = await run(thoughtRecord);
		await waitForText(h.rendered, 'step 1 of 12');
		await press(h.rendered, 'Presentation at work', KEYS.ctrlD);
		await waitForText(h.rendered, 'A feeling:');
		await press(h.rendered, KEYS.down, KEYS.enter, '7', '8', KEYS.enter);
		await waitForText(h.rendered, 'What went through your mind?');
		await press(h.rendered, 'I will mess it up', KEYS.enter, 'They will see I do not belong', KEYS.enter, KEYS.enter);
		await waitForText(h.rendered, 'Which thought felt the hottest?');
		await press(h.rendered, 'They will see I do not belong', KEYS.enter);
		await waitForText(h.rendered, 'How much do you believe that thought right now?');
		await press(h.rendered, '8', '0', KEYS.enter);
		await waitForText(h.rendered, 'Can you spot any thinking traps in it?');
		await press(h.rendered, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.space, KEYS.down, KEYS.space, KEYS.enter);
		await waitForText(h.rendered, 'What supports the hot thought?');
		await press(h.rendered, 'I stumbled last time', KEYS.enter, KEYS.enter);
		await waitForText(h.rendered, "What doesn't quite fit with it?");
		await press(h.rendered, 'I prepared', KEYS.enter, 'My manager asked me to do it', KEYS.enter, KEYS.enter);
		await waitForText(h.rendered, "What's a more balanced way to see it?");
		await press(h.rendered, "I've prepared, and one stumble doesn't undo that.", KEYS.ctrlD);
		await waitForText(h.rendered, 'How much do you believe the balanced thought?');
		await press(h.rendered, '6', '0', KEYS.enter);
		await waitForText(h.rendered, 'was 78');
		await press(h.rendered, '4', '5', KEYS.enter);
		await waitForText(h.rendered, 'And the hot thought, now');
		await press(h.rendered, '3', '5', KEYS.enter);
		await waitForText(h.rendered, 'Look it over');
		await press(h.rendered, KEYS.enter);
		const frame = await waitForText(h.rendered, 'Saved. Well done for slowing this down.');
		expect(frame).toContain('anxious  78 → 45');
		expect(frame).toContain('belief 80 → 35');
		expect(frame).toContain(`Balanced thought: "I've prepared, and one stumble doesn't undo that."`);
		expect(h.entries()[0]).toMatchObject({
			type: 'thought-record',
			exercise: 'thought-record',
			values: {
				situation: 'Presentation at work',
				emotions: {anxious: 78},
				thoughts: ['I will mess it up', 'They will see I do not belong'],
				'hot-thought': 'They will see I do not belong',
				traps: ['mind-reading', 'fortune-telling'],
				'evidence-for': ['I stumbled last time'],
				'evidence-against': ['I prepared', 'My manager asked me to do it'],
				balanced: "I've prepared, and one stumble doesn't undo that.",
				rerate: {anxious: 45},
				'hot-belief': 80,
				'balanced-belief': 60,
				'hot-belief-after': 35,
			},
			metrics: {belief: 35, 'belief-start': 80},
		});
	});
});

describe('navigation', () => {
	it('conditional steps: shown only when their condition holds, and the count follows', async () => {
		const h = await run(branching);
		await waitForText(h.rendered, 'step 1 of 2');
		await press(h.rendered, '2', KEYS.enter);
		await waitForText(h.rendered, 'What made it hard?');
		expect(h.rendered.lastFrame()).toContain('step 2 of 3');
		await press(h.rendered, 'tired', KEYS.escape);
		await waitForText(h.rendered, 'step 1 of 3');
		await press(h.rendered, '8', KEYS.enter);
		await waitForText(h.rendered, 'What helped today?');
		await press(h.rendered, 'a walk', KEYS.enter);
		await waitForText(h.rendered, 'Anything else?');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Look it over');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Saved.');
		// The hidden step's earlier answer is not written.
		expect(h.entries()[0]?.values).toEqual({mood: 8, good: 'a walk', end: 'no'});
	});

	it('review: choose an answer, change it, come back to the review, save', async () => {
		const h = await run(moodLog);
		await press(h.rendered, '7', KEYS.enter, KEYS.enter);
		await waitForText(h.rendered, 'A feeling:');
		await press(h.rendered, 'calm', KEYS.enter, KEYS.enter, 'first note', KEYS.enter);
		await waitForText(h.rendered, 'Look it over');
		await press(h.rendered, KEYS.down);
		await waitForText(h.rendered, '❯ How is your mood?');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, '[7]');
		await press(h.rendered, KEYS.left, KEYS.enter);
		await waitForText(h.rendered, 'Look it over');
		await press(h.rendered, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.enter);
		await waitForText(h.rendered, 'first note▌');
		await press(h.rendered, KEYS.backspace, KEYS.backspace, KEYS.backspace, KEYS.backspace, 'line', KEYS.enter);
		await waitForText(h.rendered, 'first line');
		await press(h.rendered, KEYS.up, KEYS.up, KEYS.up, KEYS.up, KEYS.enter);
		await waitForText(h.rendered, 'Saved.');
		expect(h.entries()[0]?.values).toMatchObject({mood: 6, note: 'first line'});
	});

	it('esc on the review goes back to the last step', async () => {
		const h = await run(journal);
		await press(h.rendered, 'words', KEYS.ctrlD);
		await waitForText(h.rendered, 'Look it over');
		await press(h.rendered, KEYS.escape);
		await waitForText(h.rendered, 'words▌');
	});

	it('ctrl+g opens help now from inside a text field; esc returns with the typing kept', async () => {
		const h = await run(journal, {helpLines: ['Samaritans 116 123 (free, 24/7)', 'Sam 07700 900123']});
		await press(h.rendered, 'half a thought', KEYS.ctrlG);
		const help = await waitForText(h.rendered, 'Help now');
		expect(help).toContain('Samaritans 116 123 (free, 24/7)');
		expect(help).toContain('Sam 07700 900123');
		expect(help).toContain('esc back');
		// Keys other than Esc and help's own do nothing here: nothing typed leaks into the field.
		await press(h.rendered, 'xyz', KEYS.enter, KEYS.escape);
		await waitForText(h.rendered, 'half a thought▌');
		expect(h.rendered.lastFrame()).not.toContain('xyz');
	});
});

describe('help now over the safety plan being filled in', () => {
	it('"e fill it in" goes back to that plan, and its draft stays', async () => {
		const plan = loadBuiltInExercises().exercises.find((exercise) => exercise.id === 'safety-plan') as Exercise;
		const h = await run(plan);
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'What tells you things are getting harder?');
		await press(h.rendered, 'not sleeping', KEYS.enter);
		await waitForText(h.rendered, '• not sleeping');
		h.clock.advance(600);
		await waitFor(() => readDraft(h.paths, 'safety-plan'), 'the draft after an item');
		await press(h.rendered, KEYS.ctrlG);
		await waitForText(h.rendered, 'Help now');
		await press(h.rendered, 'p');
		await waitForText(h.rendered, 'e fill it in');
		await press(h.rendered, 'e');
		// Not a second plan over the first (whose "Start fresh" would remove this draft): the same step.
		await waitForText(h.rendered, 'What tells you things are getting harder?');
		expect(h.rendered.lastFrame()).not.toContain('Start fresh');
		expect(readDraft(h.paths, 'safety-plan')?.answers['warning-signs']).toEqual(['not sleeping']);
	});
});

describe('drafts', () => {
	it('autosaves after every step (0600 in a 0700 folder) and while typing, after a pause', async () => {
		const h = await run(moodLog);
		await press(h.rendered, '3', KEYS.enter);
		await waitForText(h.rendered, 'Any urge?');
		const file = draftFile(h.paths, 'mood-log');
		const afterStep = await waitFor(() => readDraft(h.paths, 'mood-log'), 'the draft after a step');
		expect(afterStep.answers).toMatchObject({mood: 3, urge: 0});
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(statSync(h.paths.drafts).mode & 0o777).toBe(0o700);
		await press(h.rendered, KEYS.enter, 'calm', KEYS.enter, KEYS.enter);
		await waitForText(h.rendered, 'A note?');
		await press(h.rendered, 'typing a no');
		await waitForText(h.rendered, 'typing a no▌');
		expect(readDraft(h.paths, 'mood-log')?.answers['note']).toBeUndefined();
		h.clock.advance(500);
		const typed = await waitFor(
			() => (readDraft(h.paths, 'mood-log')?.answers['note'] === 'typing a no' ? readDraft(h.paths, 'mood-log') : undefined),
			'the typed text in the draft',
		);
		expect(typed.at).toBe('note');
	});

	it('flush (SIGHUP) writes the field being typed at once', async () => {
		const h = await run(journal);
		await press(h.rendered, 'every word counts');
		await waitForText(h.rendered, 'every word counts▌');
		h.flush.current?.();
		expect(readDraft(h.paths, 'journal')?.answers).toEqual({text: 'every word counts'});
	});

	it('ctrl+c keeps a draft; the next run offers to resume, and resume picks up at the same step', async () => {
		const first = await run(moodLog);
		await press(first.rendered, '5', KEYS.enter, '2', KEYS.enter);
		await waitForText(first.rendered, 'A feeling:');
		await press(first.rendered, 'tired', KEYS.enter);
		await waitForText(first.rendered, '❯ tired');
		await press(first.rendered, KEYS.ctrlC);
		expect((await first.outcome).ending).toBe('draft');
		expect(readDraft(first.paths, 'mood-log')).toMatchObject({at: 'emotions', answers: {mood: 5, urge: 2, emotions: {tired: 50}}});
		cleanup();

		const second = await run(moodLog, {home: first.paths.dir});
		const frame = await waitForText(second.rendered, 'You have an unfinished “Mood check-in” from');
		expect(frame).toContain('❯ Resume where you left off');
		await press(second.rendered, KEYS.enter);
		await waitForText(second.rendered, '❯ tired');
		expect(second.rendered.lastFrame()).toContain('step 3 of 4');
		await press(second.rendered, KEYS.enter, 'ok', KEYS.enter);
		await waitForText(second.rendered, 'Look it over');
		await press(second.rendered, KEYS.enter);
		await waitForText(second.rendered, 'Saved.');
		expect(second.entries()[0]?.values).toEqual({mood: 5, urge: 2, emotions: {tired: 50}, note: 'ok'});
		expect(existsSync(draftFile(second.paths, 'mood-log'))).toBe(false);
	});

	it('start fresh deletes the draft and begins at step 1', async () => {
		const first = await run(journal);
		await press(first.rendered, 'an old start', KEYS.ctrlC);
		expect((await first.outcome).ending).toBe('draft');
		expect(JSON.parse(readFileSync(draftFile(first.paths, 'journal'), 'utf8'))).toMatchObject({answers: {text: 'an old start'}});
		cleanup();

		const second = await run(journal, {home: first.paths.dir});
		await waitForText(second.rendered, 'Resume where you left off');
		await press(second.rendered, KEYS.down, KEYS.enter);
		await waitForText(second.rendered, 'step 1 of 1');
		expect(second.rendered.lastFrame()).not.toContain('an old start');
		expect(existsSync(draftFile(second.paths, 'journal'))).toBe(false);
	});

	it('ctrl+c with nothing typed leaves no draft', async () => {
		const h = await run(journal);
		await waitForText(h.rendered, 'step 1 of 1');
		await press(h.rendered, KEYS.ctrlC);
		expect((await h.outcome).ending).toBe('nothing');
		expect(existsSync(draftFile(h.paths, 'journal'))).toBe(false);
	});
});
