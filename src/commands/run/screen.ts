import type {Context} from '../../context.js';
import type {Start, TuiOutcome} from '../../tui/run-tui.js';
import {afterEntrySaved, helpAfterEntryOnScreen} from '../shared/after-save.js';
import {helpContentFor} from '../shared/help-content.js';
import {requireTerminal} from '../shared/interactive.js';
import {runnableExercise, runnableExercises, type RunnableExercise} from './catalog.js';

/** Opens an exercise in the TUI (loaded only now, so the fast paths never load Ink). */
export async function runExerciseScreen(context: Context, exerciseId: string): Promise<void> {
	const catalog = runnableExercises(context);
	const exercise = runnableExercise(catalog, context, exerciseId);
	requireTerminal(context, `cope run ${exerciseId}`, 'Run it in a terminal. To write without one: cope log 6 "a note" or cope journal - < notes.txt');
	const outcome = await openScreens(context, {kind: 'exercise', exercise}, catalog);
	finishTui(context, outcome, 'exercise');
}

/** Draws the screens from `start`, handing them what they need from the commands' side. */
export async function openScreens(context: Context, start: Start, catalog: RunnableExercise[]): Promise<TuiOutcome> {
	const {runTui} = await import('../../tui/run-tui.js');
	return runTui(context, start, {exercises: catalog, helpAfterSave: (entry) => helpAfterEntryOnScreen(context, entry), helpContent: () => helpContentFor(context)});
}

/** After Ink has let go of the terminal: one calm line, then the safety check for each saved entry. */
export function finishTui(context: Context, outcome: TuiOutcome, from: 'exercise' | 'home'): void {
	if (outcome.ending === 'hangup') {
		// The terminal is gone: nothing to print to. The draft was written.
		return;
	}
	if (outcome.ending === 'draft') context.stdout.write('Saved as a draft. Run it again to pick up where you left off.\n');
	else if (outcome.ending === 'nothing' && outcome.saved.length === 0 && from === 'exercise') context.stdout.write('Closed. Nothing was written.\n');
	for (const entry of outcome.saved) afterEntrySaved(context, entry);
}
