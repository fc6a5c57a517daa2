/**
 * Characters that are each a grapheme (what a reader sees as one character) whatever stands
 * beside them: controls (escape codes are made of them) other than CR, which joins a following
 * LF; ASCII; Latin letters and signs (U+00A0–U+02FF, before the combining marks); punctuation
 * (no joiners or separators); arrows; box drawing, blocks and shapes; ornamental brackets and
 * circled numbers. What cope's screens are made of.
 */
export const EACH_ONE = /^[\x00-\x0c\x0e-\u02ff\u2010-\u2027\u2030-\u205f\u2190-\u21ff\u2500-\u25fc\u2768-\u2793]*$/;

interface Segment {
	segment: string;
	index: number;
	input: string;
}

/** What `segment()` returns: the segments, in order, and the one that holds a code unit. */
interface Segments extends Iterable<Segment> {
	containing(codeUnitIndex?: number): Segment | undefined;
}

/** Text whose every code unit is a grapheme, as Intl.Segmenter would split it. */
function eachOne(input: string): Segments {
	return {
		containing(codeUnitIndex = 0) {
			const index = Math.trunc(codeUnitIndex);
			return index >= 0 && index < input.length ? {segment: input.charAt(index), index, input} : undefined;
		},
		*[Symbol.iterator]() {
			for (let index = 0; index < input.length; index++) yield {segment: input.charAt(index), index, input};
		},
	};
}

// Read here only, and under another name: scripts/build.mjs hands this class to the bundle in
// place of every `Intl.Segmenter`.
const IntlSegmenter = globalThis.Intl.Segmenter;

/**
 * Intl.Segmenter, for Ink and the libraries it draws with (scripts/build.mjs puts it in place of
 * the global): they split every line they draw into graphemes, and making the first real
 * Intl.Segmenter starts ICU's locale data, ~9 ms of every screen's first frame. Text that is one
 * grapheme per character (EACH_ONE) is split here; any other text, and words or sentences, go to
 * a real Intl.Segmenter, made when first needed. test/domain/graphemes.test.ts checks the two
 * split alike.
 */
export default class Segmenter {
	readonly #locales: Intl.LocalesArgument;
	readonly #options: Intl.SegmenterOptions | undefined;
	/** The default locale's grapheme splitter: the only one that splits EACH_ONE text itself. */
	readonly #graphemes: boolean;
	#real: Intl.Segmenter | undefined;

	constructor(locales?: Intl.LocalesArgument, options?: Intl.SegmenterOptions) {
		this.#locales = locales;
		this.#options = options;
		this.#graphemes = locales === undefined && options?.localeMatcher === undefined && (options?.granularity ?? 'grapheme') === 'grapheme';
		// Any other is the real one from the start, so a wrong locale or granularity throws here.
		if (!this.#graphemes) this.#made();
	}

	segment(input: string): Segments {
		const text = String(input);
		return this.#graphemes && EACH_ONE.test(text) ? eachOne(text) : this.#made().segment(text);
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		return this.#made().resolvedOptions();
	}

	#made(): Intl.Segmenter {
		this.#real ??= new IntlSegmenter(this.#locales, this.#options);
		return this.#real;
	}
}
