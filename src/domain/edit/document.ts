import {format} from 'date-fns';
import type {Entry, EntryValue} from '../entry.js';
import {typeLabel} from '../summary.js';
import {normaliseTag} from '../text.js';
import {wallClock} from '../time.js';
import {invalid} from '../../errors.js';
import {type FieldSpec, formatField, parseField} from './fields.js';

/**
 * The text an entry is edited as, in the person's editor:
 *
 *   at: 2026-11-25 21:40
 *   tags: work sleep
 *   mood: 4
 *   --- note ---
 *   the words, as many lines as they like
 *
 * Short fields are "name: value" lines at the top (where lines starting with # are
 * comments); writing and lists are blocks under a "--- name ---" line, kept exactly.
 */

const MARKER = /^--- ([a-z0-9_-]+) ---$/i;

/** The `at` of an entry as it is shown for editing: local wall-clock time. */
export function formatAt(at: string): string {
	const date = wallClock(at);
	return format(date, date.getSeconds() === 0 ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd HH:mm:ss');
}

const isBlock = (field: FieldSpec): boolean => field.kind === 'text' || field.kind === 'list';

export function renderDocument(entry: Entry, fields: readonly FieldSpec[], problem?: string): string {
	const lines = [
		`# Editing a ${typeLabel(entry.type)} entry from ${format(wallClock(entry.at), 'EEEE d MMMM yyyy, HH:mm')} (id ${entry.id}).`,
		'# Change what you like, then save and close the editor. Lines starting with #',
		'# up here are ignored. Leave a field empty to remove it. To change nothing,',
		'# close the editor without saving.',
	];
	if (problem !== undefined) lines.push('#', ...problem.split('\n').map((line) => `# PLEASE FIX: ${line}`));
	lines.push('', `at: ${formatAt(entry.at)}`, `tags: ${entry.tags.join(' ')}`);
	const blocks: string[] = [];
	for (const field of fields) {
		const text = formatField(field, entry.values[field.key]);
		// Writing that itself holds a line like "--- note ---" is shown quoted, so it cannot be misread.
		if (isBlock(field) && !text.split('\n').some((line) => MARKER.test(line))) blocks.push('', `--- ${field.key} ---`, text);
		else
			lines.push(
				`${field.key}: ${field.kind === 'text' && /[\n"]|^\s|\s$/.test(text) ? JSON.stringify(text) : text.replaceAll('\n', ' ')}`,
			);
	}
	return [...lines, ...blocks].join('\n') + '\n';
}

/** What the person wrote: the time as they wrote it, the tags, and every value (missing = removed). */
export interface EditedDocument {
	at: string;
	tags: string[];
	values: Record<string, EntryValue>;
}

export function parseTagList(text: string): string[] {
	const tags: string[] = [];
	for (const word of text.split(/[\s,]+/)) {
		if (word === '') continue;
		const tag = normaliseTag(word);
		if (tag === undefined)
			throw invalid(`tags: ${JSON.stringify(word)} is not a tag.`, 'A tag is one word of letters, digits, - or _, e.g. tags: work sleep');
		if (!tags.includes(tag)) tags.push(tag);
	}
	return tags;
}

function headerValue(field: FieldSpec | undefined, text: string): string {
	if (field?.kind === 'text' && text.trim().startsWith('"')) {
		try {
			const value: unknown = JSON.parse(text.trim());
			if (typeof value === 'string') return value;
		} catch {
			// Not a quoted string after all: taken as written.
		}
	}
	return field?.kind === 'list' ? text.replaceAll(',', '\n') : text;
}

export function parseDocument(text: string, fields: readonly FieldSpec[]): EditedDocument {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const names = ['at', 'tags', ...fields.map((field) => field.key)];
	const unknown = (name: string, line: number): Error =>
		invalid(`line ${line}: "${name}" is not a field of this entry.`, `The fields are: ${names.join(', ')}.`);
	const raw = new Map<string, string>();
	const set = (name: string, value: string, line: number): void => {
		if (!names.includes(name)) throw unknown(name, line);
		if (raw.has(name)) throw invalid(`line ${line}: "${name}" is there twice.`, 'Keep one of them.');
		raw.set(name, value);
	};
	let block: {name: string; lines: string[]; line: number} | undefined;
	const closeBlock = (): void => {
		if (block) set(block.name, block.lines.join('\n'), block.line);
	};
	lines.forEach((line, index) => {
		const marker = MARKER.exec(line.trim());
		if (marker) {
			closeBlock();
			block = {name: (marker[1] ?? '').toLowerCase(), lines: [], line: index + 1};
			return;
		}
		if (block) {
			block.lines.push(line);
			return;
		}
		if (line.trim() === '' || line.trimStart().startsWith('#')) return;
		const pair = /^\s*([A-Za-z0-9_-]+)\s*:(.*)$/.exec(line);
		if (!pair)
			throw invalid(
				`line ${index + 1} is not "name: value": ${JSON.stringify(line.slice(0, 60))}.`,
				'Writing goes under its "--- name ---" line, below the short fields.',
			);
		const name = (pair[1] ?? '').toLowerCase();
		set(
			name,
			headerValue(
				fields.find((field) => field.key === name),
				pair[2] ?? '',
			),
			index + 1,
		);
	});
	closeBlock();
	const at = raw.get('at')?.trim();
	if (at === undefined || at === '') throw invalid('at is needed: when it happened.', 'For example: at: 2026-11-20 21:40');
	const values: Record<string, EntryValue> = {};
	for (const field of fields) {
		const value = parseField(field, raw.get(field.key) ?? '');
		if (value !== undefined) values[field.key] = value;
	}
	return {at, tags: parseTagList(raw.get('tags') ?? ''), values};
}
