import data from '../../data/helplines.json' with {type: 'json'};

/**
 * The bundled helpline directory (data/helplines.json). The build inlines the JSON,
 * so help never needs the network or a file that might be missing.
 */
export interface Helpline {
	name: string;
	/** Numbers to call, best first. */
	call?: string[];
	/** What to text where, e.g. "SHOUT to 85258", or a number. */
	text?: string;
	/** A web chat, as a bare address. */
	chat?: string;
	email?: string;
	hours: string;
	free: boolean;
	/** Who it is for, when not everyone ("young people"). */
	for?: string;
	/** A caveat shown with the terms, e.g. which number is free. */
	note?: string;
	/** The organisation's own page the details were checked against. */
	source: string;
	/** When they were checked (YYYY-MM-DD). */
	checked: string;
}

export interface CountryHelplines {
	name: string;
	emergency: string;
	lines: Helpline[];
}

export interface HelplineDirectory {
	name: string;
	url: string;
	about: string;
	source: string;
	checked: string;
}

export interface HelplineData {
	about: string;
	checked: string;
	directories: HelplineDirectory[];
	countries: Record<string, CountryHelplines>;
}

export const HELPLINES: HelplineData = data as HelplineData;

/** The lines for a two-letter country code, if the directory has any. */
export function helplinesFor(country: string | undefined, helplines: HelplineData = HELPLINES): CountryHelplines | undefined {
	if (country === undefined || !Object.hasOwn(helplines.countries, country)) return undefined;
	return helplines.countries[country];
}

/** "(free, 24/7, for young people; texts cost a standard text)" */
function terms(line: Helpline): string {
	const parts = [line.free ? 'free' : undefined, line.hours, line.for === undefined ? undefined : `for ${line.for}`];
	const note = line.note === undefined ? '' : `; ${line.note}`;
	return `(${parts.filter((part) => part !== undefined).join(', ')}${note})`;
}

/** Every way to reach a line: "call or text 988, chat at 988lifeline.org". */
export function waysToReach(line: Helpline): string {
	const ways: string[] = [];
	const call = line.call ?? [];
	if (call.length === 1 && call[0] === line.text) {
		ways.push(`call or text ${line.text}`);
	} else {
		if (call.length > 0) ways.push(`call ${call.join(' or ')}`);
		if (line.text !== undefined) ways.push(`text ${line.text}`);
	}
	if (line.chat !== undefined) ways.push(`chat at ${line.chat}`);
	if (line.email !== undefined) ways.push(`email ${line.email}`);
	return ways.join(', ');
}

/** One line in full: "Samaritans: call 116 123, email jo@samaritans.org (free, 24/7)". */
export function describeHelpline(line: Helpline): string {
	return `${line.name}: ${waysToReach(line)} ${terms(line)}`;
}

/**
 * The short form for a one-line message: "Samaritans 116 123 (free, 24/7)",
 * "988 Suicide & Crisis Lifeline: call or text 988 (free, 24/7)", "Shout: text SHOUT to 85258 (free, 24/7)".
 */
export function shortHelpline(line: Helpline): string {
	const number = line.call?.[0];
	if (number !== undefined && !line.name.includes(number)) return `${line.name} ${number} ${terms(line)}`;
	return `${line.name}: ${waysToReach({...line, chat: undefined, email: undefined})} ${terms(line)}`;
}
