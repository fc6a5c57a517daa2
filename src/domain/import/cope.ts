import {type Entry, INTENSITY_MAX, isEntryId, MOOD_MAX, MOOD_MIN, serializeEntry, toEntry} from '../entry.js';
import {isEntryValue} from '../entry-value.js';
import {TAG_PATTERN} from '../text.js';
import {invalid} from '../../errors.js';
import {describeSpot, findJsonError} from '../syntax-error.js';
import {EXPORT_FORMAT, EXPORT_VERSION} from '../export/json.js';
import type {ParsedImport} from './types.js';
import {readGoalsValue} from '../goals/file.js';
import {type Goal, GOALS_FORMAT, GOALS_VERSION} from '../goals/types.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Entry types and exercise ids: as an exercise's id and kind are written. */
const NAME = /^[a-z0-9-]{1,64}$/;
/** A scale step's answers are whole numbers within ±1000 (docs/exercise-format.md). */
const SCALE_LIMIT = 1000;
const SHARED_SCALES = new Set(['mood', 'urge', 'mood-start', 'urge-start']);

const isLevel = (value: unknown, max: number): boolean => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

/** A mood entry's values as `cope log` writes them: mood and urge 0–10, feelings 0–100. */
function moodValuesProblem(values: Entry['values']): string | undefined {
	for (const name of ['mood', 'urge']) {
		const value = values[name];
		if (value !== undefined && value !== null && !isLevel(value, MOOD_MAX))
			return `its ${name} is ${JSON.stringify(value)}; a ${name} is a whole number from ${MOOD_MIN} to ${MOOD_MAX}`;
	}
	const emotions = values['emotions'];
	if (emotions === undefined || emotions === null) return undefined;
	if (!isPlainObject(emotions)) return 'its emotions are not a set of feelings';
	const bad = Object.entries(emotions).find(([, level]) => level !== null && !isLevel(level, INTENSITY_MAX));
	return bad === undefined
		? undefined
		: `the strength of "${bad[0]}" is ${JSON.stringify(bad[1])}; a strength is a whole number from 0 to ${INTENSITY_MAX}`;
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
	if (!NAME.test(entry.type)) return `the type ${JSON.stringify(entry.type)} is not an entry type (lower-case letters, digits and -)`;
	if (!NAME.test(entry.exercise))
		return `the exercise ${JSON.stringify(entry.exercise)} is not an exercise id (lower-case letters, digits and -)`;
	if (entry.type === 'mood') {
		const problem = moodValuesProblem(entry.values);
		if (problem !== undefined) return problem;
	}
	if (entry.metrics !== undefined) {
		if (!isPlainObject(entry.metrics)) return 'metrics are not numbers';
		for (const [name, n] of Object.entries(entry.metrics)) {
			if (typeof n !== 'number' || !Number.isFinite(n)) return `the metric "${name}" is not a number`;
			// Mood and urge are cope's own 0–10 scales: the report, the glance and the message after a hard entry read them.
			const [min, max] = SHARED_SCALES.has(name) ? [MOOD_MIN, MOOD_MAX] : [-SCALE_LIMIT, SCALE_LIMIT];
			if (n < min || n > max) return `the metric "${name}" is ${n}; it can be from ${min} to ${max}`;
		}
	}
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
				`entry ${index + 1} of the export cannot be imported: ${entry}.`,
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
