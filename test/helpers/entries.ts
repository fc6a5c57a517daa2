import {appendFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {type Entry, type EntryValue, serializeEntry} from '../../src/domain/entry.js';
import {createEntry} from '../../src/domain/mood-entry.js';
import {entryIdMaker} from '../../src/domain/entry-id.js';

/** A safety-plan entry as the safety-plan exercise writes it (values keyed by step id). */
export function planEntry(values: Record<string, EntryValue>, at: Date): Entry {
	return createEntry({type: 'safety-plan', exercise: 'safety-plan', at, now: at, values, id: testId()});
}

/** Appends entries to a test store's entries.jsonl, creating the directory. */
export function writeEntries(home: string, entries: readonly Entry[]): void {
	mkdirSync(home, {recursive: true});
	appendFileSync(join(home, 'entries.jsonl'), entries.map((entry) => serializeEntry(entry) + '\n').join(''));
}

const newId = entryIdMaker(Math.random);

/** A fresh entry id, for entries a test makes (ids are made outside the domain code). */
export function testId(): string {
	return newId(new Date());
}
