import {realpathSync} from 'node:fs';
import {dirname, relative, resolve, sep} from 'node:path';
import type {Context} from '../../context.js';
import {resolvePeriod} from '../../domain/report/options.js';
import {buildSession, type SessionSection} from '../../domain/session/data.js';
import {periodWords, sessionBlocks} from '../../domain/session/document.js';
import {renderHtml} from '../../domain/session/html.js';
import {renderMarkdown} from '../../domain/session/markdown.js';
import {parseScope} from '../../domain/session/scope.js';
import {inert} from '../../domain/text.js';
import {invalid} from '../../errors.js';
import {readDays} from '../../store/entries.js';
import {readExerciseDefinitions} from '../../store/exercise-definitions.js';
import {writeExportFile} from '../../store/export-file.js';
import {askYesNo} from '../common/confirm.js';
import {warnUnreadable} from '../common/read.js';
import {goalsSummarySections} from '../../domain/goals/report.js';
import {dateToDay, type Day} from '../../domain/stats/days.js';
import {reportGoals} from '../report/goals.js';
import type {SummaryOptions} from './index.js';
import {desktopOpener, openFile} from './open.js';

export const DEFAULT_SPAN = '14d';

type Format = 'md' | 'html';

function readFormat(text: string | undefined, output: string | undefined): Format {
	if (text === undefined) return output !== undefined && /\.html?$/i.test(output) ? 'html' : 'md';
	const format = text
		.trim()
		.toLowerCase()
		.replace(/^markdown$/, 'md');
	if (format !== 'md' && format !== 'html')
		throw invalid(
			`--format ${JSON.stringify(text)} is not a format the summary comes in.`,
			'Use --format md (to read anywhere) or --format html (one file for a browser, prints to PDF).',
		);
	return format;
}

/** Real path of what may not exist yet: its folder's real path, then the name. */
function realTarget(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		try {
			return resolve(realpathSync(dirname(path)), path.slice(dirname(path).length + 1));
		} catch {
			return path;
		}
	}
}

/** A summary never goes into cope's data folder: it would sit beside (or replace) the data itself. */
function refuseDataFolder(context: Context, output: string): void {
	const target = realTarget(resolve(output));
	let dir = resolve(context.paths.dir);
	try {
		dir = realpathSync(dir);
	} catch {
		// No data folder yet: compare as given.
	}
	const inside = relative(dir, target);
	if (inside === '' || (!inside.startsWith('..') && !inside.startsWith(sep) && !/^[A-Za-z]:/.test(inside))) {
		throw invalid(
			`${output} is in cope's data folder (${context.paths.dir}); a summary does not go there.`,
			'Write it somewhere of your own, e.g. -o ~/session-summary.html',
		);
	}
}

export interface SummaryExtras {
	/** Sections added by other parts of cope (homework, goals); see SessionSection. */
	sections?: readonly SessionSection[];
}

export async function writeSummary(context: Context, options: SummaryOptions, extras: SummaryExtras = {}): Promise<void> {
	// Every option is checked before anything is read.
	if (options.output?.trim() === '') throw invalid('-o needs a file name.', 'For example: -o ~/session-summary.html');
	const format = readFormat(options.format, options.output);
	const scope = parseScope(options.include, options.exclude);
	if (options.force && options.output === undefined)
		throw invalid('--force only goes with -o <file>.', 'For example: cope summary -o session.html --force');
	if (options.open && options.output === undefined)
		throw invalid(
			'--open opens the file the summary is written to, so it needs -o <file>.',
			'For example: cope summary --format html -o ~/session.html --open',
		);
	if (options.output !== undefined) refuseDataFolder(context, options.output);
	const now = context.now();
	const noPeriod = options.since === undefined && options.from === undefined && options.to === undefined;
	const {from, to} = await resolvePeriod(noPeriod ? {since: DEFAULT_SPAN} : options, now);

	const {entries, unreadable} = readDays(context.paths, from, to);
	warnUnreadable(context, unreadable);
	const urgeSetting = context.settings()['alerts.urge'];
	const data = buildSession({
		entries,
		from,
		to,
		scope,
		urgeAlert: typeof urgeSetting === 'number' ? urgeSetting : 7,
		exercises: readExerciseDefinitions(context.paths),
		prepared: now,
		sections: [...summaryGoals(context, from, to, dateToDay(now)), ...(extras.sections ?? [])],
	});

	// What goes in and what stays out, before anything is written.
	const preview = [`Summary of ${periodWords(data)}:`];
	const {included, leftOut} = data.coverage;
	preview.push(
		included.length === 0
			? '  in it: no entries in these days'
			: `  in it: ${included.map((item) => `${item.label} (${item.count})`).join(', ')}`,
	);
	if (leftOut.length > 0)
		preview.push(`  left out: ${leftOut.map((item) => `${item.label} (${item.count}; ${item.hint ?? ''})`).join(', ')}`);
	context.stderr.write(`${inert(preview.join('\n'))}\n`);
	if (!options.yes && context.stdin.isTTY === true && context.stderr.isTTY === true) {
		const where = options.output === undefined ? 'Show it here?' : `Write it to ${inert(options.output, {singleLine: true})}?`;
		if (!(await askYesNo(context, where, true))) {
			context.stderr.write('Nothing was written.\n');
			return;
		}
	}

	const blocks = sessionBlocks(data);
	const text = format === 'html' ? renderHtml(blocks, `Between sessions: ${periodWords(data)}`) : renderMarkdown(blocks);
	if (options.output === undefined) {
		// Ends on a fresh line, so the shell prompt (or a note after it) starts on its own.
		context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
		return;
	}
	const path = writeExportFile(options.output, text, {overwrite: options.force === true, paths: context.paths});
	context.stdout.write(`Wrote the summary to ${inert(path, {singleLine: true})}.\n`);
	context.warn('it holds what you chose to share. Keep it somewhere only you can reach, and delete it when you no longer need it.');
	if (options.open) {
		const opener = desktopOpener(context.env);
		if ('none' in opener)
			context.stdout.write(`Not opened: ${opener.none}. Open the file yourself, or copy it to a computer with a browser.\n`);
		else if (!openFile(opener.command, path, context.env))
			context.stdout.write(`Not opened: ${opener.command} did not start. Open the file yourself.\n`);
	}
}

/** Goals and homework over the period (done vs set), as sections of the summary; none when there are none. */
function summaryGoals(context: Context, from: Day, to: Day, today: Day): SessionSection[] {
	const period = reportGoals(context, from, to, today);
	return period === undefined ? [] : goalsSummarySections(period);
}
