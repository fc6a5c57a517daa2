import {chmodSync, existsSync, mkdirSync, statSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {StoreError} from './store-error.js';

export interface DataPaths {
	dir: string;
	entries: string;
	lock: string;
	/** A cache of where each entry is (no words); rebuilt whenever it does not match. */
	index: string;
	/** A cache of each day's figures (src/store/day-figures.ts); rebuilt whenever it does not match. */
	days: string;
	config: string;
	state: string;
	quarantine: string;
	drafts: string;
	exercises: string;
	/** Goals and homework (docs/goals.md). */
	goals: string;
	goalsLock: string;
}

/** --home, then COPE_HOME, then the system's folder for settings (defaultDataDir). */
export function resolveDataDir(home: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
	if (home !== undefined) {
		if (home.trim() === '') throw new StoreError({code: 'home-empty', from: '--home'});
		return resolve(home);
	}
	const fromEnv = env['COPE_HOME'];
	// Set but empty is most likely a mistake (COPE_HOME=$UNSET_VAR): guessing a folder could put entries where nobody looks.
	if (fromEnv !== undefined && fromEnv.trim() === '') throw new StoreError({code: 'home-empty', from: 'COPE_HOME'});
	if (fromEnv !== undefined) return resolve(fromEnv);
	return defaultDataDir(env);
}

/**
 * Where each system keeps a program's settings, as the env-paths library (and so conf)
 * has it: ~/Library/Preferences/cope on macOS, %APPDATA%\cope\Config on Windows,
 * $XDG_CONFIG_HOME/cope (else ~/.config/cope) elsewhere. Written out here, not
 * imported: env-paths imports node:process as an ES module, which makes Node build
 * process.stdin (milliseconds) on every start.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
	if (platform === 'darwin') return join(home, 'Library', 'Preferences', 'cope');
	if (platform === 'win32') return join(env['APPDATA'] || join(home, 'AppData', 'Roaming'), 'cope', 'Config');
	return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), 'cope');
}

export function dataPaths(dir: string): DataPaths {
	return {
		dir,
		entries: join(dir, 'entries.jsonl'),
		lock: join(dir, 'entries.lock'),
		index: join(dir, 'entries.idx'),
		days: join(dir, 'entries.days'),
		config: join(dir, 'config.json'),
		state: join(dir, 'state.json'),
		quarantine: join(dir, 'quarantine.jsonl'),
		drafts: join(dir, 'drafts'),
		exercises: join(dir, 'exercises'),
		goals: join(dir, 'goals.json'),
		goalsLock: join(dir, 'goals.lock'),
	};
}

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/**
 * Creates the directory 0700 if it is missing. A directory that already exists
 * is left as it is: --home may point at a folder the person manages themselves.
 */
export function ensureDir(dir: string): void {
	try {
		const created = mkdirSync(dir, {recursive: true, mode: DIR_MODE});
		if (created !== undefined) chmodSync(dir, DIR_MODE);
		else if (!statSync(dir).isDirectory()) throw new StoreError({code: 'data-dir', dir, detail: 'not-a-directory'});
	} catch (error) {
		if (error instanceof StoreError) throw error;
		const errno = (error as NodeJS.ErrnoException).code;
		throw new StoreError(
			{code: 'data-dir', dir, detail: (error as Error).message, ...(errno === undefined ? {} : {errno})},
			{cause: error},
		);
	}
}

/** The data folder, or the nearest of its parents that exists, when that is a file: nothing can be kept there. */
export function fileInTheWay(dir: string): string | undefined {
	for (let at = dir; ; at = dirname(at)) {
		if (existsSync(at)) return statSync(at).isDirectory() ? undefined : at;
		if (dirname(at) === at) return undefined;
	}
}
