import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export const NARROWEST = 30;
/** Used when the terminal does not say how tall it is (tests, some pipes). */
const UNKNOWN_ROWS = 100;

function sizeOf(stdout: NodeJS.WriteStream): {columns: number; rows: number} {
	return {columns: Math.max(NARROWEST, stdout.columns || 80), rows: stdout.rows || UNKNOWN_ROWS};
}

/** The terminal's size, kept current on resize (so every screen re-lays out). */
export function useTerminalSize(): {columns: number; rows: number} {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		const onResize = (): void => setSize(sizeOf(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}

export function useColumns(): number {
	return useTerminalSize().columns;
}

/**
 * The first and last+1 index of a window of `size` rows that keeps `cursor` in view.
 * Frames are kept shorter than the terminal: a frame as tall as the terminal makes
 * Ink clear the whole screen (and its scrollback) on every key, which flashes.
 */
export function windowAround(count: number, cursor: number, size: number): {start: number; end: number} {
	const rows = Math.max(1, size);
	if (count <= rows) return {start: 0, end: count};
	const start = Math.max(0, Math.min(cursor - Math.floor(rows / 2), count - rows));
	return {start, end: start + rows};
}

/**
 * Like windowAround, for items of different heights (an option whose hint wraps takes
 * two lines or more): the items around `cursor` that fit in `lines`, keeping a line for
 * each "↑ n more" / "↓ n more" that the window then needs.
 */
export function windowByLines(heights: readonly number[], cursor: number, lines: number): {start: number; end: number} {
	const total = heights.reduce((sum, height) => sum + height, 0);
	if (total <= lines) return {start: 0, end: heights.length};
	const at = Math.max(0, Math.min(cursor, heights.length - 1));
	const room = Math.max(0, lines - 2);
	let start = at;
	let end = at + 1;
	let used = heights[at] ?? 1;
	for (let grew = true; grew;) {
		grew = false;
		if (end < heights.length && used + (heights[end] as number) <= room) {
			used += heights[end++] as number;
			grew = true;
		}
		if (start > 0 && used + (heights[start - 1] as number) <= room) {
			used += heights[--start] as number;
			grew = true;
		}
	}
	return {start, end};
}
