import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';
import {planEntry, writeEntries} from '../helpers/entries.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

const HARD = 'That sounds really hard.';
const HELP = 'If you need someone now: Samaritans 116 123 (free, 24/7). Or run: cope sos';
const START_MOOD = 'Something to start now: cope run grounding-54321 · cope run box-breathing · cope run urge-surfing';
const START_URGE = 'Something to start now: cope run urge-surfing · cope run grounding-54321 · cope run box-breathing';

function lastAlert(): string | undefined {
	return (JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')) as {lastAlert?: string}).lastAlert;
}

describe('the message after a hard entry', () => {
	it('after a mood at the level (2): stdout stays "Saved.", the message goes to stderr when stdout is piped', () => {
		const result = runCope(['log', '2', "can't stop thinking about it"], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('Saved.\n');
		expect(result.stderr).toBe(`${HARD}\n${HELP}\n${START_MOOD}\n`);
		expect(lastAlert()).toBeDefined();
	});

	it('not after a mood above the level (3)', () => {
		const result = runCope(['log', '3'], {home});
		expect(result.stdout).toBe('Saved.\n');
		expect(result.stderr).toBe('');
	});

	it('after an urge at (7) or above the level, not below (6)', () => {
		expect(runCope(['log', '6', '-u', '6'], {home}).stderr).toBe('');
		expect(runCope(['log', '6', '-u', '7'], {home}).stderr).toContain(HARD);
	});

	it('follows the levels the person set', () => {
		runCope(['config', 'set', 'alerts.mood', '4'], {home});
		runCope(['config', 'set', 'alerts.urge', '9'], {home});
		expect(runCope(['log', '5', '-u', '8'], {home}).stderr).toBe('');
		expect(runCope(['log', '4'], {home}).stderr).toContain(HARD);
	});

	it('is not repeated within a minute, and comes back after one', () => {
		expect(runCope(['log', '1'], {home}).stderr).toContain(HARD);
		const second = runCope(['log', '1', '-u', '9'], {home});
		expect(second.stdout).toBe('Saved.\n');
		expect(second.stderr).toBe('');
		const state = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')) as Record<string, unknown>;
		writeFileSync(join(home, 'state.json'), JSON.stringify({...state, lastAlert: new Date(Date.now() - 61_000).toISOString()}));
		expect(runCope(['log', '1'], {home}).stderr).toContain(HARD);
	});

	it("quotes the first coping strategy from the person's plan", () => {
		writeEntries(home, [planEntry({coping: ['go for a walk with headphones on', 'music']}, new Date(2026, 10, 20, 9, 0))]);
		const result = runCope(['log', '2', '-u', '8'], {home});
		expect(result.stderr).toBe(`${HARD} Your plan says: "go for a walk with headphones on".\n${HELP}\n${START_URGE}\n`);
	});

	it('names the own contact and the country of the locale', () => {
		runCope(['config', 'set', 'crisis.custom', 'Sam 07700 900123'], {home});
		const result = runCope(['log', '2'], {home, env: {LANG: 'en_AU.UTF-8'}});
		expect(result.stderr).toContain('If you need someone now: Sam 07700 900123, or Lifeline 13 11 14 (free, 24/7). Or run: cope sos');
	});

	it('a corrupt state.json stops neither the save nor the message', () => {
		mkdirSync(home, {recursive: true});
		writeFileSync(join(home, 'state.json'), '{not json');
		const result = runCope(['log', '2'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('Saved.\n');
		expect(result.stderr).toContain(HARD);
	});

	it('not after a back-dated entry: the message is for right now', () => {
		const old = runCope(['log', '2', 'rough', '--at', '8 days ago', '-u', '7'], {home});
		expect(old.code).toBe(0);
		expect(old.stdout).toBe('Saved.\n');
		expect(old.stderr).toBe('');
		expect(runCope(['log', '2', '--at', '13 hours ago'], {home}).stderr).toBe('');
		expect(runCope(['log', '2', '--at', '2 hours ago'], {home}).stderr).toContain(HARD);
	});

	it('not after a journal entry (no mood or urge)', () => {
		const result = runCope(['journal', 'a really hard day'], {home});
		expect(result.stdout).toBe('Saved.\n');
		expect(result.stderr).toBe('');
	});
});
