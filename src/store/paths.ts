import {chmodSync, mkdirSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import envPaths from 'env-paths';
import {failure, invalid} from '../errors.js';

export interface DataPaths {
	dir: string;
	entries: string;
	lock: string;
	/** A cache of where each entry is (no words); rebuilt whenever it does not match. */
	index: string;
	config: string;
	state: string;
	quarantine: string;
	drafts: string;
	exercises: string;
	/** Goals and homework (docs/goals.md). */
	goals: string;
	goalsLock: string;
}

/** --home, then COPE_HOME, then conf's config dir for "cope" (no "-nodejs" suffix). */
export function resolveDataDir(home: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
	if (home !== undefined) {
		if (home.trim() === '') throw invalid('--home needs a directory path.', 'For example: cope --home ~/notes/cope list');
		return resolve(home);
	}
	const fromEnv = env['COPE_HOME'];
	if (fromEnv !== undefined && fromEnv.trim() !== '') return resolve(fromEnv);
	return envPaths('cope', {suffix: ''}).config;
}

export function dataPaths(dir: string): DataPaths {
	return {
		dir,
		entries: join(dir, 'entries.jsonl'),
		lock: join(dir, 'entries.lock'),
		index: join(dir, 'entries.idx'),
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
		else if (!statSync(dir).isDirectory()) throw new Error('it is not a directory');
	} catch (error) {
		throw failure(`cannot use the data directory ${dir}: ${(error as Error).message}`, 'Set another with --home <dir> or COPE_HOME.', error);
	}
}
