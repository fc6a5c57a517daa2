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

/** Shortens to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
	const chars = [...text];
	if (chars.length <= max) return text;
	return chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/** `#tags` written inside a note, lower-cased, without `#`. */
export function tagsInText(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(/(?:^|[^\p{L}\p{N}_&#/])#([\p{L}\p{N}_][\p{L}\p{N}_-]*)/gu)) {
		const tag = match[1];
		if (tag !== undefined && !/^\d+$/.test(tag)) found.push(tag.toLowerCase());
	}
	return found;
}

export const TAG_PATTERN = /^[\p{L}\p{N}_][\p{L}\p{N}_-]*$/u;

/** Normalises a tag given with -t (a leading # is fine); undefined if it is not a tag. */
export function normaliseTag(text: string): string | undefined {
	const tag = text.trim().replace(/^#/, '').toLowerCase();
	return TAG_PATTERN.test(tag) && tag.length <= 40 ? tag : undefined;
}

export function uniqueTags(tags: Iterable<string>): string[] {
	return [...new Set(tags)];
}
