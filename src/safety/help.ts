import type {Settings} from '../domain/settings.js';
import {inert} from '../domain/text.js';
import {
	describeHelpline,
	HELPLINES,
	type HelplineData,
	helplinesFor,
	type HelplineDirectory,
	type Helpline,
	shortHelpline,
} from './helplines.js';
import {countryFromLocale} from './locale.js';

/** Where help is, for one person: their own contact, their country's lines, the directories. */
export interface HelpNow {
	/** The person's own contact (`crisis.custom`), made inert; shown first. */
	custom?: string;
	/** The country in effect, and how cope knows it. */
	country?: string;
	countryFrom: 'setting' | 'locale' | 'unknown';
	countryName?: string;
	/** The country's lines, best first; empty when cope has none for it. */
	lines: Helpline[];
	/** The emergency number, when the country is listed. */
	emergency?: string;
	directories: HelplineDirectory[];
}

/** The `country` setting when set, else the locale's (LC_ALL, LC_MESSAGES, LANG). */
export function resolveCountry(settings: Settings, env: NodeJS.ProcessEnv): Pick<HelpNow, 'country' | 'countryFrom'> {
	const setting = settings['country'];
	if (typeof setting === 'string' && setting !== '') return {country: setting, countryFrom: 'setting'};
	const fromLocale = countryFromLocale(env);
	return fromLocale === undefined ? {countryFrom: 'unknown'} : {country: fromLocale, countryFrom: 'locale'};
}

export function helpNow(settings: Settings, env: NodeJS.ProcessEnv = process.env, helplines: HelplineData = HELPLINES): HelpNow {
	const help: HelpNow = {...resolveCountry(settings, env), lines: [], directories: helplines.directories};
	const custom = settings['crisis.custom'];
	if (typeof custom === 'string' && custom.trim() !== '') help.custom = inert(custom.trim(), {singleLine: true});
	const listed = helplinesFor(help.country, helplines);
	if (listed) {
		help.countryName = listed.name;
		help.lines = listed.lines;
		help.emergency = listed.emergency;
	}
	return help;
}

/** A directory's address without the scheme, as a person would type it. */
export function bareUrl(url: string): string {
	return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/**
 * The lines "help now" shows everywhere (the TUI's ctrl+g, `cope sos`): the
 * person's own contact first, then their country's crisis lines and emergency
 * number; when cope has no line for them, the international directories.
 */
export function crisisLines(settings: Settings, env: NodeJS.ProcessEnv = process.env): string[] {
	return helpLines(helpNow(settings, env));
}

/** A line of where to turn; `url` marks an address that must never be broken across lines. */
export interface ReachLine {
	text: string;
	url?: string;
}

/** Where to turn, first things first: the person's own contact, their country's lines, or the directories. */
export function reachLines(help: HelpNow): ReachLine[] {
	const lines: ReachLine[] = [];
	if (help.custom !== undefined) lines.push({text: `Your contact: ${help.custom}`});
	for (const line of help.lines) lines.push({text: describeHelpline(line)});
	if (help.emergency !== undefined) {
		lines.push({text: `If you are in danger now, call ${help.emergency}.`});
		return lines;
	}
	const [first, second] = help.directories;
	if (first) lines.push({text: 'Find a helpline where you are:', url: bareUrl(first.url)});
	if (second) lines.push({text: `Or the ${second.name}:`, url: bareUrl(second.url)});
	lines.push({text: 'If you are in danger now, call your local emergency number.'});
	return lines;
}

/** A reach line as one string, for a terminal that wraps it itself. */
export function reachText(line: ReachLine): string {
	return line.url === undefined ? line.text : `${line.text} ${line.url}`;
}

/** The same lines, from help already worked out: one string each. */
export function helpLines(help: HelpNow): string[] {
	return reachLines(help).map(reachText);
}

/** The one place to turn, for a one-line message: "Samaritans 116 123 (free, 24/7)". */
export function firstHelp(settings: Settings, env: NodeJS.ProcessEnv = process.env): string {
	const help = helpNow(settings, env);
	const first = help.lines[0];
	const line =
		first === undefined
			? `${bareUrl(help.directories[0]?.url ?? 'https://findahelpline.com')} lists free helplines where you are`
			: shortHelpline(first);
	return help.custom === undefined ? line : `${help.custom}, or ${line}`;
}
