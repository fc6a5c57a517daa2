import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';
import {sampleExercise} from '../helpers/exercise.js';
import {ACTIVITY_FILE} from '../helpers/fortnight.js';

let home: string;
let cleanup: () => void;
let scratch: string;
beforeEach(() => {
	({home, cleanup} = makeHome());
	scratch = join(home, '..', 'from-therapist');
	mkdirSync(scratch, {recursive: true});
});
afterEach(() => cleanup());

const installed = (): string[] => (existsSync(join(home, 'exercises')) ? readdirSync(join(home, 'exercises')).sort() : []);

describe('cope exercises add', () => {
	it('checks a file and installs it, creating the folder (0700, the file 0600, as written)', () => {
		expect(runCope(['where'], {home}).stdout).toContain(
			`exercises   ${join(home, 'exercises')}  (not created yet; cope exercises add <file> creates it)`,
		);
		const result = runCope(['exercises', 'add', ACTIVITY_FILE], {home});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('activity-log "Activity and energy": installed (activity-log.json in');
		expect(result.stdout).toContain('Run it: cope run activity-log');
		const file = join(home, 'exercises', 'activity-log.json');
		expect(readFileSync(file, 'utf8')).toBe(readFileSync(ACTIVITY_FILE, 'utf8'));
		expect(statSync(join(home, 'exercises')).mode & 0o777).toBe(0o700);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(runCope(['exercises'], {home}).stdout).toMatch(/activity-log +Activity and energy +5 min +yours/);
		expect(runCope(['where'], {home}).stdout).toContain(`exercises   ${join(home, 'exercises')}  (folder)`);
		// The same file again changes nothing.
		expect(runCope(['exercises', 'add', ACTIVITY_FILE], {home}).stdout).toContain('already installed, unchanged');
	});

	it('installs a folder of them, and one from a pipe', () => {
		writeFileSync(join(scratch, 'a.json'), JSON.stringify({...sampleExercise(), id: 'first'}));
		writeFileSync(join(scratch, 'b.json'), JSON.stringify({...sampleExercise(), id: 'second'}));
		writeFileSync(join(scratch, 'schema.json'), '{}');
		expect(runCope(['exercises', 'add', scratch], {home}).code).toBe(0);
		expect(installed()).toEqual(['first.json', 'second.json']);
		const piped = runCope(['exercises', 'add', '-'], {home, input: JSON.stringify({...sampleExercise(), id: 'piped'})});
		expect(piped.code).toBe(0);
		expect(installed()).toEqual(['first.json', 'piped.json', 'second.json']);
	});

	it('installs nothing when any file is not valid, naming where and what', () => {
		writeFileSync(join(scratch, 'a.json'), JSON.stringify({...sampleExercise(), id: 'fine'}));
		writeFileSync(join(scratch, 'b.json'), JSON.stringify({...sampleExercise(), id: 'Broken id'}));
		const result = runCope(['exercises', 'add', scratch], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`${join(scratch, 'b.json')}: id: expected an id of lower-case letters`);
		expect(result.stderr).toContain('nothing was installed');
		expect(installed()).toEqual([]);
		expect(runCope(['exercises', 'add', join(scratch, 'missing.json')], {home})).toMatchObject({
			code: 2,
			stderr: expect.stringContaining('missing.json: cannot read it: no such file'),
		});
	});

	it('does not replace an exercise of the same id without --force', () => {
		writeFileSync(join(scratch, 'v1.json'), JSON.stringify({...sampleExercise(), id: 'mine', title: 'One'}));
		writeFileSync(join(scratch, 'v2.json'), JSON.stringify({...sampleExercise(), id: 'mine', title: 'Two'}));
		expect(runCope(['exercises', 'add', join(scratch, 'v1.json')], {home}).code).toBe(0);
		const refused = runCope(['exercises', 'add', join(scratch, 'v2.json')], {home});
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('"mine" is already installed');
		expect(JSON.parse(readFileSync(join(home, 'exercises', 'mine.json'), 'utf8'))).toMatchObject({title: 'One'});
		expect(runCope(['exercises', 'add', join(scratch, 'v2.json'), '--force'], {home}).stdout).toContain('replaced the earlier version');
		expect(JSON.parse(readFileSync(join(home, 'exercises', 'mine.json'), 'utf8'))).toMatchObject({title: 'Two'});
	});
});

describe('cope exercises show', () => {
	it('calls a list with a min required, whatever `required` says', () => {
		runCope(['exercises', 'add', ACTIVITY_FILE], {home});
		const out = runCope(['exercises', 'show', 'activity-log'], {home}).stdout;
		expect(out).toContain('activities · a list, one per line, 2 to 4 items · required');
		expect(out).not.toContain('items · optional');
	});
});
