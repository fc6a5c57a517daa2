import {cellWidth} from '../../domain/text.js';

/**
 * A text field's contents and cursor as a pure reducer (after gemini-cli's
 * text-buffer): every edit is an action, so it is tested without rendering.
 * Positions count code points, so an emoji is one step of the cursor; rows and
 * columns on screen count terminal cells, where 日 or 🙂 take two.
 */
export interface TextBuffer {
	text: string;
	/** Cursor position in code points, 0..length. */
	cursor: number;
	/** The column up/down aim for, kept across short rows. */
	goalColumn?: number;
}

export type TextAction =
	| {type: 'insert'; text: string; multiline: boolean; maxLength?: number}
	| {type: 'backspace'}
	| {type: 'delete-forward'}
	| {type: 'left'}
	| {type: 'right'}
	| {type: 'up'; width: number}
	| {type: 'down'; width: number}
	| {type: 'home'}
	| {type: 'end'}
	| {type: 'clear-line'}
	| {type: 'set'; text: string};

/** One row on screen: code point offsets [start, end) into the text. */
export interface Row {
	start: number;
	end: number;
}

export function createBuffer(text = ''): TextBuffer {
	return {text, cursor: [...text].length};
}

/** Terminal cells the code points [start, end) take. */
function cellsOf(chars: readonly string[], start: number, end: number): number {
	let cells = 0;
	for (let index = start; index < end; index++) cells += cellWidth(chars[index] as string);
	return cells;
}

/**
 * Wraps text into rows of at most `width` terminal cells, breaking after a space where
 * one is near, else mid-word. Every line break starts a new row.
 */
export function layoutRows(text: string, width: number): Row[] {
	const chars = [...text];
	const size = Math.max(1, width);
	const rows: Row[] = [];
	let lineStart = 0;
	for (let index = 0; index <= chars.length; index++) {
		if (index < chars.length && chars[index] !== '\n') continue;
		const lineEnd = index;
		if (lineEnd === lineStart) rows.push({start: lineStart, end: lineStart});
		let position = lineStart;
		while (position < lineEnd) {
			// The most that fits from here: always at least one code point, so a row moves on.
			let fit = position + 1;
			let cells = cellWidth(chars[position] as string);
			while (fit < lineEnd && cells + cellWidth(chars[fit] as string) <= size) cells += cellWidth(chars[fit++] as string);
			if (fit === lineEnd) {
				rows.push({start: position, end: lineEnd});
				break;
			}
			let breakAt = -1;
			for (let j = fit - 1; j > position; j--) {
				if (chars[j] === ' ') {
					breakAt = j + 1;
					break;
				}
			}
			const end = breakAt === -1 ? fit : breakAt;
			rows.push({start: position, end});
			position = end;
		}
		lineStart = index + 1;
	}
	return rows;
}

/** The row and column of the cursor. At a soft wrap the cursor sits at the start of the next row. */
export function cursorPlace(rows: readonly Row[], cursor: number): {row: number; column: number} {
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index] as Row;
		const next = rows[index + 1];
		const softWrapped = next !== undefined && next.start === row.end;
		if (cursor >= row.start && (cursor < row.end || (cursor === row.end && !softWrapped))) {
			return {row: index, column: cursor - row.start};
		}
	}
	const last = rows.length - 1;
	return {row: Math.max(0, last), column: cursor - (rows[last]?.start ?? 0)};
}

function splice(chars: string[], start: number, remove: number, insert: string[] = []): string {
	const copy = [...chars];
	copy.splice(start, remove, ...insert);
	return copy.join('');
}

function lineBounds(chars: readonly string[], cursor: number): {start: number; end: number} {
	let start = cursor;
	while (start > 0 && chars[start - 1] !== '\n') start--;
	let end = cursor;
	while (end < chars.length && chars[end] !== '\n') end++;
	return {start, end};
}

/** Up or down a row, to the same screen column (in cells) where the row is long enough. */
function moveVertically(state: TextBuffer, width: number, direction: 1 | -1): TextBuffer {
	const chars = [...state.text];
	const rows = layoutRows(state.text, width);
	const place = cursorPlace(rows, state.cursor);
	const target = rows[place.row + direction];
	if (!target)
		return direction === -1 ? {...state, cursor: 0, goalColumn: undefined} : {...state, cursor: chars.length, goalColumn: undefined};
	const current = rows[place.row] as Row;
	const goal = state.goalColumn ?? cellsOf(chars, current.start, current.start + place.column);
	const following = rows[place.row + direction + 1];
	const softWrapped = following !== undefined && following.start === target.end;
	const last = target.end - (softWrapped ? 1 : 0);
	let cursor = target.start;
	let cells = 0;
	while (cursor < last && cells + cellWidth(chars[cursor] as string) <= goal) cells += cellWidth(chars[cursor++] as string);
	return {...state, cursor, goalColumn: goal};
}

export function reduceText(state: TextBuffer, action: TextAction): TextBuffer {
	const chars = [...state.text];
	const cursor = Math.min(Math.max(0, state.cursor), chars.length);
	switch (action.type) {
		case 'insert': {
			let text = action.text.replace(/\r\n?/g, '\n');
			// A pasted line break in a one-line field becomes a space.
			if (!action.multiline) text = text.replace(/\n+/g, ' ');
			let inserted = [...text];
			if (action.maxLength !== undefined) inserted = inserted.slice(0, Math.max(0, action.maxLength - chars.length));
			if (inserted.length === 0) return state;
			return {text: splice(chars, cursor, 0, inserted), cursor: cursor + inserted.length};
		}
		case 'backspace':
			if (cursor === 0) return state;
			return {text: splice(chars, cursor - 1, 1), cursor: cursor - 1};
		case 'delete-forward':
			if (cursor >= chars.length) return state;
			return {text: splice(chars, cursor, 1), cursor};
		case 'left':
			return {text: state.text, cursor: Math.max(0, cursor - 1)};
		case 'right':
			return {text: state.text, cursor: Math.min(chars.length, cursor + 1)};
		case 'up':
			return moveVertically({...state, cursor}, action.width, -1);
		case 'down':
			return moveVertically({...state, cursor}, action.width, 1);
		case 'home':
			return {text: state.text, cursor: lineBounds(chars, cursor).start};
		case 'end':
			return {text: state.text, cursor: lineBounds(chars, cursor).end};
		case 'clear-line': {
			const {start} = lineBounds(chars, cursor);
			return {text: splice(chars, start, cursor - start), cursor: start};
		}
		case 'set':
			return createBuffer(action.text);
	}
}

export function textLength(text: string): number {
	return [...text].length;
}
