import type {Command} from 'commander';
import type {Context} from '../context.js';
import {exportCsv} from '../domain/export/csv.js';
import {exportJson} from '../domain/export/json.js';
import {exportMarkdown} from '../domain/export/markdown.js';
import {byOldest, inDayRange, parseDayRange} from '../domain/export/range.js';
import {inert} from '../domain/text.js';
import {toLocalIso} from '../domain/time.js';
import {invalid} from '../errors.js';
import {writeExportFile} from '../store/export-file.js';
import {loadEntries} from './read.js';

export const EXPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
	format?: string;
	since?: string;
	from?: string;
	to?: string;
	output?: string;
	force?: boolean;
}

export function registerExport(program: Command, getContext: () => Context): void {
	program
		.command('export')
		.summary('write your entries out as JSON, CSV or Markdown')
		.description('Write your entries out, oldest first: json (complete; cope import --from cope takes it back), csv (for spreadsheets) or md (to read or print).')
		.option('--format <format>', 'json, csv or md', 'json')
		.option('--since <span>', 'only since then: 7d, 4w, 3m, 1y or a date')
		.option('--from <date>', 'only from this day on')
		.option('--to <date>', 'only up to this day (included)')
		.option('-o, --output <file>', 'write to this file (readable by you only) instead of the screen')
		.option('--force', 'replace the -o file if it exists')
		.addHelpText(
			'after',
			'\nExamples:\n' +
				'  cope export -o ~/cope-backup.json\n' +
				'  cope export --format csv --since 3m -o mood.csv\n' +
				'  cope export --format md --from 2026-10-01 --to 2026-10-31 > october.md',
		)
		.action(async (options: ExportOptions) => {
			await exportEntries(getContext(), options);
		});
}

function readFormat(text: string | undefined): ExportFormat {
	const format = (text ?? 'json').trim().toLowerCase().replace(/^markdown$/, 'md');
	if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
		throw invalid(`--format ${JSON.stringify(text)} is not a format cope exports.`, 'Use --format json (complete), csv (spreadsheets) or md (to read).');
	}
	return format as ExportFormat;
}

export async function exportEntries(context: Context, options: ExportOptions): Promise<void> {
	const format = readFormat(options.format);
	if (options.force && options.output === undefined) throw invalid('--force only goes with -o <file>.', 'For example: cope export -o backup.json --force');
	const now = context.now();
	const range = await parseDayRange(options, now);
	const entries = loadEntries(context, (entry) => inDayRange(entry, range)).sort(byOldest);
	const text = format === 'json' ? exportJson(entries, toLocalIso(now)) : format === 'csv' ? exportCsv(entries) : exportMarkdown(entries, now);
	if (options.output === undefined) {
		// `cope export | head` closes the pipe early: that is the reader's choice, not an error.
		context.stdout.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') return;
			context.warn(`could not write the export: ${error.message}`);
			process.exitCode = 1;
		});
		// Words on a terminal are made inert; in a pipe or a file they are written as they are.
		context.stdout.write(context.stdout.isTTY ? inert(text) : text);
		return;
	}
	const path = writeExportFile(options.output, text, {overwrite: options.force === true, paths: context.paths});
	context.stdout.write(`Exported ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} to ${inert(path, {singleLine: true})}.\n`);
	context.warn('this file holds your private writing. Keep it somewhere only you can reach, and delete it when you no longer need it.');
}
