import type {Entry} from '../entry.js';

export const CSV_COLUMNS = ['id', 'at', 'type', 'exercise', 'tags', 'mood', 'urge', 'text', 'values'] as const;

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
 * One row per entry, for spreadsheets: id, at, type, exercise, tags (space
 * separated), mood, urge, text (note or journal text), and every value as JSON.
 */
export function exportCsv(entries: readonly Entry[]): string {
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
			]),
		);
	}
	return rows.join('\n') + '\n';
}
