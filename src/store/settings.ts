import {readRegularFile} from './regular-file.js';
import {findSetting, resolveSettings, SETTINGS, confSchema, type Settings, type SettingValue} from '../domain/settings.js';
import {StoreError} from './store-error.js';
import {invalid, failure} from '../errors.js';
import {type DataPaths, ensureDir, FILE_MODE} from './paths.js';

/**
 * Reads settings straight from config.json: the fast paths use this, because
 * loading conf (and with it ajv) costs about 100 ms. Writes go through conf.
 */
export function readSettings(paths: DataPaths, warn?: (message: string) => void): Settings {
	let stored: unknown = {};
	try {
		stored = JSON.parse(readRegularFile(paths.config).toString('utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			warn?.(
				`cannot read ${paths.config} (${error instanceof StoreError ? 'it is not a regular file' : (error as Error).message}); using the default settings. Fix it with \`cope config set\` or delete the file.`,
			);
		}
	}
	const {settings, invalid: bad} = resolveSettings(stored);
	for (const key of bad) {
		const setting = findSetting(key);
		warn?.(
			setting
				? `the setting ${key} in ${paths.config} is not ${setting.accepts}; using ${JSON.stringify(settings[key])}.`
				: `"${key}" in ${paths.config} should hold settings (e.g. ${key}.urge); using the defaults.`,
		);
	}
	return settings;
}

/** Parses and validates `text` for `key`; throws (exit 2) naming what is accepted. */
export function parseSettingValue(key: string, text: string): SettingValue {
	const setting = findSetting(key);
	if (!setting) {
		throw invalid(`there is no setting called "${key}".`, `Settings: ${SETTINGS.map((s) => s.key).join(', ')}.`);
	}
	const value = setting.parse(text);
	if (value === undefined) throw invalid(`${key} must be ${setting.accepts}; got ${JSON.stringify(text)}.`);
	return value;
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
		throw failure(
			`could not save ${key}: ${(error as Error).message}`,
			`Check ${paths.config}, or delete it to start from the defaults.`,
			error,
		);
	}
	return value;
}
