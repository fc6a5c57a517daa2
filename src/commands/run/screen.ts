import type {Context} from '../../context.js';
import type {Start, TuiOutcome} from '../../tui/run-tui.js';
import {afterEntrySaved} from '../common/after-save.js';
import {helpAfterEntryOnScreen} from '../common/hard-entry-help.js';
import {helpContentFor} from '../common/help-content.js';
import {homeNow} from '../common/home-now.js';
import {plainWanted, requireTerminal} from '../common/interactive.js';
import {runnableExercise, runnableExercises, type RunnableExercise} from './catalog.js';

/**
 * Opens an exercise: in the screens (loaded only now, so the fast paths never load Ink),
 * or as plain line-by-line prompts (--plain, ui.plain, TERM=dumb), which load no Ink at all.
 */
export async function runExerciseScreen(context: Context, exerciseId: string, options: {plain?: boolean} = {}): Promise<void> {
	const catalog = await runnableExercises(context);
	const exercise = runnableExercise(catalog, context, exerciseId);
	// --plain works anywhere, pipes included; TERM=dumb and ui.plain stand in for the screens where they would run.
	if (options.plain !== true)
		requireTerminal(
			context,
			`cope run ${exerciseId}`,
			`To answer line by line (or from a script): cope run ${exerciseId} --plain. To write without one: cope log 6 "a note" or cope journal - < notes.txt`,
		);
	if (plainWanted(context, options.plain)) {
		const {runExercisePlain} = await import('./plain.js');
		await runExercisePlain(context, exercise);
		return;
	}
	const outcome = await openScreens(context, {kind: 'exercise', exercise}, catalog);
	await finishTui(context, outcome, 'exercise');
}

/** Draws the screens from `start`, handing them what they need from the commands' side. */
export async function openScreens(context: Context, start: Start, catalog: RunnableExercise[]): Promise<TuiOutcome> {
	// The goals line is the home screen's: an exercise opened by name never reads goals (and the
	// home screen, if it is left for, shows none).
	const [{runTui}, goals] = await Promise.all([
		import('../../tui/run-tui.js'),
		start.kind === 'home' ? import('../common/goals.js') : undefined,
	]);
	return runTui(context, start, {
		exercises: catalog,
		helpAfterSave: (entry) => helpAfterEntryOnScreen(context, entry),
		helpContent: () => helpContentFor(context),
		home: () => homeNow(context, goals && ((days, today) => goals.homePlanIn(context, days, today))),
	});
}

/** After Ink has let go of the terminal: one calm line, then the safety check for each saved entry. */
export async function finishTui(context: Context, outcome: TuiOutcome, from: 'exercise' | 'home'): Promise<void> {
	if (outcome.ending === 'hangup') {
		// The terminal is gone: nothing to print to. The draft was written.
		return;
	}
	if (outcome.ending === 'draft') context.stdout.write('Saved as a draft. Run it again to pick up where you left off.\n');
	else if (outcome.ending === 'nothing' && outcome.saved.length === 0 && from === 'exercise')
		context.stdout.write('Closed. Nothing was written.\n');
	for (const entry of outcome.saved) await afterEntrySaved(context, entry);
}
