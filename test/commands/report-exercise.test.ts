import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';
import {sampleExercise} from '../helpers/exercise.js';
import {FIRST_DAY, LAST_DAY, installAndWriteFortnight} from '../helpers/fortnight.js';
import {librariesLoaded} from '../helpers/loaded.js';

let home: string;
let cleanup: () => void;
beforeEach(() => {
	({home, cleanup} = makeHome());
	installAndWriteFortnight(home);
});
afterEach(() => cleanup());

const REPORT = ['report', '--metric', 'ba-energy', '--from', FIRST_DAY, '--to', LAST_DAY];

describe('cope report on a metric an exercise defines', () => {
	it('uses the step’s label and scale: heading, average, chart axis, heat map bands and words', () => {
		const result = runCope(REPORT, {home});
		expect(result.code).toBe(0);
		const out = result.stdout;
		expect(out).toContain('\nEnergy  average 4.5 on 0–10 (n=4) · range 2–7');
		expect(out).toContain('\nEnergy by day\n');
		expect(out).not.toMatch(/Ba-energy|ba-energy/);
		// The chart's axis is the scale's 0–10, a row per value.
		const axis = out
			.split('\n')
			.filter((line) => /^ +\d+ [┤┼]/.test(line))
			.map((line) => Number(line.trim().split(' ')[0]));
		expect(axis).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
		// Bands of 0–10, not of the readings' own range ("░ under 2 ▒ 2–2").
		expect(out).toContain('░ under 2.5  ▒ 2.5–5  ▓ 5–7.5  █ 7.5–10  · not logged');
		expect(out).toContain('(0 = empty, 5 = some, 10 = full)');
		// 17 Nov (Tue) had energy 2: the lightest shade, never the darkest.
		const week = out.split('\n').find((line) => line.startsWith(' 16 Nov'));
		expect(week?.split(/\s+/).slice(3)).toEqual(['·', '░', '·', '·', '·', '▒', '·']);
		const json = JSON.parse(runCope([...REPORT, '--json'], {home}).stdout) as {definition: unknown; heatMap: {scale: unknown}};
		expect(json.definition).toEqual({name: 'Energy', scale: {min: 0, max: 10}, labels: {'0': 'empty', '5': 'some', '10': 'full'}});
		expect(json.heatMap.scale).toEqual({min: 0, max: 10});
	});

	it('says once when two exercises define the metric differently', () => {
		const other = {
			...sampleExercise(),
			id: 'sleep-check',
			steps: [{id: 'energy', type: 'scale', prompt: 'Energy?', min: 1, max: 5, metric: 'ba-energy'}],
		};
		writeFileSync(join(home, 'exercises', 'sleep-check.json'), JSON.stringify(other));
		const out = runCope(REPORT, {home}).stdout.replace(/\n(?=\S)/g, ' ');
		expect(out.match(/is recorded differently/g)).toHaveLength(1);
		expect(out).toContain(
			'(ba-energy is recorded differently by your exercises: 0–10 with its own words in activity-log, 1–5 in sleep-check; shown here on 0–10)',
		);
	});

	it('reads the exercise files without the validator, and only for such a metric', () => {
		expect(librariesLoaded(REPORT, home)).toEqual([]);
		expect(librariesLoaded(['report', '--from', FIRST_DAY, '--to', LAST_DAY], home)).toEqual([]);
		// So do the other fast paths that now speak the exercises' words, and the summary.
		for (const args of [['export', '--format', 'md'], ['export', '--format', 'csv'], ['list'], ['summary', '--yes']])
			expect(librariesLoaded(args, home), args.join(' ')).toEqual([]);
	});
});
