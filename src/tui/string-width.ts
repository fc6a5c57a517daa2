import stripAnsi from 'strip-ansi';
import {cellsOf} from '../domain/text.js';

/**
 * What Ink and the libraries it draws with (wrap-ansi, widest-line, cli-truncate) measure
 * text with: scripts/build.mjs hands them this module wherever they import the string-width
 * package, so the screens and cope's own layout count terminal cells with one function
 * (cellsOf, src/domain/text.ts), and a line cope fits to a width is the line Ink draws.
 * string-width measured every text with a non-ASCII character through a grapheme segmenter
 * and Unicode-property patterns: ~20 ms of the first screen's start. Same signature.
 */
export default function stringWidth(text: string, options: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean} = {}): number {
	if (typeof text !== 'string' || text === '') return 0;
	return cellsOf(options.countAnsiEscapeCodes === true ? text : stripAnsi(text), {ambiguousWide: options.ambiguousIsNarrow === false});
}
