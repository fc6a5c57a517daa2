import type {Entry} from '../entry.js';
import type {Exercise} from '../exercise/types.js';
import {namedAnswers} from '../exercise/vocabulary.js';

export const CSV_COLUMNS = ['id', 'at', 'type', 'exercise', 'tags', 'mood', 'urge', 'text', 'values', 'answers'] as const;

/**
 * One field, quoted when it must be (RFC 4180): a comma, a quote, a line break, or
 * space at either end; quotes inside are doubled.
 */
export function csvField(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRow(fields: readonly string[]): string {
	return fields.map((field) => csvField(field)).join(',');
}

function numberField(value: unknown): string {
	return typeof value === 'number' ? String(value) : '';
}

/** The words of an entry in one column: a mood's note or a journal's text. */
function mainText(entry: Entry): string {
	const {note, text} = entry.values;
	if (typeof note === 'string') return note;
	if (typeof text === 'string') return text;
	return '';
}

/**
 * Every answer in the exercise's words, one per line: "Energy: 2/10", "Kind: Pleasure,
 * something enjoyable", lists as "What could you do today?: walk; call Sam".
 */
function answersText(entry: Entry, exercise: Exercise | undefined): string {
	return namedAnswers(entry.values, exercise)
		.map((answer) => `${answer.name}: ${Array.isArray(answer.words) ? answer.words.join('; ') : answer.words}`)
		.join('\n');
}

/**
 * One row per entry, for spreadsheets: id, at, type, exercise, tags (space
 * separated), mood, urge, text (note or journal text), every value as JSON, and
 * the answers in the exercise's own words.
 */
export function exportCsv(entries: readonly Entry[], exercises: ReadonlyMap<string, Exercise> = new Map()): string {
	const rows = [csvRow(CSV_COLUMNS)];
	for (const entry of entries) {
		rows.push(
			csvRow([
				entry.id,
				entry.at,
				entry.type,
				entry.exercise,
				entry.tags.join(' '),
				numberField(entry.values['mood']),
				numberField(entry.values['urge']),
				mainText(entry),
				JSON.stringify(entry.values),
				answersText(entry, exercises.get(entry.exercise)),
			]),
		);
	}
	return rows.join('\n') + '\n';
}
