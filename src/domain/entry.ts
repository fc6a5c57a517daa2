/**
 * The entry: one thing a person recorded. Every line of entries.jsonl is one of these
 * (or a newer version of one: same `id`, last line wins).
 *
 * Lines are written with a fixed key order (v, id, at, type, ...) so that the fast
 * readers can find `id` and `at` without parsing every line. A later, encrypted
 * envelope will keep `v` and `id` in the clear and put the rest in `enc`; readers
 * already skip (and report) lines of a version they do not know.
 */
export const ENTRY_FORMAT = 1;

export type EntryValue = string | number | boolean | null | string[] | Record<string, number | null>;

export interface Entry {
	/** Format version of this line. */
	v: typeof ENTRY_FORMAT;
	/** ULID: sortable by creation time, unique. */
	id: string;
	/** When it happened: ISO 8601 with the local UTC offset of that moment. */
	at: string;
	/** mood | journal | thought-record | an exercise's `kind`. */
	type: string;
	/** The exercise id that wrote it (`mood-log` for `cope log`, `journal` for `cope journal`). */
	exercise: string;
	/** When it was written: ISO 8601 with offset. */
	created: string;
	/** Lower-case tags without `#`. */
	tags: string[];
	/** Answers keyed by step id. */
	values: Record<string, EntryValue>;
	/**
	 * Numbers for reports, keyed by metric name (from scale steps that name a `metric`,
	 * e.g. {mood: 4, urge: 6}). Kept with the entry so history still reports after an
	 * exercise file is changed or removed.
	 */
	metrics?: Record<string, number>;
	/** When this version replaced an earlier one (`cope edit`). */
	edited?: string;
	/** A tombstone: the entry was deleted (its values are emptied). */
	deleted?: true;
	/** Where an imported entry came from; makes re-imports idempotent. */
	source?: {from: string; key: string};
}

/** The values `cope log` and the built-in `mood-log` exercise write (docs/exercise-format.md, "What the built-in exercises save"). */
export interface MoodValues {
	mood: number;
	urge?: number;
	emotions?: Record<string, number | null>;
	note?: string;
}

export const MOOD_MIN = 0;
export const MOOD_MAX = 10;
export const INTENSITY_MAX = 100;

/** Serialise with the fixed key order the fast readers rely on. */
export function serializeEntry(entry: Entry): string {
	const ordered: Record<string, unknown> = {v: entry.v, id: entry.id, at: entry.at};
	// A tombstone says so right after `at`, where the fast reader looks for it.
	if (entry.deleted) ordered['deleted'] = true;
	Object.assign(ordered, {
		type: entry.type,
		exercise: entry.exercise,
		created: entry.created,
		tags: entry.tags,
		values: entry.values,
	});
	if (entry.metrics !== undefined) ordered['metrics'] = entry.metrics;
	if (entry.edited !== undefined) ordered['edited'] = entry.edited;
	if (entry.source !== undefined) ordered['source'] = entry.source;
	return JSON.stringify(ordered);
}

const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function isEntryId(value: string): boolean {
	return ID_PATTERN.test(value);
}

/**
 * Checks a parsed line. Returns the entry, or a short reason it is not one.
 * Unknown extra keys are kept (a newer cope may have written them).
 */
export function toEntry(value: unknown): Entry | string {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
	const record = value as Record<string, unknown>;
	if (record['v'] !== ENTRY_FORMAT) return `unknown format version ${JSON.stringify(record['v'])}`;
	if (typeof record['id'] !== 'string' || record['id'] === '') return 'no id';
	if (typeof record['at'] !== 'string' || Number.isNaN(Date.parse(record['at']))) return 'no valid "at" time';
	if (typeof record['type'] !== 'string') return 'no type';
	if (typeof record['exercise'] !== 'string') return 'no exercise';
	if (typeof record['created'] !== 'string') return 'no created time';
	if (!Array.isArray(record['tags']) || !record['tags'].every((tag) => typeof tag === 'string')) return 'tags are not a list of words';
	if (typeof record['values'] !== 'object' || record['values'] === null || Array.isArray(record['values']))
		return 'values are not an object';
	return record as unknown as Entry;
}

/** Entries newest first by `at`, then by id. */
export function byNewest(a: Entry, b: Entry): number {
	const at = Date.parse(b.at) - Date.parse(a.at);
	if (at !== 0) return at;
	return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The local calendar day an entry belongs to: the date part of `at`, which was
 * written with the UTC offset in force where and when it happened. An entry at
 * 23:30 local stays on that day, across DST changes and later moves.
 */
export function localDay(at: string): string {
	return at.slice(0, 10);
}
