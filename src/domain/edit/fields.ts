import type {Entry, EntryValue} from '../entry.js';
import {INTENSITY_MAX, MOOD_MAX, MOOD_MIN} from '../entry.js';
import {isEntryValue} from '../entry-value.js';
import {invalid} from '../../errors.js';

/**
 * How each value of an entry is edited as text. `level` is a 0–10 mood or urge;
 * `text` is free writing (edited as a block of lines); `feelings` is
 * "anxious=60, sad"; `list` is one item per line; `json` is anything else.
 */
export type FieldKind = 'level' | 'text' | 'number' | 'boolean' | 'list' | 'feelings' | 'json';

export interface FieldSpec {
	key: string;
	kind: FieldKind;
	required: boolean;
}

/** Values a mood entry (cope log, the mood-log exercise) can have, even when empty. */
const MOOD_FIELDS: readonly FieldSpec[] = [
	{key: 'mood', kind: 'level', required: true},
	{key: 'urge', kind: 'level', required: false},
	{key: 'emotions', kind: 'feelings', required: false},
	{key: 'note', kind: 'text', required: false},
];

const JOURNAL_FIELDS: readonly FieldSpec[] = [{key: 'text', kind: 'text', required: true}];

function kindOf(value: EntryValue): FieldKind {
	if (typeof value === 'string') return 'text';
	if (typeof value === 'number') return 'number';
	if (typeof value === 'boolean') return 'boolean';
	if (Array.isArray(value)) return 'list';
	if (value !== null && Object.values(value).every((level) => level === null || typeof level === 'number')) return 'feelings';
	return 'json';
}

/** The fields of an entry that can be edited, in the order they are shown. */
export function editableFields(entry: Entry): FieldSpec[] {
	const known = entry.type === 'mood' ? MOOD_FIELDS : entry.type === 'journal' ? JOURNAL_FIELDS : [];
	const fields = [...known];
	for (const [key, value] of Object.entries(entry.values)) {
		if (fields.some((field) => field.key === key)) continue;
		fields.push({key, kind: key === 'starred' && typeof value === 'boolean' ? 'boolean' : kindOf(value), required: false});
	}
	return fields;
}

/** A value as the text the person edits (empty for a missing value). */
export function formatField(field: FieldSpec, value: EntryValue | undefined): string {
	if (value === undefined || value === null) return '';
	switch (field.kind) {
		case 'boolean':
			return value === true ? 'yes' : 'no';
		case 'list':
			return Array.isArray(value) ? value.join('\n') : JSON.stringify(value);
		case 'feelings':
			return typeof value === 'object' && !Array.isArray(value)
				? Object.entries(value)
						.map(([name, level]) => (level === null ? name : `${name}=${level}`))
						.join(', ')
				: JSON.stringify(value);
		case 'json':
			return JSON.stringify(value);
		default:
			return String(value);
	}
}

function parseWholeNumber(
	field: FieldSpec,
	text: string,
	min: number,
	max: number,
	hint = field.required ? undefined : `Leave it empty to remove the ${field.key}.`,
): number {
	if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
		throw invalid(`${field.key} must be a whole number from ${min} to ${max}; got ${JSON.stringify(text)}.`, hint);
	return Number(text);
}

function parseFeelings(field: FieldSpec, text: string): Record<string, number | null> {
	const feelings: Record<string, number | null> = {};
	for (const part of text.split(',')) {
		if (part.trim() === '') continue;
		const match = /^\s*([\p{L}][\p{L}\p{N} '-]{0,39}?)\s*(?:=\s*(\S*))?\s*$/u.exec(part);
		const name = match?.[1]?.toLowerCase();
		if (!match || name === undefined)
			throw invalid(
				`${field.key}: ${JSON.stringify(part.trim())} is not a feeling cope can record.`,
				'Write names with an optional strength from 0 to 100, e.g. anxious=60, let down',
			);
		const level = match[2];
		Object.defineProperty(feelings, name, {
			value:
				level === undefined
					? null
					: parseWholeNumber(
							{...field, key: `the strength of "${name}"`},
							level,
							0,
							INTENSITY_MAX,
							`Or leave it out: ${name} alone is the feeling without a strength.`,
						),
			enumerable: true,
			writable: true,
			configurable: true,
		});
	}
	return feelings;
}

function parseJson(field: FieldSpec, text: string): EntryValue {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		value = undefined;
	}
	if (value === undefined || !isEntryValue(value))
		throw invalid(`${field.key} must be JSON: text, a number, a list of words or {"name": number}; got ${JSON.stringify(text)}.`);
	return value as EntryValue;
}

/**
 * Reads a field's text back into a value; undefined removes it (an empty optional
 * field). Throws (exit 2) naming the field and what it accepts.
 */
export function parseField(field: FieldSpec, raw: string): EntryValue | undefined {
	const text =
		field.kind === 'text'
			? raw
					.replace(/\r\n?/g, '\n')
					.replace(/^\s*\n/, '')
					.trimEnd()
			: raw.trim();
	if (text.trim() === '') {
		if (field.required)
			throw invalid(
				`${field.key} is needed: it cannot be empty.`,
				field.kind === 'level'
					? `Give a whole number from ${MOOD_MIN} to ${MOOD_MAX}.`
					: 'Write something, or delete the whole entry with cope delete.',
			);
		return undefined;
	}
	switch (field.kind) {
		case 'level':
			return parseWholeNumber(field, text, MOOD_MIN, MOOD_MAX);
		case 'number': {
			const value = Number(text);
			if (!Number.isFinite(value)) throw invalid(`${field.key} must be a number; got ${JSON.stringify(text)}.`);
			return value;
		}
		case 'boolean': {
			const lower = text.toLowerCase();
			if (['yes', 'y', 'true'].includes(lower)) return true;
			if (['no', 'n', 'false'].includes(lower)) return false;
			throw invalid(`${field.key} must be yes or no; got ${JSON.stringify(text)}.`);
		}
		case 'list': {
			const items = text
				.split('\n')
				.map((item) => item.trim())
				.filter((item) => item !== '');
			return items.length === 0 ? undefined : items;
		}
		case 'feelings': {
			const feelings = parseFeelings(field, text);
			return Object.keys(feelings).length === 0 ? undefined : feelings;
		}
		case 'json':
			return parseJson(field, text);
		default:
			return text;
	}
}
