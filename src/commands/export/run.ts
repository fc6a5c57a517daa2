import type {Context} from '../../context.js';
import {exportCsv} from '../../domain/export/csv.js';
import {exportJson} from '../../domain/export/json.js';
import {exportMarkdown, type FieldTitle} from '../../domain/export/markdown.js';
import {PLAN_TYPE, planSectionTitle} from '../../safety/plan.js';
import {byOldest, inDayRange, parseDayRange} from '../../domain/export/range.js';
import {inert} from '../../domain/text.js';
import {toLocalIso} from '../../domain/time.js';
import type {Exercise} from '../../domain/exercise/types.js';
import type {Goal} from '../../domain/goals/types.js';
import {parseTagFilter} from '../../domain/report/options.js';
import {CopeError, invalid} from '../../errors.js';
import {loadGoals} from '../common/goals.js';
import {writeExportFile} from '../../store/export-file.js';
import type {ExportOptions} from './index.js';
import {unknownTypeNote} from '../common/entry-types.js';
import {loadEntries} from '../common/read.js';

export const EXPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** --format, or else the -o file's ending (mood.csv, notes.md), or else json. */
function readFormat(text: string | undefined, output: string | undefined): ExportFormat {
	if (text === undefined)
		return output === undefined ? 'json' : /\.csv$/i.test(output) ? 'csv' : /\.(md|markdown)$/i.test(output) ? 'md' : 'json';
	const format = text
		.trim()
		.toLowerCase()
		.replace(/^markdown$/, 'md');
	if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
		throw invalid(
			`--format ${JSON.stringify(text)} is not a format cope exports.`,
			'Use --format json (complete), csv (spreadsheets) or md (to read).',
		);
	}
	return format as ExportFormat;
}

/** --type / --exclude: entry types, repeatable or comma-separated ("thought records" → thought-records is refused by the pattern, not guessed). */
function typeList(texts: readonly string[] | undefined, option: string): string[] {
	const types = (texts ?? [])
		.flatMap((text) => text.split(','))
		.map((text) => text.trim().toLowerCase().replaceAll(' ', '-'))
		.filter((text) => text !== '');
	for (const type of types) {
		if (!/^[a-z0-9-]+$/.test(type))
			throw invalid(
				`${option} ${JSON.stringify(type)} is not an entry type.`,
				"Types are words such as mood, journal, thought-record or an exercise's kind, e.g. --exclude journal.",
			);
	}
	return types;
}

/** Goals and homework go with a JSON export whole; a goals file that cannot be read is said, not hidden. */
function goalsForExport(context: Context): Goal[] {
	try {
		return loadGoals(context);
	} catch (error) {
		if (!(error instanceof CopeError)) throw error;
		context.warn(`${error.message} This export holds no goals; cope doctor says more.`);
		return [];
	}
}

export async function exportEntries(context: Context, options: ExportOptions): Promise<void> {
	if (options.output?.trim() === '') throw invalid('-o needs a file name.', 'For example: -o ~/cope-backup.json');
	const format = readFormat(options.format, options.output);
	if (options.force && options.output === undefined)
		throw invalid('--force only goes with -o <file>.', 'For example: cope export -o backup.json --force');
	const now = context.now();
	const types = typeList(options.type, '--type');
	const excluded = typeList(options.exclude, '--exclude');
	const both = types.find((type) => excluded.includes(type));
	if (both !== undefined) throw invalid(`--type and --exclude both name ${both}.`, 'Name it in one of them.');
	const tag = options.tag === undefined ? undefined : parseTagFilter(options.tag);
	const range = await parseDayRange(options, now);
	const entries = loadEntries(
		context,
		(entry) =>
			inDayRange(entry, range) &&
			(types.length === 0 || types.includes(entry.type)) &&
			!excluded.includes(entry.type) &&
			(tag === undefined || entry.tags.includes(tag)),
	).sort(byOldest);
	// An empty export stays one (scripts read it), and stderr says when a --type is one no exercise writes.
	if (entries.length === 0)
		for (const type of types) {
			const note = await unknownTypeNote(context, type);
			if (note !== undefined) context.warn(`${note.charAt(0).toLowerCase()}${note.slice(1)}`);
		}
	// Markdown and CSV speak the exercises' words: their files are read (plain JSON) when an entry needs them.
	const needsWords = format !== 'json' && entries.some((entry) => entry.exercise !== 'mood-log' && entry.exercise !== 'journal');
	const exercises = needsWords
		? (await import('../../store/exercise-definitions.js')).readExerciseDefinitions(context.paths)
		: new Map<string, Exercise>();
	const goals = format === 'json' ? goalsForExport(context) : [];
	const text =
		format === 'json'
			? exportJson(entries, toLocalIso(now), goals)
			: format === 'csv'
				? exportCsv(entries, exercises)
				: exportMarkdown(entries, now, planTitles, exercises);
	if (options.output === undefined) {
		// Words on a terminal are made inert; in a pipe or a file they are written as they are.
		context.stdout.write(context.stdout.isTTY ? inert(text) : text);
		return;
	}
	const path = writeExportFile(options.output, text, {overwrite: options.force === true, paths: context.paths});
	const withGoals = goals.length === 0 ? '' : ` and ${goals.length} ${goals.length === 1 ? 'goal' : 'goals'}`;
	context.stdout.write(
		`Exported ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${withGoals} to ${inert(path, {singleLine: true})}.\n`,
	);
	context.warn('this file holds your private writing. Keep it somewhere only you can reach, and delete it when you no longer need it.');
}

/** A safety plan's parts go by the plan's own titles ("Things I can do on my own"), not step ids. */
const planTitles: FieldTitle = (entry, key) => (entry.type === PLAN_TYPE ? planSectionTitle(key) : undefined);
