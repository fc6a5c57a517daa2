import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import Segmenter, {EACH_ONE} from '../../src/domain/graphemes.js';

/*
 * cope's Segmenter stands in for Intl.Segmenter in the bundle (scripts/build.mjs): it must split
 * every text exactly as Intl.Segmenter does, for Ink and the libraries it draws with.
 */
const real = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const plain = (segments: Iterable<{segment: string; index: number; input: string}>) =>
	[...segments].map(({segment, index, input}) => ({segment, index, input}));

/** The code points cope splits itself (EACH_ONE holds no astral ones). */
function eachOneCodePoints(): string[] {
	return Array.from({length: 0x10000}, (_, code) => String.fromCharCode(code)).filter((char) => EACH_ONE.test(char));
}

describe('Segmenter (Intl.Segmenter without ICU for plain text)', () => {
	it('every code point it splits itself is a grapheme of its own beside any other', () => {
		const chars = eachOneCodePoints();
		// Whether two characters join depends on what kind each is (a mark joins what is before
		// it, a prefix what is after it, two Hangul jamo or flag letters join each other, CR a line
		// feed): each is tried after a letter, before one, twice over and before a line feed; then
		// random pairs of them.
		const count = (text: string): number => [...real.segment(text)].length;
		for (const char of chars) {
			expect(count(`a${char}a${char}${char}\n`), `U+${(char.codePointAt(0) ?? 0).toString(16)}`).toBe(6);
		}
		fc.assert(
			fc.property(fc.constantFrom(...chars), fc.constantFrom(...chars), (first, second) => {
				expect(count(first + second)).toBe(2);
			}),
			{numRuns: 5000},
		);
	});

	it('splits any text as Intl.Segmenter does: segments, their places, and the one holding each place', () => {
		const pieces = [
			'a',
			'Z',
			' ',
			'~',
			'\n',
			'\r',
			'\r\n',
			'\t',
			'\u001b[31m',
			'\u001b]8;;https://x\u0007',
			'é',
			'e\u0301',
			'ß',
			'·',
			'—',
			'…',
			'→',
			'─',
			'█',
			'▄',
			'●',
			'❯',
			'❶',
			'日',
			'한',
			'\u1100\u1161\u11a8',
			'क्ष',
			'👍',
			'👍🏽',
			'👩‍💻',
			'❤️',
			'1️⃣',
			'🇬🇧',
			'🇬',
			'\u200d',
			'\ufe0f',
			'\u0301',
			'\u00ad',
			'\u2028',
			'🏴󠁧󠁢󠁳󠁣󠁴󠁿',
		];
		const ours = new Segmenter(undefined, {granularity: 'grapheme'});
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (parts) => {
				const text = parts.join('');
				expect(plain(ours.segment(text))).toEqual(plain(real.segment(text)));
				const theirs = real.segment(text);
				const mine = ours.segment(text);
				for (let at = -1; at <= text.length; at++) {
					const expected = theirs.containing(at);
					expect(mine.containing(at)).toEqual(expected && {segment: expected.segment, index: expected.index, input: expected.input});
				}
			}),
			{numRuns: 500},
		);
	});

	it('leaves words, sentences, other locales and wrong options to Intl.Segmenter', () => {
		const text = 'Breathe in. Hold, then out.';
		expect([...new Segmenter('en', {granularity: 'word'}).segment(text)]).toEqual([
			...new Intl.Segmenter('en', {granularity: 'word'}).segment(text),
		]);
		expect(new Segmenter(undefined, {granularity: 'sentence'}).resolvedOptions().granularity).toBe('sentence');
		expect(() => new Segmenter(undefined, {granularity: 'lines' as 'word'})).toThrow(RangeError);
	});
});
