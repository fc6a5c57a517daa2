/**
 * Fitting plain text into a width. Widths are terminal columns: East Asian wide
 * characters take two, combining marks none. (Box-drawing and shade characters are
 * "ambiguous" in Unicode and taken as one, as Western terminals draw them.)
 */

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
// Built on first need: a Unicode-property pattern costs milliseconds to compile, and most reports are plain ASCII and box drawing.
let zeroWidth: RegExp | undefined;

function charWidth(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	// Latin, punctuation, box drawing and shades: one column, no need for the patterns.
	if (code < 0x300 || (code >= 0x2010 && code < 0x20d0) || (code >= 0x2100 && code < 0x2e80)) return 1;
	zeroWidth ??= /[\p{Mn}\p{Me}\u200B-\u200D\uFE0F]/u;
	if (zeroWidth.test(char)) return 0;
	return WIDE.test(char) ? 2 : 1;
}

export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += charWidth(char);
	return width;
}

/** Cuts text to at most `width` columns, ending in "…" when it had to cut. */
export function fitWidth(text: string, width: number): string {
	if (displayWidth(text) <= width) return text;
	let used = 0;
	let out = '';
	for (const char of text) {
		const w = charWidth(char);
		if (used + w > width - 1) break;
		out += char;
		used += w;
	}
	return `${out}…`;
}

/**
 * Lays out a title followed by parts: as many parts per line as fit in `width`,
 * joined by `separator`; later lines are indented under the first part (or by two
 * spaces when the title is too wide for that). A part too long for a line of its
 * own is wrapped between words; only a single word wider than a line is cut.
 */
export function flow(title: string, parts: readonly string[], width: number, separator = ' · '): string[] {
	const lead = title === '' ? '' : `${title}  `;
	const indent = displayWidth(lead) <= width / 3 ? ' '.repeat(displayWidth(lead)) : '  ';
	const lines: string[] = [];
	let line = lead;
	let fresh = true;
	if (displayWidth(lead) >= width) {
		// A title that leaves no room: on a line of its own.
		lines.push(fitWidth(title, width));
		line = indent;
	}
	const add = (piece: string, joiner: string): void => {
		const candidate = fresh ? line + piece : line + joiner + piece;
		if (displayWidth(candidate) <= width) {
			line = candidate;
			fresh = false;
			return;
		}
		if (!fresh) {
			lines.push(line);
			line = indent;
		}
		line += fitWidth(piece, Math.max(1, width - displayWidth(line)));
		fresh = false;
	};
	for (const part of parts) {
		const roomOnFreshLine = width - displayWidth(indent);
		if (displayWidth(part) <= roomOnFreshLine) {
			add(part, separator);
			continue;
		}
		part.split(' ').forEach((word, index) => add(word, index === 0 ? separator : ' '));
	}
	lines.push(line.trimEnd());
	return lines;
}
