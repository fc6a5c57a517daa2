import type {Command} from 'commander';
import type {Context} from '../../context.js';

export function registerDelete(program: Command, getContext: () => Context): void {
	program
		.command('delete')
		.summary('delete an entry for good')
		.description('Delete an entry. Its words are removed from the disk, not just hidden; it cannot be undone.')
		.argument('<id>', 'the id that `cope list` shows')
		.option('-y, --yes', 'do not ask first (needed when not on a terminal)')
		.addHelpText('after', '\nExamples:\n  cope delete 7K2QXA\n  cope delete 7K2QXA --yes')
		.action(async (id: string, options: {yes?: boolean}) => {
			// Loaded only when it runs, so the other commands start without it.
			const {deleteEntry} = await import('./run.js');
			await deleteEntry(getContext(), id, options);
		});
}
