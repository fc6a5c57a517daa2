import type {Context} from '../../context.js';
import {plainWanted} from '../common/interactive.js';
import {runnableExercises} from '../run/catalog.js';
import {finishTui, openScreens} from '../run/screen.js';

/** The home screen (Ink), loaded only when it is opened; or its plain menu (TERM=dumb, ui.plain). */
export async function runHomeScreen(context: Context): Promise<void> {
	const catalog = await runnableExercises(context);
	if (plainWanted(context)) {
		const {runPlainHome} = await import('./plain.js');
		if ((await runPlainHome(context, catalog)) === 'report') await printReport(context);
		return;
	}
	const outcome = await openScreens(context, {kind: 'home'}, catalog);
	if (outcome.ending === 'report') {
		for (const entry of outcome.saved) await (await import('../common/after-save.js')).afterEntrySaved(context, entry);
		await printReport(context);
		return;
	}
	await finishTui(context, outcome, 'home');
}

/** "r" on the home screen: the same report as `cope report` with no options. */
async function printReport(context: Context): Promise<void> {
	const {printReport: print} = await import('../report/print.js');
	await print(context, {});
}
