/**
 * Every setting cope knows, with its type, default and validation: the one source
 * that `cope config`, the fast settings reader and conf's JSON schema all use.
 */
import {invalid} from '../errors.js';
import {canonicalCountry} from './country.js';

export type SettingValue = string | number | boolean;

export interface SettingDefinition {
	key: string;
	description: string;
	/** What `cope config set` accepts, in words, for error messages. */
	accepts: string;
	default: SettingValue;
	/** JSON-schema fragment for conf. */
	schema: Record<string, unknown>;
	/** Turns typed text into a value, or returns undefined when it is not acceptable. */
	parse(text: string): SettingValue | undefined;
	/** Is a value read from config.json acceptable? */
	check(value: unknown): boolean;
	/** An acceptable stored value as cope uses it (a country stored as "UK" before cope took aliases: GB). */
	tidy?(value: SettingValue): SettingValue;
}

function integerSetting(key: string, description: string, min: number, max: number, fallback: number): SettingDefinition {
	const check = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
	return {
		key,
		description,
		accepts: `a whole number from ${min} to ${max}`,
		default: fallback,
		schema: {type: 'integer', minimum: min, maximum: max},
		parse(text) {
			if (!/^\s*\d+\s*$/.test(text)) return undefined;
			const value = Number.parseInt(text, 10);
			return check(value) ? value : undefined;
		},
		check,
	};
}

// Built on first use: creating it loads ICU region data, which the fast paths never need.
let regionNames: Intl.DisplayNames | undefined;

/**
 * A two-letter ISO 3166 region code that Intl knows, upper-cased, with an alias such as
 * UK given as the code cope's lines use (GB); undefined otherwise.
 */
export function normaliseCountry(text: string): string | undefined {
	const code = canonicalCountry(text);
	if (!/^[A-Z]{2}$/.test(code)) return undefined;
	try {
		regionNames ??= new Intl.DisplayNames(['en'], {type: 'region'});
		const name = regionNames.of(code);
		// Intl names codes it does not know "Unknown Region" (ZZ) or echoes them back (XX).
		return name !== undefined && name !== code && name !== 'Unknown Region' ? code : undefined;
	} catch {
		return undefined;
	}
}

export const SETTINGS: readonly SettingDefinition[] = [
	{
		key: 'country',
		description: 'Where you are, for the right crisis line (a two-letter code such as GB, US, IE; empty: from your locale)',
		accepts: 'a two-letter country code such as GB, US, IE, AU or IN, or "" to go by your locale',
		default: '',
		schema: {type: 'string', pattern: '^([A-Z]{2})?$'},
		parse(text) {
			if (text.trim() === '') return '';
			return normaliseCountry(text);
		},
		// Reading only checks the shape: every command reads settings (alerts after a save),
		// and Intl's region data costs ~20 ms to load. `cope config set` checks the code itself.
		check: (value) => typeof value === 'string' && /^([A-Z]{2})?$/.test(value),
		tidy: (value) => (typeof value === 'string' ? canonicalCountry(value) : value),
	},
	integerSetting('alerts.urge', 'After an entry with an urge at or above this, cope shows where help is', 0, 10, 7),
	integerSetting('alerts.mood', 'After an entry with a mood at or below this, cope shows where help is', 0, 10, 2),
	{
		key: 'crisis.custom',
		description: 'Your own person or number to call, shown first in help (e.g. "Sam 07700 900123")',
		accepts: 'plain text up to 200 characters (no control characters or escape codes), or "" to clear it',
		default: '',
		schema: {type: 'string', maxLength: 200},
		parse: (text) => (text.length <= 200 && !hasControl(text) ? text.trim() : undefined),
		check: (value) => typeof value === 'string' && value.length <= 200,
	},
	{
		key: 'ui.plain',
		description: 'Line-by-line prompts instead of the screens, for screen readers and simple terminals (as cope run --plain)',
		accepts: 'true or false',
		default: false,
		schema: {type: 'boolean'},
		parse(text) {
			const word = text.trim().toLowerCase();
			if (['true', 'yes', 'on'].includes(word)) return true;
			return ['false', 'no', 'off'].includes(word) ? false : undefined;
		},
		check: (value) => typeof value === 'boolean',
	},
];

function hasControl(text: string): boolean {
	return /[\u0000-\u001F\u007F-\u009F]/.test(text);
}

export function findSetting(key: string): SettingDefinition | undefined {
	return SETTINGS.find((setting) => setting.key === key);
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

export type Settings = Record<string, SettingValue>;

/** Reads a dotted key from a nested object, without walking into prototypes. */
export function getPath(object: unknown, key: string): unknown {
	let current: unknown = object;
	for (const part of key.split('.')) {
		if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) return undefined;
		current = (current as Record<string, unknown>)[part];
	}
	return current;
}

/** Settings from a parsed config.json: known keys only, defaults where missing or not acceptable. */
export function resolveSettings(stored: unknown): {settings: Settings; invalid: string[]} {
	const settings: Settings = {};
	const invalid: string[] = [];
	for (const setting of SETTINGS) {
		const value = getPath(stored, setting.key);
		if (value === undefined) settings[setting.key] = setting.default;
		else if (setting.check(value)) settings[setting.key] = setting.tidy ? setting.tidy(value as SettingValue) : (value as SettingValue);
		else {
			settings[setting.key] = setting.default;
			invalid.push(setting.key);
		}
	}
	// A group ("alerts") that is not an object hides all its settings: it is invalid itself.
	for (const group of new Set(
		SETTINGS.filter((setting) => setting.key.includes('.')).map((setting) => setting.key.split('.')[0] as string),
	)) {
		const value = getPath(stored, group);
		if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) invalid.push(group);
	}
	return {settings, invalid};
}

/** conf's JSON schema, built from the definitions above. */
export function confSchema(): Record<string, unknown> {
	const schema: Record<string, Record<string, unknown>> = {};
	for (const setting of SETTINGS) {
		const parts = setting.key.split('.');
		if (parts.length === 1) {
			schema[setting.key] = {...setting.schema, default: setting.default};
			continue;
		}
		const [group, name] = parts as [string, string];
		const node = (schema[group] ??= {type: 'object', properties: {}, default: {}});
		(node['properties'] as Record<string, unknown>)[name] = {...setting.schema, default: setting.default};
	}
	return schema;
}
