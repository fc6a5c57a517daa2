import {type Entry, isEntryId, serializeEntry, toEntry} from '../entry.js';
import {valuesProblem} from '../entry-check.js';
import {isEntryValue} from '../entry-value.js';
import {inert, TAG_PATTERN} from '../text.js';
import {invalid} from '../../errors.js';
import {describeSpot, findJsonError} from '../syntax-error.js';
import {EXPORT_FORMAT, EXPORT_VERSION} from '../export/json.js';
import type {ParsedImport} from './types.js';
import {readGoalsValue} from '../goals/file.js';
import {type Goal, GOALS_FORMAT, GOALS_VERSION} from '../goals/types.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** toEntry's checks, and the ones an entry from outside the store also needs. */
export function checkImportedEntry(value: unknown): Entry | string {
	const entry = toEntry(value);
	if (typeof entry === 'string') return entry;
	if (!isEntryId(entry.id)) return `the id ${JSON.stringify(entry.id)} is not a cope id (26 letters and digits)`;
	if (Number.isNaN(Date.parse(entry.created))) return 'no valid "created" time';
	if (entry.edited !== undefined && (typeof entry.edited !== 'string' || Number.isNaN(Date.parse(entry.edited))))
		return '"edited" is not a time';
	if (entry.deleted !== undefined) return 'it is a deleted-entry marker (exports hold none)';
	const badTag = entry.tags.find((tag) => !TAG_PATTERN.test(tag) || tag !== tag.toLowerCase());
	if (badTag !== undefined) return `the tag ${JSON.stringify(badTag)} is not a tag (lower-case letters, digits, - or _)`;
	const badValue = Object.entries(entry.values).find(([, item]) => !isEntryValue(item));
	if (badValue) return `the value "${badValue[0]}" is not text, a number, a list of words or a set of feelings`;
	const problem = valuesProblem(entry);
	if (problem !== undefined) return problem;
	if (
		entry.source !== undefined &&
		!(isPlainObject(entry.source) && typeof entry.source.from === 'string' && typeof entry.source.key === 'string')
	)
		return 'source is not {from, key}';
	return entry;
}

/** The goals of an export, every one checked: one that cannot be read rejects the file (nothing is imported). */
function exportedGoals(value: unknown): Goal[] {
	const read = readGoalsValue({format: GOALS_FORMAT, version: GOALS_VERSION, goals: value});
	if (typeof read === 'string')
		throw invalid(
			'the "goals" of this export are not a list of goals.',
			'Nothing was imported. Make a new export with: cope export --format json -o cope.json',
		);
	const [first] = read.damaged;
	if (first)
		throw invalid(
			`goal ${first.index + 1} of the export cannot be imported: ${first.reason}.`,
			'Nothing was imported. Fix or remove that goal and try again.',
		);
	return read.goals;
}

/**
 * Reads cope's own JSON export, losslessly: same ids, times, values, tags, metrics.
 * Every entry is checked first; the first bad one rejects the whole file.
 */
export function parseCopeExport(text: string): ParsedImport {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw invalid(
			`this is not a cope export: it is not valid JSON (${describeSpot(findJsonError(text) ?? {line: 1, column: 1, expected: 'valid JSON'})}).`,
			'Make one with: cope export --format json -o cope.json',
		);
	}
	if (!isPlainObject(value) || value['format'] !== EXPORT_FORMAT || !Array.isArray(value['entries'])) {
		throw invalid(
			`this JSON is not a cope export: it should start {"format": "${EXPORT_FORMAT}", ...} and hold an "entries" list.`,
			'Make one with: cope export --format json -o cope.json',
		);
	}
	if (value['version'] !== EXPORT_VERSION) {
		const newer = typeof value['version'] === 'number' && value['version'] > EXPORT_VERSION;
		throw invalid(
			`this cope export is version ${JSON.stringify(value['version'])}; this cope reads version ${EXPORT_VERSION}.`,
			newer ? 'It was made by a newer cope: update cope, then import it.' : undefined,
		);
	}
	const byId = new Map<string, {entry: Entry; index: number; line: string}>();
	const entries: Entry[] = [];
	let repeated = 0;
	value['entries'].forEach((item: unknown, index) => {
		const entry = checkImportedEntry(item);
		if (typeof entry === 'string')
			throw invalid(
				// The reason quotes the file's own values: shown inert.
				`entry ${index + 1} of the export cannot be imported: ${inert(entry, {singleLine: true})}.`,
				'Nothing was imported. Fix or remove that entry and try again.',
			);
		const line = serializeEntry(entry);
		const earlier = byId.get(entry.id);
		if (earlier) {
			if (earlier.line !== line)
				throw invalid(
					`entries ${earlier.index + 1} and ${index + 1} of the export have the same id but different content.`,
					'Nothing was imported. Keep the one you want and try again.',
				);
			repeated++;
			return;
		}
		byId.set(entry.id, {entry, index, line});
		entries.push(entry);
	});
	const notes =
		repeated > 0 ? [`${repeated} ${repeated === 1 ? 'entry appears' : 'entries appear'} twice in the file; each is kept once.`] : [];
	const parsed: ParsedImport = {entries, records: value['entries'].length, notes};
	if (value['goals'] !== undefined) parsed.goals = exportedGoals(value['goals']);
	return parsed;
}
