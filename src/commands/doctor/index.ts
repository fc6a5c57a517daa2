import type {Command} from 'commander';
import type {Context} from '../../context.js';
import type {CheckResult} from '../../domain/doctor/types.js';
import {CopeError, failure} from '../../errors.js';

export function registerDoctor(program: Command, getContext: () => Context): void {
	program
		.command('doctor')
		.summary('check your data files; --repair fixes what it can')
		.description(
			'Check the data directory: permissions, unreadable lines, leftovers from interrupted writes, drafts and settings. --repair moves unreadable lines to quarantine.jsonl (nothing is thrown away) and fixes the rest.',
		)
		.option('--repair', 'fix what can be fixed without losing a byte')
		.option('--json', 'print the findings as JSON')
		.addHelpText('after', '\nExamples:\n  cope doctor\n  cope doctor --repair')
		.action(async (options: {repair?: boolean; json?: boolean}) => {
			const context = getContext();
			// The checks load only when the doctor runs.
			const {runChecks} = await import('./checks.js');
			const {repairDataDir} = await import('../../store/doctor-repair.js');
			const {QUARANTINE_REASONS} = await import('./repair-words.js');
			const {doctor} = await import('./run.js');
			let remaining: CheckResult[];
			try {
				remaining = doctor(context, options, runChecks, (paths, now) => repairDataDir(paths, now, QUARANTINE_REASONS));
			} catch (error) {
				throw failure(`the check itself failed: ${(error as Error).message}`, 'Run with COPE_DEBUG=1 for details.', error);
			}
			if (remaining.length > 0) {
				const fixable = remaining.some((result) => result.repairable);
				throw new CopeError(`${remaining.length === 1 ? 'one thing needs' : `${remaining.length} things need`} a look (see above).`, {
					exitCode: 1,
					hint: fixable && !options.repair ? 'Run: cope doctor --repair' : undefined,
				});
			}
		});
}
