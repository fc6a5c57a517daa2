import {tagFromLabel} from './tags.js';

/*
 * How jrnl reads the words of an entry (jrnl/journals/Entry.py in jrnl-org/jrnl),
 * so that what cope imports is what `jrnl` shows.
 */

// jrnl's tag pattern with its default tagsymbols "@": not after a letter (so no
// e-mail addresses), then letters, digits, _ and - + * # /, up to anything else.
const AT_TAG = /(?<!\S)@([-+*#/\p{L}\p{N}_]+)/gu;

export function atTags(text: string): string[] {
	return [...text.matchAll(AT_TAG)].map((match) => match[1] ?? '');
}

/**
 * A jrnl tag as a cope tag. "+" and "#" become words so that @c++, @c# and @c stay
 * three tags; "/" and other marks become "-" (@os/2 → #os-2).
 */
export function jrnlTag(label: string): string | undefined {
	return tagFromLabel(label.replace(/\+/g, ' plus ').replace(/#/g, ' sharp '));
}

// A sentence ends at . ! ? … ‼ ‽ ⁇ ⁈ ⁉ ⋯ ﹒ ﹗, maybe a closing quote and brackets, then
// white space; full-width CJK stops need no space after them.
const SENTENCE_END =
	/[.!?\u2026\u203C\u203D\u2047\u2048\u2049\u22EF\uFE52\uFE57]['\u2019"\u201D]?[\])]*\s+|[\uFF01\uFF0E\uFF1F\uFF61\u3002]/u;

/**
 * jrnl's title rule: when the entry's text has a line break, its first line;
 * otherwise its first sentence ("Went out. It rained." → "Went out." and "It
 * rained."). The text of an entry in a journal file runs up to the line break before
 * the next entry, so an entry followed by a blank line keeps its whole line as title.
 */
export function splitTitle(text: string): {title: string; body: string} {
	const start = text.trimStart();
	const newline = start.indexOf('\n');
	if (newline !== -1) return {title: start.slice(0, newline).trim(), body: start.slice(newline + 1).trim()};
	const sentence = SENTENCE_END.exec(text);
	if (!sentence) return {title: text.trim(), body: ''};
	const end = sentence.index + sentence[0].length;
	return {title: text.slice(0, end).trim(), body: text.slice(end).trim()};
}

/** An entry's text as jrnl reads it: a first line ending in "*" stars it (the stars and spaces around it go). */
export function readEntryText(text: string): {title: string; body: string; starred: boolean} {
	const lines = text.split('\n');
	const first = lines[0] ?? '';
	if (!first.trim().endsWith('*')) return {...splitTitle(text), starred: false};
	const title = first.replace(/^[\n *]+|[\n *]+$/g, '');
	return {...splitTitle(`${title}\n${lines.slice(1).join('\n')}`), starred: true};
}
