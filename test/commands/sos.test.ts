import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';
import {planEntry, writeEntries} from '../helpers/entries.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

const SAMARITANS = 'Samaritans: call 116 123, email jo@samaritans.org (free, 24/7)';

describe('cope sos without a terminal', () => {
	it('on an empty data directory prints the crisis lines and exits 0', () => {
		const result = runCope(['sos'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Help now');
		expect(result.stdout).toContain(SAMARITANS);
		expect(result.stdout).toContain('Shout: text SHOUT to 85258 (free, 24/7)');
		expect(result.stdout).toContain('If you are in danger now, call 999.');
		expect(result.stdout).toContain("You don't have a safety plan yet. When you feel able: cope plan edit");
		// It never waits for a key when it is not on a terminal.
		expect(result.stdout).not.toContain('Press g');
	});

	it('prints the safety plan after the lines', () => {
		writeEntries(home, [
			planEntry({coping: ['go for a walk with headphones on'], people: ['Sam 07700 900123']}, new Date(2026, 10, 20, 9, 0)),
		]);
		const result = runCope(['sos'], {home});
		expect(result.code).toBe(0);
		const lines = result.stdout.indexOf(SAMARITANS);
		const plan = result.stdout.indexOf('Your plan · Fri 20 Nov 2026, 09:00');
		expect(lines).toBeGreaterThan(-1);
		expect(plan).toBeGreaterThan(lines);
		// In short: one line per part that has something in it.
		expect(result.stdout).toContain('  Things I can do on my own: go for a walk with headphones on\n');
		expect(result.stdout).toContain('  People I can ask for help: Sam 07700 900123\n');
		expect(result.stdout).not.toContain('Reasons for living');
		// Piped: no keys to press, so the same actions as commands.
		expect(result.stdout).toContain(
			'Something to start: cope run grounding-54321 · cope run box-breathing · cope run urge-surfing · cope run coping-ideas · cope plan',
		);
	});

	it('with a corrupt config still prints the lines and exits 0', () => {
		mkdirSync(home, {recursive: true});
		writeFileSync(join(home, 'config.json'), '{"country": "GB", "alerts": {ur');
		const result = runCope(['sos'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(SAMARITANS);
		expect(result.stderr).toContain('config.json');
	});

	it('with settings of the wrong kind still prints the lines and exits 0', () => {
		mkdirSync(home, {recursive: true});
		writeFileSync(join(home, 'config.json'), JSON.stringify({country: 42, crisis: {custom: ['x']}, alerts: 'high'}));
		const result = runCope(['sos'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(SAMARITANS);
	});

	it('with an unreadable store still prints the lines, says so gently, and exits 0', () => {
		mkdirSync(join(home, 'entries.jsonl'), {recursive: true});
		const result = runCope(['sos'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(SAMARITANS);
		expect(result.stdout).toContain('Your safety plan could not be read just now.');
	});

	it('with garbage lines in the store still finds the plan', () => {
		writeEntries(home, [planEntry({reasons: ['my cat']}, new Date(2026, 10, 20, 9, 0))]);
		writeFileSync(
			join(home, 'entries.jsonl'),
			readFileSync(join(home, 'entries.jsonl'), 'utf8') + '{"safety-plan": torn\n\u0000\u0001 garbage\n',
		);
		const result = runCope(['sos'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('  Reasons for living: my cat');
	});

	it('when the data directory is a file, still prints the lines and exits 0', () => {
		mkdirSync(home, {recursive: true});
		const file = join(home, 'not-a-dir');
		writeFileSync(file, 'x');
		const result = runCope(['sos'], {home: file});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(SAMARITANS);
	});

	it('with an empty --home (no data directory at all) still prints the lines and exits 0', () => {
		const result = runCope(['--home', '', 'sos'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(SAMARITANS);
	});

	it('refuses nothing: stray words and options are ignored', () => {
		const result = runCope(['sos', 'please', '--now', '-x'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(SAMARITANS);
	});

	it('goes by the country setting, then the locale; an unknown locale gets the directories', () => {
		expect(runCope(['sos'], {home, env: {LANG: 'en_NZ.UTF-8'}}).stdout).toContain('Need to talk? 1737: call or text 1737 (free, 24/7)');
		expect(runCope(['sos'], {home, env: {LANG: 'en_GB.UTF-8', LC_ALL: 'de_DE.UTF-8'}}).stdout).toContain(
			'TelefonSeelsorge: call 0800 111 0 111 or 0800 111 0 222',
		);
		const unknown = runCope(['sos'], {home, env: {LANG: 'C'}});
		expect(unknown.code).toBe(0);
		expect(unknown.stdout).toContain('Find a helpline where you are: findahelpline.com');
		expect(unknown.stdout).toContain('For a line in your country: cope config set country <code>');
		expect(runCope(['config', 'set', 'country', 'IN'], {home}).code).toBe(0);
		expect(runCope(['sos'], {home}).stdout).toContain('Tele-MANAS: call 14416 or 1-800-891-4416 (free, 24/7)');
	});

	it("shows the person's own contact first", () => {
		expect(runCope(['config', 'set', 'crisis.custom', 'Sam 07700 900123'], {home}).code).toBe(0);
		const result = runCope(['sos'], {home});
		expect(result.stdout.split('\n').slice(0, 3)).toEqual(['Help now', '  Your contact: Sam 07700 900123', `  ${SAMARITANS}`]);
	});
});
