import {readdirSync, readFileSync, statSync, type Stats} from 'node:fs';
import {createHash} from 'node:crypto';
import {join} from 'node:path';
import {normaliseCountry, resolveSettings, SETTINGS} from '../domain/settings.js';
import {checkHelp} from '../safety/help-check.js';
import {type EntriesTally, tallyEntries} from '../domain/doctor/entries-tally.js';
import {type CheckResult, note, octal, ok, problem} from '../domain/doctor/types.js';
import {EDIT_FILE_PREFIX} from './edit-file.js';
import {parseEntryLine} from './entries.js';
import {forEachLine} from './lines.js';
import {type DataPaths, DIR_MODE, FILE_MODE} from './paths.js';

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
	const files = [paths.entries, paths.config, paths.state, paths.quarantine].map((path) => ({path, dir: false}));
	const drafts = statOrUndefined(paths.drafts);
	if (drafts?.isDirectory()) {
		files.push({path: paths.drafts, dir: true});
		for (const name of listDir(paths.drafts)) files.push({path: join(paths.drafts, name), dir: false});
	}
	return [{path: paths.dir, dir: true}, ...files];
}

export function checkPermissions(paths: DataPaths): CheckResult {
	if (process.platform === 'win32') return note('permissions', 'Permissions are not checked on Windows; your user folder protects the data.');
	const wrong: string[] = [];
	const uid = process.getuid?.();
	for (const {path, dir} of privateFiles(paths)) {
		const stats = statOrUndefined(path);
		if (!stats) continue;
		const want = dir ? DIR_MODE : FILE_MODE;
		if ((stats.mode & 0o777) !== want) wrong.push(`${path} is ${octal(stats.mode)}; it should be ${octal(want)} (${dir ? 'a folder only you can open' : 'only you can read and write it'}).`);
		if (uid !== undefined && stats.uid !== uid) wrong.push(`${path} belongs to another user (uid ${stats.uid}).`);
	}
	if (wrong.length === 0) return ok('permissions', 'Permissions: only you can read your data (folder 0700, files 0600).');
	return problem('permissions', `Permissions: ${wrong.length === 1 ? 'one file or folder is' : `${wrong.length} files or folders are`} not private.`, wrong);
}

const SHOWN_LINES = 20;

export function tallyStore(paths: DataPaths): EntriesTally {
	const tally = tallyEntries((text) => createHash('sha1').update(text).digest('base64'));
	forEachLine(paths.entries, (text, line) => tally.add(parseEntryLine(text), line, text));
	return tally.result();
}

export function checkEntries(paths: DataPaths): CheckResult {
	const stats = statOrUndefined(paths.entries);
	if (stats === undefined) return ok('entries', 'entries.jsonl: no entries yet.');
	if (!stats.isFile()) return problem('entries', `${paths.entries} is not a file.`, ['Move it aside yourself; cope will start a new one.'], false);
	const tally = tallyStore(paths);
	const parts = [`${tally.lines} ${tally.lines === 1 ? 'line' : 'lines'}`, `${tally.live} ${tally.live === 1 ? 'entry' : 'entries'}`];
	if (tally.deleted > 0) parts.push(`${tally.deleted} deleted`);
	const details: string[] = [];
	if (tally.superseded > 0) details.push(`${tally.superseded} older ${tally.superseded === 1 ? 'version' : 'versions'} of edited or deleted entries${tally.duplicates > 0 ? ` (${tally.duplicates} repeated)` : ''}; --repair tidies them away.`);
	if (tally.newer > 0) details.push(`${tally.newer} ${tally.newer === 1 ? 'line was' : 'lines were'} written by a newer version of cope; ${tally.newer === 1 ? 'it is' : 'they are'} kept as ${tally.newer === 1 ? 'it is' : 'they are'}.`);
	if (tally.blank > 0) details.push(`${tally.blank} blank ${tally.blank === 1 ? 'line' : 'lines'} (harmless).`);
	if (tally.unreadable.length === 0) {
		const summary = `entries.jsonl: ${parts.join(' · ')}; ${tally.newer > 0 ? 'every other line reads' : 'every line reads'}.`;
		const tidy = tally.superseded > 0 || tally.blank > 0;
		return details.length > 0 ? note('entries', summary, details, tidy) : ok('entries', summary);
	}
	const lines = tally.unreadable.slice(0, SHOWN_LINES).map(({line, reason}) => `line ${line}: ${reason}`);
	if (tally.unreadable.length > SHOWN_LINES) lines.push(`and ${tally.unreadable.length - SHOWN_LINES} more`);
	return problem(
		'entries',
		`entries.jsonl: ${parts.join(' · ')}; ${tally.unreadable.length} ${tally.unreadable.length === 1 ? 'line cannot' : 'lines cannot'} be read.`,
		[...lines, ...details, `--repair moves ${tally.unreadable.length === 1 ? 'it' : 'them'} to ${paths.quarantine}, kept byte for byte.`],
	);
}

/** The pid a lock file names, or undefined for an empty or unreadable one. */
function lockHolder(path: string): {pid: number | undefined; age: number} | undefined {
	const stats = statOrUndefined(path);
	if (!stats) return undefined;
	let pid: number | undefined;
	try {
		const parsed = Number.parseInt(readFileSync(path, 'utf8').split(' ')[0] ?? '', 10);
		pid = Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
	} catch {
		pid = undefined;
	}
	return {pid, age: Date.now() - stats.mtimeMs};
}

/** A lock whose holder is gone (or that has sat there for over 30 s, as the lock itself judges). */
export function staleLock(paths: DataPaths): {pid: number | undefined} | undefined {
	const holder = lockHolder(paths.lock);
	if (!holder) return undefined;
	if (holder.pid !== undefined && isProcessAlive(holder.pid) && holder.age < 30_000) return undefined;
	if (holder.pid === undefined && holder.age < 2000) return undefined;
	return {pid: holder.pid};
}

export function checkLock(paths: DataPaths): CheckResult {
	const holder = lockHolder(paths.lock);
	if (!holder) return ok('lock', 'No lock left behind.');
	const stale = staleLock(paths);
	if (!stale) return note('lock', `Another cope is writing right now${holder.pid === undefined ? '' : ` (process ${holder.pid})`}.`);
	return problem('lock', `A lock was left behind by a cope that stopped${stale.pid === undefined ? '' : ` (process ${stale.pid})`}.`, ['cope breaks such a lock by itself when it next writes; --repair removes it now.']);
}

export interface Leftover {
	name: string;
	path: string;
	/** The process that made it, when its name says. */
	pid?: number;
	mtime: number;
}

/** Temp files of atomic writes (ours and conf's) and moved-aside locks: copies, never the only copy of anything. */
export function leftoverTempFiles(paths: DataPaths): Leftover[] {
	const found: Leftover[] = [];
	for (const name of listDir(paths.dir)) {
		const ours = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name) ?? /^entries\.lock\.stale-(\d+)-[0-9a-f]+$/.exec(name);
		const conf = /\.tmp-\d{10}[0-9a-f]{6}$/.test(name);
		if (!ours && !conf) continue;
		const path = join(paths.dir, name);
		const stats = statOrUndefined(path);
		if (!stats?.isFile()) continue;
		const pid = ours ? Number(ours[1]) : undefined;
		// In use by a live writer, or too fresh to judge: not a leftover.
		if (pid !== undefined ? isProcessAlive(pid) && Date.now() - stats.mtimeMs < TEMP_GRACE_MS : Date.now() - stats.mtimeMs < TEMP_GRACE_MS) continue;
		found.push({name, path, pid, mtime: stats.mtimeMs});
	}
	return found;
}

export function checkTempFiles(paths: DataPaths): CheckResult {
	const found = leftoverTempFiles(paths);
	if (found.length === 0) return ok('temp-files', 'No temporary files left behind.');
	return problem('temp-files', `${found.length} temporary ${found.length === 1 ? 'file was' : 'files were'} left by an interrupted write (copies; your entries are intact).`, [
		...found.map((file) => file.path),
		`--repair removes ${found.length === 1 ? 'it' : 'them'}.`,
	]);
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

export function checkEditFiles(paths: DataPaths): CheckResult {
	const found = leftoverEditFiles(paths);
	if (found.length === 0) return ok('edits', 'No unfinished edits left behind.');
	return problem('edits', `${found.length} unfinished ${found.length === 1 ? 'edit was' : 'edits were'} left behind by a cope edit that stopped; ${found.length === 1 ? 'it' : 'they'} may hold words you wrote.`, [
		...found.map((file) => file.path),
		`--repair keeps the words in ${paths.quarantine} and removes the file${found.length === 1 ? '' : 's'}.`,
	]);
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

export function checkDrafts(paths: DataPaths, now: Date): CheckResult {
	const drafts = draftFiles(paths);
	if (drafts.length === 0) return ok('drafts', 'No drafts waiting.');
	const age = (mtime: number): string => {
		const days = Math.floor((now.getTime() - mtime) / 86_400_000);
		return days < 1 ? 'from today' : days === 1 ? 'from yesterday' : `${days} days old`;
	};
	const unreadable = drafts.filter((draft) => !draft.readable);
	const details = drafts.map((draft) => `${draft.name} (${age(draft.mtime)})${draft.readable ? '' : ': cannot be read'}`);
	if (unreadable.length === 0) return note('drafts', `${drafts.length} ${drafts.length === 1 ? 'draft is' : 'drafts are'} waiting to be resumed (the next run of that exercise offers it).`, details);
	return problem('drafts', `${unreadable.length} ${unreadable.length === 1 ? 'draft cannot' : 'drafts cannot'} be read.`, [...details, `--repair keeps ${unreadable.length === 1 ? 'its' : 'their'} text in ${paths.quarantine} and removes ${unreadable.length === 1 ? 'it' : 'them'}.`]);
}

export type ConfigState = {kind: 'missing'} | {kind: 'unreadable'; reason: string} | {kind: 'ok'; value: unknown; invalid: string[]};

export function readConfigState(paths: DataPaths): ConfigState {
	let text: string;
	try {
		text = readFileSync(paths.config, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'missing'};
		return {kind: 'unreadable', reason: (error as Error).message};
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return {kind: 'unreadable', reason: `not valid JSON (${(error as Error).message})`};
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return {kind: 'unreadable', reason: 'not a JSON object'};
	const {settings, invalid} = resolveSettings(value);
	// Reading settings checks only the country's shape (fast); here it must be a real one.
	const country = settings['country'];
	if (typeof country === 'string' && country !== '' && normaliseCountry(country) === undefined) invalid.push('country');
	return {kind: 'ok', value, invalid};
}

export function checkConfig(paths: DataPaths): CheckResult {
	const state = readConfigState(paths);
	if (state.kind === 'missing') return ok('config', 'config.json: not created yet; the defaults apply.');
	if (state.kind === 'unreadable') return problem('config', `config.json cannot be read: ${state.reason}; the defaults apply meanwhile.`, [`--repair keeps its text in ${paths.quarantine} and starts a fresh one with the defaults.`]);
	if (state.invalid.length === 0) return ok('config', 'config.json: every setting is valid.');
	return problem('config', `config.json: ${state.invalid.length === 1 ? 'a setting is' : `${state.invalid.length} settings are`} not valid (${state.invalid.join(', ')}); ${state.invalid.length === 1 ? 'its default applies' : 'their defaults apply'} meanwhile.`, [
		`--repair resets ${state.invalid.length === 1 ? 'it to its default' : 'them to their defaults'}; cope config set changes settings.`,
	]);
}

export function checkQuarantine(paths: DataPaths): CheckResult | undefined {
	let count = 0;
	const stats = statOrUndefined(paths.quarantine);
	if (!stats) return undefined;
	forEachLine(paths.quarantine, (text) => {
		if (text === undefined || text.trim() !== '') count++;
	});
	return note('quarantine', `${paths.quarantine} holds ${count} ${count === 1 ? 'thing' : 'things'} moved aside earlier. Look through it when you want; cope leaves it alone.`);
}

/** What help now will show, by the settings in config.json (their defaults where it has none or cannot be read). */
function checkHelpNow(paths: DataPaths, env: NodeJS.ProcessEnv): CheckResult {
	const state = readConfigState(paths);
	const {settings} = resolveSettings(state.kind === 'ok' ? state.value : {});
	// A setting the config check found wrong is not used: its default applies.
	if (state.kind === 'ok') for (const key of state.invalid) settings[key] = SETTINGS.find((setting) => setting.key === key)?.default ?? '';
	return checkHelp(settings, env);
}

/** Every check, each guarded so that one that fails is reported instead of stopping the others. */
export function runChecks(paths: DataPaths, now: Date, env: NodeJS.ProcessEnv = process.env): CheckResult[] {
	const checks: Array<[string, () => CheckResult | undefined]> = [
		['permissions', () => checkPermissions(paths)],
		['entries', () => checkEntries(paths)],
		['lock', () => checkLock(paths)],
		['temp-files', () => checkTempFiles(paths)],
		['edits', () => checkEditFiles(paths)],
		['drafts', () => checkDrafts(paths, now)],
		['config', () => checkConfig(paths)],
		['quarantine', () => checkQuarantine(paths)],
		['help', () => checkHelpNow(paths, env)],
	];
	const results: CheckResult[] = [];
	for (const [name, check] of checks) {
		try {
			const result = check();
			if (result) results.push(result);
		} catch (error) {
			results.push(problem(name, `Could not check ${name}: ${(error as Error).message}`, [], false));
		}
	}
	return results;
}
