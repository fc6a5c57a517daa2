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
 * Latin letters and signs, dashes, quotes and other punctuation, arrows, box drawing, blocks
 * and shapes, ornamental brackets (❯, the screens' cursor) and circled numbers (a report's
 * charts and frames, the screens' marks): one cell each, told without
 * ZERO_WIDTH, whose first use costs milliseconds. (U+00AD, the soft hyphen, takes none.)
 */
const ONE_CELL: ReadonlyArray<readonly [number, number]> = [
	[0xa0, 0xad],
	[0xae, 0x300],
	[0x2010, 0x2028],
	[0x2030, 0x2060],
	[0x2190, 0x2200],
	[0x2500, 0x25fd],
	[0x2768, 0x2794],
];
const hex = (code: number): string => code.toString(16).padStart(4, '0');
/** Text made only of one-cell characters (printable ASCII and ONE_CELL): as many cells as characters. */
const ONE_CELL_TEXT = new RegExp(`^[\\x20-\\x7e${ONE_CELL.map(([from, to]) => `\\u${hex(from)}-\\u${hex(to - 1)}`).join('')}]*$`);

/**
 * Terminal cells one code point takes: 2 for wide ones (日, 한, most emoji), 0 for
 * combining marks and other invisible ones, 1 for the rest. `ambiguousWide`: East Asian
 * "ambiguous" characters take two (as some CJK terminals draw them).
 */
export function cellWidth(char: string, ambiguousWide = false): number {
	const code = char.codePointAt(0) ?? 0;
	if (code >= 0x20 && code < 0x7f) return 1;
	if (!ambiguousWide && ONE_CELL.some(([from, to]) => code >= from && code < to)) return 1;
	if (ZERO_WIDTH.test(char)) return 0;
	if (code < 0x300 && !ambiguousWide) return 1;
	if (WIDE_EMOJI.test(char)) return 2;
	return eastAsianWidth(code, {ambiguousAsWide: ambiguousWide});
}

/**
 * Code points that join with their neighbours into one character on screen (a grapheme
 * cluster): the zero-width joiner, variation selector 16 (emoji presentation), the keycap
 * mark, flag letters, skin tones, tag characters (subdivision flags) and Hangul jamo.
 */
const JOINING = /[\u200D\uFE0F\u20E3\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF]|\uD83C[\uDDE6-\uDDFF\uDFFB-\uDFFF]|\uDB40[\uDC20-\uDC7F]/;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const FLAG_LETTER = /^\uD83C[\uDDE6-\uDDFF]/;
let graphemes: Intl.Segmenter | undefined;

/** Cells of one grapheme cluster that holds a joining code point. */
function clusterWidth(cluster: string): number {
	const visible = [...cluster].filter((char) => cellWidth(char) > 0);
	const base = visible[0];
	if (base === undefined) return 0;
	// Emoji sequences are drawn as one emoji, two cells: joined pictographs, a pictograph with
	// VS16 or a skin tone or tags, a flag's two letters (one alone is drawn as a letter), a keycap.
	if (PICTOGRAPH.test(base) || (FLAG_LETTER.test(base) && visible.length === 2) || /^[\d#*]\uFE0F?\u20E3$/.test(cluster)) return 2;
	if (FLAG_LETTER.test(base)) return 1;
	return (isJamo(base) ? jamoWidth(visible) : undefined) ?? cellWidth(base);
}

const isLeadingJamo = (code: number): boolean => (code >= 0x1100 && code <= 0x115f) || (code >= 0xa960 && code <= 0xa97c);
const isVowelJamo = (code: number): boolean => (code >= 0x1160 && code <= 0x11a7) || (code >= 0xd7b0 && code <= 0xd7c6);
const isTrailingJamo = (code: number): boolean => (code >= 0x11a8 && code <= 0x11ff) || (code >= 0xd7cb && code <= 0xd7fb);
function isJamo(char: string): boolean {
	const code = char.codePointAt(0) ?? 0;
	return isLeadingJamo(code) || isVowelJamo(code) || isTrailingJamo(code);
}

/** Hangul written as jamo: each leading and vowel jamo (and trailing one) is one syllable, two cells; others add their own. */
function jamoWidth(visible: string[]): number | undefined {
	const codes = visible.map((char) => char.codePointAt(0) ?? 0);
	let cells = 0;
	for (let i = 0; i < codes.length; i++) {
		const code = codes[i] as number;
		if (!isJamo(visible[i] as string)) {
			// Jamo, then something else: that adds its own cells.
			if (cells === 0) return undefined;
			for (const char of visible.slice(i)) cells += cellWidth(char);
			return cells;
		}
		if (isLeadingJamo(code) && isVowelJamo(codes[i + 1] ?? 0)) {
			cells += 2;
			i += isTrailingJamo(codes[i + 2] ?? 0) ? 2 : 1;
			continue;
		}
		cells += cellWidth(visible[i] as string);
	}
	return cells;
}

/**
 * The text's characters as a terminal draws them, each with its cells: one code point each,
 * or whole grapheme clusters when the text has joining code points (found by Intl.Segmenter,
 * made only then: making the first costs ~10 ms).
 */
function* cellUnits(text: string, ambiguousWide = false): Generator<[string, number]> {
	if (!JOINING.test(text)) {
		for (const char of text) yield [char, cellWidth(char, ambiguousWide)];
		return;
	}
	graphemes ??= new Intl.Segmenter();
	for (const {segment} of graphemes.segment(text)) {
		if (JOINING.test(segment)) {
			yield [segment, clusterWidth(segment)];
			continue;
		}
		let cells = 0;
		for (const char of segment) cells += cellWidth(char, ambiguousWide);
		yield [segment, cells];
	}
}

/**
 * Terminal cells a (single-line) text takes: the one measure of cope's layout and of the
 * screens', Ink's included (scripts/build.mjs hands it to Ink as string-width).
 */
export function cellsOf(text: string, options: {ambiguousWide?: boolean} = {}): number {
	// Most text (a report's lines and charts, the screens') is told by one pattern, without a
	// loop over its characters: such a loop, run on every line, is what V8 then optimises, and a
	// command that ends while it does waits for it (~5 ms on Node 20).
	if (options.ambiguousWide ? /^[\u0020-\u007E]*$/.test(text) : ONE_CELL_TEXT.test(text)) return text.length;
	let cells = 0;
	for (const [, width] of cellUnits(text, options.ambiguousWide)) cells += width;
	return cells;
}

/** Shortens to `max` terminal cells, ending in an ellipsis where it cuts (never inside a character). */
export function truncate(text: string, max: number): string {
	if (cellsOf(text) <= max) return text;
	let kept = '';
	let cells = 0;
	for (const [unit, width] of cellUnits(text)) {
		if (cells + width > max - 1) break;
		kept += unit;
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
