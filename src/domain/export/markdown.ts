import {format} from 'date-fns';
import {type Entry, type EntryValue, localDay} from '../entry.js';
import type {Exercise} from '../exercise/types.js';
import {fieldName, namedAnswers} from '../exercise/vocabulary.js';
import {moodText, typeLabel} from '../summary.js';
import {wallClock} from '../time.js';

function label(key: string): string {
	const words = key.replaceAll('-', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function feelings(value: Record<string, number | null>): string {
	return Object.entries(value)
		.map(([name, level]) => (level === null ? name : `${name} ${level}`))
		.join(', ');
}

/** A value as Markdown: short ones on the label's line, longer text as its own paragraph. */
function formatValue(key: string, value: EntryValue, name = label(key)): string {
	if (Array.isArray(value)) return `**${name}:**\n\n${value.map((item) => `- ${item}`).join('\n')}`;
	if (value !== null && typeof value === 'object') return `**${name}:** ${feelings(value)}`;
	if (typeof value === 'string' && value.includes('\n')) return `**${name}:**\n\n${value}`;
	return `**${name}:** ${value === null ? '' : String(value)}`;
}

/** The heading line of an entry: its time, its type, and for a mood its numbers. */
function entryHeading(entry: Entry, exercise: Exercise | undefined): string {
	const parts = [format(wallClock(entry.at), 'HH:mm')];
	const {mood, urge} = entry.values;
	// "mood 5" says the type already; an exercise's entry is called by its title.
	if (entry.type !== 'mood' || typeof mood !== 'number')
		parts.push(exercise !== undefined && !SHAPED.has(entry.exercise) ? exercise.title : typeLabel(entry.type));
	if (typeof mood === 'number') parts.push(`mood ${moodText(entry.values) ?? mood}`);
	if (typeof urge === 'number') parts.push(`urge ${urge}`);
	if (entry.values['starred'] === true) parts.push('★');
	return `### ${parts.join(' · ')}`;
}

/** Exercises whose entries keep their own layout: a mood's numbers and note, a journal's text. */
const SHAPED = new Set(['mood-log', 'journal']);

/** An exercise's entry in its own words: each answer under its step's label or prompt, choices by their labels, timers in minutes. */
function exerciseBody(entry: Entry, exercise: Exercise): string[] {
	const blocks: string[] = [];
	if (entry.tags.length > 0) blocks.push(entry.tags.map((tag) => `#${tag}`).join(' '));
	for (const answer of namedAnswers(entry.values, exercise)) {
		if (Array.isArray(answer.words)) blocks.push(`**${fieldName(answer.name)}**\n\n${answer.words.map((item) => `- ${item}`).join('\n')}`);
		else if (answer.words.includes('\n')) blocks.push(`**${fieldName(answer.name)}**\n\n${answer.words}`);
		else blocks.push(`**${fieldName(answer.name)}** ${answer.words}`);
	}
	return blocks;
}

/** A field's heading for an entry, when its exercise has a better one than the key (e.g. a safety plan's own titles). */
export type FieldTitle = (entry: Entry, key: string) => string | undefined;

function entryBody(entry: Entry, exercise: Exercise | undefined, fieldTitle: FieldTitle): string[] {
	if (exercise !== undefined && !SHAPED.has(entry.exercise)) return exerciseBody(entry, exercise);
	const blocks: string[] = [];
	if (entry.tags.length > 0) blocks.push(entry.tags.map((tag) => `#${tag}`).join(' '));
	for (const [key, value] of Object.entries(entry.values)) {
		if (key === 'mood' || key === 'urge' || key === 'starred' || key === 'moodLabel') continue;
		if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
		if ((key === 'note' || key === 'text') && typeof value === 'string') blocks.push(value);
		else if (key === 'emotions' && typeof value === 'object' && !Array.isArray(value)) blocks.push(`Feelings: ${feelings(value)}`);
		else blocks.push(formatValue(key, value, fieldTitle(entry, key)));
	}
	return blocks;
}

/** A readable export: a heading per local day, each entry with its time, type and words; oldest first. */
export function exportMarkdown(
	entries: readonly Entry[],
	exported: Date,
	fieldTitle: FieldTitle = () => undefined,
	exercises: ReadonlyMap<string, Exercise> = new Map(),
): string {
	const lines = [
		'# cope export',
		'',
		`${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} · exported ${format(exported, 'd MMMM yyyy, HH:mm')}`,
	];
	let day: string | undefined;
	for (const entry of entries) {
		const entryDay = localDay(entry.at);
		if (entryDay !== day) {
			day = entryDay;
			lines.push('', `## ${format(wallClock(entry.at), 'EEEE d MMMM yyyy')}`);
		}
		const exercise = exercises.get(entry.exercise);
		lines.push('', entryHeading(entry, exercise));
		for (const block of entryBody(entry, exercise, fieldTitle)) lines.push('', block);
	}
	return lines.join('\n') + '\n';
}
