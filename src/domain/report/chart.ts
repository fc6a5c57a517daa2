import * as asciichart from 'asciichart';
import {cellsOf} from '../text.js';

/**
 * A line chart with gaps. asciichart (1.5.25, the latest on npm) cannot draw a gap:
 * a NaN in the series throws ("Invalid array length"); only its Python port has NaN
 * gaps. So each unbroken stretch is drawn by asciichart on one shared scale and laid
 * onto a common canvas, and the ends of a gap are marked ╴ ╶ the way the Python port
 * marks them. Point i sits in column i of the plot, point 0 on the axis.
 */

export interface ChartScale {
	min: number;
	max: number;
	/** Rows between min and max (the chart has rows + 1 lines). */
	rows: number;
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
const MAX_ROWS = 8;

/** Round bounds and a step that gives at most MAX_ROWS rows, so the labels are whole, even numbers. */
export function chartScale(values: ReadonlyArray<number | null>): ChartScale | undefined {
	let low = Number.POSITIVE_INFINITY;
	let high = Number.NEGATIVE_INFINITY;
	for (const value of values) {
		if (value === null) continue;
		low = Math.min(low, value);
		high = Math.max(high, value);
	}
	if (low > high) return undefined;
	const step =
		STEPS.find((s) => Math.ceil(high / s) - Math.floor(low / s) <= MAX_ROWS) ?? 10 ** Math.ceil(Math.log10(Math.max(1, high - low)));
	let min = Math.floor(low / step) * step;
	let max = Math.ceil(high / step) * step;
	if (min === max) {
		// A flat line: one row above and below, so it is drawn in the middle.
		min -= step;
		max += step;
	}
	return {min, max, rows: Math.round((max - min) / step)};
}

/** A scale's own range (a custom metric's 0–10), with labels at whole steps. */
export function fixedChartScale(low: number, high: number): ChartScale {
	// A short scale gets a row per value, so a 7 of 0–10 is drawn at 7, not rounded to a label's row.
	if (Number.isInteger(low) && Number.isInteger(high) && high - low <= 10) return {min: low, max: high, rows: Math.max(1, high - low)};
	return chartScale([low, high]) ?? {min: low, max: high, rows: 1};
}

function rowOf(value: number, scale: ChartScale): number {
	// The same rounding asciichart uses: row 0 is the top line.
	const ratio = scale.rows / (scale.max - scale.min);
	return Math.round(scale.max * ratio) - Math.round(value * ratio);
}

/** The plot area: one string per row, one column per point (no labels, no axis). */
export function plotColumns(values: ReadonlyArray<number | null>, scale: ChartScale): string[] {
	const width = values.length;
	const canvas: string[][] = Array.from({length: scale.rows + 1}, () => Array.from({length: width}, () => ' '));
	let index = 0;
	while (index < width) {
		if (values[index] === null) {
			index += 1;
			continue;
		}
		const start = index;
		const run: number[] = [];
		while (index < width && values[index] !== null) run.push(values[index++] as number);
		const drawn = asciichart.plot(run, {min: scale.min, max: scale.max, height: scale.rows, offset: 1, format: () => ' '}).split('\n');
		for (let row = 0; row <= scale.rows; row++) {
			const line = drawn[row] ?? '';
			for (let k = 1; k < run.length; k++) {
				const char = line[k];
				if (char !== undefined && char !== ' ') (canvas[row] as string[])[start + k] = char;
			}
		}
		(canvas[rowOf(run[0] as number, scale)] as string[])[start] = start === 0 ? '┼' : '╶';
		if (index < width) (canvas[rowOf(run.at(-1) as number, scale)] as string[])[index] = '╴';
	}
	return canvas.map((row) => row.join(''));
}

/** A y-axis label: whole numbers as they are, others with one decimal. */
function label(value: number): string {
	return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export interface ChartLines {
	/** Plain lines, labels and axis included. */
	lines: string[];
	/** Where the plot starts in each line (for colouring it, and for the date axis). */
	plotStart: number;
}

/** The whole chart: labels, axis, plot. Axis column = column of point 0. */
export function lineChart(values: ReadonlyArray<number | null>, scale: ChartScale, indent = 1): ChartLines {
	const labels = Array.from({length: scale.rows + 1}, (_, row) => label(scale.max - ((scale.max - scale.min) * row) / scale.rows));
	const labelWidth = Math.max(...labels.map((text) => cellsOf(text)));
	const plot = plotColumns(values, scale);
	const lines = plot.map((columns, row) => {
		const axis = columns.startsWith(' ') ? `┤${columns.slice(1)}` : columns;
		return `${' '.repeat(indent)}${(labels[row] ?? '').padStart(labelWidth)} ${axis}`.trimEnd();
	});
	return {lines, plotStart: indent + labelWidth + 1};
}

/** Columns a chart of this scale leaves for the plot in `width`. */
export function plotRoom(scale: ChartScale, width: number, indent = 1): number {
	const labelWidth = Math.max(label(scale.max).length, label(scale.min).length, label((scale.max + scale.min) / 2).length);
	return width - indent - labelWidth - 1;
}

/**
 * Labels under the plot: the first point's on the left, the last point's ending
 * at the right edge, and as many in between as fit with room to spare.
 */
export function dateAxis(labels: readonly string[], columnsPerPoint: number, plotStart: number, width = Number.POSITIVE_INFINITY): string {
	const columns = labels.length * columnsPerPoint - (columnsPerPoint - 1);
	// A label may run past the last point (a short chart), never past the width.
	const room = Math.min(width, plotStart + Math.max(columns, ...labels.map((text) => text.length)));
	const line: string[] = Array.from({length: room}, () => ' ');
	const taken: Array<[number, number]> = [];
	const place = (index: number, alignRight: boolean): void => {
		const text = labels[index];
		if (text === undefined) return;
		const column = plotStart + index * columnsPerPoint;
		const from = alignRight ? Math.max(plotStart, column - text.length + 1) : column;
		const to = from + text.length;
		if (to > line.length || taken.some(([a, b]) => from < b + 2 && to > a - 2)) return;
		taken.push([from, to]);
		for (let i = 0; i < text.length; i++) line[from + i] = text[i] as string;
	};
	place(0, false);
	if (labels.length > 1) place(labels.length - 1, true);
	const widest = Math.max(...labels.map((text) => text.length));
	const slots = Math.floor(columns / (widest + 4));
	for (let slot = 1; slot < slots; slot++) place(Math.round((slot * (labels.length - 1)) / slots), false);
	return line.join('').trimEnd();
}
