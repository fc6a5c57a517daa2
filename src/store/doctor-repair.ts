import {chmodSync, closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync} from 'node:fs';
import {isUtf8} from 'node:buffer';
import {basename} from 'node:path';
import {isFromNewerCope} from '../domain/doctor/entries-tally.js';
import {toLocalIso} from '../domain/time.js';
import {getPath, SETTINGS} from '../domain/settings.js';
import {fsyncDir, writeAll, writeFileAtomic} from './atomic.js';
import {compactLines, parseEntryLine, type RawLine, rewriteEntryLines} from './entries.js';
import {draftFiles, leftoverEditFiles, leftoverTempFiles, privateFiles, readConfigState, staleLock, tallyStore} from './doctor-checks.js';
import {repairGoals} from './doctor-goals.js';
import {type DataPaths, DIR_MODE, FILE_MODE} from './paths.js';

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
	const record: QuarantineRecord = line === undefined ? {quarantined: toLocalIso(now), from, reason} : {quarantined: toLocalIso(now), from, line, reason};
	// Bytes that are not UTF-8 are kept exactly, as base64, so the quarantine file stays readable text.
	if (isUtf8(bytes)) record.text = bytes.toString('utf8');
	else record.base64 = bytes.toString('base64');
	return record;
}

/** Appends records to quarantine.jsonl (0600) and fsyncs: when this returns, they are on disk. */
export function appendQuarantine(paths: DataPaths, records: readonly QuarantineRecord[]): void {
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

/** Moves unreadable lines to quarantine, then rewrites entries.jsonl atomically without them (and without superseded versions). */
function repairEntries(paths: DataPaths, now: Date, done: string[]): void {
	const tally = tallyStore(paths);
	if (tally.unreadable.length === 0 && tally.superseded === 0 && tally.blank === 0) return;
	let moved = 0;
	let tidied = 0;
	let blank = 0;
	rewriteEntryLines(paths, (lines: RawLine[]) => {
		const readable: RawLine[] = [];
		const records: QuarantineRecord[] = [];
		const ids = new Set<string>();
		let versions = 0;
		for (const line of lines) {
			const parsed = parseEntryLine(line.text);
			if (parsed === null) blank++;
			else if (typeof parsed === 'object') {
				versions++;
				ids.add(parsed.id);
			}
			// A newer cope's line is not damage: it stays where it is (compactLines keeps it byte for byte).
			if (typeof parsed === 'string' && !isFromNewerCope(parsed)) records.push(quarantineRecord(line.bytes, 'entries.jsonl', parsed, now, line.line));
			else readable.push(line);
		}
		// The quarantine is on disk before the store is rewritten: a crash in between leaves a copy in both, never in neither.
		appendQuarantine(paths, records);
		moved = records.length;
		tidied = versions - ids.size;
		return compactLines(readable);
	});
	if (moved > 0) done.push(`Moved ${moved} unreadable ${moved === 1 ? 'line' : 'lines'} from entries.jsonl to ${paths.quarantine}.`);
	if (tidied > 0) done.push(`Tidied away ${tidied} older ${tidied === 1 ? 'version' : 'versions'} of edited or deleted entries.`);
	if (blank > 0) done.push(`Removed ${blank} blank ${blank === 1 ? 'line' : 'lines'}.`);
	if (moved > 0 || tidied > 0 || blank > 0) done.push('Rewrote entries.jsonl in one step (the old file was replaced only once the new one was safely on disk).');
}

function moveFileToQuarantine(paths: DataPaths, path: string, reason: string, now: Date): void {
	appendQuarantine(paths, [quarantineRecord(readFileSync(path), basename(path), reason, now)]);
	unlinkSync(path);
}

function repairConfig(paths: DataPaths, now: Date, done: string[]): void {
	const state = readConfigState(paths);
	if (state.kind === 'unreadable') {
		moveFileToQuarantine(paths, paths.config, `config.json could not be read: ${state.reason}`, now);
		done.push(`Moved the unreadable config.json to ${paths.quarantine}; the defaults apply (change them with cope config set).`);
		return;
	}
	if (state.kind !== 'ok' || state.invalid.length === 0) return;
	const config = structuredClone(state.value) as Record<string, unknown>;
	for (const key of state.invalid) {
		const parts = key.split('.');
		const parent = parts.length === 1 ? config : getPath(config, parts.slice(0, -1).join('.'));
		if (typeof parent === 'object' && parent !== null) delete (parent as Record<string, unknown>)[parts.at(-1) ?? key];
	}
	// conf writes config.json with tabs; keep its look.
	writeFileAtomic(paths.config, JSON.stringify(config, undefined, '\t'));
	const defaults = state.invalid.map((key) => `${key} = ${JSON.stringify(SETTINGS.find((setting) => setting.key === key)?.default)}`);
	done.push(`Reset ${state.invalid.length === 1 ? 'a setting' : `${state.invalid.length} settings`} to the default: ${defaults.join(', ')}.`);
}

function repairLock(paths: DataPaths, done: string[]): void {
	const stale = staleLock(paths);
	if (!stale) return;
	// Move it aside first and check it is still the same lock, so a fresh one taken meanwhile is never removed.
	const before = readFileSync(paths.lock);
	const aside = `${paths.lock}.doctor-${process.pid}`;
	renameSync(paths.lock, aside);
	if (readFileSync(aside).equals(before) && staleLock({...paths, lock: aside})) {
		unlinkSync(aside);
		done.push('Removed the lock left by a cope that stopped.');
	} else {
		renameSync(aside, paths.lock);
	}
}

function repairPermissions(paths: DataPaths, done: string[]): void {
	if (process.platform === 'win32') return;
	let fixed = 0;
	for (const {path, dir} of privateFiles(paths)) {
		try {
			const want = dir ? DIR_MODE : FILE_MODE;
			const mode = modeOf(path);
			if (mode === undefined || mode === want) continue;
			chmodSync(path, want);
			fixed++;
		} catch {
			// Not ours to change (another owner): the check reports it again.
		}
	}
	if (fixed > 0) done.push(`Made ${fixed} ${fixed === 1 ? 'file or folder' : 'files and folders'} private again (folders 0700, files 0600).`);
}

function modeOf(path: string): number | undefined {
	try {
		return statSync(path).mode & 0o777;
	} catch {
		return undefined;
	}
}

/** Fixes what can be fixed without losing a byte. Returns what was done, in plain words. */
export function repairDataDir(paths: DataPaths, now: Date): string[] {
	const done: string[] = [];
	const steps: Array<[string, () => void]> = [
		['the lock', () => repairLock(paths, done)],
		['entries.jsonl', () => repairEntries(paths, now, done)],
		[
			'temporary files',
			() => {
				const files = leftoverTempFiles(paths);
				for (const file of files) unlinkSync(file.path);
				if (files.length > 0) done.push(`Removed ${files.length} temporary ${files.length === 1 ? 'file' : 'files'} left by an interrupted write.`);
			},
		],
		[
			'unfinished edits',
			() => {
				const files = leftoverEditFiles(paths);
				for (const file of files) moveFileToQuarantine(paths, file.path, 'an unfinished cope edit (the entry itself was not changed)', now);
				if (files.length > 0) done.push(`Kept the words of ${files.length} unfinished ${files.length === 1 ? 'edit' : 'edits'} in ${paths.quarantine} and removed the ${files.length === 1 ? 'file' : 'files'}.`);
			},
		],
		[
			'drafts',
			() => {
				const broken = draftFiles(paths).filter((draft) => !draft.readable);
				for (const draft of broken) moveFileToQuarantine(paths, draft.path, `a draft that could not be read (drafts/${draft.name})`, now);
				if (broken.length > 0) done.push(`Moved ${broken.length} unreadable ${broken.length === 1 ? 'draft' : 'drafts'} to ${paths.quarantine}.`);
			},
		],
		['config.json', () => repairConfig(paths, now, done)],
		['goals.json', () => repairGoals(paths, now, done)],
		['permissions', () => repairPermissions(paths, done)],
	];
	for (const [name, step] of steps) {
		try {
			step();
		} catch (error) {
			done.push(`Could not repair ${name}: ${(error as Error).message}. Nothing of it was removed.`);
		}
	}
	return done;
}
