import type {Command} from 'commander';
import type {Context} from '../../context.js';
import {createJournalEntry, parseTags} from '../../domain/mood-entry.js';
import {invalid} from '../../errors.js';
import {appendEntry} from '../../store/append.js';
import {afterEntrySaved} from '../common/after-save.js';
import {readTextArgument} from '../common/input.js';
import {parseWhen} from '../../domain/when.js';
import {saying} from '../../words/store-errors.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
export const JOURNAL_MAX = 1_000_000;

export function registerJournal(program: Command, getContext: () => Context): void {
	program
		.command('journal')
		.summary('write a journal entry')
		.description('Write a journal entry. With no text on a terminal, opens the journal exercise with a prompt.')
		.argument('[text...]', 'what you want to write; "-" reads it from stdin (kept out of shell history)')
		.option('-t, --tag <tag>', 'a tag (repeatable); #tags in the text count too', collect)
		.option('--at <when>', 'when: "yesterday 21:00", "2h ago", "2026-11-20 08:30" (default: now; not in the future)')
		.addHelpText(
			'after',
			'\nExamples:\n  cope journal "Walked by the river. Felt lighter after."\n  cope journal -            (type, then Ctrl+D to save)\n  pbpaste | cope journal - -t therapy',
		)
		.action(async (words: string[], options: {tag?: string[]; at?: string}) => {
			await writeJournal(getContext(), words, options);
		});
}

export async function writeJournal(context: Context, words: string[], options: {tag?: string[]; at?: string}): Promise<void> {
	if (words.length === 0) {
		if (!context.interactive) {
			throw invalid(
				'nothing to save: no text was given.',
				'Give the text (cope journal "...") or "-" to read it from stdin (cope journal - < notes.txt).',
			);
		}
		const {runExerciseScreen} = await import('../run/screen.js');
		await runExerciseScreen(context, 'journal');
		return;
	}
	const now = context.now();
	const tags = parseTags(options.tag ?? []);
	let at = now;
	if (options.at !== undefined) {
		at = await parseWhen(options.at, now);
	}
	let text = words.join(' ');
	if (words.length === 1 && words[0] === '-') {
		text = await readTextArgument(
			context.stdin,
			context.stderr,
			'Write your entry. Ctrl+D on a new line saves it; Ctrl+C leaves without saving.\n',
			true,
		);
	}
	text = text.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
	if (text.trim() === '') throw invalid('nothing to save: the entry was empty.', 'Write something first, e.g. cope journal "a few words".');
	if (text.length > JOURNAL_MAX)
		throw invalid(`the entry is ${text.length} characters; one entry holds up to ${JOURNAL_MAX}.`, 'Split it into several entries.');
	const entry = createJournalEntry({text, tags, at, now, id: context.newId(now)});
	saying('save', () => appendEntry(context.paths, entry));
	context.out('Saved.\n');
	await afterEntrySaved(context, entry);
}
