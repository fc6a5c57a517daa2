import {chmodSync, mkdirSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import envPaths from 'env-paths';
import {StoreError} from './store-error.js';

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
}

/** --home, then COPE_HOME, then conf's config dir for "cope" (no "-nodejs" suffix). */
export function resolveDataDir(home: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
	if (home !== undefined) {
		if (home.trim() === '') throw new StoreError({code: 'home-empty', from: '--home'});
		return resolve(home);
	}
	const fromEnv = env['COPE_HOME'];
	// Set but empty is most likely a mistake (COPE_HOME=$UNSET_VAR): guessing a folder could put entries where nobody looks.
	if (fromEnv !== undefined && fromEnv.trim() === '') throw new StoreError({code: 'home-empty', from: 'COPE_HOME'});
	if (fromEnv !== undefined) return resolve(fromEnv);
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
		throw new StoreError({code: 'data-dir', dir, detail: (error as Error).message}, {cause: error});
	}
}
