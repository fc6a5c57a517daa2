import type {Command} from 'commander';
import type {Context} from '../../context.js';
import {createMoodEntry, parseEmotion, parseLevel, parseTags} from '../../domain/mood-entry.js';
import {appendEntry} from '../../store/append.js';
import {readTextArgument} from '../common/input.js';
import {requireTerminal} from '../common/interactive.js';
import {afterEntrySaved} from '../common/after-save.js';
import {invalid} from '../../errors.js';
import {parseWhen} from '../../domain/when.js';
import {saying} from '../../words/store-errors.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

interface LogOptions {
	tag?: string[];
	urge?: string;
	emotion?: string[];
	at?: string;
}

export function registerLog(program: Command, getContext: () => Context): void {
	program
		.command('log')
		.summary('log your mood in one line')
		.description('Log your mood (0 = lowest, 10 = best) with an optional note. With no mood on a terminal, opens the mood check-in.')
		.argument('[mood]', 'how you feel, 0 to 10')
		.argument('[note...]', 'a few words; #tags inside count as tags; "-" reads the note from stdin (kept out of shell history)')
		.option('-t, --tag <tag>', 'a tag (repeatable)', collect)
		.option('-u, --urge <0-10>', 'urge to self-harm, 0 = none')
		.option('-e, --emotion <name[=0-100]>', 'a feeling and how strong it is (repeatable)', collect)
		.option('--at <when>', 'when: "yesterday 21:00", "2h ago", "last friday 9pm", "2026-11-20 08:30" (default: now; not in the future)')
		.addHelpText(
			'after',
			'\nExamples:\n  cope log 6\n  cope log 4 "rough day at #work" -u 3 -e anxious=60\n  cope log 5 - < note.txt\n  cope log 7 --at "yesterday 21:00" -t sleep\n  cope log 3 --at "last friday 9pm"',
		)
		.action(async (moodText: string | undefined, noteWords: string[], options: LogOptions) => {
			const context = getContext();
			await logMood(context, moodText, noteWords, options);
		});
}

export async function logMood(context: Context, moodText: string | undefined, noteWords: string[], options: LogOptions): Promise<void> {
	if (moodText === undefined) {
		requireTerminal(context, 'The mood check-in', 'Give the mood on the command line instead, e.g. cope log 6 "slept well".');
		const {runExerciseScreen} = await import('../run/screen.js');
		await runExerciseScreen(context, 'mood-log');
		return;
	}
	// Check everything before reading stdin or touching the store: bad input writes nothing.
	const now = context.now();
	const mood = parseLevel(moodText, 'mood');
	const urge = options.urge === undefined ? undefined : parseLevel(options.urge, 'the urge (-u)');
	const emotions = (options.emotion ?? []).map((text) => parseEmotion(text));
	const tags = parseTags(options.tag ?? []);
	let at = now;
	if (options.at !== undefined) {
		at = await parseWhen(options.at, now);
	}
	let note = noteWords.join(' ');
	if (noteWords.length === 1 && noteWords[0] === '-') {
		note = await readTextArgument(context.stdin, context.stderr, 'Note (Enter to save): ', false);
	}
	if (note.length > 10_000) {
		throw invalid(`the note is ${note.length} characters; a mood note holds up to 10000.`, 'For longer writing use: cope journal -');
	}
	const entry = createMoodEntry({mood, urge, emotions, note, tags, at, now, id: context.newId(now)});
	saying('save', () => appendEntry(context.paths, entry));
	context.out('Saved.\n');
	await afterEntrySaved(context, entry);
}
