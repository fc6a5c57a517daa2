import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

let counter = 0;

export interface Seed {
	at: string;
	type?: string;
	tags?: string[];
	values?: Record<string, unknown>;
	metrics?: Record<string, number>;
	id?: string;
	deleted?: true;
}

export function nextId(): string {
	counter += 1;
	return `01JC${String(counter).padStart(22, '0')}`;
}

/** One stored line, in the key order cope writes (v, id, at, deleted?, type, ...). */
export function line(seed: Seed): string {
	const type = seed.type ?? 'mood';
	const record: Record<string, unknown> = {v: 1, id: seed.id ?? nextId(), at: seed.at};
	if (seed.deleted) record['deleted'] = true;
	Object.assign(record, {
		type,
		exercise: type === 'mood' ? 'mood-log' : type,
		created: seed.at,
		tags: seed.tags ?? [],
		values: seed.values ?? {},
	});
	if (seed.metrics) record['metrics'] = seed.metrics;
	return JSON.stringify(record);
}

/** A `cope log` entry. */
export function moodLine(at: string, mood: number, options: {urge?: number; tags?: string[]; id?: string} = {}): string {
	const values: Record<string, unknown> = {mood};
	const metrics: Record<string, number> = {mood};
	if (options.urge !== undefined) {
		values['urge'] = options.urge;
		metrics['urge'] = options.urge;
	}
	return line({at, values, metrics, tags: options.tags, id: options.id});
}

/** Writes entries.jsonl into a fresh data directory. */
export function writeStore(home: string, lines: readonly string[]): void {
	mkdirSync(home, {recursive: true});
	writeFileSync(join(home, 'entries.jsonl'), lines.map((text) => `${text}\n`).join(''));
}

/** Terminal columns of a line (the report only uses single-width characters in these tests). */
export function columns(text: string): number {
	return [...text].length;
}
