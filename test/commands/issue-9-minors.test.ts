import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';
import {snapshotDir} from '../helpers/data-dir.js';
import {spawnCopeInPty} from '../helpers/pty.js';

/* Issue #9, item 13: the smaller ones. */

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

describe('issue #9, item 13', () => {
	it('{"alerts":"x"} in config.json is a problem for doctor, and --repair resets the group', () => {
		mkdirSync(home, {recursive: true, mode: 0o700});
		writeFileSync(join(home, 'config.json'), '{"alerts":"x"}', {mode: 0o600});
		const found = runCope(['doctor'], {home});
		expect(found.code).toBe(1);
		expect(found.stdout).toContain('config.json: a setting is not valid (alerts)');
		const repaired = runCope(['doctor', '--repair'], {home});
		expect(repaired.stdout).toContain('alerts.urge = 7, alerts.mood = 2');
		expect(repaired.code).toBe(0);
		expect(runCope(['log', '5'], {home}).stderr).toBe('');
	});

	it('the tag "İstanbul" is accepted, and folds to the same tag as "istanbul"', () => {
		expect(runCope(['log', '5', '-t', 'İstanbul'], {home}).code).toBe(0);
		expect(runCope(['log', '6', 'a day in #İstanbul'], {home}).code).toBe(0);
		expect(runCope(['log', '7', '-t', 'istanbul'], {home}).code).toBe(0);
		const tags = (JSON.parse(runCope(['list', '--json'], {home}).stdout) as Array<{tags: string[]}>).map((entry) => entry.tags);
		expect(tags).toEqual([['istanbul'], ['istanbul'], ['istanbul']]);
		expect(runCope(['list', '--tag', 'İSTANBUL'], {home}).stdout.trim().split('\n')).toHaveLength(3);
	});

	it('--at 0001-01-01 is refused, never saved as 1901', () => {
		const result = runCope(['log', '5', '--at', '0001-01-01'], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--at "0001-01-01" is too long ago');
		expect(snapshotDir(home)).toEqual({});
	});

	it('--at "yesterday 25:00" is refused, naming the part that is not a time', () => {
		const result = runCope(['log', '5', '--at', 'yesterday 25:00'], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('"25:00" is not a time of day');
		expect(snapshotDir(home)).toEqual({});
		expect(runCope(['log', '5', '--at', 'yesterday 21:00'], {home}).code).toBe(0);
	});

	it('COPE_HOME="" is refused clearly; cope sos still shows help', () => {
		const result = runCope(['log', '5'], {home: '', env: {COPE_HOME: ''}});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('COPE_HOME is set but empty');
		const sos = runCope(['sos'], {home: '', env: {COPE_HOME: ''}});
		expect(sos.code).toBe(0);
		expect(sos.stdout).toContain('Help now');
	});

	it('the first-run note never glues onto the help text on a terminal', async () => {
		for (const args of [['--help'], ['help'], ['where']]) {
			const session = spawnCopeInPty(args, {home, env: {COPE_NO_WELCOME: undefined}});
			await session.exited;
			const lines = session.output().split(/\r?\n/);
			for (const line of lines)
				if (line.includes('cope supports therapy'))
					expect(line.trim().startsWith('cope supports therapy'), JSON.stringify(line)).toBe(true);
		}
	});
});
