/**
 * Fitting plain text into a width. Widths are terminal cells, counted by domain/text.ts
 * (cellsOf, truncate): the one measure the report, the list and the screens share.
 */
import {cellsOf, truncate} from '../text.js';

/**
 * Lays out a title followed by parts: as many parts per line as fit in `width`,
 * joined by `separator`; later lines are indented under the first part (or by two
 * spaces when the title is too wide for that). A part too long for a line of its
 * own is wrapped between words; only a single word wider than a line is cut.
 */
export function flow(title: string, parts: readonly string[], width: number, separator = ' · '): string[] {
	const lead = title === '' ? '' : `${title}  `;
	const indent = cellsOf(lead) <= width / 3 ? ' '.repeat(cellsOf(lead)) : '  ';
	const lines: string[] = [];
	let line = lead;
	let fresh = true;
	if (cellsOf(lead) >= width) {
		// A title that leaves no room: on a line of its own.
		lines.push(truncate(title, width));
		line = indent;
	}
	const add = (piece: string, joiner: string): void => {
		const candidate = fresh ? line + piece : line + joiner + piece;
		if (cellsOf(candidate) <= width) {
			line = candidate;
			fresh = false;
			return;
		}
		if (!fresh) {
			lines.push(line);
			line = indent;
		}
		line += truncate(piece, Math.max(1, width - cellsOf(line)));
		fresh = false;
	};
	for (const part of parts) {
		const roomOnFreshLine = width - cellsOf(indent);
		if (cellsOf(part) <= roomOnFreshLine) {
			add(part, separator);
			continue;
		}
		part.split(' ').forEach((word, index) => add(word, index === 0 ? separator : ' '));
	}
	lines.push(line.trimEnd());
	return lines;
}
