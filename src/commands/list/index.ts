import type {Command} from 'commander';
import type {Context} from '../../context.js';
import type {Entry} from '../../domain/entry.js';
import {exerciseEntryLine} from '../../domain/exercise/vocabulary.js';
import {entryContains, summarizeEntry, typeLabel} from '../../domain/summary.js';
import {cellsOf, inert, normaliseTag, terminalSafeJson, truncate} from '../../domain/text.js';
import {dateTimeLabel, wallClock} from '../../domain/time.js';
import {invalid} from '../../errors.js';
import type {ExerciseWords} from '../../store/exercise-definitions.js';
import {outputWidth} from '../../term.js';
import {unknownTypeNote} from '../common/entry-types.js';
import {loadLatest, shortId} from '../common/read.js';

export interface ListOptions {
	type?: string;
	tag?: string;
	since?: string;
	grep?: string;
	count?: string;
	json?: boolean;
}

export function registerList(program: Command, getContext: () => Context): void {
	program
		.command('list')
		.summary('recent entries')
		.description('Show recent entries, newest first.')
		.option('--type <type>', 'only this type: mood, journal, thought-record, ...')
		.option('--tag <tag>', 'only entries with this tag')
		.option('--since <span>', 'only since then: 7d, 4w, 3m, 1y or a date')
		.option('--grep <text>', 'only entries whose text, feelings or tags contain this (any case)')
		.option('-n, --count <count>', 'how many (default 20; "all" for every one)')
		.option('--json', 'print the entries as a JSON array (full ids and values)')
		.addHelpText(
			'after',
			'\nExamples:\n  cope list\n  cope list --type mood --since 7d\n  cope list --tag work -n 50\n  cope list --grep "sleep" --json',
		)
		.action(async (options: ListOptions) => {
			await listEntries(getContext(), options);
		});
}

export function parseCount(text: string | undefined, fallback: number): number {
	if (text === undefined) return fallback;
	if (text.trim().toLowerCase() === 'all') return Number.POSITIVE_INFINITY;
	if (!/^\s*\d+\s*$/.test(text) || Number.parseInt(text, 10) < 1) {
		throw invalid(`-n must be a whole number of 1 or more, or "all"; got ${JSON.stringify(text)}.`, 'For example: cope list -n 50');
	}
	return Number.parseInt(text, 10);
}

export async function listEntries(context: Context, options: ListOptions): Promise<void> {
	const count = parseCount(options.count, 20);
	let tag: string | undefined;
	if (options.tag !== undefined) {
		tag = normaliseTag(options.tag);
		if (tag === undefined)
			throw invalid(`--tag ${JSON.stringify(options.tag)} is not a tag.`, 'A tag is one word of letters, digits, - or _, e.g. --tag work.');
	}
	const type = options.type?.trim().toLowerCase().replaceAll(' ', '-');
	if (type !== undefined && !/^[a-z0-9-]+$/.test(type)) {
		throw invalid(
			`--type ${JSON.stringify(options.type)} is not an entry type.`,
			'Types are words such as mood, journal or thought-record.',
		);
	}
	// date-fns' month arithmetic is read only for --since.
	const from =
		options.since === undefined
			? undefined
			: (await (await import('../../domain/period.js')).parseSince(options.since, context.now())).getTime();
	const grep = options.grep;
	const entries = loadLatest(context, count, {
		from,
		keep: (entry) =>
			(type === undefined || entry.type === type) &&
			(tag === undefined || entry.tags.includes(tag)) &&
			(grep === undefined || entryContains(entry, grep)),
	});
	if (options.json) {
		const json = JSON.stringify(entries, null, 2) + '\n';
		context.out(context.outIsTTY() ? terminalSafeJson(json) : json);
		return;
	}
	if (entries.length === 0) {
		const filtered = type ?? tag ?? options.since ?? grep;
		context.out(filtered === undefined ? 'No entries yet. Start with: cope log 6 "a few words"  or just: cope\n' : 'No entries match.\n');
		const note = type === undefined ? undefined : await unknownTypeNote(context, type);
		if (note !== undefined) context.out(`${note}\n`);
		return;
	}
	const width = context.outIsTTY() ? outputWidth(context.stdout) : Number.POSITIVE_INFINITY;
	const exercises = await exerciseWords(context, entries);
	// Dates of another year ("31 Dec 2025 12:00") are a cell wider: the column fits the widest shown.
	const year = context.now().getFullYear();
	const whenWidth = entries.some((entry) => wallClock(entry.at).getFullYear() !== year) ? 17 : 16;
	context.out(entries.map((entry) => formatRow(context, entry, width, whenWidth, exercises) + '\n').join(''));
}

/** Built-in exercises whose entries the generic line sums up well (a mood, a journal, a thought record's situation). */
const OWN_LINE = new Set([
	'mood-log',
	'journal',
	'thought-record',
	'safety-plan',
	'urge-surfing',
	'grounding-54321',
	'box-breathing',
	'coping-ideas',
]);

/**
 * The exercises' words, for entries of a person's (or their therapist's) own exercises
 * ("Activity and energy — walk · call Sam"): their files are read (plain JSON) only when such an entry is listed.
 */
export async function exerciseWords(context: Context, entries: readonly Entry[]): Promise<ReadonlyMap<string, ExerciseWords>> {
	if (entries.every((entry) => OWN_LINE.has(entry.exercise))) return new Map();
	const {readExerciseDefinitions} = await import('../../store/exercise-definitions.js');
	return readExerciseDefinitions(context.paths);
}

/** One line about an entry: the generic one, or its own exercise's title and first answer. */
export function entryLine(entry: Entry, exercises: ReadonlyMap<string, ExerciseWords>): string {
	const exercise = exercises.get(entry.exercise);
	return exercise === undefined || exercise.builtIn === true ? summarizeEntry(entry) : exerciseEntryLine(entry.values, exercise);
}

function formatRow(
	context: Context,
	entry: Entry,
	width: number,
	whenWidth: number,
	exercises: ReadonlyMap<string, ExerciseWords>,
): string {
	const {style} = context;
	const date = wallClock(entry.at);
	const when = dateTimeLabel(date, date.getFullYear() !== context.now().getFullYear()).padEnd(whenWidth);
	const label = `${typeLabel(entry.type)} `.padEnd(15);
	const id = shortId(entry.id);
	const tags = entry.tags.map((t) => `#${t}`).join(' ');
	const fixed = when.length + label.length + id.length + (tags ? cellsOf(inert(tags)) + 2 : 0) + 6;
	const summary = truncate(inert(entryLine(entry, exercises), {singleLine: true}), Math.max(10, width - fixed));
	return `${style.dim(id)}  ${when}  ${label}${summary}${tags ? `  ${style.dim(inert(tags))}` : ''}`;
}
