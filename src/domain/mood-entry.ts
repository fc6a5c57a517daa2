import {ENTRY_FORMAT, INTENSITY_MAX, MOOD_MAX, MOOD_MIN, type Entry, type EntryValue} from './entry.js';
import {invalid} from '../errors.js';
import {normaliseTag, tagsInText, uniqueTags} from './text.js';
import {toLocalIso} from './time.js';

/** A 0–10 whole number for mood or urge; throws (exit 2) naming what is accepted. */
export function parseLevel(text: string, what: string): number {
	const trimmed = text.trim();
	if (!/^\d+$/.test(trimmed)) {
		throw invalid(
			`${what} must be a whole number from ${MOOD_MIN} to ${MOOD_MAX}; got ${JSON.stringify(text)}.`,
			what === 'mood' ? 'For example: cope log 6 "slept well"' : undefined,
		);
	}
	const value = Number.parseInt(trimmed, 10);
	if (value < MOOD_MIN || value > MOOD_MAX) throw invalid(`${what} must be from ${MOOD_MIN} to ${MOOD_MAX}; got ${value}.`);
	return value;
}

/** `anxious` or `anxious=60`: a feeling and (optionally) how strong it is, 0–100. */
export function parseEmotion(text: string): [string, number | null] {
	const match = /^\s*([\p{L}][\p{L}\p{N} '-]{0,39}?)\s*(?:=\s*(\S*))?\s*$/u.exec(text);
	const name = match?.[1]?.toLowerCase();
	if (!match || name === undefined) {
		throw invalid(
			`--emotion ${JSON.stringify(text)} is not a feeling cope can record.`,
			'Use a name, optionally with a strength from 0 to 100: -e anxious=60 -e "let down"',
		);
	}
	const level = match[2];
	if (level === undefined) return [name, null];
	if (!/^\d+$/.test(level) || Number.parseInt(level, 10) > INTENSITY_MAX) {
		throw invalid(
			`the strength of "${name}" must be a whole number from 0 to ${INTENSITY_MAX}; got ${JSON.stringify(level)}.`,
			'For example: -e anxious=60',
		);
	}
	return [name, Number.parseInt(level, 10)];
}

export function parseTags(texts: readonly string[]): string[] {
	return texts.map((text) => {
		const tag = normaliseTag(text);
		if (tag === undefined) {
			throw invalid(
				`--tag ${JSON.stringify(text)} is not a tag.`,
				'A tag is one word of letters, digits, - or _ (up to 40), e.g. -t work -t "#sleep".',
			);
		}
		return tag;
	});
}

export interface NewEntry {
	/** The new entry's id, made by the caller (see entry-id.ts): domain code makes no randomness of its own. */
	id: string;
	type: string;
	exercise: string;
	at: Date;
	now: Date;
	tags?: readonly string[];
	values: Record<string, EntryValue>;
	metrics?: Record<string, number>;
	source?: Entry['source'];
}

export function createEntry(input: NewEntry): Entry {
	const entry: Entry = {
		v: ENTRY_FORMAT,
		id: input.id,
		at: toLocalIso(input.at),
		type: input.type,
		exercise: input.exercise,
		created: toLocalIso(input.now),
		tags: uniqueTags(input.tags ?? []),
		values: input.values,
	};
	if (input.metrics && Object.keys(input.metrics).length > 0) entry.metrics = input.metrics;
	if (input.source) entry.source = input.source;
	return entry;
}

export interface MoodLogInput {
	mood: number;
	urge?: number;
	emotions?: ReadonlyArray<[string, number | null]>;
	note?: string;
	tags?: readonly string[];
	at: Date;
	now: Date;
	id: string;
}

/** The entry `cope log` writes: exactly the shape of the built-in mood-log exercise. */
export function createMoodEntry(input: MoodLogInput): Entry {
	const values: Record<string, EntryValue> = {mood: input.mood};
	if (input.urge !== undefined) values['urge'] = input.urge;
	if (input.emotions && input.emotions.length > 0) {
		const emotions: Record<string, number | null> = Object.create(null) as Record<string, number | null>;
		for (const [name, level] of input.emotions) emotions[name] = level;
		values['emotions'] = {...emotions};
	}
	const note = input.note?.trim();
	if (note) values['note'] = note;
	return createEntry({
		id: input.id,
		type: 'mood',
		exercise: 'mood-log',
		at: input.at,
		now: input.now,
		tags: [...(input.tags ?? []), ...(note ? tagsInText(note) : [])],
		values,
		metrics: input.urge === undefined ? {mood: input.mood} : {mood: input.mood, urge: input.urge},
	});
}

/** The entry `cope journal` writes: the built-in journal exercise's shape. */
export function createJournalEntry(input: {text: string; tags?: readonly string[]; at: Date; now: Date; id: string}): Entry {
	return createEntry({
		id: input.id,
		type: 'journal',
		exercise: 'journal',
		at: input.at,
		now: input.now,
		tags: [...(input.tags ?? []), ...tagsInText(input.text)],
		values: {text: input.text},
	});
}
