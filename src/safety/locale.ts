/**
 * The country a person's locale names, for choosing a crisis line when the
 * `country` setting is empty. Pure: the environment is passed in.
 */
import {canonicalCountry} from '../domain/country.js';

/**
 * The locale in effect for messages, in POSIX order: LC_ALL overrides
 * everything, then LC_MESSAGES, then LANG. Empty values do not count.
 */
export function localeFromEnv(env: NodeJS.ProcessEnv): string | undefined {
	for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
		const value = env[name]?.trim();
		if (value) return value;
	}
	return undefined;
}

/**
 * The two-letter region of a locale name, upper-cased: en_GB.UTF-8 → GB,
 * de_DE@euro → DE, en-NZ → NZ, zh_Hans_CN → CN. C, POSIX, C.UTF-8, a bare
 * language ("en") or a numeric region ("es_419") name no country: undefined.
 */
export function regionOfLocale(locale: string): string | undefined {
	const name = locale.split(/[.@]/)[0] ?? '';
	const parts = name.split(/[_-]/);
	for (const part of parts.slice(1).reverse()) {
		if (!/^[A-Za-z]{2}$/.test(part)) continue;
		// Aliases such as UK are the ones the country setting takes too (src/domain/country.ts).
		return canonicalCountry(part);
	}
	return undefined;
}

/** The country of the locale in effect, or undefined when it names none. */
export function countryFromLocale(env: NodeJS.ProcessEnv): string | undefined {
	const locale = localeFromEnv(env);
	return locale === undefined ? undefined : regionOfLocale(locale);
}
