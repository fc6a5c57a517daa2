import {describe, expect, it} from 'vitest';
import {countryFromLocale, localeFromEnv, regionOfLocale} from '../../src/safety/locale.js';

describe('regionOfLocale', () => {
	it.each([
		['en_GB.UTF-8', 'GB'],
		['en_US', 'US'],
		['fr_FR.utf8', 'FR'],
		['de_DE@euro', 'DE'],
		['nl_NL.UTF-8@euro', 'NL'],
		['en-NZ', 'NZ'],
		['en_ie', 'IE'],
		['zh_Hans_CN.UTF-8', 'CN'],
		['en_UK.UTF-8', 'GB'],
	])('%s → %s', (locale, country) => {
		expect(regionOfLocale(locale)).toBe(country);
	});

	it.each(['C', 'POSIX', 'C.UTF-8', 'en', 'es_419', '', 'en_G'])('%j names no country', (locale) => {
		expect(regionOfLocale(locale)).toBeUndefined();
	});
});

describe('localeFromEnv', () => {
	it('takes LC_ALL, then LC_MESSAGES, then LANG', () => {
		expect(localeFromEnv({LC_ALL: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR', LANG: 'en_GB.UTF-8'})).toBe('de_DE.UTF-8');
		expect(localeFromEnv({LC_MESSAGES: 'fr_FR', LANG: 'en_GB.UTF-8'})).toBe('fr_FR');
		expect(localeFromEnv({LANG: 'en_GB.UTF-8'})).toBe('en_GB.UTF-8');
		expect(localeFromEnv({})).toBeUndefined();
	});

	it('skips empty values', () => {
		expect(localeFromEnv({LC_ALL: '', LC_MESSAGES: ' ', LANG: 'en_AU.UTF-8'})).toBe('en_AU.UTF-8');
	});
});

describe('countryFromLocale', () => {
	it('LC_ALL=C overrides a LANG that names a country (POSIX order)', () => {
		expect(countryFromLocale({LC_ALL: 'C', LANG: 'en_GB.UTF-8'})).toBeUndefined();
	});

	it('reads the country of the locale in effect', () => {
		expect(countryFromLocale({LC_MESSAGES: 'en_IN', LANG: 'C'})).toBe('IN');
		expect(countryFromLocale({LANG: 'POSIX'})).toBeUndefined();
		expect(countryFromLocale({})).toBeUndefined();
	});
});
