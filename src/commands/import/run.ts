import type {Context} from '../../context.js';
import type {Entry} from '../../domain/entry.js';
import {parseCopeExport} from '../../domain/import/cope.js';
import {parseDaylio, type DaylioImport} from '../../domain/import/daylio.js';
import {parseJrnl} from '../../domain/import/jrnl.js';
import {parseMoodMap} from '../../domain/import/mood-map.js';
import {type ImportPlan, planImport} from '../../domain/import/plan.js';
import {guessFormat} from '../../domain/import/sniff.js';
import {FORMAT_NAMES, IMPORT_FORMATS, type ImportFormat, type ParsedImport} from '../../domain/import/types.js';
import {inert} from '../../domain/text.js';
import {CopeError, invalid} from '../../errors.js';
import {appendChosenEntries} from '../../store/entries.js';
import {checkGoalsWritable, importGoals} from './goals.js';
import {decodeText, readImportFile} from '../../store/import-file.js';
import {readStoreIndex} from '../../store/store-index.js';
import type {ImportOptions} from './index.js';
import {printImportPreview, printImportResult, unmappedError} from './report.js';
import type {IdMaker} from '../../domain/entry-id.js';
import {type Progress, PROGRESS_FROM_CHARS, progressLine} from './progress.js';

function fromHint(guess: ImportFormat | undefined): string {
	return guess === undefined ? `Use --from ${IMPORT_FORMATS.join(', --from ')}.` : `It looks like ${FORMAT_NAMES[guess]}: try --from ${guess}.`;
}

function knownFormat(from: string | undefined): ImportFormat | undefined {
	const format = from?.trim().toLowerCase();
	return (IMPORT_FORMATS as ReadonlyArray<string | undefined>).includes(format) ? (format as ImportFormat) : undefined;
}

/** The --from error, with a guess from the file's content when it can be read. */
function formatError(from: string | undefined, file: string | undefined): CopeError {
	let guess: ImportFormat | undefined;
	try {
		if (file !== undefined) guess = guessFormat(readImportFile(file));
	} catch {
		// No guess then: the message stands on its own.
	}
	if (from === undefined) return invalid('say which app made the file with --from (cope, daylio or jrnl).', fromHint(guess));
	return invalid(`--from ${JSON.stringify(from)} is not a format cope imports.`, `cope imports ${IMPORT_FORMATS.join(', ')}. ${fromHint(guess)}`);
}

async function readStdinText(stdin: NodeJS.ReadStream): Promise<string> {
	if (stdin.isTTY) throw invalid('"-" reads the file from a pipe, and stdin is a terminal.', 'For example: jrnl --export json | cope import - --from jrnl');
	const chunks: Buffer[] = [];
	for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	return decodeText(Buffer.concat(chunks), 'stdin');
}

function parseFile(format: ImportFormat, text: string, options: {moodMap: ReadonlyMap<string, number>; now: Date; newId: IdMaker; progress: Progress; label: string}): ParsedImport | DaylioImport {
	const onProgress = (done: number, total: number): void => options.progress.update(options.label, done, total);
	if (format === 'daylio') return parseDaylio(text, {moodMap: options.moodMap, now: options.now, newId: options.newId, onProgress});
	if (format === 'jrnl') return parseJrnl(text, {now: options.now, newId: options.newId, onProgress});
	return parseCopeExport(text);
}

/** Reads, checks and (unless a dry run) stores an import: all of it in one append, or nothing. */
export async function runImport(context: Context, file: string, options: ImportOptions): Promise<void> {
	const fromStdin = file === '-';
	const name = fromStdin ? 'stdin' : file;
	const format = knownFormat(options.from);
	if (format === undefined) throw formatError(options.from, fromStdin ? undefined : file);
	if (options.moodMap !== undefined && format !== 'daylio') throw invalid('--mood-map is only for --from daylio.', 'Leave it out for cope and jrnl files.');
	const moodMap = parseMoodMap(options.moodMap ?? []);
	const content = fromStdin ? await readStdinText(context.stdin) : readImportFile(file);
	const progress = progressLine(context.stderr, content.length >= PROGRESS_FROM_CHARS);
	let parsed: ParsedImport | DaylioImport;
	try {
		parsed = parseFile(format, content, {moodMap, now: context.now(), newId: context.newId, progress, label: `Reading ${inert(name, {singleLine: true})}…`});
	} catch (error) {
		progress.end();
		if (!(error instanceof CopeError)) throw error;
		const guess = guessFormat(content);
		const hint = guess !== undefined && guess !== format ? `${fromHint(guess)}` : error.hint;
		throw invalid(`${inert(name, {singleLine: true})}: ${error.message}`, hint);
	}
	const unmapped = 'unmapped' in parsed ? parsed.unmapped : [];
	if (options.dryRun) {
		progress.stage('Checking what is already here…');
		const plan = planImport(parsed.entries, readStoreIndex(context.paths));
		progress.end();
		printImportPreview(context, {name, format, parsed, plan});
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
		appendChosenEntries(context.paths, () => {
			plan = planImport(entries, readStoreIndex(context.paths));
			return plan.fresh;
		});
	}
	progress.end();
	printImportResult(context, {name, format, parsed, plan: plan ?? {fresh: [], already: 0, deletedHere: 0, conflicts: []}});
	importGoals(context, parsed.goals, false);
}
