import {eastAsianWidth} from 'get-east-asian-width';

/**
 * Makes user text inert for a terminal: escape sequences and other control
 * characters are shown as visible symbols instead of being obeyed, so nothing a
 * person (or an imported file) wrote can move the cursor, change colours or retitle
 * the window. Newlines and tabs are kept unless `singleLine`.
 */
export function inert(text: string, options: {singleLine?: boolean} = {}): string {
	return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (char) => {
		if (char === '\n') return options.singleLine ? ' ⏎ ' : '\n';
		if (char === '\t') return options.singleLine ? ' ' : '\t';
		if (char === '\r') return '';
		const code = char.codePointAt(0) ?? 0;
		// ^[ style for C0 and DEL, a plain placeholder for the rest.
		if (code < 0x20) return `^${String.fromCodePoint(code + 0x40)}`;
		if (code === 0x7f) return '^?';
		return '�';
	});
}

const ZERO_WIDTH = /[\p{Default_Ignorable_Code_Point}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Format}\p{Control}]/u;
const WIDE_EMOJI = /\p{Emoji_Presentation}/u;
/**
 * Dashes, quotes and other punctuation, arrows, box drawing and blocks (a report's charts
 * and frames): one cell each, told without ZERO_WIDTH, whose first use costs milliseconds.
 */
const ONE_CELL: ReadonlyArray<readonly [number, number]> = [
	[0x2010, 0x2028],
	[0x2030, 0x2060],
	[0x2190, 0x2200],
	[0x2500, 0x25a0],
];

/**
 * Terminal cells one code point takes: 2 for wide ones (日, 한, most emoji), 0 for
 * combining marks and other invisible ones, 1 for the rest. (A joined emoji sequence
 * counts each of its parts, so it is over-measured: it may wrap early, never overflow.)
 */
export function cellWidth(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	if (code >= 0x20 && code < 0x7f) return 1;
	if (ONE_CELL.some(([from, to]) => code >= from && code < to)) return 1;
	if (ZERO_WIDTH.test(char)) return 0;
	if (code < 0x300) return 1;
	if (WIDE_EMOJI.test(char)) return 2;
	return eastAsianWidth(code);
}

/** Terminal cells a (single-line) text takes. */
export function cellsOf(text: string): number {
	let cells = 0;
	for (const char of text) cells += cellWidth(char);
	return cells;
}

/** Shortens to `max` terminal cells, ending in an ellipsis where it cuts. */
export function truncate(text: string, max: number): string {
	if (cellsOf(text) <= max) return text;
	let kept = '';
	let cells = 0;
	for (const char of text) {
		const width = cellWidth(char);
		if (cells + width > max - 1) break;
		kept += char;
		cells += width;
	}
	return kept + '…';
}

/**
 * How many terminal lines a text takes when wrapped at `width` cells the way Ink wraps it:
 * at spaces, a word longer than a line broken where it must, and every line break kept.
 */
export function wrappedLines(text: string, width: number): number {
	const size = Math.max(1, width);
	let lines = 0;
	for (const line of text.split('\n')) {
		lines++;
		let used = 0;
		for (const word of line.split(' ')) {
			let cells = cellsOf(word);
			const needed = used === 0 ? cells : used + 1 + cells;
			if (needed <= size) {
				used = needed;
				continue;
			}
			if (used > 0) lines++;
			// A word wider than a whole line fills lines of its own.
			while (cells > size) {
				lines++;
				cells -= size;
			}
			used = cells;
		}
	}
	return lines;
}

/** Pads with spaces to `width` terminal cells (padEnd counts UTF-16 units, not cells). */
export function padCells(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - cellsOf(text)));
}

/** `#tags` written inside a note, lower-cased, without `#`. */
export function tagsInText(text: string): string[] {
	const found: string[] = [];
	// Most notes have no tag: the pattern (costly to build, at its first use) is then not needed.
	if (!text.includes('#')) return found;
	for (const match of text.matchAll(/(?:^|[^\p{L}\p{N}_&#/])#([\p{L}\p{N}_][\p{L}\p{M}\p{N}_-]*)/gu)) {
		const tag = match[1];
		if (tag !== undefined && !/^\d+$/.test(tag)) found.push(foldTag(tag));
	}
	return found;
}

export const TAG_PATTERN = /^[\p{L}\p{N}_][\p{L}\p{M}\p{N}_-]*$/u;

/**
 * A tag's one spelling: lower case, composed (NFC). The Turkish dotted capital İ
 * folds to i (its plain lower case is i plus a combining dot, which would make
 * #İstanbul and #istanbul two tags).
 */
export function foldTag(text: string): string {
	return text.replace(/İ/g, 'i').toLowerCase().normalize('NFC');
}

/** Normalises a tag given with -t (a leading # is fine); undefined if it is not a tag. */
export function normaliseTag(text: string): string | undefined {
	const tag = foldTag(text.trim().replace(/^#/, ''));
	return TAG_PATTERN.test(tag) && tag.length <= 40 ? tag : undefined;
}

export function uniqueTags(tags: Iterable<string>): string[] {
	return [...new Set(tags)];
}

/**
 * JSON for a terminal: the characters inert() tames that JSON.stringify leaves raw
 * (C1 controls, line and paragraph separators, bidirectional overrides such as
 * U+202E) written as \u escapes. Outside strings JSON is plain ASCII, so this only
 * touches strings, and the result parses to the same value.
 */
export function terminalSafeJson(json: string): string {
	return json.replace(
		/[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
		(char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
	);
}
