import type {Command} from 'commander';
import type {Context} from '../../context.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export interface ImportOptions {
	from?: string;
	moodMap?: string[];
	dateFormat?: string;
	dryRun?: boolean;
}

export function registerImport(program: Command, getContext: () => Context): void {
	program
		.command('import')
		.summary('bring in entries from Daylio, jrnl or a cope export')
		.description(
			'Import entries from another app or from a cope export. Everything is checked before anything is written; importing the same file again adds nothing.',
		)
		.argument('<file>', 'the exported file ("-" reads it from stdin)')
		.option('--from <app>', 'what made the file: cope, daylio or jrnl (found from the file when it is clear)')
		.option(
			'--mood-map <name=level,...>',
			'Daylio mood names and their level from 0 to 10 (repeatable); defaults: rad=9, good=7, meh=5, bad=3, awful=1',
			collect,
		)
		.option('--date-format <format>', 'the timeformat from your jrnl config, when its dates need it, e.g. "%d.%m.%Y %H:%M"')
		.option('--dry-run', 'show what would be imported, write nothing')
		.addHelpText(
			'after',
			'\nExamples:\n' +
				'  cope import daylio_export.csv --from daylio --dry-run\n' +
				'  cope import daylio_export.csv --from daylio --mood-map "sad=3,ok but sleepy=4"\n' +
				'  cope import journal.txt\n' +
				'  cope import journal.txt --from jrnl --date-format "%d.%m.%Y %H:%M"\n' +
				'  jrnl --export json | cope import - --from jrnl\n' +
				'  cope import cope-backup.json --from cope',
		)
		.action(async (file: string, options: ImportOptions) => {
			// The parsers (and csv-parse) load only when an import runs.
			const {runImport} = await import('./run.js');
			await runImport(getContext(), file, options);
		});
}
