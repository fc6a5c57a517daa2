import {readdirSync, readFileSync, statSync, type Stats} from 'node:fs';
import {createHash} from 'node:crypto';
import {dirname, join, resolve} from 'node:path';
import {normaliseCountry, resolveSettings} from '../domain/settings.js';
import {type EntriesTally, tallyEntries} from '../domain/doctor/entries-tally.js';
import {EDIT_FILE_PREFIX} from './edit-file.js';
import {parseEntryLine} from './entries.js';
import {forEachLine} from './lines.js';
import {readRegularFile} from './regular-file.js';
import {lockIsStale, parseHolder} from './lock.js';
import type {DataPaths} from './paths.js';
import {StoreError} from './store-error.js';
import {entriesTarget} from './writer.js';

/*
 * What `cope doctor` looks at, as facts: the words for them are the command's
 * (src/commands/doctor/checks.ts).
 */

/** A temp file younger than this may belong to a write in progress: it is left alone. */
export const TEMP_GRACE_MS = 10 * 60_000;

function statOrUndefined(path: string): Stats | undefined {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

export function isProcessAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export function listDir(dir: string): string[] {
	try {
		return readdirSync(dir).sort();
	} catch {
		return [];
	}
}

/** The files whose permissions matter: everything cope writes that holds words or settings. */
export function privateFiles(paths: DataPaths): Array<{path: string; dir: boolean}> {
	// entries.days holds tags: words too.
	const files = [paths.entries, paths.days, paths.config, paths.state, paths.quarantine, paths.goals].map((path) => ({path, dir: false}));
	const drafts = statOrUndefined(paths.drafts);
	if (drafts?.isDirectory()) {
		files.push({path: paths.drafts, dir: true});
		for (const name of listDir(paths.drafts)) files.push({path: join(paths.drafts, name), dir: false});
	}
	return [{path: paths.dir, dir: true}, ...files];
}

export function tallyStore(paths: DataPaths): EntriesTally {
	const tally = tallyEntries((text) => createHash('sha1').update(text).digest('base64'));
	forEachLine(paths.entries, (text, line) => tally.add(parseEntryLine(text), line, text));
	return tally.result();
}

/** The pid a lock file names (undefined for an empty or unreadable one), and its token. */
function lockHolder(path: string): {pid: number | undefined; token: string} | undefined {
	if (!statOrUndefined(path)) return undefined;
	let token = '';
	try {
		token = readRegularFile(path).toString('utf8');
	} catch {
		// Unreadable: judged by its age, as the lock itself does.
	}
	return {pid: parseHolder(token).pid, token};
}

/** A lock whose holder is gone, judged as the lock itself judges: a live holder (even a paused one) is never stale. */
export function staleLock(paths: DataPaths): {pid: number | undefined} | undefined {
	const holder = lockHolder(paths.lock);
	if (!holder) return undefined;
	return lockIsStale(paths.lock, holder.token) ? {pid: holder.pid} : undefined;
}

export interface Leftover {
	name: string;
	path: string;
	/** The process that made it, when its name says. */
	pid?: number;
	mtime: number;
}

/**
 * Temp files of atomic writes (ours and conf's) and moved-aside locks: copies, never the only
 * copy of anything. A rewrite of a symlinked entries.jsonl writes its temp file beside the
 * file the link points to (src/store/writer.ts): that folder is looked in too, for those only.
 */
export function leftoverTempFiles(paths: DataPaths): Leftover[] {
	const found = leftoversIn(paths.dir, () => true);
	const targetDir = dirname(entriesTarget(paths));
	if (resolve(targetDir) !== resolve(paths.dir)) found.push(...leftoversIn(targetDir, (name) => STORE_TEMP.test(name)));
	return found;
}

/** The temp copy of a rewrite of entries.jsonl (src/store/writer.ts names them so). */
const STORE_TEMP = /^\.entries\.jsonl\.\d+\.[0-9a-f]{8}\.tmp$/;

function leftoversIn(dir: string, wanted: (name: string) => boolean): Leftover[] {
	const found: Leftover[] = [];
	for (const name of listDir(dir)) {
		if (!wanted(name)) continue;
		const ours =
			/^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name) ??
			// The store's lock and the goals' (src/store/lock.ts names both's temp files alike).
			/^(?:entries|goals)\.lock\.stale-(\d+)-[0-9a-f]+$/.exec(name) ??
			/^(?:entries|goals)\.lock\.(\d+)\.[0-9a-f]{8}\.new$/.exec(name);
		const conf = /\.tmp-\d{10}[0-9a-f]{6}$/.test(name);
		if (!ours && !conf) continue;
		const path = join(dir, name);
		const stats = statOrUndefined(path);
		if (!stats?.isFile()) continue;
		const pid = ours ? Number(ours[1]) : undefined;
		// In use by a live writer, or too fresh to judge: not a leftover.
		if (pid !== undefined ? isProcessAlive(pid) && Date.now() - stats.mtimeMs < TEMP_GRACE_MS : Date.now() - stats.mtimeMs < TEMP_GRACE_MS)
			continue;
		found.push({name, path, pid, mtime: stats.mtimeMs});
	}
	return found;
}

/** Edit files whose `cope edit` is no longer running: they may hold words that were never saved. */
export function leftoverEditFiles(paths: DataPaths): Leftover[] {
	const found: Leftover[] = [];
	for (const name of listDir(paths.dir)) {
		if (!name.startsWith(EDIT_FILE_PREFIX)) continue;
		const pid = Number(/-(\d+)-[0-9a-f]+\.txt$/.exec(name)?.[1]);
		const path = join(paths.dir, name);
		const stats = statOrUndefined(path);
		if (!stats?.isFile() || isProcessAlive(pid)) continue;
		found.push({name, path, pid: Number.isInteger(pid) ? pid : undefined, mtime: stats.mtimeMs});
	}
	return found;
}

export function draftFiles(paths: DataPaths): Array<{name: string; path: string; readable: boolean; mtime: number}> {
	return listDir(paths.drafts).flatMap((name) => {
		const path = join(paths.drafts, name);
		const stats = statOrUndefined(path);
		if (!stats?.isFile()) return [];
		let readable = true;
		try {
			JSON.parse(readFileSync(path, 'utf8'));
		} catch {
			readable = false;
		}
		return [{name, path, readable, mtime: stats.mtimeMs}];
	});
}

/** Why config.json could not be read: not JSON (with the parser's detail), not an object, not a regular file, or the file system's error. */
export type ConfigUnreadable =
	{why: 'not-json'; detail: string} | {why: 'not-an-object'} | {why: 'not-a-file'} | {why: 'io'; detail: string};

export type ConfigState = {kind: 'missing'} | ({kind: 'unreadable'} & ConfigUnreadable) | {kind: 'ok'; value: unknown; invalid: string[]};

export function readConfigState(paths: DataPaths): ConfigState {
	let text: string;
	try {
		text = readRegularFile(paths.config).toString('utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'missing'};
		if (error instanceof StoreError) return {kind: 'unreadable', why: 'not-a-file'};
		return {kind: 'unreadable', why: 'io', detail: (error as Error).message};
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return {kind: 'unreadable', why: 'not-json', detail: (error as Error).message};
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return {kind: 'unreadable', why: 'not-an-object'};
	const {settings, invalid} = resolveSettings(value);
	// Reading settings checks only the country's shape (fast); here it must be a real one.
	const country = settings['country'];
	if (typeof country === 'string' && country !== '' && normaliseCountry(country) === undefined) invalid.push('country');
	return {kind: 'ok', value, invalid};
}

/** Each private file or folder that exists, with its mode and owner. */
export function permissionFacts(paths: DataPaths): Array<{path: string; dir: boolean; mode: number; uid: number}> {
	return privateFiles(paths).flatMap(({path, dir}) => {
		const stats = statOrUndefined(path);
		return stats ? [{path, dir, mode: stats.mode & 0o777, uid: stats.uid}] : [];
	});
}

/** What is at entries.jsonl: nothing, a regular file, or something else (a FIFO, a device, a folder). */
export function entriesFileKind(paths: DataPaths): 'missing' | 'file' | 'other' {
	const stats = statOrUndefined(paths.entries);
	return stats === undefined ? 'missing' : stats.isFile() ? 'file' : 'other';
}

/** The lock, if there is one: who holds it, and whether that holder is gone. */
export function lockFacts(paths: DataPaths): {pid: number | undefined; stale: boolean} | undefined {
	const holder = lockHolder(paths.lock);
	if (!holder) return undefined;
	return {pid: holder.pid, stale: staleLock(paths) !== undefined};
}

/** How many records quarantine.jsonl holds; undefined when there is none. */
export function quarantineCount(paths: DataPaths): number | undefined {
	if (!statOrUndefined(paths.quarantine)) return undefined;
	let count = 0;
	forEachLine(paths.quarantine, (text) => {
		if (text === undefined || text.trim() !== '') count++;
	});
	return count;
}
