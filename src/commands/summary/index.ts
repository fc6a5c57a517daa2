import type {Command} from 'commander';
import type {Context} from '../../context.js';

export interface SummaryOptions {
	since?: string;
	from?: string;
	to?: string;
	format?: string;
	output?: string;
	force?: boolean;
	include?: string[];
	exclude?: string[];
	yes?: boolean;
	open?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const EXAMPLES = `
Examples:
  cope summary                                 the last 14 days, as Markdown on the screen
  cope summary --format html -o ~/session.html --open
  cope summary --since 4w --include notes -o review.md
  cope summary --from 2026-11-01 --to 2026-11-14 --exclude urge-surfing --format html -o nov.html

Journal entries and the notes written with moods are left out unless you add
--include journal,notes. Before writing, cope shows what will be in it and asks
(on a terminal; --yes skips the question).`;

export function registerSummary(program: Command, getContext: () => Context): void {
	program
		.command('summary')
		.summary('a summary of a period to bring to a therapy session')
		.description(
			'A document of a period (default: the last 14 days) to share with your therapist: mood and urges over time, tag patterns, your thought records, urges ridden out and your exercises. Markdown or one self-contained HTML file.',
		)
		.option('--since <span>', 'from then until today: 14d (default), 4w, 3m or a date')
		.option('--from <date>', 'first day: 2026-11-01, "last monday", ...')
		.option('--to <date>', 'last day (default: today)')
		.option('--format <format>', 'md (default) or html')
		.option('-o, --output <file>', 'write to this file (readable by you only) instead of the screen')
		.option('--force', 'replace the -o file if it exists')
		.option('--include <what>', 'also share what is left out by default: journal, notes (repeatable, or journal,notes)', collect)
		.option('--exclude <type>', 'leave out entries of this type, e.g. urge-surfing (repeatable)', collect)
		.option('-y, --yes', 'write it without asking first')
		.option('--open', 'open the written file (-o) with the desktop’s viewer')
		.addHelpText('after', EXAMPLES)
		.action(async (options: SummaryOptions) => {
			// Loaded only here: none of the summary's code is on the other commands' paths.
			const {writeSummary} = await import('./run.js');
			await writeSummary(getContext(), options);
		});
}
