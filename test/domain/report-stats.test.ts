import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {addDays, dateToDay, daysBetween, eachDay, isDay, startOfWeek, weekdayIndex} from '../../src/domain/stats/days.js';
import {metricNames, metricValue} from '../../src/domain/stats/readings.js';
import {dailySeries, groupSeries, readingsByDay, summarize} from '../../src/domain/stats/series.js';
import {leastSquaresSlope, weeklyTrend} from '../../src/domain/stats/trend.js';
import {urgeSummary} from '../../src/domain/stats/urges.js';
import {activity} from '../../src/domain/stats/activity.js';
import {tagPatterns} from '../../src/domain/stats/tags.js';
import {thoughtRecordSummary} from '../../src/domain/stats/thought-records.js';
import {addFigures, dayFigures, figuresFromJson, type FiguresJson, figuresToJson} from '../../src/domain/stats/day-figures.js';
import {buildReport} from '../../src/domain/stats/report-data.js';
import {heatMap, levelEdges, metricScale, shadeLevel} from '../../src/domain/stats/heatmap.js';
import {entry, findNonFinite, mood} from './report-fixtures.js';

describe('days', () => {
	it('adds days across month, year and leap-day edges', () => {
		expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(daysBetween('2026-10-27', '2026-11-25')).toBe(29);
	});

	it('counts every day once across both DST changes (whatever the machine time zone)', () => {
		expect(eachDay('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
		expect(eachDay('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
		expect(eachDay('2026-01-01', '2026-12-31')).toHaveLength(365);
	});

	it('starts weeks on Monday', () => {
		// 25 Nov 2026 is a Wednesday.
		expect(weekdayIndex('2026-11-25')).toBe(2);
		expect(startOfWeek('2026-11-25')).toBe('2026-11-23');
		expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
		expect(startOfWeek('2026-11-22')).toBe('2026-11-16');
	});

	it('knows a real day from a look-alike', () => {
		expect(isDay('2026-02-28')).toBe(true);
		expect(isDay('2026-02-30')).toBe(false);
		expect(isDay('26-02-01')).toBe(false);
		expect(dateToDay(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
	});
});

describe('readings', () => {
	it('reads metrics first, and falls back to mood values only for mood entries without metrics', () => {
		expect(metricValue(mood('2026-11-01', 4, {urge: 6}), 'urge')).toBe(6);
		const imported = entry('2026-11-01T09:00:00+00:00', {values: {mood: 3, urge: 2}});
		expect(metricValue(imported, 'mood')).toBe(3);
		expect(metricValue(imported, 'urge')).toBe(2);
		// With metrics present, a value that is not a metric is not a reading.
		expect(metricValue(entry('2026-11-01T09:00:00+00:00', {values: {mood: 3, urge: 2}, metrics: {mood: 3}}), 'urge')).toBeUndefined();
		expect(metricValue(entry('2026-11-01T09:00:00+00:00', {type: 'journal', values: {mood: 3}}), 'mood')).toBeUndefined();
		expect(metricValue(entry('2026-11-01T09:00:00+00:00', {values: {mood: 'high'}}), 'mood')).toBeUndefined();
	});

	it('lists the metric names there are', () => {
		const entries = [
			mood('2026-11-01', 4),
			entry('2026-11-01T09:00:00+00:00', {type: 'sleep-log', metrics: {sleep: 7}}),
			entry('2026-11-02T09:00:00+00:00', {values: {mood: 2, urge: 1}}),
		];
		expect(metricNames(entries)).toEqual(['mood', 'sleep', 'urge']);
	});
});

describe('daily series and summary', () => {
	it('averages each local day and leaves days without readings as gaps, not zeros', () => {
		const entries = [mood('2026-11-01', 4), mood('2026-11-01', 6, {time: '21:00:00'}), mood('2026-11-03', 8)];
		const byDay = readingsByDay(dayFigures(entries), 'mood');
		expect(dailySeries(byDay, '2026-11-01', '2026-11-04')).toEqual([
			{day: '2026-11-01', mean: 5, n: 2},
			{day: '2026-11-02', mean: null, n: 0},
			{day: '2026-11-03', mean: 8, n: 1},
			{day: '2026-11-04', mean: null, n: 0},
		]);
		expect(summarize(byDay)).toEqual({n: 3, days: 2, mean: 6, min: 4, max: 8});
	});

	it('puts an entry at 23:30 local (+01:00) on that local day, not the UTC one', () => {
		const late = entry('2026-11-01T23:30:00+01:00', {metrics: {mood: 2}});
		const afterMidnight = entry('2026-11-02T00:30:00+01:00', {metrics: {mood: 8}}); // 23:30 UTC on 1 Nov
		const byDay = readingsByDay(dayFigures([late, afterMidnight]), 'mood');
		expect([...byDay.keys()]).toEqual(['2026-11-01', '2026-11-02']);
	});

	it('keeps local days right across a DST change', () => {
		// Europe/London: clocks go forward 29 Mar 2026 01:00 UTC, back 25 Oct 2026 01:00 UTC.
		const entries = [
			entry('2026-03-29T00:30:00+00:00', {metrics: {mood: 4}}),
			entry('2026-03-29T23:30:00+01:00', {metrics: {mood: 6}}),
			entry('2026-10-25T00:30:00+01:00', {metrics: {mood: 3}}),
			entry('2026-10-25T23:30:00+00:00', {metrics: {mood: 7}}),
		];
		const byDay = readingsByDay(dayFigures(entries), 'mood');
		expect(dailySeries(byDay, '2026-03-29', '2026-03-29')).toEqual([{day: '2026-03-29', mean: 5, n: 2}]);
		expect(dailySeries(byDay, '2026-10-25', '2026-10-25')).toEqual([{day: '2026-10-25', mean: 5, n: 2}]);
	});

	it('summarises nothing as nulls, never NaN', () => {
		expect(summarize(new Map())).toEqual({n: 0, days: 0, mean: null, min: null, max: null});
	});
});

describe('grouping by week and month', () => {
	// 1 Nov 2026 is a Sunday; 2, 9 and 16 Nov are Mondays.
	const entries = [mood('2026-11-01', 2), mood('2026-11-02', 4), mood('2026-11-02', 8), mood('2026-11-04', 3), mood('2026-11-16', 9)];
	const daily = dailySeries(readingsByDay(dayFigures(entries), 'mood'), '2026-11-01', '2026-11-16');

	it('cuts weeks (Monday to Sunday) to the period and averages daily means', () => {
		expect(groupSeries(daily, 'week')).toEqual([
			{start: '2026-11-01', end: '2026-11-01', mean: 2, days: 1, n: 1},
			// 2 Nov: mean 6 (two readings); 4 Nov: 3 → (6 + 3) / 2 = 4.5, not (4 + 8 + 3) / 3.
			{start: '2026-11-02', end: '2026-11-08', mean: 4.5, days: 2, n: 3},
			{start: '2026-11-09', end: '2026-11-15', mean: null, days: 0, n: 0},
			{start: '2026-11-16', end: '2026-11-16', mean: 9, days: 1, n: 1},
		]);
	});

	it('groups by day as the daily series itself', () => {
		const byDay = groupSeries(daily, 'day');
		expect(byDay).toHaveLength(16);
		expect(byDay[1]).toEqual({start: '2026-11-02', end: '2026-11-02', mean: 6, days: 1, n: 2});
	});

	it('groups by calendar month, leap February included', () => {
		const months = dailySeries(
			readingsByDay(dayFigures([mood('2028-01-31', 4), mood('2028-02-29', 6), mood('2028-02-01', 8), mood('2028-03-01', 5)]), 'mood'),
			'2028-01-30',
			'2028-03-02',
		);
		expect(groupSeries(months, 'month')).toEqual([
			{start: '2028-01-30', end: '2028-01-31', mean: 4, days: 1, n: 1},
			{start: '2028-02-01', end: '2028-02-29', mean: 7, days: 2, n: 2},
			{start: '2028-03-01', end: '2028-03-02', mean: 5, days: 1, n: 1},
		]);
	});
});

describe('trend', () => {
	it('computes a least-squares slope by hand', () => {
		// mean x 1.5, mean y 2.75, Sxx 5, Sxy 5.5.
		expect(
			leastSquaresSlope([
				[0, 1],
				[1, 3],
				[2, 2],
				[3, 5],
			]),
		).toBeCloseTo(1.1, 10);
		expect(
			leastSquaresSlope([
				[2, 1],
				[2, 3],
			]),
		).toBeUndefined();
	});

	it('finds 0.7 a week on a line rising 0.1 a day, gaps and all', () => {
		const days = eachDay('2026-11-01', '2026-11-21');
		const daily = days.map((day, index) => ({day, mean: index % 3 === 1 ? null : 5 + 0.1 * index, n: index % 3 === 1 ? 0 : 1}));
		const trend = weeklyTrend(daily);
		expect(trend.judged).toBe(true);
		expect(trend.direction).toBe('rising');
		expect(trend.perWeek).toBeCloseTo(0.7, 10);
		expect(trend.days).toBe(14);
		expect(trend.spanDays).toBe(21);
	});

	it('calls a flat line steady and a falling one falling', () => {
		const days = eachDay('2026-11-01', '2026-11-14');
		expect(weeklyTrend(days.map((day) => ({day, mean: 6, n: 1})))).toMatchObject({direction: 'steady', perWeek: 0, judged: true});
		expect(weeklyTrend(days.map((day, index) => ({day, mean: 8 - index / 7, n: 1})))).toMatchObject({direction: 'falling'});
		expect(weeklyTrend(days.map((day, index) => ({day, mean: 8 - index / 7, n: 1}))).perWeek).toBeCloseTo(-1, 10);
	});

	it('does not judge until 7 days with readings span 14 days', () => {
		const days = eachDay('2026-11-01', '2026-11-30');
		const only = (indexes: number[]) =>
			days.map((day, index) => ({day, mean: indexes.includes(index) ? index : null, n: indexes.includes(index) ? 1 : 0}));
		expect(weeklyTrend(only([0, 1, 2, 3, 4, 5]))).toMatchObject({judged: false, perWeek: null, direction: null, days: 6});
		expect(weeklyTrend(only([0, 1, 2, 3, 4, 5, 12]))).toMatchObject({judged: false, spanDays: 13});
		expect(weeklyTrend(only([0, 1, 2, 3, 4, 5, 13]))).toMatchObject({judged: true, spanDays: 14});
		expect(weeklyTrend([])).toMatchObject({judged: false, perWeek: null, days: 0, spanDays: 0});
	});
});

describe('urges', () => {
	it('counts days with any reading at or above the alert level, and the days since the last', () => {
		const entries = [
			mood('2026-11-02', 5, {urge: 3}),
			mood('2026-11-02', 5, {urge: 8, time: '22:00:00'}), // mean 5.5, but one reading of 8
			mood('2026-11-10', 5, {urge: 7}),
			mood('2026-11-12', 5, {urge: 6}),
		];
		const urges = urgeSummary(readingsByDay(dayFigures(entries), 'urge'), 7, '2026-11-21');
		expect(urges).toEqual({
			n: 4,
			days: 3,
			mean: 6,
			min: 3,
			max: 8,
			alertLevel: 7,
			daysAtOrAbove: 2,
			lastAtOrAbove: '2026-11-10',
			daysSinceLast: 11,
		});
	});

	it('has nulls, not NaN, when there are no urges', () => {
		expect(urgeSummary(new Map(), 7, '2026-11-21')).toEqual({
			n: 0,
			days: 0,
			mean: null,
			min: null,
			max: null,
			alertLevel: 7,
			daysAtOrAbove: 0,
			lastAtOrAbove: null,
			daysSinceLast: null,
		});
	});
});

describe('activity', () => {
	it('counts entries per type and the days with any entry', () => {
		const entries = [
			mood('2026-11-01', 5),
			mood('2026-11-01', 6),
			entry('2026-11-03T08:00:00+01:00', {type: 'journal'}),
			entry('2026-11-03T09:00:00+01:00', {type: 'thought-record'}),
			entry('2026-11-05T09:00:00+01:00', {type: 'journal'}),
		];
		expect(activity(dayFigures(entries), 30)).toEqual({
			entries: 5,
			daysWithEntry: 3,
			periodDays: 30,
			byType: [
				{type: 'journal', count: 2},
				{type: 'mood', count: 2},
				{type: 'thought-record', count: 1},
			],
		});
	});
});

describe('tag patterns', () => {
	it('compares mean daily mood on days with a tag vs without, only with 3 days each side', () => {
		const entries = [
			mood('2026-11-01', 8, {tags: ['gym']}),
			mood('2026-11-02', 6, {tags: ['gym']}),
			mood('2026-11-02', 8), // the day has #gym: its daily mean 7 counts on the "with" side
			entry('2026-11-03T20:00:00+01:00', {type: 'journal', tags: ['gym']}), // a tag from a journal counts too
			mood('2026-11-03', 9),
			mood('2026-11-04', 4, {tags: ['work']}),
			mood('2026-11-05', 5, {tags: ['work']}),
			mood('2026-11-06', 6),
			entry('2026-11-07T20:00:00+01:00', {type: 'journal', tags: ['gym']}), // no mood that day: not counted
		];
		const daily = dailySeries(readingsByDay(dayFigures(entries), 'mood'), '2026-11-01', '2026-11-07');
		const {patterns, tooFewDays} = tagPatterns(dayFigures(entries), daily);
		expect(patterns).toEqual([{tag: 'gym', with: {mean: 8, days: 3}, without: {mean: 5, days: 3}, difference: 3}]);
		expect(tooFewDays).toEqual(['work']);
	});

	it('sorts by the size of the difference either way, then by name', () => {
		const entries = [
			...['01', '02', '03'].map((d) => mood(`2026-11-${d}`, 2, {tags: ['work']})),
			...['04', '05', '06'].map((d) => mood(`2026-11-${d}`, 6)),
			...['04', '05', '06'].map((d) => entry(`2026-11-${d}T08:00:00+01:00`, {type: 'journal', tags: ['walk']})),
			...['01', '04', '05'].map((d) => entry(`2026-11-${d}T09:00:00+01:00`, {type: 'journal', tags: ['rain']})),
		];
		const daily = dailySeries(readingsByDay(dayFigures(entries), 'mood'), '2026-11-01', '2026-11-06');
		const found = tagPatterns(dayFigures(entries), daily).patterns.map((p) => [p.tag, Math.round(p.difference * 1000) / 1000]);
		// rain: (2 + 6 + 6) / 3 vs (2 + 2 + 6) / 3 = +1.333; walk +4 and work −4 tie, by name.
		expect(found).toEqual([
			['walk', 4],
			['work', -4],
			['rain', 1.333],
		]);
	});
});

describe('thought records', () => {
	it('counts traps once per record and averages the re-rated feelings only', () => {
		const tr = (at: string, values: Record<string, unknown>) => entry(at, {type: 'thought-record', values: values as never});
		const entries = [
			tr('2026-11-01T10:00:00+01:00', {
				traps: ['fortune-telling', 'mind-reading', 'fortune-telling'],
				emotions: {anxious: 80, ashamed: 40},
				rerate: {anxious: 50, ashamed: 20},
			}),
			tr('2026-11-02T10:00:00+01:00', {traps: ['fortune-telling'], emotions: {sad: 60, angry: 30}, rerate: {sad: 30}}),
			tr('2026-11-03T10:00:00+01:00', {traps: 'not a list', emotions: {low: null}, rerate: {low: 10, other: 5}}),
			mood('2026-11-03', 5),
		];
		const summary = thoughtRecordSummary(dayFigures(entries));
		expect(summary.count).toBe(3);
		expect(summary.traps).toEqual([
			{trap: 'fortune-telling', count: 2},
			{trap: 'mind-reading', count: 1},
		]);
		// Pairs (80→50), (40→20), (60→30): before 60, after 33.3.
		expect(summary.intensity.n).toBe(3);
		expect(summary.intensity.records).toBe(2);
		expect(summary.intensity.before).toBeCloseTo(60, 10);
		expect(summary.intensity.after).toBeCloseTo(100 / 3, 10);
	});

	it('has nulls without re-ratings', () => {
		expect(thoughtRecordSummary(dayFigures([]))).toEqual({
			count: 0,
			traps: [],
			intensity: {before: null, after: null, n: 0, records: 0},
			belief: {n: 0, before: null, after: null},
		});
	});
});

describe('heat map', () => {
	it('shades mood in four equal bands of 0–10', () => {
		const scale = {min: 0, max: 10};
		expect([0, 2.4, 2.5, 4.9, 5, 7.4, 7.5, 10].map((v) => shadeLevel(v, scale))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
		expect(levelEdges(scale)).toEqual([0, 2.5, 5, 7.5]);
		expect(
			heatMap(
				[
					{day: '2026-11-01', mean: null, n: 0},
					{day: '2026-11-02', mean: 8, n: 1},
				],
				scale,
			).map((d) => d.level),
		).toEqual([null, 3]);
	});

	it('spreads other metrics over the range their readings span', () => {
		const daily = [
			{day: '2026-11-01', mean: 4, n: 1},
			{day: '2026-11-02', mean: null, n: 0},
			{day: '2026-11-03', mean: 8, n: 1},
		];
		expect(metricScale('sleep', daily)).toEqual({min: 4, max: 8});
		expect(metricScale('mood', daily)).toEqual({min: 0, max: 10});
		expect(shadeLevel(5, {min: 5, max: 5})).toBe(3);
	});
});

describe('the whole report', () => {
	it('has no NaN or Infinity for an empty store, one entry, or one day', () => {
		const cases = [
			[],
			[mood('2026-11-05', 5)],
			[mood('2026-11-05', 5, {urge: 9}), entry('2026-11-05T09:00:00+01:00', {type: 'thought-record', values: {}})],
		];
		for (const entries of cases) {
			for (const by of ['day', 'week', 'month'] as const) {
				const report = buildReport({days: dayFigures(entries), from: '2026-11-05', to: '2026-11-05', metric: 'mood', by, urgeAlert: 7});
				expect(findNonFinite(report)).toBeUndefined();
			}
		}
	});

	it('never makes NaN from any readings (property)', () => {
		const reading = fc.record({
			day: fc.integer({min: 1, max: 28}),
			level: fc.integer({min: 0, max: 10}),
			urge: fc.option(fc.integer({min: 0, max: 10}), {nil: undefined}),
			tag: fc.constantFrom('gym', 'work', 'rain'),
		});
		fc.assert(
			fc.property(fc.array(reading, {maxLength: 60}), (readings) => {
				const entries = readings.map((r) => mood(`2026-02-${String(r.day).padStart(2, '0')}`, r.level, {urge: r.urge, tags: [r.tag]}));
				const report = buildReport({
					days: dayFigures(entries),
					from: '2026-02-01',
					to: '2026-02-28',
					metric: 'mood',
					by: 'week',
					urgeAlert: 7,
				});
				if (findNonFinite(report) !== undefined) return false;
				const {mean, min, max} = report.summary;
				return mean === null || (min !== null && max !== null && mean >= min - 1e-9 && mean <= max + 1e-9);
			}),
		);
	});

	it('leaves the filter tag out of the tag patterns', () => {
		const entries = ['01', '02', '03', '04'].map((d) => mood(`2026-11-${d}`, 5, {tags: ['work']}));
		const report = buildReport({
			days: dayFigures(entries),
			from: '2026-11-01',
			to: '2026-11-04',
			metric: 'mood',
			by: 'day',
			urgeAlert: 7,
			tag: 'work',
		});
		expect(report.tags).toEqual({patterns: [], tooFewDays: []});
	});
});

describe('the figures of each day (what a report counts)', () => {
	const anEntry = fc.record({
		day: fc.integer({min: 0, max: 60}),
		kind: fc.constantFrom('mood', 'thought-record', 'urge-surfing', 'journal', 'custom'),
		level: fc.integer({min: 0, max: 10}),
		other: fc.integer({min: 0, max: 10}),
		urge: fc.option(fc.integer({min: 0, max: 10}), {nil: undefined}),
		tag: fc.constantFrom('walk', 'work', 'sleep'),
		words: fc.string({maxLength: 40}),
	});

	it('give the same report counted in two parts, through JSON, as counted at once, for any entries, metric and grouping (property)', () => {
		fc.assert(
			fc.property(
				fc.array(anEntry, {maxLength: 60}),
				fc.constantFrom('mood', 'urge', 'sleep'),
				fc.constantFrom('day', 'week', 'month'),
				(made, metric, by) => {
					const from = '2025-01-01';
					const to = addDays(from, 60);
					const entries = made.map((r) => {
						const at = `${addDays(from, r.day)}T10:00:00+01:00`;
						switch (r.kind) {
							case 'mood':
								return {...mood(addDays(from, r.day), r.level, {urge: r.urge, tags: [r.tag]}), values: {mood: r.level, note: r.words}};
							case 'thought-record':
								return entry(at, {
									type: 'thought-record',
									tags: [r.tag],
									values: {
										situation: r.words,
										thought: r.words,
										traps: ['labelling', r.tag],
										emotions: {low: r.level * 10},
										rerate: {low: r.other * 10},
									},
								});
							case 'urge-surfing':
								return entry(at, {
									type: 'urge-surfing',
									values: {urge: r.level, rerate: r.other, notes: r.words},
									metrics: {'urge-start': r.level, urge: r.other},
								});
							case 'custom':
								return entry(at, {type: 'sleep-log', values: {hours: r.level, note: r.words}, metrics: {sleep: r.level}});
							default:
								return entry(at, {type: 'journal', tags: [r.tag], values: {text: r.words}});
						}
					});
					const request = {from, to, metric, by: by as 'day', urgeAlert: 7};
					const whole = buildReport({...request, days: dayFigures(entries)});
					// The cache beside the store counts the first entries and adds the rest later: the
					// figures of two parts, added, are those of the whole, also through JSON.
					const cut = made.length >> 1;
					const days = figuresFromJson(JSON.parse(JSON.stringify(figuresToJson(dayFigures(entries.slice(0, cut))))) as FiguresJson);
					addFigures(days, dayFigures(entries.slice(cut)));
					expect(buildReport({...request, days})).toEqual(whole);
				},
			),
			{numRuns: 200},
		);
	});

	it('keep none of the words', () => {
		const kept = JSON.stringify(
			figuresToJson(
				dayFigures([
					entry('2025-01-02T10:00:00+01:00', {type: 'thought-record', values: {thought: 'private words', traps: ['labelling']}}),
				]),
			),
		);
		expect(kept).not.toContain('private words');
		expect(kept).toContain('labelling');
	});
});
