import type {Context} from '../../context.js';
import {runnableExercises} from '../run/catalog.js';
import {finishTui, openScreens} from '../run/screen.js';

/** The home screen (Ink), loaded only when it is opened. */
export async function runHomeScreen(context: Context): Promise<void> {
	const outcome = await openScreens(context, {kind: 'home'}, runnableExercises(context));
	if (outcome.ending === 'report') {
		for (const entry of outcome.saved) (await import('../shared/after-save.js')).afterEntrySaved(context, entry);
		// "r" on the home screen: the same report as `cope report` with no options.
		const {printReport} = await import('../report/print.js');
		await printReport(context, {});
		return;
	}
	finishTui(context, outcome, 'home');
}
