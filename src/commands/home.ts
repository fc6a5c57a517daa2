import type {Context} from '../context.js';
import {finishTui} from './run-screen.js';
import {runnableExercises} from './runnable-exercises.js';
import {afterEntrySaved} from './after-save.js';

/** The home screen (Ink), loaded only when it is opened. */
export async function runHomeScreen(context: Context): Promise<void> {
	const catalog = runnableExercises(context);
	const {runTui} = await import('../tui/run-tui.js');
	const outcome = await runTui(context, {kind: 'home'}, catalog);
	if (outcome.ending === 'report') {
		for (const entry of outcome.saved) afterEntrySaved(context, entry);
		await showReport(context);
		return;
	}
	finishTui(context, outcome, 'home');
}

/** "r" on the home screen: `cope report` through the CLI's own main when the command exists. */
async function showReport(context: Context): Promise<void> {
	const {createProgram, main} = await import('../cli.js');
	const hasReport = createProgram().commands.some((command) => command.name() === 'report');
	if (!hasReport) {
		context.stdout.write('See how things have been going: cope report\n');
		return;
	}
	const args = ['--home', context.paths.dir, ...(context.style.color ? [] : ['--no-color']), 'report'];
	await main(args, context, context.env);
}
