import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {reportError} from '../../src/errors.js';
import {defaultDataDir, resolveDataDir} from '../../src/store/paths.js';
import {StoreError, type StoreProblem} from '../../src/store/store-error.js';
import {explainStoreError} from '../../src/words/store-errors.js';

describe('the default data directory', () => {
	it('is where each system keeps settings (the folder conf and env-paths use for "cope")', () => {
		expect(defaultDataDir({}, 'linux', '/home/sam')).toBe(join('/home/sam', '.config', 'cope'));
		expect(defaultDataDir({XDG_CONFIG_HOME: '/x/conf'}, 'linux', '/home/sam')).toBe(join('/x/conf', 'cope'));
		expect(defaultDataDir({XDG_CONFIG_HOME: ''}, 'freebsd', '/home/sam')).toBe(join('/home/sam', '.config', 'cope'));
		expect(defaultDataDir({XDG_CONFIG_HOME: '/ignored'}, 'darwin', '/Users/sam')).toBe(
			join('/Users/sam', 'Library', 'Preferences', 'cope'),
		);
		expect(defaultDataDir({APPDATA: 'C:/Users/sam/AppData/Roaming'}, 'win32', 'C:/Users/sam')).toBe(
			join('C:/Users/sam/AppData/Roaming', 'cope', 'Config'),
		);
		expect(defaultDataDir({}, 'win32', 'C:/Users/sam')).toBe(join('C:/Users/sam', 'AppData', 'Roaming', 'cope', 'Config'));
	});

	it('gives way to COPE_HOME and --home', () => {
		expect(resolveDataDir(undefined, {XDG_CONFIG_HOME: '/x/conf'})).toBe(defaultDataDir({XDG_CONFIG_HOME: '/x/conf'}));
		expect(resolveDataDir(undefined, {COPE_HOME: '/data/cope', XDG_CONFIG_HOME: '/x/conf'})).toBe('/data/cope');
		expect(resolveDataDir('/elsewhere', {COPE_HOME: '/data/cope'})).toBe('/elsewhere');
	});
});

describe('a data folder or file the system will not let cope use is said in plain words', () => {
	it('names the path and the reason, never the system code', () => {
		const said = (problem: StoreProblem): string => {
			const error = explainStoreError(new StoreError(problem), 'save');
			return `${error.message}\n${error.hint ?? ''}`;
		};
		expect(said({code: 'io', path: '/d/entries.lock', errno: 'EACCES', detail: 'EACCES: permission denied, open …'})).toBe(
			'this entry was not saved: cope is not allowed to use /d/entries.lock: the permissions or owner of it or its folder do not let this user read or change it.\nEntries saved before are safe.',
		);
		expect(said({code: 'io', path: '/d/entries.jsonl', errno: 'EROFS', detail: 'EROFS'})).toContain(
			'/d/entries.jsonl is on a disk that is read-only',
		);
		expect(said({code: 'data-dir', dir: '/d', errno: 'EEXIST', detail: 'EEXIST: file already exists'})).toContain(
			'cannot use the data directory: /d is a file, not a folder.',
		);
		expect(said({code: 'setting-not-saved', key: 'country', path: '/d/config.json', errno: 'EACCES', detail: 'EACCES'})).toBe(
			'could not save country: cope is not allowed to use /d: the permissions or owner of it or its folder do not let this user read or change it.\nThe settings are as they were.',
		);
	});

	it('and an error no command put into words, too (exit 1)', () => {
		let text = '';
		const error = Object.assign(new Error("ENOTDIR: not a directory, open '/f/entries.jsonl'"), {
			code: 'ENOTDIR',
			path: '/f/entries.jsonl',
		});
		expect(reportError(error, (written) => (text += written))).toBe(1);
		expect(text).toBe(
			'cope: /f/entries.jsonl cannot be reached: part of that path is a file, not a folder.\nNothing you wrote was lost. `cope where` shows the data folder; `cope doctor` checks it.\n',
		);
	});
});
