import type {Context} from '../context.js';
import {failure} from '../errors.js';
import {requireTerminal} from './interactive.js';

/** Opens an exercise in the TUI (loaded only now, so the fast paths never load Ink). */
export async function runExerciseScreen(context: Context, exerciseId: string): Promise<void> {
	requireTerminal(context, `cope run ${exerciseId}`);
	throw failure(`the interactive ${exerciseId} screen is not built yet.`);
}
