import type {Command} from 'commander';
import type {Context} from '../../context.js';

export interface ExportOptions {
	format?: string;
	since?: string;
	from?: string;
	to?: string;
	output?: string;
	force?: boolean;
	type?: string[];
	tag?: string;
	exclude?: string[];
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerExport(program: Command, getContext: () => Context): void {
	program
		.command('export')
		.summary('write your entries out as JSON, CSV or Markdown')
		.description(
			'Write your entries out, oldest first: json (complete; cope import --from cope takes it back), csv (for spreadsheets) or md (to read or print).',
		)
		.option('--format <format>', "json, csv or md (default: from the -o file's ending, .csv or .md; else json)")
		.option('--since <span>', 'only since then: 7d, 4w, 3m, 1y or a date')
		.option('--from <date>', 'only from this day on')
		.option('--to <date>', 'only up to this day (included)')
		.option('--type <type>', 'only entries of this type: mood, journal, thought-record, ... (repeatable, or a,b)', collect)
		.option('--tag <tag>', 'only entries with this tag')
		.option('--exclude <type>', 'leave out entries of this type, e.g. journal (repeatable, or a,b)', collect)
		.option('-o, --output <file>', 'write to this file (readable by you only) instead of the screen')
		.option('--force', 'replace the -o file if it exists')
		.addHelpText(
			'after',
			'\nExamples:\n' +
				'  cope export -o ~/cope-backup.json\n' +
				'  cope export --format csv --since 3m -o mood.csv\n' +
				'  cope export --format md --exclude journal --since 14d -o for-my-therapist.md\n' +
				'  cope export --type thought-record --tag work\n' +
				'  cope export --format md --from 2026-10-01 --to 2026-10-31 > october.md',
		)
		.action(async (options: ExportOptions) => {
			// One small chunk, loaded when it runs: still no Ink, React, conf or zod.
			const {exportEntries} = await import('./run.js');
			await exportEntries(getContext(), options);
		});
}
