import type {Context} from '../../context.js';
import type {Entry} from '../../domain/entry.js';
import {parseCopeExport} from '../../domain/import/cope.js';
import {parseDaylio, type DaylioImport} from '../../domain/import/daylio.js';
import {parseJrnl} from '../../domain/import/jrnl.js';
import {parseMoodMap} from '../../domain/import/mood-map.js';
import {type ImportPlan, planImport} from '../../domain/import/plan.js';
import {guessFormat} from '../../domain/import/sniff.js';
import {encryptedError, encryptedText} from '../../domain/import/encrypted.js';
import {readTimeFormat} from '../../domain/import/jrnl-text.js';
import {FORMAT_NAMES, IMPORT_FORMATS, type ImportFormat, type ParsedImport} from '../../domain/import/types.js';
import {inert} from '../../domain/text.js';
import {CopeError, invalid} from '../../errors.js';
import {addEntriesAtomically} from '../../store/entries.js';
import {checkGoalsWritable, importGoals} from './goals.js';
import {readImportFile} from '../../store/import-file.js';
import {readStoreIndex} from '../../store/store-index.js';
import type {IdMaker} from '../../domain/entry-id.js';
import type {ImportOptions} from './index.js';
import {readFileText, readStdinText} from './read.js';
import {printImportPreview, printImportResult, unmappedError} from './report.js';
import {saying} from '../../words/store-errors.js';
import {type Progress, PROGRESS_FROM_CHARS, progressLine} from './progress.js';

function fromHint(guess: ImportFormat | undefined): string {
	return guess === undefined
		? `Use --from ${IMPORT_FORMATS.join(', --from ')}.`
		: `It looks like ${FORMAT_NAMES[guess]}: try --from ${guess}.`;
}

function knownFormat(from: string | undefined): ImportFormat | undefined {
	const format = from?.trim().toLowerCase();
	return (IMPORT_FORMATS as ReadonlyArray<string | undefined>).includes(format) ? (format as ImportFormat) : undefined;
}

/** The error for an unknown --from, with a guess from the file's content when it can be read. */
function unknownFromError(from: string, file: string | undefined): CopeError {
	let guess: ImportFormat | undefined;
	try {
		if (file !== undefined) guess = guessFormat(readImportFile(file));
	} catch {
		// No guess then: the message stands on its own.
	}
	return invalid(
		`--from ${JSON.stringify(from)} is not a format cope imports.`,
		`cope imports ${IMPORT_FORMATS.join(', ')}. ${fromHint(guess)}`,
	);
}

/** Options that only one format reads, checked as soon as the format is known. */
function checkOptionsFit(format: ImportFormat, options: ImportOptions, detected: boolean): void {
	const taken = detected ? ` (this file is ${FORMAT_NAMES[format]})` : '';
	if (options.moodMap !== undefined && format !== 'daylio')
		throw invalid(`--mood-map is only for Daylio's CSV export${taken}.`, 'Leave it out for cope and jrnl files.');
	if (options.dateFormat !== undefined && format !== 'jrnl')
		throw invalid(
			`--date-format is only for a jrnl journal${taken}.`,
			'Leave it out for Daylio and cope files: their dates are always written one way.',
		);
}

interface ParseOptions {
	moodMap: ReadonlyMap<string, number>;
	dateFormat?: string;
	now: Date;
	newId: IdMaker;
	progress: Progress;
	label: string;
}

function parseFile(format: ImportFormat, text: string, options: ParseOptions): ParsedImport | DaylioImport {
	const onProgress = (done: number, total: number): void => options.progress.update(options.label, done, total);
	if (format === 'daylio') return parseDaylio(text, {moodMap: options.moodMap, now: options.now, newId: options.newId, onProgress});
	if (format === 'jrnl')
		return parseJrnl(text, {
			now: options.now,
			newId: options.newId,
			onProgress,
			...(options.dateFormat === undefined ? {} : {dateFormat: options.dateFormat}),
		});
	return parseCopeExport(text);
}

/** Reads, checks and (unless a dry run) stores an import: all of it in one append, or nothing. */
export async function runImport(context: Context, file: string, options: ImportOptions): Promise<void> {
	const fromStdin = file === '-';
	const name = fromStdin ? 'stdin' : file;
	const shown = inert(name, {singleLine: true});
	const given = knownFormat(options.from);
	if (options.from !== undefined && given === undefined) throw unknownFromError(options.from, fromStdin ? undefined : file);
	if (given !== undefined) checkOptionsFit(given, options, false);
	const moodMap = parseMoodMap(options.moodMap ?? []);
	// A --date-format that cannot be read is named before the file is.
	if (options.dateFormat !== undefined) readTimeFormat(options.dateFormat);
	const content = fromStdin ? await readStdinText(context.stdin, given) : readFileText(file, given);
	const encrypted = encryptedText(content);
	if (encrypted !== undefined) {
		const error = encryptedError(encrypted);
		throw invalid(`${shown}: ${error.message}`, error.hint);
	}
	// An empty file is an empty journal (or export): nothing to do, and nothing wrong.
	if (content.replace(/^\uFEFF/, '').trim() === '') {
		context.stdout.write(`Nothing to import: ${shown} is empty.\n`);
		return;
	}
	const detected = given === undefined;
	const format = given ?? guessFormat(content);
	if (format === undefined) {
		throw invalid(
			`${shown}: cope cannot tell which app made this file, so nothing was imported.`,
			`Say which with --from: cope (cope export --format json), daylio (Daylio's CSV export) or jrnl (a jrnl journal or jrnl --export json).`,
		);
	}
	if (detected) checkOptionsFit(format, options, true);
	const progress = progressLine(context.stderr, content.length >= PROGRESS_FROM_CHARS);
	let parsed: ParsedImport | DaylioImport;
	try {
		parsed = parseFile(format, content, {
			moodMap,
			now: context.now(),
			newId: context.newId,
			progress,
			label: `Reading ${shown}…`,
			...(options.dateFormat === undefined ? {} : {dateFormat: options.dateFormat}),
		});
	} catch (error) {
		progress.end();
		if (!(error instanceof CopeError)) throw error;
		const guess = guessFormat(content);
		const hint = guess !== undefined && guess !== format ? `${fromHint(guess)}` : error.hint;
		const taken = detected ? ` (read as ${FORMAT_NAMES[format]}, from its content)` : '';
		throw invalid(`${shown}${taken}: ${error.message}`, hint);
	}
	const unmapped = 'unmapped' in parsed ? parsed.unmapped : [];
	if (options.dryRun) {
		progress.stage('Checking what is already here…');
		const plan = planImport(parsed.entries, readStoreIndex(context.paths));
		progress.end();
		printImportPreview(context, {name, format, detected, parsed, plan});
		importGoals(context, parsed.goals, true);
		if (unmapped.length > 0) throw unmappedError(name, file, parsed as DaylioImport);
		return;
	}
	if (unmapped.length > 0) {
		progress.end();
		throw unmappedError(name, file, parsed as DaylioImport);
	}
	checkGoalsWritable(context, parsed.goals);
	let plan: ImportPlan | undefined;
	const entries: readonly Entry[] = parsed.entries;
	if (entries.length > 0) {
		progress.stage('Saving…');
		// The check against the store runs under the lock: two imports of one file at once still add it once.
		saying('import', () =>
			addEntriesAtomically(context.paths, () => {
				plan = planImport(entries, readStoreIndex(context.paths));
				return plan.fresh;
			}),
		);
	}
	progress.end();
	printImportResult(context, {name, format, detected, parsed, plan: plan ?? {fresh: [], already: 0, deletedHere: 0, conflicts: []}});
	importGoals(context, parsed.goals, false);
}
