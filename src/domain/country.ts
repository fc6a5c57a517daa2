/**
 * Country codes people write that are not the ISO 3166 code of a country today,
 * and the code cope's helplines use for it. One table for the locale
 * (`en_UK.UTF-8`) and the `country` setting (`cope config set country uk`), so
 * both find the same lines. These are the region aliases Intl knows (CLDR): every
 * code here is named by Intl.DisplayNames and canonicalised by Intl.Locale to the
 * code beside it; a test checks the table against Intl. Kept as a table because
 * the fast paths read settings and must not load ICU's region data.
 */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
	UK: 'GB',
	AN: 'CW',
	BU: 'MM',
	CS: 'RS',
	DD: 'DE',
	DY: 'BJ',
	FX: 'FR',
	HV: 'BF',
	NH: 'VU',
	RH: 'ZW',
	SU: 'RU',
	TP: 'TL',
	VD: 'VN',
	YD: 'YE',
	YU: 'RS',
	ZR: 'CD',
};

/** The aliases, for tests and docs. */
export function countryAliases(): Readonly<Record<string, string>> {
	return COUNTRY_ALIASES;
}

/** A two-letter code in capitals, with an alias replaced by the code it stands for: uk → GB, ie → IE. */
export function canonicalCountry(code: string): string {
	const upper = code.trim().toUpperCase();
	return Object.hasOwn(COUNTRY_ALIASES, upper) ? (COUNTRY_ALIASES[upper] as string) : upper;
}
