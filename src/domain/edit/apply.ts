import {type Entry, type EntryValue, serializeEntry} from '../entry.js';
import {tagsInText, uniqueTags} from '../text.js';
import {toLocalIso} from '../time.js';

/** Sets an own property, even one named like `__proto__` (values come from files too). */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
	Object.defineProperty(record, key, {value, enumerable: true, writable: true, configurable: true});
}

/** New values in the entry's own key order, new keys after. */
function orderedValues(old: Record<string, EntryValue>, next: Record<string, EntryValue>): Record<string, EntryValue> {
	const values: Record<string, EntryValue> = {};
	for (const key of Object.keys(old)) if (Object.hasOwn(next, key)) setOwn(values, key, next[key] as EntryValue);
	for (const key of Object.keys(next)) if (!Object.hasOwn(old, key)) setOwn(values, key, next[key] as EntryValue);
	return values;
}

/**
 * The numbers reports read. A mood entry's are its mood and urge; for other
 * entries a metric named like one of its values follows that value (a metric whose
 * step has another name is left as it was: without the exercise, cope cannot know).
 */
function updatedMetrics(entry: Entry, values: Record<string, EntryValue>): Record<string, number> | undefined {
	const metrics: Record<string, number> = {};
	if (entry.type === 'mood') {
		for (const key of ['mood', 'urge']) if (typeof values[key] === 'number') metrics[key] = values[key];
	} else {
		for (const [key, value] of Object.entries(entry.metrics ?? {})) {
			if (!Object.hasOwn(entry.values, key)) setOwn(metrics, key, value);
			else if (typeof values[key] === 'number') setOwn(metrics, key, values[key]);
		}
	}
	if (Object.keys(metrics).length === 0) return undefined;
	// The same numbers keep their old object, so an unchanged entry serialises the same.
	const old = entry.metrics ?? {};
	const same =
		Object.keys(metrics).length === Object.keys(old).length && Object.entries(metrics).every(([key, value]) => old[key] === value);
	return same ? entry.metrics : metrics;
}

export interface EntryChange {
	/** ISO time with offset, already parsed. */
	at: string;
	tags: readonly string[];
	values: Record<string, EntryValue>;
}

/**
 * The next version of an entry: same id, `edited` set. #tags written into changed
 * text count as tags, as they do in `cope log`. Returns undefined when nothing changed.
 */
export function applyEdit(entry: Entry, change: EntryChange, now: Date): Entry | undefined {
	const values = orderedValues(entry.values, change.values);
	const written: string[] = [];
	for (const [key, value] of Object.entries(values)) {
		if (typeof value === 'string' && value !== entry.values[key]) written.push(...tagsInText(value));
	}
	const next: Entry = {...entry, at: change.at, tags: uniqueTags([...change.tags, ...written]), values};
	const metrics = updatedMetrics(entry, values);
	if (metrics === undefined) delete next.metrics;
	else next.metrics = metrics;
	const {edited: _before, ...unchangedOld} = entry;
	const {edited: _after, ...unchangedNew} = next;
	if (serializeEntry(unchangedOld as Entry) === serializeEntry(unchangedNew as Entry)) return undefined;
	next.edited = toLocalIso(now);
	return next;
}

/** A tombstone: the id, its time and type and where it came from, without a word of it. */
export function tombstone(entry: Entry, now: Date): Entry {
	const marker: Entry = {
		v: entry.v,
		id: entry.id,
		at: entry.at,
		type: entry.type,
		exercise: entry.exercise,
		created: entry.created,
		tags: [],
		values: {},
		edited: toLocalIso(now),
		deleted: true,
	};
	if (entry.source !== undefined) marker.source = entry.source;
	return marker;
}
