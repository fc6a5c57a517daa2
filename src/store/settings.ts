import {readRegularFile} from './regular-file.js';
import {confSchema, parseSettingValue, resolveSettings, type Settings, type SettingValue} from '../domain/settings.js';
import {StoreError} from './store-error.js';
import {type DataPaths, ensureDir, FILE_MODE} from './paths.js';

/**
 * Something wrong in config.json that reading it went past (the defaults stand in):
 * src/words/settings.ts says it to the person.
 */
export type SettingsProblem =
	/** The file cannot be read (`detail`: the system's reason; none when it is not a regular file). */
	| {kind: 'unreadable'; path: string; detail?: string; errno?: string}
	/** A setting's value is not one it accepts; `using`: the default used instead. */
	| {kind: 'not-accepted'; path: string; key: string; using: SettingValue}
	/** A key that should hold a group of settings does not. */
	| {kind: 'not-a-group'; path: string; key: string};

/**
 * Reads settings straight from config.json: the fast paths use this, because
 * loading conf (and with it ajv) costs about 100 ms. Writes go through conf.
 */
export function readSettings(paths: DataPaths, report?: (problem: SettingsProblem) => void): Settings {
	let stored: unknown = {};
	try {
		stored = JSON.parse(readRegularFile(paths.config).toString('utf8'));
	} catch (error) {
		const errno = (error as NodeJS.ErrnoException).code;
		if (errno !== 'ENOENT')
			report?.({
				kind: 'unreadable',
				path: paths.config,
				...(error instanceof StoreError ? {} : {detail: (error as Error).message}),
				...(errno === undefined ? {} : {errno}),
			});
	}
	const {settings, invalid: bad} = resolveSettings(stored);
	for (const key of bad) {
		const using = settings[key as keyof Settings];
		report?.(using === undefined ? {kind: 'not-a-group', path: paths.config, key} : {kind: 'not-accepted', path: paths.config, key, using});
	}
	return settings;
}

/** Validates, then writes one setting through conf (schema-checked, atomic). */
export async function writeSetting(paths: DataPaths, key: string, text: string): Promise<SettingValue> {
	const value = parseSettingValue(key, text);
	ensureDir(paths.dir);
	const {default: Conf} = await import('conf');
	try {
		const conf = new Conf<Record<string, unknown>>({
			projectName: 'cope',
			projectSuffix: '',
			cwd: paths.dir,
			configName: 'config',
			configFileMode: FILE_MODE,
			schema: confSchema() as never,
			clearInvalidConfig: false,
		});
		conf.set(key, value);
	} catch (error) {
		const errno = (error as NodeJS.ErrnoException).code;
		throw new StoreError(
			{code: 'setting-not-saved', key, path: paths.config, detail: (error as Error).message, ...(errno === undefined ? {} : {errno})},
			{cause: error},
		);
	}
	return value;
}
