import {closeSync, fsyncSync, openSync} from 'node:fs';
import {isUtf8} from 'node:buffer';
import {toLocalIso} from '../domain/time.js';
import {fsyncDir, writeAll, writeFileAtomic} from './atomic.js';
import {withLock} from './lock.js';
import {type DataPaths, FILE_MODE} from './paths.js';
import {readRegularFile} from './regular-file.js';

/*
 * quarantine.jsonl: what `cope doctor --repair` moved aside (unreadable lines, unfinished
 * edits, drafts and settings it could not read), one record a line, never thrown away. It
 * is written holding the store's lock (src/store/lock.ts), like entries.jsonl, so that a
 * delete can take a deleted entry's words out of it without losing a record added beside it.
 */

/** A thing moved aside: where it was, why, and its bytes (as text when they are UTF-8, else base64). */
export interface QuarantineRecord {
	quarantined: string;
	from: string;
	line?: number;
	reason: string;
	text?: string;
	base64?: string;
}

export function quarantineRecord(bytes: Buffer, from: string, reason: string, now: Date, line?: number): QuarantineRecord {
	const record: QuarantineRecord =
		line === undefined ? {quarantined: toLocalIso(now), from, reason} : {quarantined: toLocalIso(now), from, line, reason};
	// Bytes that are not UTF-8 are kept exactly, as base64, so the quarantine file stays readable text.
	if (isUtf8(bytes)) record.text = bytes.toString('utf8');
	else record.base64 = bytes.toString('base64');
	return record;
}

/** Appends records to quarantine.jsonl (0600), holding the store's lock, and fsyncs: when this returns, they are on disk. */
export function appendQuarantine(paths: DataPaths, records: readonly QuarantineRecord[]): void {
	if (records.length > 0) withLock(paths.lock, () => appendQuarantineHoldingLock(paths, records));
}

/** The same, for a caller that already holds the lock. */
export function appendQuarantineHoldingLock(paths: DataPaths, records: readonly QuarantineRecord[]): void {
	if (records.length === 0) return;
	const fd = openSync(paths.quarantine, 'a', FILE_MODE);
	try {
		writeAll(fd, Buffer.from(records.map((record) => JSON.stringify(record)).join('\n') + '\n', 'utf8'));
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	fsyncDir(paths.dir);
}

/**
 * After a delete, holding the lock: the records that hold the deleted entry's words go too
 * (a damaged version of it, or the file of a `cope edit` of it), as the delete asked. The
 * rest is rewritten as it was, through a temp file and a rename.
 */
export function forgetInQuarantine(paths: DataPaths, id: string, isEditFileOf: (name: string) => boolean): void {
	let data: Buffer;
	try {
		data = readRegularFile(paths.quarantine);
	} catch {
		return;
	}
	const lines = data.toString('utf8').split('\n');
	const kept = lines.filter((line) => line === '' || !holdsWordsOf(line, id, isEditFileOf));
	if (kept.length === lines.length) return;
	writeFileAtomic(paths.quarantine, kept.join('\n'));
}

function holdsWordsOf(line: string, id: string, isEditFileOf: (name: string) => boolean): boolean {
	if (line.includes(id)) return true;
	let record: Partial<QuarantineRecord>;
	try {
		record = JSON.parse(line) as Partial<QuarantineRecord>;
	} catch {
		return false;
	}
	if (typeof record.from === 'string' && isEditFileOf(record.from)) return true;
	return typeof record.base64 === 'string' && Buffer.from(record.base64, 'base64').includes(id);
}
