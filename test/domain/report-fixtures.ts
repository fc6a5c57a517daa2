import type {Entry, EntryValue} from '../../src/domain/entry.js';

let counter = 0;

/** A stored entry for unit tests: only what the report reads matters. */
export function entry(
	at: string,
	fields: {type?: string; tags?: string[]; values?: Record<string, EntryValue>; metrics?: Record<string, number>} = {},
): Entry {
	counter += 1;
	const made: Entry = {
		v: 1,
		id: `01J${String(counter).padStart(23, '0')}`,
		at,
		type: fields.type ?? 'mood',
		exercise: fields.type === 'thought-record' ? 'thought-record' : 'mood-log',
		created: at,
		tags: fields.tags ?? [],
		values: fields.values ?? {},
	};
	if (fields.metrics) made.metrics = fields.metrics;
	return made;
}

/** A `cope log` entry: mood (and urge) in values and metrics, at noon UTC+1 of `day` unless a time is given. */
export function mood(day: string, level: number, options: {urge?: number; tags?: string[]; time?: string} = {}): Entry {
	const metrics: Record<string, number> = {mood: level};
	const values: Record<string, EntryValue> = {mood: level};
	if (options.urge !== undefined) {
		metrics['urge'] = options.urge;
		values['urge'] = options.urge;
	}
	return entry(`${day}T${options.time ?? '12:00:00'}+01:00`, {tags: options.tags, values, metrics});
}

/** Fails on NaN or Infinity anywhere inside a value. */
export function findNonFinite(value: unknown, path = '$'): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) {
			const found = findNonFinite(item, `${path}[${index}]`);
			if (found) return found;
		}
	} else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			const found = findNonFinite(item, `${path}.${key}`);
			if (found) return found;
		}
	}
	return undefined;
}
