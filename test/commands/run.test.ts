import {existsSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {homesRemovedAfterEach, readStoreLines, runCope} from '../helpers/cli.js';

const home = homesRemovedAfterEach();

describe('cope run', () => {
	it('an unknown exercise is bad input (exit 2) naming the ids there are; nothing is written', () => {
		const dir = home();
		const result = runCope(['run', 'nope'], {home: dir});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('cope: there is no exercise called "nope".');
		expect(result.stderr).toMatch(/Exercises: .*thought-record.*journal.*mood-log/);
		expect(existsSync(dir)).toBe(false);
	});

	it('without a terminal it says so and exits 2 instead of hanging', () => {
		const dir = home();
		const result = runCope(['run', 'journal'], {home: dir});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('cope run journal needs a terminal');
		expect(readStoreLines(dir)).toEqual([]);
	});

	it('cope log and cope journal with nothing given, and cope alone, also refuse without a terminal', () => {
		const dir = home();
		expect(runCope(['log'], {home: dir}).code).toBe(2);
		expect(runCope(['journal'], {home: dir}).code).toBe(2);
		expect(runCope([], {home: dir}).code).toBe(2);
	});

	it('is listed in the help', () => {
		const result = runCope(['run', '--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('cope run thought-record');
	});
});
