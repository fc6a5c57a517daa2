import {invalid} from '../../errors.js';
import {MOOD_MAX, MOOD_MIN} from '../entry.js';

/** Daylio's five default mood names on cope's 0–10 scale. */
export const DAYLIO_DEFAULT_MOODS: Readonly<Record<string, number>> = {rad: 9, good: 7, meh: 5, bad: 3, awful: 1};

export const DEFAULT_MOODS_TEXT = Object.entries(DAYLIO_DEFAULT_MOODS)
	.map(([name, level]) => `${name}=${level}`)
	.join(', ');

/** Mood names are compared without case and without stray or doubled spaces ("Sad " is "sad"). */
export function normaliseMoodName(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const MAP_EXAMPLE = 'For example: --mood-map "sad=3,ok but sleepy=4" (levels from 0 to 10).';

/** A mood name as --mood-map takes it: in double quotes when it holds a comma or a quote ("" is a quote). */
export function moodMapName(name: string): string {
	return /[,"]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name;
}

/** The parts of "name=level,...", split at the commas outside double quotes. */
function mapParts(text: string): string[] {
	const parts: string[] = [];
	let part = '';
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		if (char === ',' && !quoted) {
			parts.push(part);
			part = '';
		} else part += char;
	}
	return [...parts, part].filter((each) => each.trim() !== '');
}

/** A part's name, without the double quotes around it. */
function unquote(name: string): string {
	const trimmed = name.trim();
	return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replaceAll('""', '"') : trimmed;
}

/**
 * Reads --mood-map "name=level,..." (the option may be given more than once) into a
 * map on top of the defaults. A name with a comma goes in double quotes. Throws (exit 2)
 * naming the first part it cannot use.
 */
export function parseMoodMap(texts: readonly string[]): Map<string, number> {
	const map = new Map<string, number>(Object.entries(DAYLIO_DEFAULT_MOODS));
	for (const text of texts) {
		const parts = mapParts(text);
		if (parts.length === 0) throw invalid('--mood-map is empty.', MAP_EXAMPLE);
		for (const part of parts) {
			const equals = part.lastIndexOf('=');
			const name = normaliseMoodName(unquote(equals === -1 ? part : part.slice(0, equals)));
			const level = equals === -1 ? '' : part.slice(equals + 1).trim();
			if (name === '') throw invalid(`--mood-map: "${part.trim()}" has no mood name before the "=".`, MAP_EXAMPLE);
			if (!/^\d+$/.test(level) || Number(level) < MOOD_MIN || Number(level) > MOOD_MAX) {
				throw invalid(
					`--mood-map: "${name}" needs a level, a whole number from ${MOOD_MIN} to ${MOOD_MAX}; got ${JSON.stringify(part.trim())}.`,
					MAP_EXAMPLE,
				);
			}
			map.set(name, Number(level));
		}
	}
	return map;
}
