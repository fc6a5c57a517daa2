import type {Command} from 'commander';
import {format} from 'date-fns';
import type {Context} from '../../context.js';
import type {Entry, EntryValue} from '../../domain/entry.js';
import type {Exercise} from '../../domain/exercise/types.js';
import {fieldName, namedAnswers} from '../../domain/exercise/vocabulary.js';
import {moodText, typeLabel} from '../../domain/summary.js';
import {inert, terminalSafeJson} from '../../domain/text.js';
import {wallClock} from '../../domain/time.js';
import {findEntry} from '../common/read.js';

export function registerShow(program: Command, getContext: () => Context): void {
	program
		.command('show')
		.summary('show one entry in full')
		.argument('<id>', 'the id that `cope list` shows')
		.option('--json', 'print the entry as JSON')
		.addHelpText(
			'after',
			'\nExamples:\n  cope show RE0FAW             the entry with this short id (from cope list)\n  cope show re0faw --json      as it is stored',
		)
		.action(async (id: string, options: {json?: boolean}) => {
			const context = getContext();
			const entry = findEntry(context, id);
			if (options.json) {
				const json = JSON.stringify(entry, null, 2) + '\n';
				context.stdout.write(context.stdout.isTTY ? terminalSafeJson(json) : json);
				return;
			}
			// An exercise's entry is shown in its words (step labels, option labels, minutes), read from its file.
			const plain = entry.exercise === 'mood-log' || entry.exercise === 'journal';
			const exercise = plain
				? undefined
				: (await import('../../store/exercise-definitions.js')).readExerciseDefinitions(context.paths).get(entry.exercise);
			context.stdout.write(formatEntry(context, entry, exercise));
		});
}

function label(key: string): string {
	const words = key.replaceAll('-', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function formatValue(value: EntryValue): string {
	if (Array.isArray(value)) return value.map((item) => `\n  • ${inert(String(item))}`).join('');
	if (value !== null && typeof value === 'object') {
		return Object.entries(value)
			.map(([name, level]) => `\n  ${inert(name)}${level === null ? '' : ` ${level}`}`)
			.join('');
	}
	const text = inert(String(value));
	return text.includes('\n') ? `\n  ${text.replaceAll('\n', '\n  ')}` : ` ${text}`;
}

const SOURCES: Readonly<Record<string, string>> = {daylio: 'Daylio', jrnl: 'jrnl'};

export function formatEntry(context: Context, entry: Entry, exercise?: Exercise): string {
	const {style} = context;
	const {values} = entry;
	const starred = values['starred'] === true ? ' · ★ starred' : '';
	const from =
		entry.source === undefined ? '' : ` · imported from ${SOURCES[entry.source.from] ?? inert(entry.source.from, {singleLine: true})}`;
	const lines = [
		`${style.bold(exercise === undefined ? typeLabel(entry.type) : inert(exercise.title, {singleLine: true}))} · ${format(wallClock(entry.at), 'EEEE d MMMM yyyy, HH:mm')}${starred}`,
		style.dim(`id ${entry.id}${entry.edited ? ` · edited ${format(wallClock(entry.edited), 'd MMM yyyy HH:mm')}` : ''}${from}`),
	];
	if (entry.tags.length > 0) lines.push(inert(entry.tags.map((tag) => `#${tag}`).join(' ')));
	lines.push('');
	if (exercise !== undefined) {
		for (const answer of namedAnswers(values, exercise))
			lines.push(`${style.bold(inert(fieldName(answer.name), {singleLine: true}))}${formatValue(answer.words)}`);
		return lines.join('\n') + '\n';
	}
	for (const [key, value] of Object.entries(values)) {
		// The star is on the first line; Daylio's mood word sits beside the mood: "Mood: 3 (Anxious)".
		if ((key === 'starred' && typeof value === 'boolean') || (key === 'moodLabel' && typeof values['mood'] === 'number')) continue;
		const shown = key === 'mood' ? ` ${inert(moodText(values) ?? String(value))}` : formatValue(value);
		lines.push(`${style.bold(label(key) + ':')}${shown}`);
	}
	return lines.join('\n') + '\n';
}
