import type {Command} from 'commander';
import type {Context} from '../../context.js';

export function registerRun(program: Command, getContext: () => Context): void {
	program
		.command('run')
		.summary('run an exercise, step by step')
		.description('Run an exercise in the terminal, one step at a time. Your answers are kept as a draft as you go: Ctrl+C leaves, and the next run offers to pick up where you left off.')
		.argument('<exercise>', 'the exercise id, e.g. thought-record, journal, mood-log (see cope exercises)')
		.addHelpText('after', '\nExamples:\n  cope run thought-record\n  cope run journal\n\nKeys: enter next · esc back · ctrl+g help now · ctrl+c leave (kept as a draft)')
		.action(async (id: string) => {
			const {runExerciseScreen} = await import('./screen.js');
			await runExerciseScreen(getContext(), id.trim().toLowerCase());
		});
}
