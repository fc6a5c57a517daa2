import {inert} from '../../domain/text.js';
import {invalid} from '../../errors.js';

/** The short options of the commands that take words, and what to show before `--`. */
const SHORT_OPTIONS: Readonly<Record<string, {letters: string; example: string}>> = {
	log: {letters: 'tue', example: 'cope log 5'},
	journal: {letters: 't', example: 'cope journal'},
};

/**
 * A word that starts with "-" reads as options: `cope log 5 "-exhausted"` would be -e with
 * the feeling "xhausted", and the note lost. So for `command`, a short option glued to its
 * value ("-exhausted", "-tired") is refused, saying how to write either: a space between an
 * option and its value, and words that start with "-" after `--`. Digits after -u ("-u8")
 * are an urge. `words` are cope's arguments as given.
 */
export function refuseGluedOption(command: string, words: readonly string[]): void {
	const options = SHORT_OPTIONS[command];
	if (options === undefined) return;
	const end = words.indexOf('--');
	for (const word of end === -1 ? words : words.slice(0, end)) {
		const glued = /^-([a-z])(.+)$/.exec(word);
		if (glued === null || !options.letters.includes(glued[1] as string)) continue;
		const [, letter, raw] = glued as unknown as [string, string, string];
		if (letter === 'u' && /^\d+$/.test(raw)) continue;
		// What was typed is echoed inert, even in an error.
		const [shown, value] = [inert(word, {singleLine: true}), inert(raw, {singleLine: true})];
		throw invalid(
			`"${shown}" reads as the option -${letter} with "${value}".`,
			`For the option, put a space after it: -${letter} ${value}. For words that start with "-", put -- before them: ${options.example} -- "${shown}"`,
		);
	}
}
