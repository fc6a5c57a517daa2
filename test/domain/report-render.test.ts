import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import * as asciichart from 'asciichart';
import {chartScale, dateAxis, lineChart, plotColumns} from '../../src/domain/report/chart.js';
import {heatMapLegend, heatMapLines} from '../../src/domain/report/heatmap-view.js';
import {flow} from '../../src/domain/report/layout.js';
import {cellsOf, truncate} from '../../src/domain/text.js';
import {renderReport} from '../../src/domain/report/render.js';
import {reportJson} from '../../src/domain/report/json.js';
import {dayFigures} from '../../src/domain/stats/day-figures.js';
import {buildReport} from '../../src/domain/stats/report-data.js';
import {addDays} from '../../src/domain/stats/days.js';
import {makeStyle} from '../../src/term.js';
import {entry, findNonFinite, mood} from './report-fixtures.js';

const plain = makeStyle(false);

describe('chart', () => {
	it('is exactly asciichart where there is no gap', () => {
		const values = [4, 5, 7, 7, 6, 2, 3, 8, 8, 5];
		const scale = chartScale(values);
		expect(scale).toEqual({min: 2, max: 8, rows: 6});
		if (scale === undefined) return;
		const ours = plotColumns(values, scale);
		const theirs = asciichart.plot(values, {min: scale.min, max: scale.max, height: scale.rows, offset: 1, format: () => ' '}).split('\n');
		// Column 0 is asciichart's axis (with the first point on it); the rest must match character for character.
		expect(ours.map((row) => row.slice(1))).toEqual(theirs.map((row) => row.slice(1, values.length)));
		expect(ours[scale.max - 4]?.[0]).toBe('┼');
	});

	it('leaves gaps for missing days, marking where the line stops and starts again', () => {
		const scale = {min: 4, max: 6, rows: 2};
		expect(plotColumns([5, 5, null, null, 5, 6], scale)).toEqual([
			'     ╭', // 6
			'┼─╴ ╶╯', // 5
			'      ', // 4
		]);
		// A day alone between gaps is a short dash, not nothing.
		expect(plotColumns([null, 4, null], scale)[2]).toBe(' ╶╴');
	});

	it('survives what asciichart alone cannot: gaps, a flat line, a single point, nothing', () => {
		expect(() => asciichart.plot([1, Number.NaN, 2])).toThrow();
		const flat = chartScale([6, 6]);
		expect(flat).toEqual({min: 5, max: 7, rows: 2});
		expect(lineChart([6, null, 6], flat as NonNullable<typeof flat>).lines).toEqual([' 7 ┤', ' 6 ┼╴╶', ' 5 ┤']);
		expect(chartScale([null, null])).toBeUndefined();
	});

	it('picks round steps so labels are whole numbers, at most 9 lines', () => {
		expect(chartScale([0, 10])).toEqual({min: 0, max: 10, rows: 5});
		expect(chartScale([1, 9])).toEqual({min: 1, max: 9, rows: 8});
		expect(chartScale([12, 97])).toEqual({min: 0, max: 100, rows: 5});
		expect(chartScale([5.5, 6.5])).toEqual({min: 5, max: 7, rows: 2});
		const {lines} = lineChart([0, 10], {min: 0, max: 10, rows: 5});
		expect(lines.map((line) => line.slice(0, 4))).toEqual([' 10 ', '  8 ', '  6 ', '  4 ', '  2 ', '  0 ']);
	});

	it('labels the date axis at the first and last point without overlapping', () => {
		const labels = Array.from({length: 30}, (_, i) => `${i + 1} Nov`);
		const axis = dateAxis(labels, 2, 4);
		expect(axis.startsWith('    1 Nov')).toBe(true);
		expect(axis.endsWith('30 Nov')).toBe(true);
		// The last label ends under the last point (column 4 + 29 × 2).
		expect(axis.length).toBe(4 + 29 * 2 + 1);
		// Whole labels only, kept apart by at least two spaces.
		expect(
			axis
				.trim()
				.split(/ {2,}/)
				.every((label) => /^\d+ Nov$/.test(label)),
		).toBe(true);
	});
});

describe('date axis of a short chart', () => {
	it('lets a label run past the last point, but not past the width', () => {
		expect(dateAxis(['24 Nov', '25 Nov'], 2, 4)).toBe('    24 Nov');
		expect(dateAxis(['24 Nov'], 1, 4, 12)).toBe('    24 Nov');
		expect(dateAxis(['24 Nov'], 1, 4, 8)).toBe('');
	});
});

describe('layout', () => {
	it('measures wide and zero-width characters as a terminal does', () => {
		expect(cellsOf('mood ░▒▓█ ╭─╯')).toBe(13);
		expect(cellsOf('仕事')).toBe(4);
		expect(cellsOf('é')).toBe(1);
		expect(truncate('仕事仕事仕事', 7)).toBe('仕事仕…');
		expect(truncate('short', 10)).toBe('short');
	});

	it('counts an emoji as two cells, as the rest of cope does (one measure: domain/text.ts)', () => {
		expect(cellsOf('mood 🚀')).toBe(7);
		expect(flow('', ['🚀'.repeat(6)], 10)).toEqual(['🚀🚀🚀🚀…']);
		// 22 cells together: one more than the width.
		expect(flow('Tags', ['🚀 launch', 'walk'], 21)).toEqual(['Tags  🚀 launch', '      walk']);
	});

	it('flows parts into lines no wider than asked, indenting under the first part', () => {
		const lines = flow('Urges', ['average 2.1 (n=30)', '3 days at 7 or above', 'last one 11 days ago'], 40);
		expect(lines).toEqual(['Urges  average 2.1 (n=30)', '       3 days at 7 or above', '       last one 11 days ago']);
		for (const width of [10, 20, 40]) {
			for (const line of flow(
				'Thought records',
				['7', 'common thinking traps: fortune telling (5), a-very-long-unbreakable-trap-name-indeed (3)'],
				width,
			)) {
				expect(cellsOf(line)).toBeLessThanOrEqual(width);
			}
		}
	});
});

describe('heat map', () => {
	it('draws weeks Monday first, blanks outside the period and · for a day not logged', () => {
		// 5 Nov 2025 is a Wednesday.
		const days = [
			{day: '2025-11-05', mean: 1, n: 1, level: 0},
			{day: '2025-11-06', mean: null, n: 0, level: null},
			{day: '2025-11-07', mean: 9, n: 2, level: 3},
			{day: '2025-11-08', mean: 6, n: 1, level: 2},
			{day: '2025-11-09', mean: 4, n: 1, level: 1},
			{day: '2025-11-10', mean: 7, n: 1, level: 2},
		];
		expect(heatMapLines(days).lines).toEqual(['        Mon Tue Wed Thu Fri Sat Sun', '  3 Nov          ░   ·   █   ▓   ▒', ' 10 Nov  ▓']);
		const shaded = heatMapLines(days, (shade) => `<${shade}>`).lines[1];
		expect(shaded).toContain('<░>');
		expect(shaded).toContain('·'); // never coloured: it is not a level
		expect(shaded).not.toContain('<·>');
	});

	it('shows only the last 13 weeks and says how many were left out', () => {
		const days = Array.from({length: 140}, (_, i) => ({day: addDays('2025-06-02', i), mean: 5, n: 1, level: 2}));
		const view = heatMapLines(days);
		expect(view.lines).toHaveLength(14);
		expect(view.weeksLeftOut).toBe(7);
	});

	it('has a legend with the edges of each shade', () => {
		expect(heatMapLegend({min: 0, max: 10}, 80)).toEqual(['░ under 2.5  ▒ 2.5–5  ▓ 5–7.5  █ 7.5–10  · not logged']);
		expect(heatMapLegend({min: 0, max: 10}, 40)).toEqual(['░ under 2.5  ▒ 2.5–5  ▓ 5–7.5  █ 7.5–10', '· not logged']);
	});
});

describe('the rendered report', () => {
	const tags = ['gym', 'work', 'walk', 'family', 'a-rather-long-tag-name-for-a-narrow-terminal', '睡眠'];
	const readings = fc.array(
		fc.record({
			day: fc.integer({min: 0, max: 400}),
			level: fc.integer({min: 0, max: 10}),
			urge: fc.option(fc.integer({min: 0, max: 10}), {nil: undefined}),
			tag: fc.constantFrom(...tags),
			tr: fc.boolean(),
		}),
		{maxLength: 80},
	);

	it('never has a line wider than the width, nor NaN, for any data, period and width (property)', () => {
		fc.assert(
			fc.property(
				readings,
				fc.integer({min: 40, max: 200}),
				fc.constantFrom('day', 'week', 'month'),
				fc.integer({min: 0, max: 400}),
				(rs, width, by, length) => {
					const from = '2025-01-01';
					const to = addDays(from, length);
					const entries = rs.map((r) =>
						r.tr
							? entry(`${addDays(from, r.day)}T10:00:00+01:00`, {
									type: 'thought-record',
									tags: [r.tag],
									values: {traps: ['fortune-telling', r.tag], emotions: {low: r.level * 10}, rerate: {low: r.level * 5}},
								})
							: mood(addDays(from, r.day), r.level, {urge: r.urge, tags: [r.tag]}),
					);
					const inPeriod = entries.filter((e) => e.at.slice(0, 10) <= to);
					const data = buildReport({days: dayFigures(inPeriod), from, to, metric: 'mood', by: by as 'day', urgeAlert: 7});
					const lines = renderReport(data, {width, style: plain, today: to, storeEmpty: entries.length === 0});
					expect(findNonFinite(reportJson(data))).toBeUndefined();
					for (const line of lines) {
						expect(cellsOf(line), line).toBeLessThanOrEqual(width);
						expect(line).not.toMatch(/NaN|undefined|Infinity/);
					}
				},
			),
			{numRuns: 150},
		);
	});

	it('keeps a tiny sample honest: no chart of one point, no "range 9–9"', () => {
		const render = (entries: ReturnType<typeof mood>[]) =>
			renderReport(
				buildReport({days: dayFigures(entries), from: '2025-11-03', to: '2025-11-09', metric: 'mood', by: 'day', urgeAlert: 7}),
				{
					width: 80,
					style: plain,
					today: '2025-11-20',
					storeEmpty: false,
				},
			);
		const one = render([mood('2025-11-04', 9)]);
		expect(one).toContain('Mood  average 9.0 (n=1) · no trend yet: needs 7 days over 2 weeks');
		expect(one).toContain('only 1 day with readings so far — patterns need more');
		expect(one.some((line) => /[┤┼]/.test(line))).toBe(false);
		const same = render([mood('2025-11-04', 6), mood('2025-11-06', 6)]);
		expect(same[2]).toBe('Mood  average 6.0 (n=2) · every reading 6');
		expect(same.some((line) => /[┤┼]/.test(line))).toBe(true);
	});

	it('colours with one calm hue only on request, and not the text of the figures', () => {
		const entries = [mood('2025-11-03', 3), mood('2025-11-04', 7)];
		const data = buildReport({days: dayFigures(entries), from: '2025-11-03', to: '2025-11-09', metric: 'mood', by: 'day', urgeAlert: 7});
		const coloured = renderReport(data, {width: 80, style: makeStyle(true), today: '2025-11-09', storeEmpty: false}).join('\n');
		// Bold, dim and cyan; never red (31/91) or any other hue.
		const codes = new Set([...coloured.matchAll(/\u001B\[(\d+)m/g)].map((match) => match[1]));
		expect([...codes].sort()).toEqual(['1', '2', '22', '36', '39']);
		expect(renderReport(data, {width: 80, style: plain, today: '2025-11-09', storeEmpty: false}).join('\n')).not.toContain('\u001B');
	});
});

describe('re-rated scales in the report', () => {
	const entries = [
		mood('2025-11-04', 5, {urge: 6}),
		entry('2025-11-05T22:00:00+00:00', {type: 'urge-surfing', values: {urge: 8, 'urge-after': 3}, metrics: {urge: 3, 'urge-start': 8}}),
		entry('2025-11-06T22:00:00+00:00', {type: 'urge-surfing', values: {urge: 7, 'urge-after': 3.2}, metrics: {urge: 3.2, 'urge-start': 7}}),
		entry('2025-11-07T09:00:00+00:00', {
			type: 'thought-record',
			values: {'hot-belief': 90, 'hot-belief-after': 40},
			metrics: {belief: 40, 'belief-start': 90},
		}),
		entry('2025-11-08T09:00:00+00:00', {
			type: 'thought-record',
			values: {'hot-belief': 70, 'hot-belief-after': 50},
			metrics: {belief: 50, 'belief-start': 70},
		}),
	];
	const data = buildReport({days: dayFigures(entries), from: '2025-11-03', to: '2025-11-09', metric: 'mood', by: 'day', urgeAlert: 7});

	it('counts urges ridden out, start → end on average, in text and --json', () => {
		const text = renderReport(data, {width: 80, style: plain, today: '2025-11-09', storeEmpty: false}).join('\n').replaceAll('\u00A0', ' ');
		expect(text).toContain('urges ridden out: 2, on average 7.5 → 3.1');
		expect((reportJson(data)['urges'] as Record<string, unknown>)['riddenOut']).toEqual({n: 2, before: 7.5, after: 3.1});
	});

	it('shows the average change in belief in the hot thought next to the feelings', () => {
		const text = renderReport(data, {width: 80, style: plain, today: '2025-11-09', storeEmpty: false}).join('\n').replaceAll('\u00A0', ' ');
		expect(text).toContain('belief in the hot thought: 80 → 45 on average (n=2)');
		expect((reportJson(data)['thoughtRecords'] as Record<string, unknown>)['belief']).toEqual({before: 80, after: 45, n: 2});
	});

	it('says nothing of either when there are none', () => {
		const none = buildReport({
			days: dayFigures([mood('2025-11-04', 5, {urge: 6})]),
			from: '2025-11-03',
			to: '2025-11-09',
			metric: 'mood',
			by: 'day',
			urgeAlert: 7,
		});
		const text = renderReport(none, {width: 80, style: plain, today: '2025-11-09', storeEmpty: false}).join('\n');
		expect(text).not.toContain('ridden out');
		expect(text).not.toContain('belief');
		expect((reportJson(none)['urges'] as Record<string, unknown>)['riddenOut']).toEqual({n: 0, before: null, after: null});
	});
});
