import type {Command} from 'commander';
import type {Context} from '../../context.js';

export function registerRun(program: Command, getContext: () => Context): void {
	program
		.command('run')
		.summary('run an exercise, step by step')
		.description(
			'Run an exercise in the terminal, one step at a time. Your answers are kept as a draft as you go: Ctrl+C leaves, and the next run offers to pick up where you left off.',
		)
		.argument('<exercise>', 'the exercise id, e.g. thought-record, journal, mood-log (see cope exercises)')
		.option(
			'--plain',
			'line-by-line prompts instead of the screens: for screen readers, simple terminals and scripts (answers may be piped in)',
		)
		.addHelpText(
			'after',
			[
				'',
				'Examples:',
				'  cope run thought-record',
				'  cope run journal',
				'  cope run mood-log --plain',
				"  printf '7\\n2\\n\\n\\n\\n' | cope run mood-log --plain",
				'',
				'Keys: enter next · esc back · ctrl+g help now · ctrl+c leave (kept as a draft)',
				'Plain mode (--plain; also with TERM=dumb or cope config set ui.plain true): one question at a time,',
				'answered by typing a line; ? at any question shows help now.',
			].join('\n'),
		)
		.action(async (id: string, options: {plain?: boolean}) => {
			const {runExerciseScreen} = await import('./screen.js');
			await runExerciseScreen(getContext(), id.trim().toLowerCase(), {plain: options.plain === true});
		});
}
